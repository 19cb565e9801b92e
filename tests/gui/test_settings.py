"""Edit → Settings… (settingsDialog) on the real main window: typed settings declared once,
checked before anything is written, applied (home time zone, backups), in Vietnamese too."""
from __future__ import annotations

import os
import struct
import unicodedata
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit

from delegation_planner import settings as S
from delegation_planner.settings import Settings


def png_bytes(width: int = 4, height: int = 4) -> bytes:
    """A small valid PNG, written by hand (no image library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x1f\x4e\x79\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def open_settings(window, dialogs, fill):
    """Edit → Settings…, ``fill(dialog)`` presses the buttons; returns the dialog."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)

    dialogs.append(run)
    window.actions_.settings.trigger()
    assert seen, "the Settings dialog did not open"
    return seen[0]


def ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# ------------------------------------------------------------------------------ the menu item
def test_settings_is_in_the_edit_menu_with_ctrl_comma(main_window):
    action = main_window.actions_.settings
    assert action.objectName() == "actionSettings" and action.shortcut().toString() == "Ctrl+,"
    edit_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    assert action.text() == "Se&ttings…"


# ------------------------------------------------------------------------------ saving
def test_settings_saved_and_shown_again(main_window, dialogs, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())

    def fill(dialog):
        assert dialog.objectName() == "settingsDialog"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("vi"))
        dialog.zone_combo.setCurrentText("Europe/Paris")
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
        dialog.report_language_combo.setCurrentIndex(dialog.report_language_combo.findData("en"))
        dialog.body_vi_edit.setText(unicodedata.normalize("NFD", "  SỞ Y TẾ TỈNH CAO BẰNG "))
        dialog.body_en_edit.setText("Cao Bang Department of Health")
        dialog.address_edit.setPlainText("Số 1, đường Hoàng Đình Giong\nThành phố Cao Bằng")
        dialog.logo_edit.setText(str(logo))
        dialog.backups_edit.setText(str(tmp_path / "sao-luu"))
        dialog.keep_spin.setValue(3)
        ok(dialog)

    dialog = open_settings(main_window, dialogs, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted
    st = main_window.settings
    assert st.get(S.INTERFACE_LANGUAGE) == "vi" and st.get(S.HOME_TIMEZONE) == "Europe/Paris"
    assert st.get(S.PAPER_SIZE) == "letter" and st.get(S.REPORT_LANGUAGE) == "en"
    assert st.get(S.ISSUING_BODY_VI) == "SỞ Y TẾ TỈNH CAO BẰNG"  # trimmed and NFC
    assert unicodedata.is_normalized("NFC", st.get(S.ISSUING_BODY_VI))
    assert st.get(S.OFFICE_ADDRESS) == "Số 1, đường Hoàng Đình Giong\nThành phố Cao Bằng"
    assert st.get(S.OFFICE_LOGO) == str(logo) and st.get(S.BACKUPS_KEEP) == 3
    assert st.get(S.BACKUPS_FOLDER) == str(tmp_path / "sao-luu")
    assert "next time the program starts" in main_window.statusBar().currentMessage()
    # the file itself: H6 reads the report language under the plain key report_language
    raw = QSettings(st.file_name, QSettings.Format.IniFormat)
    assert raw.value("report_language") == "en"

    def check(dialog):
        assert dialog.language_combo.currentData() == "vi" and dialog.zone_combo.currentText() == "Europe/Paris"
        assert dialog.keep_spin.value() == 3 and dialog.logo_edit.text() == str(logo)
        assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
        dialog.reject()

    open_settings(main_window, dialogs, check)
    assert main_window.settings.get(S.INTERFACE_LANGUAGE) == "vi"


def test_keyboard_first_focus_and_tab_order(main_window, qtbot):
    from PySide6.QtCore import Qt

    from delegation_planner.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.language_combo.hasFocus())
    order = [dialog.language_combo, dialog.zone_combo, dialog.paper_combo, dialog.report_language_combo,
             dialog.body_vi_edit, dialog.body_en_edit, dialog.address_edit, dialog.logo_edit, dialog.logo_button,
             dialog.backups_edit, dialog.backups_button, dialog.keep_spin]
    reached = [dialog.focusWidget()]
    for _ in order[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        reached.append(widget.parent() if widget.parent() in order else widget)  # a combo's or spin's line edit
    assert reached == order
    # typing with spaces stays in the field; Enter is OK, which checks first
    qtbot.keyClicks(dialog.body_vi_edit, "SO Y TE")  # QTest types ASCII only
    assert dialog.body_vi_edit.text() == "SO Y TE" and dialog.isVisible()
    dialog.zone_combo.setCurrentText("Asia/Hanoi")
    qtbot.keyClick(dialog.body_vi_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Home time zone" in dialog.message.text()
    assert dialog.focusWidget() in (dialog.zone_combo, dialog.zone_combo.lineEdit())  # the field to fix
    dialog.zone_combo.setCurrentText("Asia/Bangkok")
    qtbot.keyClick(dialog.body_vi_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert main_window.settings.get(S.HOME_TIMEZONE) == "Asia/Bangkok"
    assert main_window.settings.get(S.ISSUING_BODY_VI) == "SO Y TE"


def test_cancel_writes_nothing(main_window, dialogs):
    def fill(dialog):
        dialog.zone_combo.setCurrentText("Asia/Tokyo")
        dialog.reject()

    open_settings(main_window, dialogs, fill)
    assert main_window.settings.get(S.HOME_TIMEZONE) == "Asia/Ho_Chi_Minh"


def test_same_language_does_not_say_next_start(main_window, dialogs):
    open_settings(main_window, dialogs, ok)
    assert main_window.statusBar().currentMessage() == "Settings saved."


# ------------------------------------------------------------------------------ refused values
@pytest.mark.parametrize("zone", ["GMT+7", "Asia/Hanoi", "localtime", "asia/ho_chi_minh", " ", "Europe/Paris\u200b"])
def test_unknown_time_zone_is_refused_and_nothing_written(main_window, dialogs, zone):
    def fill(dialog):
        dialog.zone_combo.setCurrentText(zone)
        dialog.keep_spin.setValue(5)
        ok(dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.message.isVisibleTo(dialog) and "Home time zone" in dialog.message.text()
        dialog.reject()

    open_settings(main_window, dialogs, fill)
    assert main_window.settings.get(S.HOME_TIMEZONE) == "Asia/Ho_Chi_Minh"
    assert main_window.settings.get(S.BACKUPS_KEEP) == 10  # nothing at all was written


def hostile_logos(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    out = {}
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    out["text"] = (text, "is not a PNG or JPEG picture")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(png_bytes()[:20])  # the right first bytes, but no picture
    out["truncated"] = (truncated, "is not a PNG or JPEG picture")
    out["folder"] = (tmp_path, "is not a file")
    fifo = tmp_path / "logo.fifo"
    os.mkfifo(fifo)
    out["fifo"] = (fifo, "is not a file")  # never opened (it would block)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as fh:
        fh.write(png_bytes())
        fh.truncate(S.LOGO_MAX_BYTES + 1)  # sparse
    out["huge"] = (huge, "larger than 5 MB")
    out["missing"] = (tmp_path / "gone.png", "was not found")
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 20)
    out["gif"] = (gif, "is not a PNG or JPEG picture")
    return out


@pytest.mark.parametrize("kind", ["text", "truncated", "folder", "fifo", "huge", "missing", "gif"])
def test_a_logo_that_is_not_a_readable_png_or_jpeg_is_refused(main_window, dialogs, tmp_path, kind):
    path, said = hostile_logos(tmp_path)[kind]

    def fill(dialog):
        dialog.logo_edit.setText(str(path))
        ok(dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted, kind
        assert said in dialog.message.text() and str(path) in dialog.message.text()
        dialog.reject()

    open_settings(main_window, dialogs, fill)
    assert main_window.settings.get(S.OFFICE_LOGO) == ""


def test_a_jpeg_logo_is_accepted(main_window, dialogs, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    path = tmp_path / "Biểu trưng sở.jpg"
    assert image.save(str(path), "JPEG")

    def fill(dialog):
        dialog.logo_edit.setText(str(path))
        ok(dialog)

    dialog = open_settings(main_window, dialogs, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert main_window.settings.get(S.OFFICE_LOGO) == str(path)


def test_too_long_names_and_bad_backups_folders_are_refused(main_window, dialogs, tmp_path):
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    cases = [("body_vi_edit", "Đ" * 301, "at most 300 characters"),
             ("backups_edit", "relative/folder", "give a full path"),
             ("backups_edit", str(a_file), "is not a folder")]
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases.append(("backups_edit", str(locked), "cannot be written to"))
    for attribute, value, said in cases:
        def fill(dialog, attribute=attribute, value=value, said=said):
            getattr(dialog, attribute).setText(value)
            ok(dialog)
            assert dialog.result() != QDialog.DialogCode.Accepted, value
            assert said in dialog.message.text(), dialog.message.text()
            dialog.reject()

        open_settings(main_window, dialogs, fill)
    assert main_window.settings.get(S.BACKUPS_FOLDER) == "" and main_window.settings.get(S.ISSUING_BODY_VI) == ""


# ------------------------------------------------------------------------------ typed, declared once
def test_each_setting_is_declared_once_with_a_valid_default():
    keys = [s.key for s in S.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in S.USER_SETTINGS:
        assert setting.title and isinstance(setting.default, setting.type), setting.key
        assert setting.accepts(setting.default), setting.key
    assert S.REPORT_LANGUAGE.key == "report_language" and S.REPORT_LANGUAGE.choices == ("interface", "en", "vi")


def test_hand_edited_values_read_back_as_the_default(tmp_path):
    path = tmp_path / "hand.ini"
    path.write_text("[General]\nreport_language=klingon\n[trips]\nhome_timezone=GMT+7\n"
                    "[backups]\nkeep=0\nfolder=relative\n[reports]\npaper_size=A3\n"
                    "[office]\nlogo=/no/such/logo.png\n[general]\ninterface_language=fr\n", encoding="utf-8")
    st = Settings(path)
    assert st.get(S.REPORT_LANGUAGE) == "interface" and st.get(S.HOME_TIMEZONE) == "Asia/Ho_Chi_Minh"
    assert st.get(S.BACKUPS_KEEP) == 10 and st.get(S.BACKUPS_FOLDER) == "" and st.get(S.PAPER_SIZE) == "a4"
    assert st.get(S.OFFICE_LOGO) == "" and st.get(S.INTERFACE_LANGUAGE) == ""
    with pytest.raises(ValueError):
        st.set(S.HOME_TIMEZONE, "GMT+7")
    with pytest.raises(ValueError):
        st.set(S.BACKUPS_KEEP, "3")  # typed: an int, not text
    with pytest.raises(ValueError):
        st.set(S.BACKUPS_KEEP, 0)
    st.set(S.BACKUPS_KEEP, 365)
    assert st.get(S.BACKUPS_KEEP) == 365


# ------------------------------------------------------------------------------ applied
def test_new_trip_starts_in_the_settings_home_time_zone(main_window, dialogs):
    main_window.settings.set(S.HOME_TIMEZONE, "Asia/Shanghai")
    seen = []
    dialogs.append(lambda dialog: seen.append(dialog.zone_combo.currentText()) or dialog.reject())
    main_window.actions_.new_trip.trigger()
    assert seen == ["Asia/Shanghai"]


@pytest.mark.parametrize("paper, width", [("letter", 612), ("a4", 595)])
def test_reports_use_the_settings_paper_size(window, tmp_path, paper, width):
    from pypdf import PdfReader

    window.settings.set(S.PAPER_SIZE, paper)
    target = tmp_path / f"briefing-{paper}.pdf"
    window.build_report("briefing", str(target))
    assert window.last_report is not None and not isinstance(window.last_report, BaseException), window.last_report
    box = PdfReader(str(target)).pages[0].mediabox
    assert round(float(box.width)) == width


@pytest.mark.sqlite_only
def test_automatic_backups_go_to_the_settings_folder_and_keep_its_count(main_window, boston, tmp_path, db_path):
    from delegation_planner.storage import backups

    folder = tmp_path / "Sao lưu văn phòng"
    main_window.settings.set(S.BACKUPS_FOLDER, str(folder))
    main_window.settings.set(S.BACKUPS_KEEP, 2)
    support = main_window.backup_support
    written = []
    for day in range(4):
        now = datetime(2026, 12, 1 + day, 9, 0)
        written.append(backups.auto_backup(main_window.db, folder=folder, keep=2, now=now))
    assert all(p is not None and p.parent == folder for p in written)
    assert [b.path for b in backups.list_backups(db_path, folder)] == [written[3], written[2]]
    # through the window, as at start-up: into that folder, not beside the database
    for old in folder.iterdir():
        old.unlink()
    path = support.auto_backup_now()
    assert path is not None and path.parent == folder
    assert not backups.backup_dir(db_path).exists()
    assert "Automatic backup written to" in main_window.statusBar().currentMessage()


@pytest.mark.sqlite_only
def test_two_databases_of_one_name_share_a_backups_folder_safely(tmp_path):
    """planner.sqlite3 in two folders, one backups folder, keep=1: neither deletes the other's."""
    from delegation_planner.services import directory
    from delegation_planner.storage import backups, open_database

    shared = tmp_path / "shared-backups"
    made = {}
    for office in ("hanoi", "caobang"):
        (tmp_path / office).mkdir()
        db = open_database(tmp_path / office / "planner.sqlite3")
        directory.create_person(db, full_name=f"Officer {office}")
        made[office] = (db, [backups.auto_backup(db, folder=shared, keep=1, now=datetime(2026, 12, d, 9))
                             for d in (1, 2, 3)])
    for office, (db, written) in made.items():
        listed = [b.path for b in backups.list_backups(db.path, shared)]
        assert listed == [written[-1]], office  # its own newest, not the other office's
        assert written[-1].exists()
        db.dispose()
    assert len(list(shared.iterdir())) == 2
    assert made["hanoi"][1][-1].name != made["caobang"][1][-1].name


# ------------------------------------------------------------------------------ Vietnamese
def test_settings_dialog_in_vietnamese_has_no_english_left(vi_window, tmp_path):
    from tests.gui.test_translation import english_ui_words

    seen = []
    vi_window.exec_dialog = lambda dialog: seen.append(dialog) or 0
    vi_window.actions_.settings.trigger()
    dialog = seen[0]
    assert dialog.windowTitle() == "Cài đặt"
    dialog.show()
    english = english_ui_words()
    texts = [dialog.windowTitle()]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    texts += [w.placeholderText() for w in dialog.findChildren(QLineEdit)]
    for combo in dialog.findChildren(QComboBox):
        if combo is not dialog.zone_combo:  # zone names are IANA identifiers
            texts += [combo.itemText(i) for i in range(combo.count())]
    texts.append(dialog.keep_spin.suffix())
    left = []
    for text in texts:
        text = text.replace("Asia/Ho_Chi_Minh", "").replace("SỞ Y TẾ TỈNH CAO BẰNG", "")
        left += [(text, w) for w in text.replace("&", "").split() if w.strip(".,:;()…“”").lower() in english]
    assert left == []
    # a refusal in Vietnamese
    dialog.zone_combo.setCurrentText("GMT+7")
    dialog.logo_edit.setText(str(tmp_path / "khong-co.png"))
    ok(dialog)
    message = dialog.message.text()
    assert "Múi giờ nơi đi: “GMT+7” không phải là tên múi giờ" in message
    assert "Biểu trưng: không tìm thấy tệp" in message
    assert [w for w in message.split() if w.strip(".,:;()…“”").lower() in english] == []
    dialog.reject()
