"""The gifts register: which received gifts must be reported, by when (working days), which reports
are late; the service refuses bad input by field with the database unchanged, checks references,
and lists a trip's register with each gift's status."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.domain.gifts import GiftPolicy, add_working_days, gift_status

POLICY = GiftPolicy(500_000, "VND", 5)


def test_working_days_skip_the_weekend():
    friday = date(2017, 7, 14)
    assert add_working_days(friday, 1) == date(2017, 7, 17)  # Monday
    assert add_working_days(friday, 5) == date(2017, 7, 21)
    assert add_working_days(date(2017, 7, 15), 1) == date(2017, 7, 17)  # from a Saturday
    assert add_working_days(friday, 0) == friday


@pytest.mark.parametrize("direction, value, currency, must, reason", [
    ("received", 500_000, "VND", True, "above_threshold"),  # at the threshold: reported
    ("received", 499_999, "VND", False, None),
    ("received", None, "VND", True, "value_unknown"),
    ("received", 20, "USD", True, "other_currency"),  # nothing converts offline: the officer decides
    ("received", 499_999, "vnd", False, None),
    ("given", 50_000_000, "VND", False, None),  # gifts given are never reported
])
def test_which_gifts_must_be_reported(direction, value, currency, must, reason):
    status = gift_status(direction, value, currency, date(2017, 7, 12), None, POLICY, today=date(2017, 7, 13))
    assert (status.must_report, status.reason) == (must, reason)


def test_due_and_late():
    received = date(2017, 7, 12)  # a Wednesday: 5 working days -> Wednesday 19th
    s = gift_status("received", 2_000_000, "VND", received, None, POLICY, today=date(2017, 7, 19))
    assert s.due == date(2017, 7, 19) and not s.late
    assert gift_status("received", 2_000_000, "VND", received, None, POLICY, today=date(2017, 7, 20)).late
    assert not gift_status("received", 2_000_000, "VND", received, date(2017, 7, 18), POLICY,
                           today=date(2017, 7, 20)).late
    # no date: the trip's last day counts
    s = gift_status("received", 2_000_000, "VND", None, None, POLICY, trip_end=date(2017, 7, 14))
    assert s.due == date(2017, 7, 21)
    # the office's own rule: 3 working days, USD 480 (a US "minimal value")
    us = GiftPolicy(480, "USD", 3)
    assert gift_status("received", 500, "USD", received, None, us).due == date(2017, 7, 17)


# ------------------------------------------------------------------------ the service

@pytest.fixture
def visit(db):
    from delegation_planner.services import directory, engagements, trips

    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    other = trips.create_trip(db, title="Paris 2026", start_date=date(2026, 10, 24), end_date=date(2026, 10, 26))
    baker = directory.create_person(db, full_name="Charlie Baker", side="host")
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation")
    eng = engagements.create_engagement(db, trip.id, title="Courtesy call", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10))
    paris = engagements.create_engagement(db, other.id, title="AirParif", timezone="Europe/Paris",
                                          start=datetime(2026, 10, 24, 9), end=datetime(2026, 10, 24, 10))
    return {"trip": trip.id, "eng": getattr(eng, "engagement", eng).id, "paris": getattr(paris, "engagement", paris).id,
            "baker": baker.id, "chung": chung.id}


def test_register_lists_a_trips_gifts_with_their_status(db, visit):
    from delegation_planner.services import gifts

    gifts.add_gift(db, visit["trip"], description="Tranh sơn mài Hồ Gươm", direction="given",
                   counterpart_id=visit["baker"], our_person_id=visit["chung"], engagement_id=visit["eng"],
                   given_on=date(2017, 7, 12), estimated_value=3_000_000, currency="vnd")
    gifts.add_gift(db, visit["trip"], description="Commemorative plate of the State House", direction="received",
                   counterpart="Office of the Governor", our_person_id=visit["chung"], given_on=date(2017, 7, 12),
                   estimated_value=150, currency="USD")
    rows = gifts.list_gifts(db, visit["trip"], policy=POLICY, today=date(2017, 8, 1))
    assert [(r.description, r.counterpart, r.currency) for r in rows] == [
        ("Tranh sơn mài Hồ Gươm", "Charlie Baker", "VND"),  # the currency code upper-cased
        ("Commemorative plate of the State House", "Office of the Governor", "USD")]
    given, received = rows
    assert not given.status.must_report and given.engagement_title == "Courtesy call"
    assert received.status.must_report and received.status.reason == "other_currency" and received.status.late
    assert received.our_person == "Nguyễn Đức Chung"


def _count(db):
    import sqlalchemy as sa

    from delegation_planner.domain.models import Gift

    with db.reading() as s:
        return s.execute(sa.select(sa.func.count()).select_from(Gift)).scalar()


@pytest.mark.parametrize("fields, field", [
    ({"description": "  "}, "description"),
    ({"description": "x", "currency": "đồng"}, "currency"),
    ({"description": "x", "currency": "US"}, "currency"),
    ({"description": "x", "estimated_value": -1}, "estimated_value"),
    ({"description": "x", "estimated_value": 10 ** 16}, "estimated_value"),
    ({"description": "x", "estimated_value": "1000"}, "estimated_value"),
    ({"description": "x", "direction": "sideways"}, "direction"),
    ({"description": "x", "disposition": "eaten"}, "disposition"),
    ({"description": "x", "given_on": date(2017, 7, 13), "reported_on": date(2017, 7, 12)}, "reported_on"),
    ({"description": "x", "counterpart_id": 9999}, "counterpart_id"),
    ({"description": "x", "our_person_id": 9999}, "our_person_id"),
    ({"description": "x", "description_typo": 1}, "description_typo"),
])
def test_bad_input_is_refused_by_field_and_nothing_is_written(db, visit, fields, field):
    from delegation_planner.services import gifts

    with pytest.raises(ValidationError) as err:
        gifts.add_gift(db, visit["trip"], **fields)
    assert field in [p.field for p in err.value.problems]
    assert _count(db) == 0


def test_an_engagement_of_another_trip_is_refused_and_an_edit_too(db, visit):
    from delegation_planner.services import gifts

    with pytest.raises(ValidationError) as err:
        gifts.add_gift(db, visit["trip"], description="x", engagement_id=visit["paris"])
    assert [p.field for p in err.value.problems] == ["engagement_id"] and _count(db) == 0
    gift = gifts.add_gift(db, visit["trip"], description="Khăn lụa")
    with pytest.raises(ValidationError):
        gifts.update_gift(db, gift.id, engagement_id=visit["paris"])
    assert gifts.get_gift(db, gift.id).engagement_id is None
    with pytest.raises(NotFoundError):
        gifts.add_gift(db, 999, description="x")
    gifts.update_gift(db, gift.id, disposition="handed_to_state", reported_on=date(2017, 7, 17))
    assert str(gifts.get_gift(db, gift.id).disposition) == "handed_to_state"
    gifts.delete_gift(db, gift.id)
    assert _count(db) == 0


def test_nfd_text_is_stored_nfc_and_a_deleted_person_leaves_the_gift(db, visit):
    import unicodedata

    from delegation_planner.services import directory, gifts

    gift = gifts.add_gift(db, visit["trip"], description=unicodedata.normalize("NFD", "Tranh sơn mài"),
                          counterpart_id=visit["baker"])
    assert gifts.get_gift(db, gift.id).description == "Tranh sơn mài"
    directory.delete_person(db, visit["baker"])
    assert gifts.get_gift(db, gift.id).counterpart_id is None


# ------------------------------------------------------------- export-csv gifts (the declaration)

def _cli(capsys, *args):
    from delegation_planner.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _read_csv(path, sep=","):
    import csv

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Vietnamese
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=sep))


def test_export_csv_gifts_for_the_declaration(capsys, db, db_path, visit, tmp_path):
    import os
    import stat

    from delegation_planner.services import gifts

    if not isinstance(db_path, os.PathLike):
        pytest.skip("the command line test reads the settings file beside a SQLite file")
    gifts.add_gift(db, visit["trip"], description="=HYPERLINK(\"http://x\")", direction="received",
                   counterpart_id=visit["baker"], given_on=date(2017, 7, 12), estimated_value=2_000_000)
    gifts.add_gift(db, visit["trip"], description="Tranh sơn mài Hồ Gươm", direction="given",
                   our_person_id=visit["chung"], given_on=date(2017, 7, 13), estimated_value=3_000_000)
    out_file = tmp_path / "quà tặng.csv"
    code, out, err = _cli(capsys, "--db", str(db_path), "--lang", "vi", "export-csv", "gifts", "--trip",
                          str(visit["trip"]), "-o", str(out_file))
    assert code == 0, err
    rows = _read_csv(out_file, ";")
    assert rows[0][:6] == ["STT", "Chuyến công tác", "Hoạt động", "Ngày", "Tặng hay nhận", "Quà tặng"]
    first, second = rows[1], rows[2]
    assert first[5] == "'=HYPERLINK(\"http://x\")"  # a formula is kept as text
    assert (first[4], first[6], first[11], first[13]) == ("nhận", "Charlie Baker", "có", "2017-07-19")
    assert (second[4], second[5], second[7], second[11]) == ("tặng", "Tranh sơn mài Hồ Gươm", "Nguyễn Đức Chung", "")
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    # the office's own rule, from a settings file: 3,000,000 VND and 2 working days -> nothing to report
    from delegation_planner.settings import GIFT_REPORT_DAYS, GIFT_THRESHOLD, Settings

    ini = tmp_path / "office.ini"
    settings = Settings(ini)
    settings.set(GIFT_THRESHOLD, 3_000_000)
    settings.set(GIFT_REPORT_DAYS, 2)
    settings.sync()
    del settings
    code, _out, err = _cli(capsys, "--db", str(db_path), "export-csv", "gifts", "--trip", str(visit["trip"]),
                           "--settings", str(ini), "-o", str(out_file))
    assert code == 0, err
    rows = _read_csv(out_file)
    assert rows[0][11] == "To be reported" and rows[1][11] == ""


def test_export_csv_gifts_refusals_write_nothing(capsys, db, db_path, visit, tmp_path):
    import os

    if not isinstance(db_path, os.PathLike):
        pytest.skip("SQLite file case")
    before = db_path.read_bytes()
    code, _out, err = _cli(capsys, "--db", str(db_path), "export-csv", "gifts", "--trip", str(visit["trip"]),
                           "-o", str(db_path))
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _out, err = _cli(capsys, "--db", str(db_path), "export-csv", "gifts", "--trip", str(visit["trip"]),
                           "--settings", str(tmp_path / "missing.ini"), "-o", str(tmp_path / "g.csv"))
    assert code == 1 and "--settings" in err and not (tmp_path / "g.csv").exists()
    code, _out, err = _cli(capsys, "--db", str(db_path), "export-csv", "gifts", "--trip", "999",
                           "-o", str(tmp_path / "g.csv"))
    assert code == 1 and not (tmp_path / "g.csv").exists()
    assert db_path.read_bytes() == before
