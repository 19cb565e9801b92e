"""Vietnamese to the last message: every kind of error and warning the window shows, and Qt's own
file dialog and context menus, in the Vietnamese window, with no English word of the interface left.

The English words are those of the interface's .ts (as tests/gui/test_translation.py scans) plus
those of the message catalogue (domain.messages), less the words the Vietnamese texts also use
(IANA, UTF-8, JSON…); the user's data (titles, names, paths) is taken out first."""
from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QToolButton,
)

from delegation_planner.domain import messages
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.services import engagements, trips
from delegation_planner.ui.dialogs.errors import describe
from tests.gui.dialog_helpers import press_ok, set_when
from tests.gui.test_translation import WORD, english_ui_words


def catalogue_english_words() -> set[str]:
    english: set[str] = set()
    vietnamese: set[str] = set()
    for table in (messages.MESSAGES, messages.FIELDS, messages.ENTITIES, messages.NOTICES):
        for en, vi in table.values():
            english |= {w.lower() for w in WORD.findall(en)}
            vietnamese |= {w.lower() for w in WORD.findall(vi)}
    return english - vietnamese


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    return english_ui_words() | catalogue_english_words()


def english_in(text: str, words: set[str], data: tuple[str, ...] = ()) -> list[str]:
    rest = text.replace("&", "")
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    rest = re.sub(r"(/[\w.\-]+)+", " ", rest)  # file paths are the user's
    return [w for w in WORD.findall(rest) if w.lower() in words]


@pytest.fixture
def shown(vi_window, monkeypatch):
    """Texts of the message boxes the window opens (they are not shown for real)."""
    texts: list[str] = []

    def record(*args, **kwargs):
        texts.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return texts


def test_the_scan_finds_english_messages(english_words):
    """Not vacuous: the English catalogue text of a problem is caught, its Vietnamese is not."""
    exc = ValidationError.of("end", "end_before_start")
    assert english_in(messages.render_error(exc, "en"), english_words)
    assert english_in(messages.render_error(exc, "vi"), english_words) == []


def test_service_problems_are_vietnamese(vi_window, english_words):
    db = vi_window.db
    trip_id = vi_window.current_trip_id
    cases = [
        (lambda: trips.create_trip(db, title="", start_date=date(2026, 3, 2), end_date=date(2026, 3, 1)),
         ["Tiêu đề: không được để trống", "Ngày kết thúc: trước thời điểm bắt đầu"]),
        (lambda: trips.create_trip(db, title="x" * 600, start_date=date(2026, 3, 1), end_date=date(2026, 3, 2),
                                   home_timezone="Mars/Olympus"),
         ["Tiêu đề: quá dài (600 ký tự; tối đa 500)", "Múi giờ trong nước: múi giờ không xác định 'Mars/Olympus'"]),
        (lambda: engagements.create_engagement(db, trip_id, title="Gap", timezone="America/New_York",
                                               start=datetime(2017, 3, 12, 2, 30), end=datetime(2017, 3, 12, 4, 0)),
         ["2017-03-12 02:30 không tồn tại ở múi giờ America/New_York"]),
        (lambda: engagements.create_engagement(db, trip_id, title="Zero", timezone="America/New_York",
                                               start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 9)),
         ["Kết thúc: trùng với thời điểm bắt đầu"]),
        (lambda: trips.get_trip(db, 987654), ["không có chuyến công tác nào mang mã số 987654"]),
    ]
    for call, expected in cases:
        with pytest.raises((ValidationError, NotFoundError)) as info:
            call()
        text = describe(info.value)
        for part in expected:
            assert part in text, text
        assert english_in(text, english_words, ("Mars/Olympus", "America/New_York")) == [], text
        assert str(info.value)  # the English for logs is still there
        if isinstance(info.value, ValidationError):
            assert all(p.code for p in info.value.problems), info.value.problems


def test_form_field_errors_are_vietnamese(vi_window, english_words):
    """New trip with no title and the end before the start: each field says why, in Vietnamese."""
    opened = []

    def fill(dialog):
        opened.append(dialog)
        dialog.title_edit.setText("   ")
        dialog.end_edit.setDate(dialog.start_edit.date().addDays(-3))
        press_ok(dialog)
        return dialog.result()

    vi_window.exec_dialog = fill
    vi_window.actions_.new_trip.trigger()
    dialog = opened[0]
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog) and label.text()]
    joined = "\n".join(texts)
    assert "không được để trống" in joined and "trước thời điểm bắt đầu" in joined, texts
    assert english_in(joined, english_words) == [], texts


def _bundle_with_a_bad_engagement(window, tmp_path):
    from delegation_planner.bundles import export_trip

    path = tmp_path / "boston.json"
    export_trip(window.db, window.current_trip_id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    engagement = data["engagements"][1]
    engagement["end"] = engagement["start"][:11] + "00:00"
    data["engagements"][2]["timezone"] = "Mars/Olympus"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, engagement["title"], data["engagements"][2]["title"]


def test_bundle_import_errors_name_the_file_and_the_engagement(vi_window, shown, tmp_path, monkeypatch,
                                                                english_words):
    path, title, other = _bundle_with_a_bad_engagement(vi_window, tmp_path)
    monkeypatch.setattr(vi_window, "ask_open_path", lambda *a, **k: str(path))
    vi_window.actions_.import_bundle.trigger()
    assert shown, "no message"
    text = shown[-1]
    assert f"boston.json: hoạt động “{title}”: Kết thúc: trước thời điểm bắt đầu" in text, text
    assert f"boston.json: hoạt động “{other}”: Múi giờ: múi giờ không xác định 'Mars/Olympus'" in text, text
    assert "engagements[" not in text
    assert english_in(text, english_words, (title, other, "Mars/Olympus", "boston.json")) == [], text


def test_a_file_that_is_not_a_bundle_is_said_in_vietnamese(vi_window, shown, tmp_path, monkeypatch, english_words):
    bad = tmp_path / "notes.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(vi_window, "ask_open_path", lambda *a, **k: str(bad))
    vi_window.actions_.import_bundle.trigger()
    assert "JSON sai cấu trúc ở dòng 1" in shown[-1], shown
    # the JSON parser's own detail ("Expecting property name…") is data of the file's error, not ours
    assert english_in(shown[-1].split(":")[0] + ":" + shown[-1].split(":")[1], english_words) == [], shown[-1]


@pytest.mark.sqlite_only
def test_restore_errors_are_vietnamese(vi_window, shown, tmp_path, english_words):
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert vi_window.backup_support.restore(str(bad)) is False
    text = shown[-1]
    assert "không dùng được làm bản sao lưu" in text and "chưa khôi phục gì" in text, text
    assert english_in(text, english_words, (str(bad),)) == [], text
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert vi_window.backup_support.restore(str(folder)) is False
    assert "không phải là tệp" in shown[-1] and english_in(shown[-1], english_words, (str(folder),)) == []


def test_outside_the_trip_dates_warning_is_vietnamese(vi_window, english_words):
    def fill(dialog):
        dialog.title_edit.setText("Late visit")
        set_when(dialog, "America/New_York", datetime(2017, 7, 20, 9), datetime(2017, 7, 20, 10))
        press_ok(dialog)
        return dialog.result()

    vi_window.exec_dialog = fill
    vi_window.actions_.add_engagement.trigger()
    text = vi_window.statusBar().currentMessage()
    assert text.startswith("Đã lưu, nhưng: ") and "20/07/2017" in text and "sau ngày kết thúc chuyến công tác" in text
    assert english_in(text, english_words) == [], text


def _texts_of(dialog) -> list[str]:
    out: list[str] = []
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.text():
            out.append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            out += [t for t in (button.text(), button.toolTip()) if t]
    for button in dialog.findChildren(QToolButton):
        out += [t for t in (button.accessibleName(), button.toolTip()) if t]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and view.isVisibleTo(dialog):
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount(QModelIndex()))]
    for combo in dialog.findChildren(QComboBox):
        if combo.objectName() == "fileTypeCombo":
            out += [combo.itemText(i) for i in range(combo.count())]
    return out


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen])
def test_qt_file_dialog_is_vietnamese(vi_window, qtbot, tmp_path, mode, english_words):
    (tmp_path / "sub").mkdir()
    (tmp_path / "boston.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(vi_window, "x", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as the app's dialogs are on Linux
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _texts_of(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Tìm trong:" and labels["fileNameLabel"] == "&Tên tệp:"
    assert labels["fileTypeLabel"] == "&Loại tệp:"
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    assert ("&Lưu" if mode == QFileDialog.AcceptMode.AcceptSave else "&Mở") in buttons and "Hủy" in buttons
    tips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips["backButton"] == "Quay lại" and tips["toParentButton"] == "Thư mục cha"
    assert tips["newFolderButton"] == "Tạo thư mục mới" and tips["detailModeButton"] == "Xem chi tiết"
    tree = dialog.findChild(QAbstractItemView, "treeView")
    headers = [tree.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa đổi"]
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2)
    kinds = {tree.model().index(r, 0, tree.rootIndex()).data(): tree.model().index(r, 2, tree.rootIndex()).data()
             for r in range(2)}
    assert kinds["sub"] == "Thư mục"
    found = [(t, english_in(t, english_words, ("PDF (*.pdf)",))) for t in texts]
    assert [f for f in found if f[1]] == []
    # the overwrite question Qt asks before replacing a file
    from PySide6.QtCore import QCoreApplication

    question = QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")
    assert question == "%1 đã có.\nBạn có muốn ghi đè lên tệp đó không?"
    dialog.close()


def test_text_field_context_menu_is_vietnamese(vi_window, english_words):
    edit = vi_window.findChild(QLineEdit, "tripSearch")
    menu = edit.createStandardContextMenu()
    try:
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]  # without "\tCtrl+Z"
        assert "&Hoàn tác" in texts and "&Dán" in texts and "Chọn tất cả" in texts, texts
        sub = [a.menu() for a in menu.actions() if a.menu() is not None]
        texts += [a.text().split("\t")[0] for m in sub for a in m.actions()]
        assert english_in("\n".join(texts), english_words) == [], texts
    finally:
        menu.deleteLater()


# ----------------------------------------------------------------------------- report language

def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages[:3])


def test_ctrl_p_in_the_vietnamese_window_builds_the_vietnamese_pack(vi_window, tmp_path, monkeypatch):
    asked = []

    def ask(title, file_filter, suggested):
        asked.append(suggested)
        return str(tmp_path / suggested)

    monkeypatch.setattr(vi_window, "ask_save_path", ask)
    action = vi_window.actions_.briefing_pack
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    assert asked[-1].endswith("-briefing-vi.pdf")
    written = tmp_path / asked[-1]
    assert "Tài liệu chuẩn bị chuyến công tác" in _pdf_text(written)
    assert "(tiếng Việt)" in vi_window.statusBar().currentMessage()
    # the other language is an explicit choice of the Reports menu
    english = vi_window.findChild(type(action), "actionBriefingPackEn")
    assert english.text() == "Tài liệu phục vụ đoàn bằng tiếng &Anh…"
    english.trigger()
    assert asked[-1].endswith("-briefing.pdf")
    assert "Briefing pack" in _pdf_text(tmp_path / asked[-1])
    assert "(tiếng Anh)" in vi_window.statusBar().currentMessage()


def test_the_settings_report_language_overrides_the_interface(vi_window, tmp_path, monkeypatch):
    from delegation_planner import settings as S

    if not hasattr(S, "REPORT_LANGUAGE"):
        pytest.skip("no report language setting in this build")
    vi_window.settings.set(S.REPORT_LANGUAGE, "en")
    path = tmp_path / "pack.pdf"
    vi_window.build_report("briefing", str(path))
    assert "Briefing pack" in _pdf_text(path)
    vi_window.settings.set(S.REPORT_LANGUAGE, "interface")
    vi_window.build_report("briefing", str(path))
    assert "Tài liệu chuẩn bị chuyến công tác" in _pdf_text(path)


# ----------------------------------------------------------------------------- weekdays, venue clock

def test_weekdays_in_words_and_the_venue_clock_follows_the_venue_city(vi_window, qtbot):
    from delegation_planner.services import directory
    from delegation_planner.ui.labels import day_with_weekday, long_day, timeline_day

    assert day_with_weekday(date(2026, 12, 1)) == "Thứ Ba, 01/12/2026"  # never "Th 3" / "Thứ 3"
    assert long_day(date(2026, 12, 6)).startswith("Chủ Nhật")
    assert timeline_day(date(2026, 12, 2)).startswith("Thứ Tư")
    db = vi_window.db
    trip = trips.create_trip(db, title="Quảng Tây 2026", destination="Nam Ninh", start_date=date(2026, 12, 1),
                             end_date=date(2026, 12, 3), home_timezone="Asia/Ho_Chi_Minh")
    health = directory.create_organization(db, name="Guangxi Health Commission", city="Nanning")
    engagements.create_engagement(db, trip.id, title="Border health talks", timezone="Asia/Shanghai",
                                  organization_id=health.id, start=datetime(2026, 12, 1, 9), end=datetime(2026, 12, 1, 11))
    engagements.create_engagement(db, trip.id, title="Dinner", timezone="Asia/Shanghai",
                                  start=datetime(2026, 12, 1, 19), end=datetime(2026, 12, 1, 21))
    vi_window.trip_panel.refresh()
    assert vi_window.select_trip(trip.id)
    model = vi_window.programme_model
    qtbot.waitUntil(lambda: len(model.items()) == 2)
    day = model.index(0, 0)  # the day row; its engagements are its children
    qtbot.waitUntil(lambda: model.rowCount(day) == 2)
    shown = " | ".join(str(model.index(row, column, day).data()) for row in range(model.rowCount(day))
                       for column in range(model.columnCount(day)))
    assert "09:00 Nam Ninh · 08:00 Hà Nội" in shown, shown  # the organization's city, in Vietnamese
    assert "19:00 Thượng Hải · 18:00 Hà Nội" in shown, shown  # no venue city: the zone's, in Vietnamese
    assert "Nanning" not in shown and "Shanghai" not in shown
    heading = model.index(0, 0).data()
    assert "Thứ Ba, 01/12/2026" in heading, heading


def test_a_refused_save_target_is_said_in_vietnamese(vi_window, shown, monkeypatch, english_words):
    """Saving the briefing pack over the open database: refused before any work, in Vietnamese."""
    target = str(vi_window.db.path)
    monkeypatch.setattr(vi_window, "ask_save_path", lambda *a, **k: target)
    vi_window.actions_.briefing_pack.trigger()
    text = shown[-1]
    assert "đó là cơ sở dữ liệu đang mở hoặc một tệp của nó" in text and "hãy chọn tên khác" in text, text
    assert english_in(text, english_words, (target, vi_window.db.path.name)) == [], text


def test_engagement_choices_are_dated_the_vietnamese_way(vi_window, english_words):
    """The commitment dialog's engagement list: "12/07 · title", not "12 Jul · title"."""
    opened = []

    def look(dialog):
        opened.append(dialog)
        return 0

    vi_window.exec_dialog = look  # every route a dialog may take is answered (never a modal hang)
    vi_window.commitments_panel.run_dialog = look
    vi_window.engagement_panel.run_dialog = look
    vi_window.tabs.setCurrentIndex(2)  # the Commitments tab: the trip's own commitment dialog
    vi_window.actions_.add_commitment.trigger()
    assert opened, "no commitment dialog"
    items = [combo.itemText(i) for combo in opened[0].findChildren(QComboBox) for i in range(combo.count())
             if " · " in combo.itemText(i)]
    assert items and all(re.match(r"\d\d/\d\d · ", text) for text in items), items
    assert not any(re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", t) for t in items)
