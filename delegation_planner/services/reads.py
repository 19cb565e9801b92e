"""The light read path of the views and the command line: column selects into plain rows.

The trip list, a trip's programme, the commitments lists and the directory lists are read
here with plain ``sqlite3`` from a SQLite file (SQL text below, the same columns, filters and
order as the services' SQLAlchemy Core selects), with no ORM object and nothing of SQLAlchemy
or SQLModel imported. Two users:

* the services (``services.trips.list_trips``, ``engagements.programme``,
  ``commitments.list_commitments``, ``directory.list_people``/``list_organizations``) call these
  functions on their database's own DB-API connection when it is a SQLite file, and keep their
  Core select for PostgreSQL (``dialect == "postgresql"``);
* the start-up trip list and ``delegation-planner trips`` / ``programme TRIP_ID`` open the file
  with :func:`open_light` (a read-only connection, no engine, no migration: only for a file whose
  schema is current; else ``None`` and the caller takes the full path).

The row types (``TripRow``, ``CommitmentRow``, ``PersonRow``, ``OrganizationRow``,
``AttendeeRow``, ``ProgrammeItem``, ``Programme``) live here and the services re-export them;
tests/unit/test_reads.py holds every function's rows equal to the services' Core path.
"""
from __future__ import annotations

from functools import cached_property

import contextlib
import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from delegation_planner.domain.enums import (
    CLOSED_COMMITMENT_STATUSES, AttendanceRole, CommitmentKind, CommitmentStatus, EngagementKind, EngagementStatus,
    MadeBy, MemberRole, OrganizationKind, Side, TripStatus, VisitDirection,
)
from delegation_planner.domain.errors import not_found
from delegation_planner.domain.interpreting import Party, interpreting_need, is_interpreter, languages_of
from delegation_planner.domain.rules import Conflict, Slot, commitment_is_overdue, find_conflicts
from delegation_planner.domain.timezones import dual_time_label, to_local

UTC = timezone.utc
SQLITE_HEADER = b"SQLite format 3\x00"


# ------------------------------------------------------------------------------ row types

@dataclass(frozen=True)
class TripRow:
    id: int
    title: str
    destination: str
    start_date: date
    end_date: date
    status: TripStatus
    engagement_count: int
    direction: VisitDirection = VisitDirection.OUTBOUND


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    trip_id: int
    trip_title: str
    engagement_id: int | None
    engagement_title: str
    organization_id: int | None
    organization_name: str
    description: str
    kind: CommitmentKind
    made_by: MadeBy
    owner_id: int | None
    owner_name: str
    due_date: date | None
    status: CommitmentStatus
    signed_date: date | None
    follow_up: str
    #: "CK-2017-003" (migration 0005), the document it comes from, the contact on their side, when done.
    reference: str = ""
    source_document: str = ""
    their_contact_id: int | None = None
    their_contact_name: str = ""
    completed_date: date | None = None

    def is_overdue(self, today: date | None = None) -> bool:
        return commitment_is_overdue(self.due_date, self.status, today or date.today())

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_COMMITMENT_STATUSES


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    title: str
    organization_id: int | None
    organization_name: str
    side: Side
    email: str
    phone: str


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    local_name: str
    kind: OrganizationKind
    city: str
    country: str


@dataclass(frozen=True)
class AttendeeRow:
    person_id: int
    full_name: str
    title: str
    side: Side
    role: AttendanceRole
    organization_name: str
    languages: str = ""  # as the person wrote them ("Vietnamese, English"): domain.interpreting reads them
    member_role: MemberRole | None = None  # their role in this trip's delegation; None: not a member


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    title: str
    kind: EngagementKind
    organization_id: int | None
    organization_name: str
    location: str
    timezone: str
    start_utc: datetime
    end_utc: datetime
    status: EngagementStatus
    travel_minutes: int | None
    attendees: tuple[AttendeeRow, ...]
    conflicts: tuple[Conflict, ...]
    home_timezone: str
    venue_city: str = ""  # the organization's city: the venue clock's place name

    # The venue and home clocks of a row are read many times (programme days, conflicts, the table's
    # texts, the timeline's blocks): converted once per row (dateutil's fromutc ≈ 6 µs a call). The
    # cache lives in the instance __dict__, outside the dataclass fields (equality and hash unchanged).
    @cached_property
    def local_start(self) -> datetime:
        return to_local(self.start_utc, self.timezone)

    @cached_property
    def local_end(self) -> datetime:
        return to_local(self.end_utc, self.timezone)

    @cached_property
    def home_start(self) -> datetime:
        return to_local(self.start_utc, self.home_timezone)

    @cached_property
    def day(self) -> date:
        """The day at the venue: what the printed programme is grouped by."""
        return self.local_start.date()

    @property
    def time_label(self) -> str:
        """"09:00 Boston · 20:00 Hà Nội" (the venue named by its city, else its zone's)."""
        return self.time_label_in("en")

    def time_label_in(self, lang: str) -> str:
        """``time_label`` in ``lang`` ("09:00 Nam Ninh · 08:00 Hà Nội" in Vietnamese)."""
        return dual_time_label(self.start_utc, self.timezone, self.home_timezone, venue_city=self.venue_city,
                               lang=lang)

    @property
    def lead(self) -> AttendeeRow | None:
        for a in self.attendees:
            if a.side != Side.HOST and a.role == AttendanceRole.LEAD:
                return a
        return None

    @property
    def cancelled(self) -> bool:
        return self.status == EngagementStatus.CANCELLED


class TripHead(NamedTuple):
    """What a programme shows of its trip on the light path (the services give the ORM ``Trip``)."""
    id: int
    title: str
    destination: str
    purpose: str
    start_date: date
    end_date: date
    home_timezone: str
    status: TripStatus


@dataclass(frozen=True)
class Programme:
    trip: Any  # domain.models.Trip from the services; TripHead from the light path (same attributes used)
    items: tuple[ProgrammeItem, ...]
    head_person_id: int | None = None
    person_names: dict[int, str] = field(default_factory=dict)

    def days(self) -> list[tuple[date, list[ProgrammeItem]]]:
        grouped: dict[date, list[ProgrammeItem]] = defaultdict(list)
        for item in self.items:
            grouped[item.day].append(item)
        return sorted(grouped.items())

    @property
    def conflict_count(self) -> int:
        return sum(len(i.conflicts) for i in self.items)


# ------------------------------------------------------------------------ value converters
# SQLAlchemy's SQLite storage formats: DATE "2017-07-12", DATETIME "2017-07-12 13:00:00.000000"
# (naive UTC; domain.models.UTCDateTime returns it aware), enums as their value strings.

def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _instant(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:  # the stored naive UTC text, read as UTC in one parse (6× faster than parse + replace(tzinfo))
        return datetime.fromisoformat(text + "+00:00")
    except ValueError:  # a text that carries its own offset: its instant, in UTC
        parsed = datetime.fromisoformat(text)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _enum_map(enum_cls) -> dict[str, Any]:
    return {m.value: m for m in enum_cls}


_TRIP_STATUS = _enum_map(TripStatus)
_ENG_KIND = _enum_map(EngagementKind)
_ENG_STATUS = _enum_map(EngagementStatus)
_SIDE = _enum_map(Side)
_MEMBER_ROLE = _enum_map(MemberRole)
_ROLE = _enum_map(AttendanceRole)
_ORG_KIND = _enum_map(OrganizationKind)
_COM_KIND = _enum_map(CommitmentKind)
_MADE_BY = _enum_map(MadeBy)
_COM_STATUS = _enum_map(CommitmentStatus)


def _like(search: str) -> str:
    return f"%{search.strip()}%"


# ------------------------------------------------------------------------------ the file

class LightReader:
    """A read-only ``sqlite3`` connection to a database file whose schema is current."""

    def __init__(self, path: Path):
        self.path = path
        self.connection = sqlite3.connect(readonly_uri(path), uri=True, timeout=5.0, isolation_level=None,
                                          check_same_thread=False)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "LightReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def readonly_uri(path: Path) -> str:
    """storage.database.readonly_uri without its import: ``mode=ro``, and ``immutable=1`` when no
    -wal file is there (no writer has it open), so that reading leaves no -wal/-shm beside the file."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri


def open_light(location: str | os.PathLike) -> LightReader | None:
    """A light reader for a SQLite database file that needs nothing done before it is read
    (it exists, is a regular SQLite file stamped with the current schema); ``None`` for a
    server URL, a new, empty, older, newer or odd file: the caller then opens it fully
    (``storage.open_database``: creating, migrating or refusing it with its message)."""
    location = os.fspath(location)
    if "://" in location:
        return None
    path = Path(location).expanduser()
    try:
        if not path.is_file() or path.stat().st_size < 100:
            return None
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except OSError:
        return None
    from delegation_planner.storage import schema_check, schema_version  # plain sqlite3 here

    reader = None
    try:
        reader = LightReader(path)
        conn = reader.connection
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] if has else []
        # The schema as this version made it (a planted trigger, a dropped index, a missing FTS
        # trigger: the full path refuses or repairs it). The full path's row checks and quick_check
        # read every row (they grow with the notes); a bad value met here is an error -> full path.
        findings = schema_check._compare(conn, schema_check.expected_schema()) \
            if schema_version.is_current(versions) else None
    except (sqlite3.Error, OSError):
        findings = None
    if findings is None or findings.problems or findings.repairs:
        if reader is not None:
            reader.close()
        return None
    return reader


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction (every select of a read sees the same committed state)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")


# ------------------------------------------------------------------------------ the trips

TRIPS_SQL = """
SELECT t.id, t.title, t.destination, t.start_date, t.end_date, t.status, coalesce(n.n, 0), t.direction
FROM trip t LEFT OUTER JOIN (SELECT trip_id, count(*) AS n FROM engagement GROUP BY trip_id) n ON n.trip_id = t.id
{where}
ORDER BY t.start_date DESC, t.id DESC"""


def trip_rows(conn: sqlite3.Connection, *, search: str = "", status: TripStatus | str | None = None,
              year: int | None = None) -> list[TripRow]:
    """``services.trips.list_trips`` (filters already checked by the caller)."""
    where, params = [], []
    if search:
        where.append("(lower(t.title) LIKE lower(?) OR lower(t.destination) LIKE lower(?) "
                     "OR lower(t.purpose) LIKE lower(?))")
        params += [_like(search)] * 3
    if status:
        where.append("t.status = ?")
        params.append(TripStatus(status).value)
    if year:
        where.append("t.start_date <= ? AND t.end_date >= ?")
        params += [date(year, 12, 31).isoformat(), date(year, 1, 1).isoformat()]
    sql = TRIPS_SQL.format(where=("WHERE " + " AND ".join(where)) if where else "")
    status_of, day, direction_of = _TRIP_STATUS.__getitem__, date.fromisoformat, VisitDirection
    return [TripRow(i, title, dest, day(start), day(end), status_of(st), n, direction_of(d))
            for i, title, dest, start, end, st, n, d in conn.execute(sql, params)]


def trip_years(conn: sqlite3.Connection) -> list[int]:
    first, last = conn.execute("SELECT min(start_date), max(end_date) FROM trip").fetchone()
    if first is None:
        return []
    return list(range(_date(last).year, _date(first).year - 1, -1))


# -------------------------------------------------------------------------- the programme

PROGRAMME_SQL = """
SELECT e.id, e.title, e.kind, e.organization_id, coalesce(o.name, ''), e.location, e.timezone,
       e.start_utc, e.end_utc, e.status, e.travel_minutes, coalesce(o.city, '')
FROM engagement e LEFT OUTER JOIN organization o ON o.id = e.organization_id
WHERE e.trip_id = ? ORDER BY e.start_utc, e.id"""

#: Attendees in role order (AttendanceRole's order), then by name; as services.engagements._attendees.
_ROLE_ORDER = "CASE " + " ".join(f"WHEN a.role = '{r.value}' THEN {i}" for i, r in enumerate(AttendanceRole)) \
    + " ELSE 9 END"
ATTENDEES_SQL = f"""
SELECT a.engagement_id, p.id, p.full_name, p.title, p.side, a.role, coalesce(o.name, ''), p.languages, dm.role
FROM attendance a JOIN person p ON p.id = a.person_id LEFT OUTER JOIN organization o ON o.id = p.organization_id
JOIN engagement e ON e.id = a.engagement_id
LEFT OUTER JOIN delegation_member dm ON dm.trip_id = e.trip_id AND dm.person_id = p.id
WHERE e.trip_id = ? ORDER BY a.engagement_id, {_ROLE_ORDER}, p.full_name"""

HEAD_SQL = f"""
SELECT person_id FROM delegation_member WHERE trip_id = ?
ORDER BY CASE WHEN role = '{MemberRole.HEAD.value}' THEN 0 ELSE 1 END, precedence, id LIMIT 1"""

TRIP_HEAD_SQL = ("SELECT id, title, destination, purpose, start_date, end_date, home_timezone, status "
                 "FROM trip WHERE id = ?")


def trip_head(conn: sqlite3.Connection, trip_id: int) -> TripHead:
    row = conn.execute(TRIP_HEAD_SQL, (trip_id,)).fetchone() if _is_id(trip_id) else None
    if row is None:
        raise not_found("trip", trip_id)
    i, title, dest, purpose, start, end, zone, status = row
    return TripHead(i, title, dest, purpose, _date(start), _date(end), zone, _TRIP_STATUS[status])


def programme(conn: sqlite3.Connection, trip_id: int, trip: Any = None) -> Programme:
    """``services.engagements.programme`` from plain rows; ``trip`` (the services' ORM Trip) or,
    when None, a ``TripHead`` read here."""
    with snapshot(conn):
        if trip is None:
            trip = trip_head(conn, trip_id)
        instant, kinds, statuses = _instant, _ENG_KIND, _ENG_STATUS
        rows = [(i, title, kinds[kind], org_id, org, loc, zone, instant(start), instant(end), statuses[st], travel,
                 city)
                for i, title, kind, org_id, org, loc, zone, start, end, st, travel, city
                in conn.execute(PROGRAMME_SQL, (trip_id,))]
        attendees: dict[int, list[AttendeeRow]] = defaultdict(list)
        sides, roles, member_roles = _SIDE, _ROLE, _MEMBER_ROLE
        same: dict[tuple, AttendeeRow] = {}  # one (immutable) row per person and role, shared by engagements
        for r in conn.execute(ATTENDEES_SQL, (trip_id,)):
            key = r[1:]
            attendee = same.get(key)
            if attendee is None:
                attendee = same[key] = AttendeeRow(r[1], r[2], r[3], sides[r[4]], roles[r[5]], r[6], r[7] or "",
                                                   member_roles.get(r[8]))
            attendees[r[0]].append(attendee)
        found = conn.execute(HEAD_SQL, (trip_id,)).fetchone()
        head = found[0] if found else None
        names = {a.person_id: a.full_name for rows_ in attendees.values() for a in rows_}
        if head is not None and head not in names:
            person = conn.execute("SELECT full_name FROM person WHERE id = ?", (head,)).fetchone()
            if person:
                names[head] = person[0]
    return assemble_programme(trip, rows, attendees, head, names)


def assemble_programme(trip: Any, rows: Iterable[tuple], attendees: dict[int, list[AttendeeRow]],
                       head: int | None, names: dict[int, str]) -> Programme:
    """Conflicts and items of a programme from its engagement rows (id, title, kind, organization id,
    organization name, location, zone, start, end, status, travel minutes, venue city): the one
    assembly both read paths use."""
    rows = list(rows)
    host, cancelled, none = Side.HOST, EngagementStatus.CANCELLED, ()
    parties: dict[int, Party] = {}  # one per attendee row object (shared by the engagements it attends)
    delegation, lead = Side.DELEGATION, AttendanceRole.LEAD
    for present in attendees.values():
        for a in present:
            if id(a) not in parties:
                parties[id(a)] = Party(a.person_id, a.member_role is not None or a.side == delegation,
                                       languages_of(a.languages), is_interpreter(a.member_role, a.side, a.languages),
                                       a.role == lead)

    def slot(r) -> Slot:
        present = attendees.get(r[0], none)
        need = interpreting_need([parties[id(a)] for a in present])
        return Slot(r[0], r[1], r[7], r[8], r[6], frozenset([a.person_id for a in present if a.side != host]), r[10],
                    r[9] == cancelled, "", need.interpreter_ids, need.gap)

    slots = [slot(r) for r in rows]
    report = find_conflicts(slots, head_person_id=head, person_names=names,
                            trip_start=trip.start_date, trip_end=trip.end_date).by_engagement()
    home = trip.home_timezone
    items = tuple(
        ProgrammeItem(id=r[0], title=r[1], kind=r[2], organization_id=r[3], organization_name=r[4], location=r[5],
                      timezone=r[6], start_utc=r[7], end_utc=r[8], status=r[9], travel_minutes=r[10],
                      attendees=tuple(attendees.get(r[0], ())), conflicts=tuple(report.get(r[0], ())),
                      home_timezone=home, venue_city=r[11])
        for r in rows)
    return Programme(trip=trip, items=items, head_person_id=head, person_names=names)


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2 ** 63) <= value < 2 ** 63


# ---------------------------------------------------------------------------- commitments

COMMITMENTS_SQL = """
SELECT c.id, c.trip_id, t.title, c.engagement_id, coalesce(e.title, ''), c.organization_id, coalesce(o.name, ''),
       c.description, c.kind, c.made_by, c.owner_id, coalesce(p.full_name, ''), c.due_date, c.status,
       c.signed_date, c.follow_up, c.reference, c.source_document, c.their_contact_id,
       coalesce(tc.full_name, ''), c.completed_date
FROM commitment c JOIN trip t ON t.id = c.trip_id LEFT OUTER JOIN engagement e ON e.id = c.engagement_id
LEFT OUTER JOIN organization o ON o.id = c.organization_id LEFT OUTER JOIN person p ON p.id = c.owner_id
LEFT OUTER JOIN person tc ON tc.id = c.their_contact_id
{where}
ORDER BY c.due_date IS NULL, c.due_date, c.id"""


def commitment_rows(conn: sqlite3.Connection, *, trip_id: int | None = None, engagement_id: int | None = None,
                    organization_id: int | None = None, owner_id: int | None = None,
                    statuses: Iterable[CommitmentStatus | str] | None = None, open_only: bool = False,
                    overdue_on: date | None = None, exclude_trip_id: int | None = None) -> list[CommitmentRow]:
    """``services.commitments.list_commitments``."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("c.trip_id = ?", trip_id), ("c.trip_id != ?", exclude_trip_id),
                          ("c.engagement_id = ?", engagement_id), ("c.organization_id = ?", organization_id),
                          ("c.owner_id = ?", owner_id)):
        if value is not None:
            where.append(column)
            params.append(value)
    if statuses:
        chosen = [CommitmentStatus(st).value for st in statuses]
        where.append(f"c.status IN ({', '.join('?' * len(chosen))})")
        params += chosen
    if open_only or overdue_on is not None:
        closed = [s.value for s in CLOSED_COMMITMENT_STATUSES]
        where.append(f"(c.status NOT IN ({', '.join('?' * len(closed))}))")
        params += closed
    if overdue_on is not None:
        where.append("c.due_date < ?")
        params.append(overdue_on.isoformat())
    sql = COMMITMENTS_SQL.format(where=("WHERE " + " AND ".join(where)) if where else "")
    kinds, made, statuses_ = _COM_KIND, _MADE_BY, _COM_STATUS
    day = date.fromisoformat
    return [CommitmentRow(i, t, tt, e, et, o, on, desc, kinds[k], made[m], ow, own,
                          day(due) if due is not None else None, statuses_[st],
                          day(signed) if signed is not None else None, follow, ref, source, tc, tcn,
                          day(done) if done is not None else None)
            for i, t, tt, e, et, o, on, desc, k, m, ow, own, due, st, signed, follow, ref, source, tc, tcn, done
            in conn.execute(sql, params)]


# ------------------------------------------------------------------------------ directory

PEOPLE_SQL = """
SELECT p.id, p.full_name, p.title, p.organization_id, coalesce(o.name, ''), p.side, p.email, p.phone
FROM person p LEFT OUTER JOIN organization o ON o.id = p.organization_id
{where}
ORDER BY p.full_name, p.id"""


def people_rows(conn: sqlite3.Connection, search: str = "", side: Side | str | None = None) -> list[PersonRow]:
    """``services.directory.list_people`` (filters already checked by the caller)."""
    where, params = [], []
    if search:
        where.append("(lower(p.full_name) LIKE lower(?) OR lower(p.title) LIKE lower(?) "
                     "OR lower(o.name) LIKE lower(?))")
        params += [_like(search)] * 3
    if side:
        where.append("p.side = ?")
        params.append(Side(side).value)
    sql = PEOPLE_SQL.format(where=("WHERE " + " AND ".join(where)) if where else "")
    sides = _SIDE
    return [PersonRow(i, name, title, org_id, org, sides[side_], email, phone)
            for i, name, title, org_id, org, side_, email, phone in conn.execute(sql, params)]


ORGANIZATIONS_SQL = """
SELECT id, name, local_name, kind, city, country FROM organization
{where}
ORDER BY name, id"""


def organization_rows(conn: sqlite3.Connection, search: str = "") -> list[OrganizationRow]:
    """``services.directory.list_organizations``."""
    where, params = "", []
    if search:
        where = "WHERE lower(name) LIKE lower(?) OR lower(local_name) LIKE lower(?) OR lower(city) LIKE lower(?)"
        params = [_like(search)] * 3
    kinds = _ORG_KIND
    return [OrganizationRow(i, name, local, kinds[kind], city, country)
            for i, name, local, kind, city, country in conn.execute(ORGANIZATIONS_SQL.format(where=where), params)]


# ------------------------------------------------------------------- the services' connection

def is_sqlite(db: Any) -> bool:
    """Whether a ``storage.Database`` is a SQLite file (the services then read through this module)."""
    return getattr(db, "path", None) is not None and db.engine.dialect.name == "sqlite"


@contextlib.contextmanager
def connection_of(db: Any) -> Iterator[sqlite3.Connection]:
    """The DB-API connection of a SQLite ``storage.Database`` (its pragmas and functions set), in one
    read transaction; a locked, damaged or vanished file is the storage layer's KnownError."""
    from delegation_planner.storage.errors import translate_operational_error

    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        try:
            with snapshot(conn):
                yield conn
        except sqlite3.DatabaseError as exc:
            known = translate_operational_error(exc)
            if known:
                raise known from exc
            raise
    finally:
        raw.close()
