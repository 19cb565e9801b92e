"""Help → About (objectName ``aboutDialog``): version, the Qt, PySide6 and Python versions,
the open database, and the licences of what the program ships (DejaVu fonts, its icons)."""
from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from delegation_planner import APP_NAME, __version__
from delegation_planner.resources import resource_path

#: (what, licence file under resources/) of every bundled third-party or own asset.
LICENCE_FILES = (("fonts", "LICENSE_DEJAVU"), ("icons", "LICENSE_ICONS"))


def versions() -> dict[str, str]:
    """The versions the About box shows (also handy in a bug report)."""
    return {"app": __version__, "qt": qVersion(), "pyside": pyside_version, "python": platform.python_version()}


def licence_text() -> str:
    parts = []
    for folder, name in LICENCE_FILES:
        path = resource_path(folder, name)
        try:
            parts.append(f"== resources/{folder}/{name} ==\n\n" + path.read_text(encoding="utf-8"))
        except OSError as exc:
            parts.append(f"== resources/{folder}/{name} ==\n\n({exc.strerror or exc})")
    return "\n\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        v = versions()
        self.summary = QLabel(self)
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = [
            (self.tr("Version"), v["app"]),
            ("Qt", v["qt"]),
            ("PySide6", v["pyside"]),
            ("Python", v["python"]),
            (self.tr("Database"), database),
        ]
        table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(val)}</td></tr>" for k, val in rows)
        # (tr() outside the f-string: lupdate does not see it inside one)
        purpose = self.tr("Plan official delegation visits, log meetings and follow up commitments, offline.")
        licences = [self.tr("Licence: MIT."),
                    self.tr("Fonts: DejaVu Sans (Bitstream Vera licence; DejaVu changes in the public domain)."),
                    self.tr("Icons: drawn for this program, MIT licence."),
                    self.tr("The full texts are on the Licences tab.")]
        self.summary.setText(f"<h3>{escape(APP_NAME)} {escape(v['app'])}</h3><p>{escape(purpose)}</p>"
                             f"<table>{table}</table><p>" + "<br>".join(escape(t) for t in licences) + "</p>")
        self.licences = QPlainTextEdit(licence_text(), self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setReadOnly(True)
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        about_tab = QWidget(self)
        about_layout = QVBoxLayout(about_tab)
        about_layout.addWidget(self.summary)
        about_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(about_tab, self.tr("&About"))
        self.tabs.addTab(self.licences, self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 440)


def show_about(window) -> AboutDialog:
    dialog = AboutDialog(window.db_location_for_display(), window)
    window.exec_dialog(dialog)
    return dialog
