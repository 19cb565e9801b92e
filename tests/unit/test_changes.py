"""Typed change notification: a closed set of subjects, announced once, after the commit."""
from __future__ import annotations

from datetime import date

import pytest

from delegation_planner.changes import Action, Change, Subject, reload_everything
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.services import notes, trips
from delegation_planner.services._common import unit_of_work
from delegation_planner.storage import open_database


@pytest.fixture()
def db(tmp_path):
    database = open_database(tmp_path / "planner.sqlite3")
    yield database
    database.dispose()


def test_an_unknown_subject_or_action_is_refused():
    with pytest.raises(ValueError):
        Change("trips")  # a typo must not silently refresh nothing
    with pytest.raises(ValueError):
        Change(Subject.NOTE, (1,), None, "created")


def test_strings_are_coerced_and_entity_is_the_subject_value():
    change = Change("note", (3,), 7, "create")
    assert change.subject is Subject.NOTE and change.action is Action.CREATE
    assert change.entity == "note"
    assert change.concerns({Subject.NOTE}) and not change.concerns({Subject.TRIP})
    assert reload_everything().concerns({Subject.TRIP}), "a reload concerns every view"
    assert change.of_other_trip(8) and not change.of_other_trip(7) and not Change(Subject.PERSON).of_other_trip(7)


def test_a_service_announces_after_the_commit(db):
    seen: list[tuple[Change, int]] = []

    def listener(change):
        # what the listener reads must already be committed: a fresh session sees the row
        seen.append((change, len(trips.list_trips(db))))

    db.subscribe(listener)
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 12, 4), end_date=date(2017, 12, 9))
    assert [(c.subject, c.ids, c.trip_id, c.action) for c, _ in seen] == [
        (Subject.TRIP, (trip.id,), trip.id, Action.CREATE)]
    assert seen[0][1] == 1


def test_a_rolled_back_unit_announces_nothing(db):
    seen: list[Change] = []
    db.subscribe(seen.append)
    with pytest.raises(RuntimeError):
        with unit_of_work(db) as (session, changed):
            changed(Subject.TRIP, (1,), 1, Action.DELETE)
            raise RuntimeError("boom")
    assert seen == []
    with pytest.raises(NotFoundError):
        notes.add_note(db, 10**6, "no such engagement")
    assert seen == []
