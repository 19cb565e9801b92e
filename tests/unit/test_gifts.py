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
