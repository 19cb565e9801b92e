"""Personal itineraries: only what each member attends, their role; the CLI's members and report kinds."""
from __future__ import annotations

import unicodedata

import pytest

pytest.importorskip("pypdf")

from delegation_planner.cli import main  # noqa: E402
from delegation_planner.domain.errors import NotFoundError  # noqa: E402
from delegation_planner.reports.documents import build_itinerary  # noqa: E402
from tests.unit.documents_helpers import one_meeting_trip, pdf_pages, programme_trip, squash  # noqa: E402


def test_a_member_sees_only_what_they_attend(db, tmp_path):
    ids = programme_trip(db)
    result = build_itinerary(db, ids["trip_id"], tmp_path / "lan.pdf", person_id=ids["lan"])
    text = "\n".join(pdf_pages(result.path))
    assert "Itinerary — Trần Thị Lan" in text
    assert "Visit to MIT lab" in text and "Your role: Lead" in text
    for other in ("Meeting with MGH board", "Drive to Cambridge", "Lunch at the hotel", "Free afternoon"):
        assert other not in text
    chung = "\n".join(pdf_pages(build_itinerary(db, ids["trip_id"], tmp_path / "chung.pdf",
                                                person_id=ids["chung"]).path))
    assert "Meeting with MGH board <b>" in chung and "Drive to Cambridge" in chung
    assert "Visit to MIT lab" not in chung and "Dr. Jane Smith" in chung  # the host side they meet
    assert squash("Car at 08:30 from the hotel.") in squash(chung)  # logistics of what they attend


def test_all_members_in_one_file_each_on_their_own_pages(db, tmp_path):
    ids = programme_trip(db)
    pages = pdf_pages(build_itinerary(db, ids["trip_id"], tmp_path / "all.pdf", classification="Mật").path)
    starts = [i for i, p in enumerate(pages) if "Itinerary — " in p]
    assert len(starts) == 2 and "Nguyễn Đức Chung" in pages[starts[0]] and "Trần Thị Lan" in pages[starts[1]]
    assert all("Mật" in p for p in pages)


def test_not_a_member_is_refused_and_writes_nothing(db, tmp_path):
    ids = programme_trip(db)
    with pytest.raises(NotFoundError):
        build_itinerary(db, ids["trip_id"], tmp_path / "x.pdf", person_id=ids["smith"])
    assert not (tmp_path / "x.pdf").exists()


def test_vietnamese_exact(db, tmp_path):
    trip_id = one_meeting_trip(db)
    page = "\n".join(pdf_pages(build_itinerary(db, trip_id, tmp_path / "vi.pdf", lang="vi").path))
    assert unicodedata.is_normalized("NFC", page)
    for text in ("Lịch trình — Nguyễn Văn Thắng", "Thứ Hai, ngày 10/03/2025", "Làm việc với Công ty Sao Việt",
                 "Vai trò: Chủ trì", "Lê Thị Hoa"):
        assert squash(text) in squash(page), text


def test_hostile_long_logistics(db, tmp_path):
    from delegation_planner.services import engagements

    ids = programme_trip(db)
    engagements.update_engagement(db, ids["meeting"], logistics=("Xe đón <b> & R&D " * 1500) + "hết")
    result = build_itinerary(db, ids["trip_id"], tmp_path / "x.pdf", person_id=ids["chung"])
    assert squash("R&D hết") in squash("\n".join(pdf_pages(result.path)))


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_members_and_documents(capsys, tmp_path, db_path):
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    ids = programme_trip(db)
    db.dispose()
    trip = str(ids["trip_id"])
    code, out, _ = _run(capsys, "--db", str(db_path), "members", trip)
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split()[:2] == [str(ids["chung"]), "1"] and "Nguyễn Đức Chung" in lines[0] and "Head" in lines[0]
    lan_id = lines[1].split()[0]
    assert lan_id == str(ids["lan"])
    target = tmp_path / "lan.pdf"
    code, out, _ = _run(capsys, "--db", str(db_path), "report", "itinerary", trip, "--person", lan_id,
                        "-o", str(target), "--lang", "vi", "--paper", "letter", "--classification", "Mật")
    assert code == 0 and out.startswith("Wrote 1 pages")
    text = pdf_pages(target)[0]
    assert "Lịch trình — Trần Thị Lan" in text and "Mật" in text
    target = tmp_path / "cards.pdf"
    code, out, _ = _run(capsys, "--db", str(db_path), "report", "day-cards", trip, "-o", str(target))
    assert code == 0 and out.startswith("Wrote 2 pages") and len(pdf_pages(target)) == 2
    code, _out, err = _run(capsys, "--db", str(db_path), "report", "itinerary", trip, "--person",
                           str(ids["smith"]), "-o", str(tmp_path / "no.pdf"))
    assert code == 1 and "no delegation member with id" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "no.pdf").exists()
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "report", "itinerary", trip, "--person", "x", "-o", "a.pdf"])
    assert info.value.code == 2 and "PERSON_ID" in capsys.readouterr().err
