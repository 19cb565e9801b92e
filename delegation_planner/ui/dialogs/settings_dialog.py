"""Edit → Settings… (Ctrl+,; objectName ``settingsDialog``): the officer's preferences.

Every field is one ``Setting`` of delegation_planner/settings.py (declared there once, with
its type, default and allowed values); this dialog only lays them out, checks what was
typed and writes them back on OK. Nothing is written while a field has a problem: the
message says which one, in the interface language, and the field gets the focus.

The interface language applies at the next start (the translators are installed before the
window is built); the dialog says so. The rest applies at once: the home time zone to the
next new trip, the backups folder and count to the next automatic backup.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from delegation_planner.domain.gifts import whole_amount
from delegation_planner.domain.text import clean_text
from delegation_planner.settings import (
    BACKUPS_FOLDER, BACKUPS_KEEP, GIFT_CURRENCY, GIFT_REPORT_DAYS, GIFT_THRESHOLD, HOME_TIMEZONE, INTERFACE_LANGUAGE,
    ISSUING_BODY_EN, ISSUING_BODY_VI,
    LOGO_MAX_BYTES, OFFICE_ADDRESS, OFFICE_LOGO, PAPER_SIZE, REPORT_LANGUAGE, Settings, is_zone_name, logo_problem,
)
from delegation_planner.ui.dialogs.trip_dialog import timezone_combo
from delegation_planner.ui.welcome import secondary_text

#: A name, an address: generous, but not a pasted document.
MAX_TEXT = 300
MAX_ADDRESS = 600
_ERROR_STYLE = "color: #b00020;"


class SettingsDialog(QDialog):
    """The Settings dialog over ``settings``. ``choose_file``/``choose_folder`` ask for a path
    (a QFileDialog by default; tests replace them)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 choose_file: Callable[[str, str, str], str] | None = None,
                 choose_folder: Callable[[str, str], str] | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.choose_file = choose_file or self._ask_file
        self.choose_folder = choose_folder or self._ask_folder
        #: The interface language when the dialog opened (to say "at next start" only on a change).
        self._language_at_open = settings.get(INTERFACE_LANGUAGE)
        self.language_changed = False

        # -- general ----------------------------------------------------------------------------
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("settingsLanguage")
        self.language_combo.addItem(self.tr("The system's language"), "")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Vietnamese"), "vi")
        _select(self.language_combo, self._language_at_open)
        self.language_note = QLabel(self.tr("A new language applies the next time the program starts."), self)
        self.language_note.setObjectName("settingsLanguageNote")
        self.language_note.setWordWrap(True)
        palette = self.language_note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(palette))
        self.language_note.setPalette(palette)
        self.zone_combo = timezone_combo(self, settings.get(HOME_TIMEZONE))
        self.zone_combo.setObjectName("settingsHomeTimezone")
        self.zone_combo.setToolTip(self.tr("The home time zone a new trip starts with, e.g. Asia/Ho_Chi_Minh"))

        general = QGroupBox(self.tr("General"), self)
        form = _form(general)
        self.language_label = _row(form, self.tr("Interface &language:"), self.language_combo, self.language_note)
        self.zone_label = _row(form, self.tr("&Home time zone for new trips:"), self.zone_combo)

        # -- documents --------------------------------------------------------------------------
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("settingsPaperSize")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        _select(self.paper_combo, settings.get(PAPER_SIZE))
        self.report_language_combo = QComboBox(self)
        self.report_language_combo.setObjectName("settingsReportLanguage")
        self.report_language_combo.addItem(self.tr("The interface language"), "interface")
        self.report_language_combo.addItem(self.tr("English"), "en")
        self.report_language_combo.addItem(self.tr("Vietnamese"), "vi")
        _select(self.report_language_combo, settings.get(REPORT_LANGUAGE))
        self.body_vi_edit = _line(self, "settingsIssuingBodyVi", settings.get(ISSUING_BODY_VI), MAX_TEXT,
                                  self.tr("e.g. SỞ Y TẾ TỈNH CAO BẰNG"))
        self.body_en_edit = _line(self, "settingsIssuingBodyEn", settings.get(ISSUING_BODY_EN), MAX_TEXT,
                                  self.tr("e.g. Cao Bang Department of Health"))
        self.address_edit = QPlainTextEdit(settings.get(OFFICE_ADDRESS), self)
        self.address_edit.setObjectName("settingsOfficeAddress")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.logo_edit = _line(self, "settingsLogo", settings.get(OFFICE_LOGO), 4096,
                               self.tr("A PNG or JPEG file (optional)"))
        self.logo_button = QPushButton(self.tr("&Browse…"), self)
        self.logo_button.setObjectName("settingsLogoBrowse")
        self.logo_button.clicked.connect(self._browse_logo)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("settingsLogoPreview")
        self.logo_preview.setFixedSize(48, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_edit.textChanged.connect(self._update_preview)
        logo_row = QWidget(self)
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_edit, 1)
        logo_layout.addWidget(self.logo_button)
        logo_layout.addWidget(self.logo_preview)

        documents = QGroupBox(self.tr("Documents"), self)
        form = _form(documents)
        self.paper_label = _row(form, self.tr("Default &paper size:"), self.paper_combo)
        self.report_language_label = _row(form, self.tr("&Report language:"), self.report_language_combo)
        self.body_vi_label = _row(form, self.tr("Issuing body (&Vietnamese):"), self.body_vi_edit)
        self.body_en_label = _row(form, self.tr("Issuing body (&English):"), self.body_en_edit)
        self.address_label = _row(form, self.tr("Office &address:"), self.address_edit)
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.logo_label = _row(form, self.tr("L&ogo:"), logo_row)
        self.logo_label.setBuddy(self.logo_edit)

        # -- backups ----------------------------------------------------------------------------
        self.backups_edit = _line(self, "settingsBackupsFolder", settings.get(BACKUPS_FOLDER), 4096,
                                  self.tr("Beside the database file"))
        self.backups_button = QPushButton(self.tr("Choose &folder…"), self)
        self.backups_button.setObjectName("settingsBackupsBrowse")
        self.backups_button.clicked.connect(self._browse_backups)
        folder_row = QWidget(self)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.backups_edit, 1)
        folder_layout.addWidget(self.backups_button)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("settingsBackupsKeep")
        self.keep_spin.setRange(BACKUPS_KEEP.minimum or 1, BACKUPS_KEEP.maximum or 365)
        self.keep_spin.setValue(settings.get(BACKUPS_KEEP))
        self.keep_spin.setSuffix(self.tr(" backups"))

        backups = QGroupBox(self.tr("Automatic backups (one a day)"), self)
        form = _form(backups)
        self.backups_label = _row(form, self.tr("Backups &folder:"), folder_row)
        self.backups_label.setBuddy(self.backups_edit)
        self.keep_label = _row(form, self.tr("&Keep the newest:"), self.keep_spin)

        # -- gifts register (domain.gifts) -----------------------------------------------------
        self.gift_threshold_edit = _line(self, "settingsGiftThreshold", str(settings.get(GIFT_THRESHOLD)), 16, "500000")
        self.gift_threshold_edit.setClearButtonEnabled(False)
        self.gift_currency_edit = _line(self, "settingsGiftCurrency", settings.get(GIFT_CURRENCY), 3, "VND")
        self.gift_currency_edit.setClearButtonEnabled(False)
        self.gift_currency_edit.setMaximumWidth(70)
        self.gift_days_spin = QSpinBox(self)
        self.gift_days_spin.setObjectName("settingsGiftDays")
        self.gift_days_spin.setRange(GIFT_REPORT_DAYS.minimum or 1, GIFT_REPORT_DAYS.maximum or 60)
        self.gift_days_spin.setValue(settings.get(GIFT_REPORT_DAYS))
        self.gift_days_spin.setSuffix(self.tr(" working days"))
        gifts = QGroupBox(self.tr("Gifts register"), self)
        form = _form(gifts)
        value_row = QWidget(self)
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.gift_threshold_edit, 1)
        value_layout.addWidget(self.gift_currency_edit)
        self.gift_threshold_label = _row(form, self.tr("Report received gifts &worth:"), value_row)
        self.gift_threshold_label.setBuddy(self.gift_threshold_edit)
        self.gift_days_label = _row(form, self.tr("In writing &within:"), self.gift_days_spin)

        # -- problems and buttons ---------------------------------------------------------------
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for box in (general, documents, backups, gifts):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(660)
        self._update_preview()
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------- values
    def values(self) -> dict[str, Any]:
        """What the fields say, cleaned (NFC, trimmed); not yet checked."""
        return {
            INTERFACE_LANGUAGE.key: self.language_combo.currentData(),
            HOME_TIMEZONE.key: self.zone_combo.currentText().strip(),
            PAPER_SIZE.key: self.paper_combo.currentData(),
            REPORT_LANGUAGE.key: self.report_language_combo.currentData(),
            ISSUING_BODY_VI.key: clean_text(self.body_vi_edit.text().strip()),
            ISSUING_BODY_EN.key: clean_text(self.body_en_edit.text().strip()),
            OFFICE_ADDRESS.key: clean_text(self.address_edit.toPlainText().strip()),
            OFFICE_LOGO.key: os.path.expanduser(self.logo_edit.text().strip()),
            BACKUPS_FOLDER.key: os.path.expanduser(self.backups_edit.text().strip()),
            BACKUPS_KEEP.key: self.keep_spin.value(),
            GIFT_THRESHOLD.key: whole_amount(self.gift_threshold_edit.text()),
            GIFT_CURRENCY.key: self.gift_currency_edit.text().strip().upper(),
            GIFT_REPORT_DAYS.key: self.gift_days_spin.value(),
        }

    def problems(self) -> list[tuple[QWidget, str]]:
        """Each field with a problem and what to say, in the interface language (empty: all good)."""
        v = self.values()
        out: list[tuple[QWidget, str]] = []
        zone = v[HOME_TIMEZONE.key]
        if not is_zone_name(zone):
            out.append((self.zone_combo, self.tr(
                "Home time zone: “%1” is not a time zone name; choose one from the list, e.g. Asia/Ho_Chi_Minh.")
                .replace("%1", zone)))
        for edit, label, limit in ((self.body_vi_edit, self.tr("Issuing body (Vietnamese)"), MAX_TEXT),
                                   (self.body_en_edit, self.tr("Issuing body (English)"), MAX_TEXT),
                                   (self.address_edit, self.tr("Office address"), MAX_ADDRESS)):
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if len(text) > limit:
                out.append((edit, self.tr("%1: at most %2 characters.").replace("%1", label)
                            .replace("%2", str(limit))))
        logo = v[OFFICE_LOGO.key]
        if logo:
            problem = self.logo_problem(logo)
            if problem:
                out.append((self.logo_edit, problem))
        threshold = v[GIFT_THRESHOLD.key]
        if threshold is None or not GIFT_THRESHOLD.accepts(threshold):
            out.append((self.gift_threshold_edit, self.tr(
                "Gift value: “%1” is not a whole amount (digits only, e.g. 500000).")
                .replace("%1", self.gift_threshold_edit.text().strip())))
        if not GIFT_CURRENCY.accepts(v[GIFT_CURRENCY.key]):
            out.append((self.gift_currency_edit, self.tr(
                "Currency: “%1” is not a three-letter code (VND, USD, EUR…).").replace("%1", v[GIFT_CURRENCY.key])))
        folder = v[BACKUPS_FOLDER.key]
        if folder:
            problem = self.folder_problem(folder)
            if problem:
                out.append((self.backups_edit, problem))
        return out

    def logo_problem(self, path: str) -> str | None:
        code = logo_problem(path)
        if code is None:
            reader = QImageReader(path)
            if reader.format() not in (b"png", b"jpeg", b"jpg") or reader.read().isNull():
                code = "not_image"  # the right first bytes, but not a picture Qt can decode
        messages = {
            "missing": self.tr("Logo: the file “%1” was not found."),
            "not_file": self.tr("Logo: “%1” is not a file."),
            "too_large": self.tr("Logo: “%1” is larger than %2 MB; use a smaller picture.").replace(
                "%2", str(LOGO_MAX_BYTES // (1024 * 1024))),
            "unreadable": self.tr("Logo: the file “%1” cannot be read."),
            "not_image": self.tr("Logo: “%1” is not a PNG or JPEG picture."),
        }
        return messages[code].replace("%1", path) if code else None

    def folder_problem(self, folder: str) -> str | None:
        if not os.path.isabs(folder) or "\0" in folder:
            return self.tr("Backups folder: give a full path, e.g. %1.").replace("%1", str(Path.home() / "Backups"))
        path = Path(folder)
        if path.exists() and not path.is_dir():
            return self.tr("Backups folder: “%1” is not a folder.").replace("%1", folder)
        if path.is_dir() and not os.access(path, os.W_OK | os.X_OK):
            return self.tr("Backups folder: “%1” cannot be written to.").replace("%1", folder)
        if not path.exists():
            parent = next((p for p in path.parents if p.exists()), None)
            if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
                return self.tr("Backups folder: “%1” cannot be created.").replace("%1", folder)
        return None

    # -------------------------------------------------------------------------------- OK
    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.message.setText("\n".join(text for _widget, text in problems))
            self.message.show()
            widget = problems[0][0]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.message.hide()
        self.save()
        super().accept()

    def save(self) -> None:
        """Write every field to the settings (checked: ``problems()`` is empty)."""
        from delegation_planner import settings as declared

        by_key = {s.key: s for s in declared.USER_SETTINGS}
        for key, value in self.values().items():
            self.settings.set(by_key[key], value)
        self.settings.sync()
        self.language_changed = self.language_combo.currentData() != self._language_at_open

    # ------------------------------------------------------------------------------ helpers
    def _browse_logo(self) -> None:
        start = os.path.dirname(self.logo_edit.text().strip()) or str(Path.home())
        path = self.choose_file(self.tr("Choose the office's logo"), start,
                                self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.logo_edit.setText(path)

    def _browse_backups(self) -> None:
        start = self.backups_edit.text().strip() or str(Path.home())
        folder = self.choose_folder(self.tr("Choose the backups folder"), start)
        if folder:
            self.backups_edit.setText(folder)

    def _ask_file(self, title: str, start: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, start, file_filter)
        return path

    def _ask_folder(self, title: str, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, title, start)

    def _update_preview(self) -> None:
        path = os.path.expanduser(self.logo_edit.text().strip())
        pixmap = QPixmap()
        if path and logo_problem(path) is None:
            pixmap = QPixmap(path)
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText("—" if path else "")
        else:
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _row(form: QFormLayout, caption: str, widget: QWidget, note: QWidget | None = None) -> QLabel:
    label = QLabel(caption, form.parentWidget())
    label.setBuddy(widget)
    if note is None:
        form.addRow(label, widget)
    else:
        box = QWidget(form.parentWidget())
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(note)
        form.addRow(label, box)
    return label


def _line(parent: QWidget, name: str, value: str, limit: int, placeholder: str) -> QLineEdit:
    edit = QLineEdit(value, parent)
    edit.setObjectName(name)
    edit.setMaxLength(limit + 1)  # one more, so that "too long" is said rather than silently cut
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def open_settings_dialog(window) -> SettingsDialog:
    """Edit → Settings…: run the dialog through the window's ``exec_dialog``; after OK, say
    in the status bar what was saved (and that a new language applies at the next start)."""
    dialog = SettingsDialog(window.settings, window)
    if window.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
        message = dialog.tr("Settings saved.")
        if dialog.language_changed:
            message += " " + dialog.tr("The new interface language applies the next time the program starts.")
        window.statusBar().showMessage(message, 10000)
    return dialog
