"""A meeting note's taken_at: editable at the service layer, venue wall clock, DST gap refused."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.messages import render_message
from delegation_planner.services import engagements, notes, trips


@pytest.fixture()
def eng(db):
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 3, 10), end_date=date(2017, 3, 14))
    saved = engagements.create_engagement(db, trip.id, title="Harvard", timezone="America/New_York",
                                          start=datetime(2017, 3, 11, 10, 0), end=datetime(2017, 3, 11, 11, 0))
    return getattr(saved, "engagement", saved)


def test_taken_at_given_as_venue_wall_clock_and_edited(db, eng):
    note = notes.add_note(db, eng.id, "Nguyễn Đức Chung opened", taken_at=datetime(2017, 3, 11, 10, 15))
    assert note.taken_at == datetime(2017, 3, 11, 15, 15, tzinfo=timezone.utc)
    notes.update_note(db, note.id, taken_at=datetime(2017, 3, 13, 9, 0))
    (stored,) = notes.list_notes(db, eng.id)
    assert stored.taken_at == datetime(2017, 3, 13, 13, 0, tzinfo=timezone.utc)  # EDT after 12 March
    assert stored.text == "Nguyễn Đức Chung opened"


def test_dst_gap_and_absurd_year_refused_database_unchanged(db, eng):
    note = notes.add_note(db, eng.id, "x", taken_at=datetime(2017, 3, 11, 10, 15))
    with pytest.raises(ValidationError) as err:
        notes.update_note(db, note.id, taken_at=datetime(2017, 3, 12, 2, 30), text="changed")
    assert err.value.code == "dst_gap" and err.value.field == "taken_at"
    vi = render_message(err.value.problems[0].code, err.value.problems[0].params, "vi")
    assert vi and "does not exist" not in vi
    with pytest.raises(ValidationError) as err:
        notes.update_note(db, note.id, taken_at=datetime(1, 1, 1, 0, 0))
    assert err.value.code == "year_range"
    with pytest.raises(ValidationError) as err:
        notes.add_note(db, eng.id, "y", taken_at="yesterday")
    assert err.value.code == "not_datetime"
    (stored,) = notes.list_notes(db, eng.id)
    assert stored.text == "x" and stored.taken_at == datetime(2017, 3, 11, 15, 15, tzinfo=timezone.utc)
