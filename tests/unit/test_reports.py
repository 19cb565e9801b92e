"""Briefing pack and post-trip report: built for real trips, read back with pypdf."""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from delegation_planner.domain.errors import ValidationError  # noqa: E402
from delegation_planner.domain.progress import Cancelled  # noqa: E402
from delegation_planner.reports import build_briefing_pack, build_trip_report  # noqa: E402
from delegation_planner.services import commitments, directory, engagements, members, notes, trips  # noqa: E402

LONG_NOTE_END = "và đây là những chữ cuối cùng của ghi chép dài"
TALKING_POINTS = "\n".join(f"Điểm {i}: hợp tác y tế số {i} with Boston partners" for i in range(1, 201))
LONG_TITLE = ("Chuyến thăm và làm việc của Đoàn công tác tỉnh Cao Bằng tại Hoa Kỳ về hợp tác y tế, giáo dục "
              "và khoa học công nghệ, thúc đẩy trao đổi đào tạo nhân lực và kết nối doanh nghiệp "
              "đổi mới sáng tạo giữa Việt Nam và bang Massachusetts, nhiệm kỳ 2017, cùng các đối tác ở Thái Nguyên "
              "và Hà Nội, kết thúc ở đây")


def pdf_text(path: Path) -> tuple[str, list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n".join(pages), pages, reader


def squash(text: str) -> str:
    """Text with all whitespace removed (lines wrap anywhere in a PDF)."""
    return re.sub(r"\s+", "", text)


def make_rich_trip(db, *, title: str = "Boston visit 2017", with_commitments: bool = True,
                   all_cancelled: bool = False) -> int:
    """A trip with Vietnamese names, markup-like text, long fields and an earlier trip's promise."""
    hn = "Asia/Ho_Chi_Minh"
    earlier = trips.create_trip(db, title="Boston visit 2015", destination="Boston, MA",
                                start_date=date(2015, 6, 1), end_date=date(2015, 6, 3), home_timezone=hn)
    mgh = directory.create_organization(db, name="Massachusetts General Hospital", kind="hospital", city="Boston",
                                        country="USA", phone="+1 617 726 2000", website="https://www.massgeneral.org",
                                        profile="Teaching hospital of Harvard. R&D budget <b> large </b>; a<b")
    mit = directory.create_organization(db, name="MIT Lab <AI & Robotics>", kind="research_lab", city="Cambridge",
                                        country="USA", profile="Lab profile.\nSecond line.")
    commitments.create_commitment(db, earlier.id, organization_id=mgh.id, kind="training", status="agreed",
                                  description="Train 10 nurses from Cao Bằng (promised 2015)", due_date=date(2016, 1, 1))
    commitments.create_commitment(db, earlier.id, organization_id=mgh.id, kind="other", status="done",
                                  description="Closed promise that must not show")
    trip = trips.create_trip(db, title=title, destination="Boston, Hoa Kỳ", purpose="Hợp tác y tế <i>and</i> R&D",
                             start_date=date(2017, 7, 12), end_date=date(2017, 7, 14), home_timezone=hn)
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", title="Chủ tịch UBND TP Hà Nội",
                                    side="delegation", phone="+84 24 3825 3536", email="chung@hanoi.gov.vn")
    lan = directory.create_person(db, full_name="Trần Thị Lan", title="Giám đốc Sở Y tế Cao Bằng", side="delegation",
                                  email="lan@caobang.gov.vn")
    thu = directory.create_person(db, full_name="Phạm Minh Thư", title="Phiên dịch", side="staff")
    smith = directory.create_person(db, full_name="Dr. Jane Smith", title="President, MGH", side="host",
                                    organization_id=mgh.id, email="jsmith@mgh.org",
                                    bio="Leads R&D at MGH since 2010. Loves <b>pho</b> & bánh mì.")
    lee = directory.create_person(db, full_name="Prof. Alan Lee", title="Director <AI>", side="host",
                                  organization_id=mit.id, bio="Robotics 🤖 pioneer ✓.")
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, lan.id, role="deputy_head")
    members.add_member(db, trip.id, thu.id, role="interpreter")
    e1 = engagements.create_engagement(
        db, trip.id, title="Meeting with MGH board <b>", kind="meeting", organization_id=mgh.id,
        location="55 Fruit St, Boston", timezone="America/New_York",
        start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 30),
        objectives="Agree training programme for Cao Bằng & Thái Nguyên.",
        talking_points=TALKING_POINTS, logistics="Car at 08:30 from hotel; security badge needed.",
        status="cancelled" if all_cancelled else "held").engagement
    e2 = engagements.create_engagement(
        db, trip.id, title="Visit to MIT lab", kind="site_visit", organization_id=mit.id,
        location="Cambridge", timezone="America/New_York",
        start=datetime(2017, 7, 13, 14, 0), end=datetime(2017, 7, 13, 16, 0),
        objectives="See robotics 🤖 research; unbalanced <b>bold and </i> tags",
        status="cancelled" if all_cancelled else "held", travel_minutes=30).engagement
    engagements.set_attendance(db, e1.id, chung.id, "lead")
    engagements.set_attendance(db, e1.id, thu.id, "attendee")
    engagements.set_attendance(db, e1.id, smith.id, "attendee")
    engagements.set_attendance(db, e2.id, lan.id, "lead")
    engagements.set_attendance(db, e2.id, lee.id, "attendee")
    long_note = ("Ghi chép dài về buổi làm việc tại Hà Nội và Cao Bằng. " * 400)[:19_900] + " " + LONG_NOTE_END
    notes.add_note(db, e1.id, long_note, author="Trần Thị Lan")
    notes.add_note(db, e1.id, "Markup stays data: <b> and R&D and a<b and </i>\nsecond line", author="Thư")
    if with_commitments:
        commitments.create_commitment(db, trip.id, engagement_id=e1.id, organization_id=mgh.id, kind="mou",
                                      status="signed", signed_date=date(2017, 7, 12), made_by="joint",
                                      owner_id=chung.id, description="MoU on hospital twinning (Hà Nội – Boston)")
        commitments.create_commitment(db, trip.id, engagement_id=e2.id, organization_id=mit.id, kind="training",
                                      status="proposed", owner_id=lan.id, due_date=date(2017, 12, 31),
                                      description="Robotics training for 5 engineers", follow_up="Send CVs")
        commitments.create_commitment(db, trip.id, engagement_id=e1.id, organization_id=mgh.id,
                                      kind="exchange_visit", status="done", description="Return visit agreed")
    return trip.id


# ----------------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One rich trip, built once per module in both languages and both documents."""
    from delegation_planner.storage import open_database

    base = tmp_path_factory.mktemp("reports")
    database = open_database(base / "rich.sqlite3")
    trip_id = make_rich_trip(database)
    out = {"db": database, "trip_id": trip_id, "dir": base}
    for lang in ("en", "vi"):
        out[("briefing", lang)] = build_briefing_pack(database, trip_id, base / f"brief-{lang}.pdf", lang=lang,
                                                      classification="For official use")
        out[("trip", lang)] = build_trip_report(database, trip_id, base / f"report-{lang}.pdf", lang=lang)
    yield out
    database.dispose()


VIETNAMESE_NAMES = ("Nguyễn Đức Chung", "Cao Bằng", "Hà Nội", "Thái Nguyên", "Trần Thị Lan", "Phạm Minh Thư")


# -------------------------------------------------------------------------------------- tests

def test_briefing_pack_text_is_exact_and_complete(built):
    result = built[("briefing", "en")]
    text, pages, reader = pdf_text(result.path)
    assert result.pages == len(reader.pages) >= 10
    for name in VIETNAMESE_NAMES:
        assert name in text, name
    assert "Page 1 of %d" % result.pages in pages[0]
    assert all(f"Page {i} of {result.pages}" in page for i, page in enumerate(pages, start=1))
    assert all("Boston visit 2017" in page for page in pages)  # running header
    assert all("For official use" in page.split("\n")[0] for page in pages)  # classification in every header
    # User text printed literally, never as markup.
    assert "Meeting with MGH board <b>" in text
    assert "R&D budget <b> large </b>; a<b" in text
    assert "Loves <b>pho</b> & bánh mì." in text
    assert "unbalanced <b>bold and </i> tags" in text
    assert "MIT Lab <AI & Robotics>" in text
    # Sections, contents, classification, cover.
    for heading in ("Contents", "Delegation", "Programme at a glance", "Engagement briefs", "Contact sheet",
                    "Notes — Wednesday 12 July 2017", "Notes — Friday 14 July 2017", "For official use",
                    "Prepared on:"):
        assert heading in text, heading
    # Programme times: venue and home time (the domain's rule), one table per day.
    assert "09:00–10:30" in text and "20:00" in text and "01:00 (+1)" in text
    assert "Wednesday 12 July 2017 · 09:00 Boston · 20:00 Hà Nội" in text
    # All 200 talking points, none cut.
    for i in (1, 100, 199, 200):
        assert f"Điểm {i}: hợp tác y tế số {i} with Boston partners" in text
    # Earlier trips: the open promise appears, the closed one does not.
    assert squash("Train 10 nurses from Cao Bằng (promised 2015)") in squash(text)
    assert "Closed promise" not in text
    # Emoji: does not crash; the text around it is all there.
    assert "pioneer" in text and "Robotics" in text
    # Delegation in order of precedence.
    assert text.index("Nguyễn Đức Chung") < text.index("Trần Thị Lan") < text.index("Phạm Minh Thư")


def test_briefing_pack_has_outline_and_contents_pages(built):
    _text, pages, reader = pdf_text(built[("briefing", "en")].path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top[:3]] == ["Delegation", "Programme at a glance", "Engagement briefs"]
    nested = [entry for item in reader.outline if isinstance(item, list) for entry in item]
    brief = next(entry for entry in nested if entry.title == "1. Meeting with MGH board <b>")
    brief_page = reader.get_destination_page_number(brief) + 1
    assert "1. Meeting with MGH board <b>" in pages[brief_page - 1]
    # The contents page lists every section and the brief's page number.
    contents = pages[1]
    for title in ("Delegation", "Programme at a glance", "1. Meeting with MGH board <b>", "Contact sheet"):
        assert title in contents
    assert re.search(r"\.\s*%d\b" % brief_page, contents)


def test_trip_report_text(built):
    result = built[("trip", "en")]
    text, pages, reader = pdf_text(result.path)
    assert result.pages == len(reader.pages)
    assert f"Page 1 of {result.pages}" in pages[0]
    for name in VIETNAMESE_NAMES:
        if name != "Thái Nguyên":  # only in the objectives, which the report does not print
            assert name in text, name
    for heading in ("Summary", "Engagements held and outcomes", "Commitments", "Follow-up actions",
                    "Annex A — Delegation", "Annex B — Counterparts", "Commitments by status"):
        assert heading in text, heading
    # The 20,000-character note: its last words are there and no chunk was dropped.
    flat = squash(text)
    assert squash(LONG_NOTE_END) in flat
    phrase = squash("Ghi chép dài về buổi làm việc tại Hà Nội và Cao Bằng.")
    expected = 19_900 // len("Ghi chép dài về buổi làm việc tại Hà Nội và Cao Bằng. ")
    assert flat.count(phrase) >= expected - len(pages)
    assert "Markup stays data: <b> and R&D and a<b and </i>" in text
    # Commitments table: the signed MoU comes first, then the others; the done one is not a follow-up.
    table_page = squash(next(p for p in pages[1:] if "Follow-up actions" in p))
    commitments_table = table_page[:table_page.index("Follow-upactions")]
    order = [commitments_table.index(squash(t)) for t in
             ("MoU on hospital twinning", "Robotics training for 5 engineers", "Return visit agreed")]
    assert order == sorted(order)
    follow = table_page[table_page.index("Follow-upactions"):]
    assert squash("Robotics training for 5 engineers") in follow and "Returnvisitagreed" not in follow
    assert "overdue" in follow and "Follow-up:SendCVs" in follow


def test_vietnamese_labels(built):
    brief_text, brief_pages, _ = pdf_text(built[("briefing", "vi")].path)
    n = built[("briefing", "vi")].pages
    for heading in ("Mục lục", "Thành phần đoàn", "Chương trình làm việc", "Nội dung các buổi làm việc",
                    "Danh bạ liên hệ", "Trưởng đoàn", "Giờ Hà Nội", "Chủ trì phía ta", "Mục tiêu",
                    "Nội dung trao đổi", "Thứ Tư, ngày 12/07/2017", "Phó trưởng đoàn"):
        assert heading in brief_text, heading
    assert f"Trang 1 / {n}" in brief_pages[0] and f"Trang {n} / {n}" in brief_pages[-1]
    assert "Page 1 of" not in brief_text
    report_text, _, _ = pdf_text(built[("trip", "vi")].path)
    for heading in ("Tóm tắt", "Cam kết", "Việc cần theo dõi", "Phụ lục", "Biên bản ghi nhớ (MoU)", "Đã ký",
                    "Đề xuất", "quá hạn"):
        assert heading in report_text, heading


def test_letter_paper(built, tmp_path):
    result = build_trip_report(built["db"], built["trip_id"], tmp_path / "letter.pdf", paper="letter")
    box = pypdf.PdfReader(str(result.path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = pypdf.PdfReader(str(built[("trip", "en")].path)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_bad_language_and_paper_are_named(built, tmp_path):
    with pytest.raises(ValidationError) as info:
        build_briefing_pack(built["db"], built["trip_id"], tmp_path / "x.pdf", lang="fr")
    assert info.value.field == "lang"
    with pytest.raises(ValidationError) as info:
        build_trip_report(built["db"], built["trip_id"], tmp_path / "x.pdf", paper="a5")
    assert info.value.field == "paper"
    assert not (tmp_path / "x.pdf").exists()


def test_cancelled_build_leaves_no_file(built, tmp_path):
    target = tmp_path / "cancelled.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after the data is read, in the middle of the layout

    with pytest.raises(Cancelled):
        build_briefing_pack(built["db"], built["trip_id"], target, cancelled=cancelled)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left beside it either
    with pytest.raises(Cancelled):
        build_trip_report(built["db"], built["trip_id"], target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_layout_keeps_previous_file(built, tmp_path):
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"%PDF previous")
    state = {"layout": False}

    def progress(fraction: float, message: str) -> None:
        if fraction > 0.3:
            state["layout"] = True

    with pytest.raises(Cancelled):
        build_briefing_pack(built["db"], built["trip_id"], target, progress=progress,
                            cancelled=lambda: state["layout"])
    assert target.read_bytes() == b"%PDF previous"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


def test_progress_advances_to_one(built, tmp_path):
    seen: list[float] = []
    build_briefing_pack(built["db"], built["trip_id"], tmp_path / "p.pdf", progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen) and len(seen) >= 4
    assert seen == sorted(seen)


# ---------------------------------------------------------------------------------- edge cases

def test_empty_trip(db, tmp_path):
    trip = trips.create_trip(db, title="Chuyến trống", start_date=date(2026, 3, 2), end_date=date(2026, 3, 3))
    brief = build_briefing_pack(db, trip.id, tmp_path / "b.pdf")
    text, pages, _ = pdf_text(brief.path)
    assert "No delegation members have been entered yet." in text
    assert "No engagements have been entered yet." in text
    assert "Notes — Monday 2 March 2026" in text and "Notes — Tuesday 3 March 2026" in text
    assert f"Page {brief.pages} of {brief.pages}" in pages[-1]
    report = build_trip_report(db, trip.id, tmp_path / "r.pdf", lang="vi")
    text, _, _ = pdf_text(report.path)
    assert "Chuyến trống" in text and "Chuyến công tác không có cam kết nào." in text
    assert "Không còn việc cần theo dõi" not in text


def test_trip_without_commitments_and_long_title(db, tmp_path):
    assert len(LONG_TITLE) >= 300
    trip_id = make_rich_trip(db, title=LONG_TITLE, with_commitments=False)
    report = build_trip_report(db, trip_id, tmp_path / "r.pdf")
    text, pages, _ = pdf_text(report.path)
    assert "No commitments were recorded on this trip." in text
    assert "Commitments by status" not in text  # no empty chart
    assert squash(LONG_TITLE) in squash(pages[0])  # the full title is on the first page
    for page in pages:  # the running header is the title shortened to one line, ending on a whole word
        header = page.split("\n")[0]
        assert header.endswith("…") and len(header) < len(LONG_TITLE) // 2
        assert LONG_TITLE.startswith(header[:-1]) and LONG_TITLE[len(header) - 1] == " "
    brief = build_briefing_pack(db, trip_id, tmp_path / "b.pdf")
    text, pages, _ = pdf_text(brief.path)
    assert squash(LONG_TITLE) in squash(pages[0])
    assert squash("Train 10 nurses from Cao Bằng (promised 2015)") in squash(text)


def test_all_engagements_cancelled(db, tmp_path):
    trip_id = make_rich_trip(db, all_cancelled=True)
    brief = build_briefing_pack(db, trip_id, tmp_path / "b.pdf")
    text, _, _ = pdf_text(brief.path)
    assert "All engagements of this trip are cancelled; there is nothing to brief." in text
    assert text.count("CANCELLED") == 2  # both flagged in the programme at a glance
    report = build_trip_report(db, trip_id, tmp_path / "r.pdf")
    text, _, _ = pdf_text(report.path)
    assert "Cancelled engagements" in text and "Engagements cancelled" in text
    assert "Visit to MIT lab" in text


def test_unwritable_target_is_a_known_error(db, tmp_path):
    from delegation_planner.storage.errors import KnownError

    trip = trips.create_trip(db, title="T", start_date=date(2026, 3, 2), end_date=date(2026, 3, 2))
    with pytest.raises(KnownError):
        build_trip_report(db, trip.id, tmp_path / "missing-folder" / "r.pdf")


def test_sample_trip_builds(db, tmp_path):
    sample = pytest.importorskip("delegation_planner.sample")
    trip_id = sample.load_sample(db)
    for lang in ("en", "vi"):
        brief = build_briefing_pack(db, trip_id, tmp_path / f"b-{lang}.pdf", lang=lang)
        report = build_trip_report(db, trip_id, tmp_path / f"r-{lang}.pdf", lang=lang)
        for result in (brief, report):
            text, pages, reader = pdf_text(result.path)
            assert result.pages == len(reader.pages)
            assert "Nguyễn Đức Chung" in text
            assert ("Page 1 of" if lang == "en" else "Trang 1 /") in pages[0]


def test_extreme_text_in_tables_and_fields(db, tmp_path):
    """Huge values inside table cells split across rows/pages; every end marker is printed."""
    huge = ("Cam kết rất dài về hợp tác & phát triển <b> " * 460)[:20_000] + " HẾT-MÔ-TẢ"
    no_spaces = "x" * 3_000 + "END-OF-WORD"
    trip = trips.create_trip(db, title="Extreme 🤖 " + "T" * 280 + " END-OF-TITLE", start_date=date(2026, 1, 5),
                             end_date=date(2026, 1, 5), destination="Hà Nội")
    org = directory.create_organization(db, name="Org " + "Ô" * 250 + " END-OF-ORG", profile=huge)
    host = directory.create_person(db, full_name="Nguyễn Đức Chung", side="host", organization_id=org.id,
                                   bio=huge, title="T" * 500 + " END-OF-PERSON-TITLE")
    import unicodedata

    decomposed = directory.create_person(db, full_name=unicodedata.normalize("NFD", "Đinh Thị Bằng"),
                                         side="delegation")
    members.add_member(db, trip.id, decomposed.id)
    member = directory.create_person(db, full_name="Lê Văn 🤖 Tám", side="delegation", title=no_spaces[-990:])
    members.add_member(db, trip.id, member.id, role="head")
    eng = engagements.create_engagement(db, trip.id, title="E " * 240 + "END-OF-ENGAGEMENT", organization_id=org.id,
                                        timezone="Asia/Ho_Chi_Minh", start=datetime(2026, 1, 5, 9),
                                        end=datetime(2026, 1, 5, 10), status="held", logistics=huge,
                                        location="L" * 400 + " END-OF-LOCATION").engagement
    engagements.set_attendance(db, eng.id, host.id)
    engagements.set_attendance(db, eng.id, member.id, "lead")
    commitments.create_commitment(db, trip.id, engagement_id=eng.id, organization_id=org.id, description=huge,
                                  follow_up=huge, status="agreed", owner_id=member.id, due_date=date(2020, 1, 1))
    earlier = trips.create_trip(db, title="Earlier", start_date=date(2025, 1, 5), end_date=date(2025, 1, 5))
    commitments.create_commitment(db, earlier.id, organization_id=org.id, description=huge, status="agreed")
    notes.add_note(db, eng.id, huge + "\n" + no_spaces, author="<script>")
    for build in (build_briefing_pack, build_trip_report):
        result = build(db, trip.id, tmp_path / f"{build.__name__}.pdf")
        text, pages, _ = pdf_text(result.path)
        flat = squash(text)
        for marker in ("END-OF-TITLE", "END-OF-ORG", "END-OF-ENGAGEMENT", "HẾT-MÔ-TẢ", "Nguyễn Đức Chung",
                       "Đinh Thị Bằng"):  # (entered decomposed: printed composed)
            assert squash(marker) in flat, (build.__name__, marker)
        assert f"Page {result.pages} of {result.pages}" in pages[-1]
        assert "END-OF-WORD" in flat  # an unbreakable word is broken across lines, not cut
        if build is build_briefing_pack:
            assert flat.count("HẾT-MÔ-TẢ") >= 4  # profile, bio, logistics, earlier commitment
            assert "END-OF-LOCATION" in flat and "END-OF-PERSON-TITLE" in flat
        else:
            assert flat.count("HẾT-MÔ-TẢ") >= 4  # note, commitment table, its outcome, follow-up
            # (a page break may fall inside the word: the running header then sits between its parts)
            assert sum(len(run) for run in re.findall("x{50,}", flat)) >= 3_000


def test_report_data_earlier_commitments_only_from_earlier_trips(db):
    from delegation_planner.services.report_data import gather

    trip_id = make_rich_trip(db)
    org_id = next(o.id for o in directory.list_organizations(db) if o.name == "Massachusetts General Hospital")
    later = trips.create_trip(db, title="Boston visit 2019", start_date=date(2019, 5, 1), end_date=date(2019, 5, 2))
    commitments.create_commitment(db, later.id, organization_id=org_id, description="Promise made later",
                                  status="agreed")
    data = gather(db, trip_id)
    mgh = next(d for d in data.engagements if d.item.organization_id == org_id)
    assert [c.description for c in mgh.earlier_open] == ["Train 10 nurses from Cao Bằng (promised 2015)"]
    assert [len(d.notes) for d in data.engagements] == [2, 0]
    assert [p.full_name for p in mgh.counterparts] == ["Dr. Jane Smith"]
    assert [a.full_name for a in mgh.delegation] == ["Nguyễn Đức Chung", "Phạm Minh Thư"]
    assert data.head is not None and data.head.full_name == "Nguyễn Đức Chung"
    assert len(data.commitments) == 3 and {c.trip_id for c in data.commitments} == {trip_id}
    assert data.days == [date(2017, 7, 12), date(2017, 7, 13), date(2017, 7, 14)]


def test_classification_is_printed_literally(built, tmp_path):
    result = build_briefing_pack(built["db"], built["trip_id"], tmp_path / "c.pdf",
                                 classification="<Mật> & R&D\nline two")
    _text, pages, _ = pdf_text(result.path)
    assert "<Mật> & R&D" in pages[0] and "line two" in pages[0]
    assert all(page.split("\n")[0].endswith("<Mật> & R&D line two") for page in pages)
