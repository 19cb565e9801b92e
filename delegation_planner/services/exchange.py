"""What the calendar (.ics) and spreadsheet (CSV) exports read, and the calendar's SEQUENCE counters.

The writers live in ``reports.calendar`` and ``reports.spreadsheet``; they read only through
these functions and write their files through ``storage.outputs``.

SEQUENCE (RFC 5545 §3.8.7.4: raised on every significant revision, so that a calendar that
already holds the event takes the new version): kept per engagement in the table
``calendar_sequence`` (engagement ``uuid`` -> sequence, fingerprint). The fingerprint is a hash
of what the calendar shows as *when*, *where* and *whether*: start and end (UTC), the venue's
zone, the LOCATION text (organization and place) and the status (a cancellation is a revision
too). Each export compares the fingerprint with the stored one and raises the sequence by one
when it differs. So whatever changed the engagement (the edit dialog, undo, a bundle update,
another officer on a shared database) the next calendar carries a higher SEQUENCE, and
editing the objectives or the title does not. The record ``version`` column is not used: it
rises on every edit. Keyed by the engagement's stable ``uuid`` (not its row id), so the counter
survives an engagement deleted and re-created under the same identity. On a database opened
read-only the sequences are computed but not stored.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

import sqlalchemy as sa

from delegation_planner.domain.enums import EngagementKind, EngagementStatus, Side, TripStatus
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import (
    Attendance, CalendarSequence, Commitment, DelegationMember, Engagement, Organization, Person, Trip,
)
from delegation_planner.services._common import _is_id, get_or_raise, unit_of_work
from delegation_planner.services.commitments import CommitmentRow, list_commitments
from delegation_planner.storage.database import Database


# ------------------------------------------------------------------------------ calendar
@dataclass(frozen=True)
class CalendarEntry:
    """One engagement as a calendar event shows it."""

    uuid: str
    title: str
    kind: EngagementKind
    status: EngagementStatus
    timezone: str
    start_utc: datetime
    end_utc: datetime
    organization_name: str
    location: str
    objectives: str
    logistics: str
    #: Our side (delegation and staff) first, then the host side: (name, side) in that order.
    attendees: tuple[tuple[str, Side], ...]

    @property
    def place(self) -> str:
        """LOCATION: "Organization, place" (either alone when the other is empty)."""
        return ", ".join(part for part in (self.organization_name.strip(), self.location.strip()) if part)


@dataclass(frozen=True)
class CalendarSource:
    trip_id: int
    trip_title: str
    trip_uuid: str
    start_date: date
    end_date: date
    #: The member whose own programme this is (None: the whole trip), and their name.
    person_id: int | None
    person_name: str
    entries: tuple[CalendarEntry, ...]


def calendar_source(db: Database, trip_id: int, person_id: int | None = None) -> CalendarSource:
    """The trip's engagements in time order (with ``person_id``: only those that person attends).

    NotFoundError for an unknown trip or person; ValidationError (field ``person_id``) for a person
    who is neither a member of the trip's delegation nor listed at any of its engagements."""
    with db.reading() as s:
        trip = get_or_raise(s, Trip, trip_id)
        person_name = ""
        query = (sa.select(Engagement.id, Engagement.uuid, Engagement.title, Engagement.kind, Engagement.status,
                           Engagement.timezone, Engagement.start_utc, Engagement.end_utc,
                           sa.func.coalesce(Organization.name, ""), Engagement.location, Engagement.objectives,
                           Engagement.logistics)
                 .outerjoin(Organization, Organization.id == Engagement.organization_id)
                 .where(Engagement.trip_id == trip_id)
                 .order_by(Engagement.start_utc, Engagement.id))
        if person_id is not None:
            person = get_or_raise(s, Person, person_id)
            person_name = person.full_name
            attends = sa.select(Attendance.engagement_id).where(Attendance.person_id == person_id)
            query = query.where(Engagement.id.in_(attends))
            member = s.execute(sa.select(DelegationMember.id).where(
                DelegationMember.trip_id == trip_id, DelegationMember.person_id == person_id)).first()
        rows = s.execute(query).all()
        if person_id is not None and member is None and not rows:
            raise ValidationError(f"{person_name} is not a member of this trip's delegation and attends none "
                                  f"of its engagements", "person_id")
        attendees: dict[int, list[tuple[str, Side]]] = {r[0]: [] for r in rows}
        ids = list(attendees)
        side_order = sa.case((Person.side == Side.HOST, 1), else_=0)
        for start in range(0, len(ids), 500):
            for eng_id, name, side in s.execute(
                    sa.select(Attendance.engagement_id, Person.full_name, Person.side)
                    .join(Person, Person.id == Attendance.person_id)
                    .where(Attendance.engagement_id.in_(ids[start:start + 500]))
                    .order_by(Attendance.engagement_id, side_order, Attendance.id)):
                attendees[eng_id].append((name, side))
        # a cancelled trip cancels every engagement of it in the calendars that hold them
        trip_cancelled = trip.status == TripStatus.CANCELLED
        entries = tuple(CalendarEntry(uuid=r[1], title=r[2], kind=r[3],
                                      status=EngagementStatus.CANCELLED if trip_cancelled else r[4],
                                      timezone=r[5], start_utc=r[6],
                                      end_utc=r[7], organization_name=r[8], location=r[9], objectives=r[10],
                                      logistics=r[11], attendees=tuple(attendees[r[0]]))
                        for r in rows)
        return CalendarSource(trip_id=trip.id, trip_title=trip.title, trip_uuid=trip.uuid,
                              start_date=trip.start_date, end_date=trip.end_date, person_id=person_id,
                              person_name=person_name, entries=entries)


def fingerprint(entry: CalendarEntry) -> str:
    """A hash of the event's time, place and status (what raises SEQUENCE when it changes)."""
    parts = (entry.start_utc.isoformat(), entry.end_utc.isoformat(), entry.timezone, entry.place, str(entry.status))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _next(stored: tuple[int, str] | None, print_: str) -> int:
    if stored is None:
        return 0
    sequence, previous = stored
    return sequence if previous == print_ else sequence + 1


def calendar_sequences(db: Database, entries: Iterable[CalendarEntry]) -> dict[str, int]:
    """uuid -> SEQUENCE for these events, raised (and stored) where time, place or status changed
    since the last export. One transaction; nothing is announced (no view shows the counters)."""
    prints = {e.uuid: fingerprint(e) for e in entries}
    if not prints:
        return {}
    if getattr(db, "read_only", False):
        with db.reading() as s:
            stored = _stored(s, list(prints))
        return {uuid: _next(stored.get(uuid), p) for uuid, p in prints.items()}
    out: dict[str, int] = {}
    with unit_of_work(db) as (s, _changed):
        stored = _stored(s, list(prints))
        for uuid, print_ in prints.items():
            before = stored.get(uuid)
            sequence = _next(before, print_)
            out[uuid] = sequence
            if before is None:
                s.add(CalendarSequence(engagement_uuid=uuid, sequence=sequence, fingerprint=print_))
            elif before != (sequence, print_):
                s.execute(sa.update(CalendarSequence).where(CalendarSequence.engagement_uuid == uuid)
                          .values(sequence=sequence, fingerprint=print_))
    return out


def _stored(s, uuids: list[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for start in range(0, len(uuids), 500):
        for uuid, sequence, print_ in s.execute(
                sa.select(CalendarSequence.engagement_uuid, CalendarSequence.sequence, CalendarSequence.fingerprint)
                .where(CalendarSequence.engagement_uuid.in_(uuids[start:start + 500]))):
            out[uuid] = (sequence, print_)
    return out


# ------------------------------------------------------------------------------ commitments
@dataclass(frozen=True)
class CommitmentSheetRow:
    """A commitment with what the follow-up spreadsheet adds: its stable id and the trip's dates."""

    row: CommitmentRow
    uuid: str
    trip_start: date
    trip_end: date


def commitment_sheet(db: Database, trip_id: int | None = None) -> list[CommitmentSheetRow]:
    """Commitments of one trip (NotFoundError if it does not exist) or of every trip, by trip
    date, then due date (none last)."""
    if trip_id is not None:
        if not _is_id(trip_id):
            raise ValidationError.of("trip_id", "not_found", entity="trip", id=repr(trip_id))
        with db.reading() as s:
            get_or_raise(s, Trip, trip_id)
    rows = list_commitments(db, trip_id=trip_id)
    with db.reading() as s:
        extra: dict[int, tuple[str, date, date]] = {}
        ids = [r.id for r in rows]
        for start in range(0, len(ids), 500):
            for cid, uuid, t_start, t_end in s.execute(
                    sa.select(Commitment.id, Commitment.uuid, Trip.start_date, Trip.end_date)
                    .join(Trip, Trip.id == Commitment.trip_id)
                    .where(Commitment.id.in_(ids[start:start + 500]))):
                extra[cid] = (uuid, t_start, t_end)
    out = [CommitmentSheetRow(r, *extra[r.id]) for r in rows if r.id in extra]
    out.sort(key=lambda x: (x.trip_start, x.row.trip_id))  # stable: keeps the due-date order within a trip
    return out
