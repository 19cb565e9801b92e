"""File → Import trip bundle… of a trip that is already here (same stable identifier): what the
bundle would change, then a choice. Nothing is written by the dialog itself: *Update trip* returns
Accepted and the caller applies the bundle in one transaction (``ui.operations.files``); Cancel or
Esc leaves the database as it is. A second copy of the same trip is never made silently.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from delegation_planner.ui.labels import ui_language


class BundleUpdateDialog(QDialog):
    def __init__(self, title: str, trip_id: int, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bundleUpdateDialog")
        self.setWindowTitle(self.tr("Update trip from bundle"))
        intro = QLabel(self.tr("“%1” (trip %2) is already in this database. Updating it from the bundle "
                               "makes these changes, all at once:").replace("%1", title).replace("%2", str(trip_id)),
                       self)
        intro.setWordWrap(True)
        intro.setObjectName("bundleUpdateIntro")
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setObjectName("bundleUpdateDiff")
        self.diff_view.setReadOnly(True)
        self.diff_view.setPlainText("\n".join(lines))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.diff_view.setFont(font)
        self.diff_view.setMinimumSize(720, 260)
        self.buttons = QDialogButtonBox(self)
        self.update_button = self.buttons.addButton(self.tr("&Update trip"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.update_button.setObjectName("bundleUpdateButton")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("bundleUpdateCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(self.buttons)
        cancel.setDefault(True)  # Enter does not rewrite a trip by accident
        cancel.setFocus()


def ask_update(parent: QWidget, offer) -> bool:
    """Show what updating changes; True when the officer chose *Update trip*."""
    lines = offer.lines(ui_language())
    title = lines[0].split(": ", 1)[-1] if lines else ""
    dialog = BundleUpdateDialog(title, offer.trip_id, lines[1:], parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
