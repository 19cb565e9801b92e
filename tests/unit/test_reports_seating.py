"""The briefing pack draws the seating plan of a signing ceremony and a working meal (and of talks
at a real table), proposed from precedence with the same rule as the window's Seating plan…; a call
of two gets none; a working meal of two is drawn."""
from __future__ import annotations

from datetime import date, datetime

from pypdf import PdfReader

from delegation_planner.reports import build_briefing_pack
from delegation_planner.services import directory, engagements, members, report_data, trips


def _pages(path):
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_signing_has_its_seating_plan_and_a_small_call_has_none(db, tmp_path):
    trip = trips.create_trip(db, title="Boston 2017", destination="Boston", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 12), home_timezone="Asia/Ho_Chi_Minh")
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation", languages="Vietnamese")
    huy = directory.create_person(db, full_name="Nguyễn Văn Huy", side="delegation")
    ceo = directory.create_person(db, full_name="Roman Jankowski", side="host", languages="English")
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, huy.id)

    def engagement(title, kind, h):
        e = engagements.create_engagement(db, trip.id, title=title, kind=kind, timezone="America/New_York",
                                          start=datetime(2017, 7, 12, h), end=datetime(2017, 7, 12, h + 1))
        return getattr(e, "engagement", e).id
    signing = engagement("Ký biên bản ghi nhớ với Partners HealthCare", "signing_ceremony", 15)
    call = engagement("Chào xã giao", "courtesy_call", 9)
    for eng in (signing, call):
        engagements.set_attendance(db, eng, chung.id, role="lead")
        engagements.set_attendance(db, eng, ceo.id, role="lead")
    engagements.set_attendance(db, signing, huy.id)
    data = report_data.gather(db, trip.id)
    assert set(data.seating) == {signing}  # the call of two: no plan
    assert [s.role for s in data.seating[signing].seats if s.occupant and s.occupant.name == "Nguyễn Đức Chung"] \
        == ["signatory"]
    pages = _pages(build_briefing_pack(db, trip.id, tmp_path / "p.pdf", lang="vi").path)
    with_plan = [t for t in pages if "Sơ đồ chỗ ngồi" in t]
    assert with_plan and "Nguyễn Đức Chung" in with_plan[0] and "Roman Jankowski" in with_plan[0]
    assert "người ký" in with_plan[0]


def test_a_working_meal_of_two_is_drawn_and_the_pack_builds(db, tmp_path):
    trip = trips.create_trip(db, title="Đưa đoàn", start_date=date(2017, 7, 12), end_date=date(2017, 7, 12))
    eng = engagements.create_engagement(db, trip.id, title="Tiệc tối", kind="working_meal", timezone="UTC",
                                        start=datetime(2017, 7, 12, 19), end=datetime(2017, 7, 12, 21))
    eng = getattr(eng, "engagement", eng).id
    host = directory.create_person(db, full_name="Host", side="host")
    guest = directory.create_person(db, full_name="Guest", side="delegation")
    for p in (host, guest):
        engagements.set_attendance(db, eng, p.id)
    assert set(report_data.gather(db, trip.id).seating) == {eng}  # a banquet of two is still drawn
    assert build_briefing_pack(db, trip.id, tmp_path / "p.pdf", lang="en").pages >= 1


def test_the_trip_report_lists_the_gifts_and_the_attached_documents(db, tmp_path):
    from delegation_planner.reports import build_trip_report
    from delegation_planner.services import attachments, commitments, gifts

    trip = trips.create_trip(db, title="Boston 2017", destination="Boston", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 14))
    com = commitments.create_commitment(db, trip.id, description="MoU with Partners HealthCare", kind="mou",
                                        status="signed")
    gift = gifts.add_gift(db, trip.id, description="Tranh sơn mài Hồ Gươm", direction="given",
                          counterpart="Office of the Governor", given_on=date(2017, 7, 12), estimated_value=3_000_000,
                          disposition="handed_to_state", reported_on=date(2017, 7, 18))
    attachments.add_attachment_bytes(db, "commitment", com.id, "Biên bản ghi nhớ đã ký.pdf", b"%PDF-1.4 MoU")
    attachments.add_attachment_bytes(db, "gift", gift.id, "ảnh quà.jpg", b"\xff\xd8\xff photo")
    text = " ".join(" ".join(_pages(build_trip_report(db, trip.id, tmp_path / "r.pdf", lang="vi").path)).split())
    assert "Quà tặng và quà nhận" in text and "Tranh sơn mài Hồ Gươm" in text and "3.000.000 VND" in text
    assert "nộp nhà nước" in text and "Office of the Governor" in text
    assert "Tài liệu đính kèm" in text and "Biên bản ghi nhớ đã ký.pdf" in text and "ảnh quà.jpg" in text
    assert "%PDF-1.4 MoU" not in text  # listed, not embedded
    # no gift, no attachment: no empty section
    other = trips.create_trip(db, title="Paris", start_date=date(2026, 10, 24), end_date=date(2026, 10, 26))
    text = " ".join(_pages(build_trip_report(db, other.id, tmp_path / "p.pdf", lang="en").path))
    assert "Gifts given and received" not in text and "Documents attached" not in text


def test_a_bold_cell_taller_than_a_page_splits_instead_of_crashing(tmp_path):
    """A table row split across pages makes ReportLab build each half of a cell's Paragraph without
    text (frags only); the Hangul-bold check read that text and crashed the largest trip's reports
    (found by bench_reports). Now the row splits and every word is printed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, TableStyle

    from delegation_planner.reports.layout import table
    from delegation_planner.reports.paragraph import Paragraph
    from delegation_planner.reports.styles import make_styles

    st = make_styles()
    words = " ".join(f"Nguyễn{i}" for i in range(2500))  # far taller than one A4 page in a narrow cell
    rows = [[Paragraph("Head", st.cell_head), Paragraph("Head", st.cell_head)],
            [Paragraph(words, st.cell_bold), Paragraph("x", st.cell)]]
    path = tmp_path / "split.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table(rows, [200, 200], TableStyle([]))])
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert len(PdfReader(str(path)).pages) > 1 and "Nguyễn0" in text and "Nguyễn2499" in text
