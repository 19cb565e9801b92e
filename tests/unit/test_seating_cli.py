"""``delegation-planner seating ENGAGEMENT_ID [--layout …] [--propose]``: one line a seat, warnings on
stderr, mistakes one line and exit 1 (2 for a malformed command line); nothing written."""
from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from delegation_planner.cli import main
from tests.helpers import file_state


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:  # a malformed command line (argparse)
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    yield db
    db.dispose()


def engagement_id(db, title_start: str) -> int:
    import sqlalchemy as sa

    from delegation_planner.domain.models import Engagement

    with db.reading() as s:
        return s.execute(sa.select(Engagement.id).where(Engagement.title.startswith(title_start))).scalar_one()


def columns(out: str) -> list[list[str]]:
    return [[c for c in line.split("  ") if c.strip()] for line in out.splitlines()]


def test_the_courtesy_call_seated_as_bilateral_talks(capsys, db_path, demo):
    eid = engagement_id(demo, "Courtesy call")
    before = file_state(db_path) if hasattr(db_path, "exists") else None
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(eid), "--propose")
    assert code == 0 and err == ""  # Nam Pham and the chairman share Vietnamese: no interpreter warning
    # attendees: Nguyễn Đức Chung (lead, precedence 1), Trần Thị Mai Hương (note taker, 3), Phạm Minh Tuấn
    # (the delegation's interpreter, 4) on our side, the guests abroad; Nam Pham (lead) hosts
    assert [[c.strip() for c in row] for row in columns(out)] == [
        ["1", "host", "Nam Pham", "-"],
        ["2", "guest", "Nguyễn Đức Chung", "1"],
        ["3", "guest", "Trần Thị Mai Hương", "3"],
        ["4", "guest", "Phạm Minh Tuấn", "4", "(interpreter)"],
    ]
    lines = out.splitlines()
    assert lines[0].index("Nam Pham") == lines[1].index("Nguyễn") == lines[3].index("Phạm")  # aligned columns
    if before is not None:
        assert file_state(db_path) == before  # read-only


def test_without_propose_it_says_the_plan_is_proposed_and_vietnamese_words(capsys, db_path, demo):
    eid = engagement_id(demo, "MoU signing")
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", str(eid))
    assert code == 0 and "sơ đồ đề xuất" in err
    rows = columns(out)
    assert rows and all(r[1].strip() in ("chủ nhà", "khách") for r in rows)
    assert any("(người ký)" in line for line in out.splitlines())  # a signing ceremony: its own layout
    code, out_en, _ = run(capsys, "--db", str(db_path), "seating", str(eid), "--layout", "bilateral", "--propose")
    assert "signatory" not in out_en and "Nguyễn Đức Chung" in out_en


def test_warnings_go_to_stderr_in_the_language_asked(capsys, db_path, demo):
    from delegation_planner.services import directory, engagements

    eid = engagement_id(demo, "Courtesy call")
    trip_id = engagements.get_engagement(demo, eid).trip_id
    new = engagements.create_engagement(demo, trip_id, title="Dinner", timezone="America/New_York",
                                        start=datetime(2017, 7, 13, 19), end=datetime(2017, 7, 13, 21)).engagement
    chung = next(p.id for p in directory.list_people(demo, "Nguyễn Đức Chung"))
    coburn = next(p.id for p in directory.list_people(demo, "Coburn"))
    directory.update_person(demo, chung, languages="Vietnamese")  # no common language known
    directory.update_person(demo, coburn, languages="English")
    engagements.set_attendance(demo, new.id, chung, "lead")
    engagements.set_attendance(demo, new.id, coburn, "lead")
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(new.id), "--layout", "banquet", "--propose")
    assert code == 0 and len(out.splitlines()) == 2
    assert err.splitlines() == ["warning: no interpreter on the host side", "warning: no interpreter on the guest side"]
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", str(new.id), "--propose")
    assert "cảnh báo: phía khách không có phiên dịch" in err.splitlines()


def test_mistakes_are_one_line(capsys, db_path, demo):
    before = file_state(db_path) if hasattr(db_path, "exists") else None
    code, out, err = run(capsys, "--db", str(db_path), "seating", "9999")
    assert (code, out) == (1, "") and err == "delegation-planner: error: no engagement with id 9999\n"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", "9999")
    assert code == 1 and err.count("\n") == 1 and "không có hoạt động nào mang mã số 9999" in err
    code, out, err = run(capsys, "--db", str(db_path), "seating", "abc")
    assert code == 2 and err.count("\n") == 1 and "ENGAGEMENT_ID" in err
    eid = engagement_id(demo, "Courtesy call")
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(eid), "--layout", "round")
    assert code == 2 and err.count("\n") == 1 and "bilateral" in err
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(eid), "--layout", "car")  # four attend
    assert (code, out) == (1, "") and err.count("\n") == 1 and "4 people do not fit in a car" in err
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", str(eid), "--layout", "car")
    assert code == 1 and "4 người không thể đi chung một xe" in err
    if before is not None:
        assert file_state(db_path) == before


def test_names_are_printed_exact_and_control_characters_escaped(capsys, db_path, demo):
    from delegation_planner.services import directory, engagements

    eid = engagement_id(demo, "Courtesy call")
    nfd = unicodedata.normalize("NFD", "Đỗ Thị Ngọc Ánh")
    person = directory.create_person(demo, full_name=nfd + " \x1b[31mred", side="host")
    engagements.set_attendance(demo, eid, person.id, "attendee")
    code, out, _ = run(capsys, "--db", str(db_path), "seating", str(eid), "--propose")
    assert code == 0 and "Đỗ Thị Ngọc Ánh \\x1b[31mred" in out and "\x1b" not in out


def test_the_programme_gives_each_engagements_id_for_seating(capsys, db_path, demo):
    """`programme TRIP_ID` starts each engagement's line with its id: the id `seating` takes."""
    import re

    from delegation_planner.services import engagements

    eid = engagement_id(demo, "Courtesy call")
    demo_trip_id = engagements.get_engagement(demo, eid).trip_id
    code, out, _ = run(capsys, "--db", str(db_path), "programme", str(demo_trip_id))
    assert code == 0
    lines = [line for line in out.splitlines() if "Courtesy call on the Governor" in line]
    (line,) = lines
    found = re.match(r"^ [ !] +(\d+)  \d\d:\d\d ", line)
    assert found and int(found.group(1)) == eid, line
    ids = [int(m.group(1)) for m in re.finditer(r"^ [ !] +(\d+)  \d\d:\d\d ", out, re.M)]
    assert sorted(ids) == sorted(i.id for i in engagements.programme(demo, demo_trip_id).items)
    code, out, _ = run(capsys, "--db", str(db_path), "seating", found.group(1), "--propose")
    assert code == 0 and "Nguyễn Đức Chung" in out


def test_a_refused_plan_is_one_line_in_the_language_asked(capsys, db_path, demo):
    eid = engagement_id(demo, "Courtesy call")  # more people than a car holds
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", str(eid), "--layout", "car")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "người không thể đi chung một xe" in err
    code, _out, err = run(capsys, "--db", str(db_path), "seating", str(eid), "--layout", "car")
    assert code == 1 and "people do not fit in a car" in err
