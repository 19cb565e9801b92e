"""Engagements (the programme), their attendance, and the programme with its conflicts."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from delegation_planner.domain.enums import AttendanceRole, EngagementKind, EngagementStatus, Side
from delegation_planner.domain.errors import Problem, ValidationError, problem
from delegation_planner.domain.models import Attendance, DelegationMember, Engagement, Organization, Person, Trip
from delegation_planner.domain.rules import (
    Conflict, Slot, find_conflicts, outside_trip_dates, validate_attendance_fields, validate_engagement_fields,
)
from delegation_planner.domain.timezones import dual_time_label, is_valid_timezone, to_local, to_utc
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import (
    unit_of_work, _is_id, apply, check_reference, defaults_of, get_or_raise, prepare, values_of,
)
from delegation_planner.services._common import check_version
from delegation_planner.domain.timezones import wall_clock
from delegation_planner.services.members import head_in_session
from delegation_planner.services import reads
from delegation_planner.services.reads import AttendeeRow, Programme, ProgrammeItem  # noqa: F401  (row types)

EDITABLE = {"title", "kind", "organization_id", "location", "timezone", "start_utc", "end_utc", "objectives",
            "talking_points", "logistics", "travel_minutes", "status"}


def _local_times_to_utc(values: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Accept ``start``/``end`` as wall-clock times at the venue (naive datetimes)."""
    changes = dict(changes)
    zone = changes.get("timezone", values.get("timezone"))
    problems: list[Problem] = []
    if ("start" in changes or "end" in changes) and not is_valid_timezone(zone):
        raise ValidationError.of("timezone", "unknown_time_zone", value=repr(zone))
    for local_key, utc_key in (("start", "start_utc"), ("end", "end_utc")):
        if local_key not in changes:
            continue
        local = changes.pop(local_key)
        if not isinstance(local, datetime):
            problems.append(problem(local_key, "not_datetime"))
            continue
        try:
            changes[utc_key] = to_utc(local, zone, local_key)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return changes


def _whole_seconds(values: dict[str, Any]) -> dict[str, Any]:
    """Programme times are kept to the second (what a bundle or a picker can say)."""
    for key in ("start_utc", "end_utc"):
        if isinstance(values.get(key), datetime):
            values[key] = values[key].replace(microsecond=0)
    return values


def _check_time_changes_keep_zone(values: dict, changes: dict) -> dict:
    """Changing only the venue zone keeps the wall-clock times (the meeting is still at 09:00)."""
    if "timezone" in changes and not ({"start", "end", "start_utc", "end_utc"} & set(changes)):
        old_zone = values.get("timezone")
        if old_zone and values.get("start_utc") is not None:
            changes = dict(changes)
            changes["start"] = to_local(values["start_utc"], old_zone).replace(tzinfo=None)
            changes["end"] = to_local(values["end_utc"], old_zone).replace(tzinfo=None)
    return changes


@dataclass(frozen=True)
class SavedEngagement:
    engagement: Engagement
    warnings: tuple[str, ...] = ()


def create_engagement(db: Database, trip_id: int, **fields: Any) -> SavedEngagement:
    """Create an engagement. Times: ``start``/``end`` (venue wall clock) or ``start_utc``/``end_utc``.

    Returns the engagement and any warnings (outside the trip's dates)."""
    with unit_of_work(db) as (s, changed):
        trip = get_or_raise(s, Trip, trip_id)
        eng = _create_in(s, trip, fields)
        eng_id = eng.id
        warnings = _warnings(trip, eng)
        changed(Subject.ENGAGEMENT, (eng_id,), trip_id, Action.CREATE)
    return SavedEngagement(eng, warnings)


def _create_in(s, trip: Trip, fields: dict[str, Any]) -> Engagement:
    base = defaults_of(Engagement)
    base["trip_id"] = trip.id
    if "timezone" not in fields:
        fields = dict(fields, timezone=_default_zone(s, trip))
    changes = _local_times_to_utc(base, fields)
    values = _whole_seconds(prepare(Engagement, base, changes, validate_engagement_fields, editable=EDITABLE))
    check_reference(s, Organization, values.get("organization_id"), "organization_id")
    eng = Engagement(**values)
    s.add(eng)
    s.flush()
    return eng


#: The key of an engagement snapshot's ``fields`` that holds its stored seating plan (services.seating's
#: uuid-based snapshot), when it has one.
SEATING_KEY = "seating_plan"


@dataclass(frozen=True)
class EngagementSnapshot:
    """Everything deleting an engagement loses: its fields, attendance, notes (with when they were
    taken), linked commitments, its scenario, its cars, its attachments (their bytes) and its stored
    seating plan (in ``fields[SEATING_KEY]``)."""

    trip_id: int
    fields: dict[str, Any]
    attendees: tuple[tuple[int, AttendanceRole], ...]
    notes: tuple[dict[str, Any], ...]
    commitment_ids: tuple[int, ...]
    scenario: tuple[dict[str, Any], ...] = ()
    vehicles: tuple[dict[str, Any], ...] = ()
    attachments: tuple[dict[str, Any], ...] = ()


def engagement_snapshot(db: Database, engagement_id: int) -> EngagementSnapshot:
    from delegation_planner.domain.models import (Attachment, AttachmentData, Commitment, MeetingNote, ScenarioStep,
                                                  Vehicle)

    with db.reading() as s:
        eng = get_or_raise(s, Engagement, engagement_id)
        attendees = tuple((person_id, role) for person_id, role in s.execute(
            sa.select(Attendance.person_id, Attendance.role).where(Attendance.engagement_id == engagement_id)
            .order_by(Attendance.id)))
        notes = tuple({"author": n.author, "text": n.text, "created_at": n.created_at, "updated_at": n.updated_at,
                       "taken_at": n.taken_at}
                      for n in s.exec(select(MeetingNote).where(MeetingNote.engagement_id == engagement_id)
                                      .order_by(MeetingNote.created_at, MeetingNote.id)))
        commitments = tuple(s.execute(sa.select(Commitment.id).where(Commitment.engagement_id == engagement_id)
                                      .order_by(Commitment.id)).scalars())
        scenario = tuple({"at_time": r.at_time, "action": r.action, "performer": r.performer,
                          "responsible": r.responsible, "position": r.position}
                         for r in s.exec(select(ScenarioStep).where(ScenarioStep.engagement_id == engagement_id)
                                         .order_by(ScenarioStep.position, ScenarioStep.id)))
        vehicles = tuple({"number": v.number, "plate": v.plate, "driver": v.driver, "phone": v.phone, "notes": v.notes}
                         for v in s.exec(select(Vehicle).where(Vehicle.engagement_id == engagement_id)
                                         .order_by(Vehicle.number, Vehicle.id)))
        files = tuple({"filename": a.filename, "media_type": a.media_type, "sha256": a.sha256, "data": d.data}
                      for a, d in s.execute(sa.select(Attachment, AttachmentData)
                                            .join(AttachmentData, AttachmentData.attachment_id == Attachment.id)
                                            .where(Attachment.engagement_id == engagement_id)
                                            .order_by(Attachment.id)))
        fields = {k: getattr(eng, k) for k in EDITABLE}
        from delegation_planner.services.seating import snapshots_in

        plan = snapshots_in(s, [engagement_id]).get(engagement_id)
        if plan is not None:
            # carried in the fields (restore_engagement takes it out), so that every caller that
            # restores the snapshot's fields brings the stored seating plan back with them
            fields[SEATING_KEY] = plan
        return EngagementSnapshot(eng.trip_id, fields, attendees, notes, commitments, scenario, vehicles, files)


def restore_engagement(db: Database, trip_id: int, fields: dict[str, Any], *,
                       attendees: list[tuple[int, AttendanceRole | str]] = (), notes: list[dict[str, Any]] = (),
                       commitment_ids: list[int] = (), scenario: list[dict[str, Any]] = (),
                       vehicles: list[dict[str, Any]] = (), attachments: list[dict[str, Any]] = ()) -> int:
    """Re-create a deleted engagement with its attendance, notes, commitment links, scenario, cars and
    attachments: one transaction (undo of a deletion). Ids may differ from the snapshot's (the caller
    remaps them); attachments come back only with bytes that match their SHA-256."""
    import hashlib

    from delegation_planner.domain.models import (Attachment, AttachmentData, Commitment, MeetingNote, ScenarioStep,
                                                  Vehicle)
    from delegation_planner.domain.rules import validate_note_fields

    fields = dict(fields)
    seating_plan = fields.pop(SEATING_KEY, None)
    with unit_of_work(db) as (s, changed):
        trip = get_or_raise(s, Trip, trip_id)
        eng = _create_in(s, trip, fields)
        for person_id, role in attendees:
            check_reference(s, Person, person_id, "person_id")
            values = prepare(Attendance, {"engagement_id": eng.id, "person_id": person_id}, {"role": role},
                             validate_attendance_fields, editable={"role"})
            s.add(Attendance(**values))
        for note in notes:
            validate_note_fields(note)
            s.add(MeetingNote(engagement_id=eng.id, author=note.get("author", ""), text=note["text"],
                              created_at=note["created_at"], updated_at=note.get("updated_at") or note["created_at"],
                              taken_at=note.get("taken_at") or note["created_at"]))
        for step in scenario:
            s.add(ScenarioStep(engagement_id=eng.id, **step))
        for vehicle in vehicles:
            s.add(Vehicle(engagement_id=eng.id, **vehicle))
        s.flush()
        for item in attachments:
            if hashlib.sha256(item["data"]).hexdigest() != item["sha256"]:
                raise ValidationError.of("sha256", "checksum_mismatch", name=item["filename"])
            attachment = Attachment(engagement_id=eng.id, filename=item["filename"], media_type=item["media_type"],
                                    size=len(item["data"]), sha256=item["sha256"])
            s.add(attachment)
            s.flush()
            s.add(AttachmentData(attachment_id=attachment.id, data=item["data"]))
        for commitment_id in commitment_ids:
            commitment = get_or_raise(s, Commitment, commitment_id)
            if commitment.trip_id != trip_id:
                raise ValidationError.of("commitment_ids", "other_trip")
            commitment.engagement_id = eng.id
            s.add(commitment)
        if seating_plan is not None:
            from delegation_planner.services.seating import restore_in

            s.flush()
            restore_in(s, eng.id, seating_plan)  # people by uuid: a person re-created since keeps the seat
        eng_id = eng.id
        changed(Subject.ENGAGEMENT, (eng_id,), trip_id, Action.CREATE)
    return eng_id


def update_engagement(db: Database, engagement_id: int, *, expected_version: int | None = None,
                      **changes: Any) -> SavedEngagement:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        current = values_of(eng)
        check_version(eng, expected_version, changes,  # theirs also as the wall-clock times a form shows
                      theirs={**current, "start": wall_clock(eng.start_utc, eng.timezone),
                              "end": wall_clock(eng.end_utc, eng.timezone)})
        changes = _local_times_to_utc(current, _check_time_changes_keep_zone(current, changes))
        values = _whole_seconds(prepare(Engagement, current, changes, validate_engagement_fields,
                                        editable=EDITABLE))
        check_reference(s, Organization, values.get("organization_id"), "organization_id")
        apply(eng, values)
        s.add(eng)
        trip = s.get(Trip, eng.trip_id)
        warnings = _warnings(trip, eng)
        trip_id = eng.trip_id
        changed(Subject.ENGAGEMENT, (engagement_id,), trip_id, Action.UPDATE)
    return SavedEngagement(eng, warnings)


def delete_engagement(db: Database, engagement_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        trip_id = eng.trip_id
        s.delete(eng)
        changed(Subject.ENGAGEMENT, (engagement_id,), trip_id, Action.DELETE)


def get_engagement(db: Database, engagement_id: int) -> Engagement:
    with db.reading() as s:
        return get_or_raise(s, Engagement, engagement_id)


def default_timezone(db: Database, trip_id: int) -> str:
    """The zone of the trip's last engagement (what the next one most likely uses)."""
    with db.reading() as s:
        return _default_zone(s, get_or_raise(s, Trip, trip_id))


def _default_zone(s, trip: Trip) -> str:
    row = s.execute(sa.select(Engagement.timezone).where(Engagement.trip_id == trip.id)
                    .order_by(Engagement.start_utc.desc(), Engagement.id.desc()).limit(1)).first()
    return row[0] if row else trip.home_timezone


def _warnings(trip: Trip, eng: Engagement) -> tuple[str, ...]:
    warning = outside_trip_dates(eng.start_utc, eng.end_utc, eng.timezone, trip.start_date, trip.end_date)
    return (warning,) if warning else ()


# ------------------------------------------------------------------------------- attendance

def set_attendance(db: Database, engagement_id: int, person_id: int,
                   role: AttendanceRole | str = AttendanceRole.ATTENDEE) -> Attendance:
    """Add a person to an engagement, or change their role there."""
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        check_reference(s, Person, person_id, "person_id")
        values = prepare(Attendance, {"engagement_id": engagement_id, "person_id": person_id}, {"role": role},
                         validate_attendance_fields, editable={"role"})
        att = s.exec(select(Attendance).where(Attendance.engagement_id == engagement_id,
                                              Attendance.person_id == person_id)).first()
        if att is None:
            att = Attendance(**values)
        else:
            att.role = values["role"]
        s.add(att)
        s.flush()
        trip_id = eng.trip_id
        changed(Subject.ATTENDANCE, (engagement_id,), trip_id, Action.UPDATE)
    return att


def remove_attendance(db: Database, engagement_id: int, person_id: int) -> None:
    if not _is_id(person_id):
        raise ValidationError.of("person_id", "not_found", entity="person", id=repr(person_id))
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        att = s.exec(select(Attendance).where(Attendance.engagement_id == engagement_id,
                                              Attendance.person_id == person_id)).first()
        if att is None:
            raise ValidationError.of("person_id", "not_attendee")
        s.delete(att)
        trip_id = eng.trip_id
        changed(Subject.ATTENDANCE, (engagement_id,), trip_id, Action.DELETE)


def list_attendees(db: Database, engagement_id: int) -> list[AttendeeRow]:
    with db.reading() as s:
        return _attendees(s, [engagement_id]).get(engagement_id, [])


def _attendees(s, engagement_ids: list[int]) -> dict[int, list[AttendeeRow]]:
    out: dict[int, list[AttendeeRow]] = defaultdict(list)
    if not engagement_ids:
        return out
    role_order = sa.case(*((Attendance.role == r, i) for i, r in enumerate(AttendanceRole)), else_=9)
    rows = s.execute(
        sa.select(Attendance.engagement_id, Person.id, Person.full_name, Person.title, Person.side, Attendance.role,
                  sa.func.coalesce(Organization.name, ""), Person.languages, DelegationMember.role)
        .join(Person, Person.id == Attendance.person_id)
        .join(Engagement, Engagement.id == Attendance.engagement_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(DelegationMember, (DelegationMember.trip_id == Engagement.trip_id)
                   & (DelegationMember.person_id == Person.id))
        .where(Attendance.engagement_id.in_(engagement_ids))
        .order_by(Attendance.engagement_id, role_order, Person.full_name)).all()
    for eng_id, *rest in rows:
        rest[6] = rest[6] or ""
        out[eng_id].append(AttendeeRow(*rest))
    return out


# -------------------------------------------------------------------------------- programme

def programme(db: Database, trip_id: int) -> Programme:
    """The trip's itinerary in time order, with venue/home times and every conflict.

    The single function the programme view, the timeline, the reports and the CLI
    use to show a trip's programme. On a SQLite file the rows are read with plain sqlite3
    (services/reads.py); on a server with the Core selects below; one assembly
    (``reads.assemble_programme``) makes the conflicts and items of both."""
    if reads.is_sqlite(db):
        with db.reading() as s:
            trip = get_or_raise(s, Trip, trip_id)
        with reads.connection_of(db) as conn:
            return reads.programme(conn, trip_id, trip)
    return _programme_core(db, trip_id)


def _programme_core(db: Database, trip_id: int) -> Programme:
    with db.reading() as s:
        trip = get_or_raise(s, Trip, trip_id)
        rows = s.execute(
            sa.select(Engagement.id, Engagement.title, Engagement.kind, Engagement.organization_id,
                      sa.func.coalesce(Organization.name, ""), Engagement.location, Engagement.timezone,
                      Engagement.start_utc, Engagement.end_utc, Engagement.status, Engagement.travel_minutes,
                      sa.func.coalesce(Organization.city, ""))
            .outerjoin(Organization, Organization.id == Engagement.organization_id)
            .where(Engagement.trip_id == trip_id)
            .order_by(Engagement.start_utc, Engagement.id)).all()
        attendees = _attendees(s, [r[0] for r in rows])
        head = head_in_session(s, trip_id)
    names = {a.person_id: a.full_name for rows_ in attendees.values() for a in rows_}
    if head is not None and head not in names:
        with db.reading() as s:
            person = s.get(Person, head)
            if person:
                names[head] = person.full_name
    return reads.assemble_programme(trip, rows, attendees, head, names)
