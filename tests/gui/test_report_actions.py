"""Reports → Day cards… (dayCardsAction) and Reports → Itineraries… (itineraryAction) on the real
main window: built through the window's task runner, in the interface language, on the Settings'
paper, and the PDF read back with pypdf. Also the office of the Settings on the letterhead."""
from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QAction

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("reportlab")


def _text(path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages]


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


@pytest.fixture
def sample(main_window):
    trip_id = main_window.load_sample_trip()
    assert trip_id is not None and main_window.current_trip_id == trip_id
    return trip_id


def _save_to(monkeypatch, window, path):
    asked: list[str] = []

    def ask(title, file_filter, suggested=""):
        asked.append(suggested)
        return str(path)

    monkeypatch.setattr(window, "ask_save_path", ask)
    return asked


def _trip_days(window, trip_id) -> list[date]:
    from delegation_planner.services.trips import get_trip

    trip = get_trip(window.db, trip_id)
    return [trip.start_date + timedelta(days=i) for i in range((trip.end_date - trip.start_date).days + 1)]


def test_report_menu_has_day_cards_and_itineraries_next_to_the_briefing_pack(main_window):
    bar = main_window.menuBar()
    menus = {a.text().replace("&", ""): a.menu() for a in bar.actions() if a.menu() is not None}
    names = [a.objectName() for a in menus["Reports"].actions() if not a.isSeparator()]
    assert names[:4] == ["actionBriefingPack", "actionTripReport", "dayCardsAction", "itineraryAction"]
    # no trip chosen: nothing to print
    assert main_window.current_trip_id is None
    assert not _action(main_window, "dayCardsAction").isEnabled()
    assert not _action(main_window, "itineraryAction").isEnabled()


def test_day_cards_action_builds_one_card_per_day_through_the_task_runner(main_window, sample, tmp_path,
                                                                          monkeypatch):
    out = tmp_path / "cards.pdf"
    asked = _save_to(monkeypatch, main_window, out)
    action = _action(main_window, "dayCardsAction")
    assert action.isEnabled()
    action.trigger()
    assert asked and asked[0].endswith("-day-cards.pdf")  # the suggested name says what it is
    assert main_window.opened_files == [out]
    pages = _text(out)
    days = _trip_days(main_window, sample)
    assert len(pages) == len(days) == main_window.last_report.pages
    for i, page in enumerate(pages, 1):  # one card a day, numbered
        assert f"Day {i} of {len(days)}" in page
    assert "Hà Nội People's Committee" in pages[0]  # Vietnamese intact
    assert main_window.task_runner.progress  # through the runner, with progress
    reader = pypdf.PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4, the default paper
    assert "Day cards" in main_window.statusBar().currentMessage()


def test_day_cards_follow_the_settings_paper_size(main_window, sample, tmp_path, monkeypatch):
    from delegation_planner.settings import PAPER_SIZE

    main_window.settings.set(PAPER_SIZE, "letter")
    out = tmp_path / "letter.pdf"
    _save_to(monkeypatch, main_window, out)
    _action(main_window, "dayCardsAction").trigger()
    reader = pypdf.PdfReader(str(out))
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(612, 792)}


def test_itinerary_of_every_member_in_one_file(main_window, sample, tmp_path, monkeypatch, dialogs):
    from delegation_planner.services.members import list_members

    members = list_members(main_window.db, sample)
    assert len(members) >= 3
    out = tmp_path / "all.pdf"
    asked = _save_to(monkeypatch, main_window, out)
    seen = []

    def every_member(dialog):
        seen.append(dialog.objectName())
        assert dialog.all_members.isChecked()  # the default
        assert dialog.member_combo.count() == len(members)
        dialog.accept()

    dialogs.append(every_member)
    _action(main_window, "itineraryAction").trigger()
    assert seen == ["itineraryDialog"]
    assert asked[0].endswith("-itinerary.pdf")
    pages = _text(out)
    whole = "\n".join(pages)
    for m in members:
        assert f"Itinerary — {m.full_name}" in whole, m.full_name
    assert len(pages) >= len(members)  # each member starts a page
    assert main_window.opened_files == [out]


def test_itinerary_of_one_member_prints_only_theirs(main_window, sample, tmp_path, monkeypatch, dialogs):
    from delegation_planner.services.members import list_members

    members = list_members(main_window.db, sample)
    chosen, other = members[1], members[0]
    out = tmp_path / "one.pdf"
    asked = _save_to(monkeypatch, main_window, out)

    def one(dialog):
        assert dialog.select_member(chosen.person_id)
        assert dialog.member_combo.isEnabled()
        dialog.accept()

    dialogs.append(one)
    _action(main_window, "itineraryAction").trigger()
    whole = "\n".join(_text(out))
    assert f"Itinerary — {chosen.full_name}" in whole
    assert f"Itinerary — {other.full_name}" not in whole
    # the suggested file name names the member (ASCII, as every suggested name)
    folded = "".join(c for c in unicodedata.normalize("NFD", chosen.full_name.replace("Đ", "D").replace("đ", "d"))
                     if not unicodedata.combining(c))
    assert asked[0].endswith("-itinerary.pdf") and asked[0].startswith("-".join(folded.lower().split()))


def test_itinerary_cancelled_in_its_dialog_writes_nothing_and_asks_no_file(main_window, sample, tmp_path,
                                                                         monkeypatch, dialogs):
    out = tmp_path / "never.pdf"
    asked = _save_to(monkeypatch, main_window, out)
    dialogs.append(lambda dialog: dialog.reject())
    _action(main_window, "itineraryAction").trigger()
    assert asked == [] and not out.exists()
    assert main_window.last_report is None and main_window.opened_files == []


def test_day_cards_refused_target_is_a_message_and_no_build(main_window, sample, tmp_path, monkeypatch, db_path):
    runs = []
    monkeypatch.setattr(main_window.task_runner, "run", lambda *a, **k: runs.append(a))
    from tests.gui.dialog_helpers import refused_target

    target, untouched = refused_target(db_path, tmp_path)  # the database itself (a folder on PostgreSQL)
    _save_to(monkeypatch, main_window, target)  # refused before any work
    _action(main_window, "dayCardsAction").trigger()
    assert runs == [] and main_window.messages  # one message, no build
    assert untouched()


def test_day_cards_cancelled_in_the_progress_dialog_leave_no_file(main_window, sample, tmp_path, monkeypatch):
    out = tmp_path / "cancelled.pdf"
    _save_to(monkeypatch, main_window, out)
    main_window.task_runner.cancel_requested = True
    _action(main_window, "dayCardsAction").trigger()
    assert not out.exists() and main_window.opened_files == []
    assert "Cancelled" in main_window.statusBar().currentMessage()


def test_vietnamese_window_prints_vietnamese_day_cards_and_itineraries(vi_window, tmp_path, monkeypatch):
    out = tmp_path / "the-vi.pdf"
    monkeypatch.setattr(vi_window, "ask_save_path", lambda *a, **k: str(out))
    vi_window.exec_dialog = lambda dialog: dialog.accept()
    _action(vi_window, "dayCardsAction").trigger()
    pages = _text(out)
    assert pages
    for i, page in enumerate(pages, 1):
        assert f"Ngày {i}/{len(pages)}" in page and "Lịch làm việc từng ngày" in page
    assert "Day " not in "".join(pages)
    out.unlink()
    _action(vi_window, "itineraryAction").trigger()
    whole = "\n".join(_text(out))
    assert "Lịch trình — Nguyễn Đức Chung" in whole and "Itinerary" not in whole


# -------------------------------------------------------------- the office of the Settings on the letterhead
def test_vietnamese_report_takes_the_office_from_the_settings(main_window, sample, tmp_path, monkeypatch):
    from delegation_planner.settings import ISSUING_BODY_EN, ISSUING_BODY_VI, OFFICE_ADDRESS

    main_window.settings.set(ISSUING_BODY_VI, "SỞ NGOẠI VỤ TỈNH THÁI NGUYÊN")
    main_window.settings.set(ISSUING_BODY_EN, "Thai Nguyen Department of Foreign Affairs")
    main_window.settings.set(OFFICE_ADDRESS, "Số 1 đường Hoàng Văn Thụ, Thái Nguyên")
    out = tmp_path / "report-vi.pdf"
    _save_to(monkeypatch, main_window, out)
    main_window.build_report("trip_report", lang="vi")
    first = _text(out)[0]
    assert "SỞ NGOẠI VỤ TỈNH THÁI NGUYÊN" in first
    assert "Thái Nguyên, ngày" in first  # địa danh from the issuing body
    assert "……" not in first  # no dotted placeholders
    assert "Số:" in first and "/BC-SNVTTN" in first.replace(" ", "").replace("\u00a0", "")
    reader = pypdf.PdfReader(str(out))
    assert reader.metadata.author == "SỞ NGOẠI VỤ TỈNH THÁI NGUYÊN"
    # the English report takes the English name
    out_en = tmp_path / "report-en.pdf"
    _save_to(monkeypatch, main_window, out_en)
    main_window.build_report("trip_report", lang="en")
    assert "THAI NGUYEN DEPARTMENT OF FOREIGN AFFAIRS" in " ".join(_text(out_en)[0].split())


def test_vietnamese_report_without_any_office_setting_keeps_the_dotted_placeholders(main_window, sample,
                                                                                    tmp_path, monkeypatch):
    out = tmp_path / "report-vi.pdf"
    _save_to(monkeypatch, main_window, out)
    main_window.build_report("trip_report", lang="vi")
    first = _text(out)[0]
    assert "……" in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first


def test_a_character_without_a_glyph_is_named_in_a_warning_and_the_pdf_still_written(main_window, boston, tmp_path,
                                                                                    monkeypatch):
    from datetime import datetime

    from delegation_planner.services import engagements

    engagements.create_engagement(main_window.db, boston["trip_id"], title="Gặp 杜振宗 🚀",
                                  timezone="America/New_York", start=datetime(2017, 7, 12, 9, 0),
                                  end=datetime(2017, 7, 12, 10, 0))
    main_window.trip_panel.refresh()
    assert main_window.select_trip(boston["trip_id"])
    out = tmp_path / "cards.pdf"
    _save_to(monkeypatch, main_window, out)
    _action(main_window, "dayCardsAction").trigger()
    assert main_window.opened_files == [out]
    warnings = [m for m in main_window.messages if "U+1F680" in m]
    assert len(warnings) == 1 and "🚀" in warnings[0] and "杜" not in warnings[0]  # the CJK name has a glyph
    assert "杜振宗" in _text(out)[0]
