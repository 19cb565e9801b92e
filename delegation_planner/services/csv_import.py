"""Import people (delegation members or counterparts) and engagements from a CSV spreadsheet.

``preview_people`` / ``preview_engagements`` read the file's bytes (``domain.csv_rows``: encoding,
separator, Vietnamese/English/French headers, day-first dates), match the rows against the
directory and the programme, validate them with the domain rules the services use everywhere,
and say what an import would do: the column mapping, the rows to create (people found in the
directory are *matched*, not duplicated) and every bad row with its line in the file. Nothing
is written. ``import_people`` / ``import_engagements`` plan the same inside one transaction and
write it all, or refuse the whole file (``ValidationError`` listing "line N: reason") when any
row is bad: the database is unchanged.

Sides: "delegation" adds the people as delegation members of the trip (in the file's order of
precedence when it has one); "host" adds them to the directory as the host's counterparts
(``Side.HOST`` people of their organization) and, when a row names an engagement of the trip,
as an attendee of it — how counterparts are modelled elsewhere (engagement attendance).
"""
from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain import csv_rows
from delegation_planner.domain.csv_rows import MAX_CSV_BYTES
from delegation_planner.domain.enums import AttendanceRole, Side
from delegation_planner.domain.errors import Problem, ValidationError
from delegation_planner.domain.text import fold
from delegation_planner.domain.progress import CancelCheck, Progress, check_cancelled
from delegation_planner.domain.models import Attendance, DelegationMember, Engagement, Organization, Person, Trip
from delegation_planner.domain.rules import (
    outside_trip_dates, validate_engagement_fields, validate_member_fields, validate_organization_fields, validate_person_fields,
)
from delegation_planner.services._common import defaults_of, get_or_raise, prepare, unit_of_work
from delegation_planner.services.engagements import EDITABLE, _create_in, _default_zone, _local_times_to_utc
from delegation_planner.storage.database import Database
from delegation_planner.storage.inputs import read_user_file

# Row statuses (stable codes; the interface shows them in its language).
NEW = "new"                  # created by the import
MATCHED = "matched"          # already in the directory: linked, not duplicated
ALREADY_THERE = "already"    # already a member of this delegation / already in the programme: nothing to do
REPEATED = "repeated"        # the same person as an earlier line of the file

SIDES = (Side.DELEGATION.value, Side.HOST.value)


@dataclass(frozen=True)
class ColumnUse:
    header: str
    field: str | None  # None: the column is not imported


@dataclass(frozen=True)
class BadRow:
    line: int  # the physical line of the file (the header counts)
    reason: str  # in English (the CLI, logs); the interface renders ``problems`` in its language
    problems: tuple[Problem, ...] = ()

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class PersonToImport:
    line: int
    full_name: str
    title: str
    organization: str
    email: str
    phone: str
    status: str                        # NEW, MATCHED, ALREADY_THERE or REPEATED
    person_id: int | None              # the directory's person when matched
    organization_id: int | None        # the directory's organization, None when new or none
    organization_new: bool
    role: str = "member"
    precedence: int | None = None
    engagement_id: int | None = None   # host side: the engagement they attend
    languages: str = ""
    same_as_line: int | None = None    # REPEATED: the first line naming them


@dataclass(frozen=True)
class EngagementToImport:
    line: int
    title: str
    kind: str
    status: str                 # NEW or ALREADY_THERE
    start: datetime             # wall clock at the venue
    end: datetime
    timezone: str
    location: str
    organization: str
    organization_id: int | None
    organization_new: bool
    engagement_status: str = "planned"
    objectives: str = ""
    logistics: str = ""
    travel_minutes: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CsvPreview:
    what: str                    # "people" or "engagements"
    side: str | None             # people: "delegation" or "host"
    trip_id: int
    encoding: str
    encoding_guessed: bool
    separator: str
    columns: tuple[ColumnUse, ...]
    rows: tuple[Any, ...]        # PersonToImport or EngagementToImport, in file order
    bad_rows: tuple[BadRow, ...]
    header_line: int = 1         # a title row may come first

    @property
    def ok(self) -> bool:
        return not self.bad_rows

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def new_organizations(self) -> tuple[str, ...]:
        names: dict[str, str] = {}
        for r in self.rows:
            if r.organization_new:
                names.setdefault(fold(r.organization), r.organization)
        return tuple(names.values())


@dataclass(frozen=True)
class CsvImportResult:
    trip_id: int
    people_created: tuple[int, ...] = ()
    people_matched: tuple[int, ...] = ()        # found in the directory (not duplicated)
    people_already_there: tuple[int, ...] = ()  # found, and already members of this delegation
    members_added: tuple[int, ...] = ()
    attendances_added: int = 0
    organizations_created: tuple[int, ...] = ()
    engagements_created: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------- files

def read_csv_file(path: str | os.PathLike) -> bytes:
    """The bytes of a spreadsheet file: a regular file of at most MAX_CSV_BYTES (a FIFO, a device,
    a folder or a 1 GB file is refused at once, in one line)."""
    return read_user_file(path, limit=MAX_CSV_BYTES, what="CSV file")


# ----------------------------------------------------------------------------- directory

class _Directory:
    """The organizations and people already known, keyed by folded text (read once per plan)."""

    def __init__(self, s) -> None:
        self.orgs: dict[str, int] = {}
        for org_id, name, local_name in s.execute(
                sa.select(Organization.id, Organization.name, Organization.local_name).order_by(Organization.id)):
            for text in (name, local_name):
                if text:
                    self.orgs.setdefault(fold(text), org_id)
        self.people: dict[tuple[str, int | None], int] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for person_id, name, org_id in s.execute(
                sa.select(Person.id, Person.full_name, Person.organization_id).order_by(Person.id)):
            self.people.setdefault((fold(name), org_id), person_id)
            self.by_name[fold(name)].append(person_id)
        self.new_orgs: dict[str, str] = {}  # folded -> the name as first written

    def organization(self, name: str) -> tuple[int | None, bool]:
        """(existing id or None, is new)."""
        if not name:
            return None, False
        key = fold(name)
        if key in self.orgs:
            return self.orgs[key], False
        self.new_orgs.setdefault(key, name)
        return None, True

    def person(self, name: str, org_id: int | None, org_given: bool, org_new: bool) -> int | None:
        if org_new:
            return None  # nobody can already belong to an organization not yet created
        key = fold(name)
        found = self.people.get((key, org_id))
        if found is None and not org_given and len(self.by_name.get(key, ())) == 1:
            found = self.by_name[key][0]  # no organization in the file: the only person of that name
        return found


def _problems_of(exc: ValidationError, under: str = "") -> list[Problem]:
    """The rule's problems, each naming its field in the words of the sheet ("start", not "start_utc")."""
    out = []
    for p in exc.problems:
        name = under or p.field.replace("_utc", "")
        out.append(dataclasses.replace(p, field=name) if name != p.field else p)
    return out


def _reason(problems: list[Problem]) -> str:
    """One English line for a bad row ("end: before start; timezone: unknown time zone …")."""
    return "; ".join(f"{p.field.replace('_', ' ')}: {p.message}" if p.field else p.message for p in problems)


def _sheet(data: bytes, what: str, encoding: str | None, separator: str | None) -> csv_rows.Sheet:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValidationError(f"must be the file's bytes, not {type(data).__name__}", "data")
    return csv_rows.read_sheet(bytes(data), what, encoding=encoding, separator=separator)


def _columns(sheet: csv_rows.Sheet) -> tuple[ColumnUse, ...]:
    return tuple(ColumnUse(c.header, c.field) for c in sheet.columns)


class _Steps:
    """Progress and Cancel of an import's row loops: every ``every`` rows it checks ``cancelled``
    (raising Cancelled inside the one transaction, so nothing is written) and reports the fraction of
    the phase ``[start, end]`` done. Both callables optional (the CLI and scripts pass neither)."""

    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None, every: int = 100):
        self.progress, self.cancelled, self.every = progress, cancelled, every

    def phase(self, start: float, end: float, total: int):
        def tick(i: int) -> None:
            if i % self.every:
                return
            check_cancelled(self.cancelled)
            if self.progress is not None:
                self.progress(start + (end - start) * min(1.0, i / max(1, total)), "")
        return tick

    def at(self, fraction: float) -> None:
        check_cancelled(self.cancelled)
        if self.progress is not None:
            self.progress(fraction, "")


_NO_STEPS = _Steps(None, None)


def _check_side(side: object) -> str:
    if side not in SIDES:
        raise ValidationError(f"must be one of: {', '.join(SIDES)}, not {side!r}", "side")
    return str(side)


# -------------------------------------------------------------------------------- people

def _plan_people(s, trip_id: int, sheet: csv_rows.Sheet, side: str, steps: _Steps = _NO_STEPS,
                 ) -> tuple[list[PersonToImport], list[BadRow], _Directory]:
    get_or_raise(s, Trip, trip_id)
    directory = _Directory(s)
    members = set(s.execute(sa.select(DelegationMember.person_id)
                            .where(DelegationMember.trip_id == trip_id)).scalars())
    titles: dict[str, list[int]] = defaultdict(list)
    if side == Side.HOST and any(c.field == "engagement" for c in sheet.columns):
        for eng_id, title in s.execute(sa.select(Engagement.id, Engagement.title)
                                       .where(Engagement.trip_id == trip_id).order_by(Engagement.id)):
            titles[fold(title)].append(eng_id)
    seen: dict[tuple[str, str], int] = {}
    rows: list[PersonToImport] = []
    bad: list[BadRow] = []
    tick = steps.phase(0.0, 0.4, len(sheet.records))
    for i, line in enumerate(csv_rows.people_rows(sheet)):
        tick(i)
        problems = [Problem("", text) for text in line.problems]
        if line.full_name:
            try:
                prepare(Person, defaults_of(Person),
                        {"full_name": line.full_name, "title": line.title, "email": line.email,
                         "phone": line.phone, "languages": line.languages, "side": side}, validate_person_fields)
            except ValidationError as exc:
                problems += _problems_of(exc)
        if line.organization:
            try:
                validate_organization_fields({**defaults_of(Organization), "name": line.organization})
            except ValidationError as exc:
                problems += _problems_of(exc, "organization")
        if side == Side.DELEGATION:
            try:
                validate_member_fields({"role": line.role, "precedence": line.precedence or 1})
            except ValidationError as exc:
                problems += _problems_of(exc)
        engagement_id = None
        if line.engagement and side == Side.HOST:
            found = titles.get(fold(line.engagement), [])
            if len(found) == 1:
                engagement_id = found[0]
            elif not found:
                problems.append(Problem("engagement", f"no engagement titled “{line.engagement}” in this trip"))
            else:
                problems.append(Problem("engagement",
                                        f"{len(found)} engagements of this trip are titled “{line.engagement}”"))
        if problems:
            bad.append(BadRow(line.line, _reason(problems), tuple(problems)))
            continue
        org_id, org_new = directory.organization(line.organization)
        person_id = directory.person(line.full_name, org_id, bool(line.organization), org_new)
        key = (fold(line.full_name), fold(line.organization))
        same_as = seen.get(key)
        if same_as is not None:
            status = REPEATED
        elif person_id is None:
            status = NEW
        elif side == Side.DELEGATION and person_id in members:
            status = ALREADY_THERE
        else:
            status = MATCHED
        seen.setdefault(key, line.line)
        rows.append(PersonToImport(
            line=line.line, full_name=line.full_name, title=line.title, organization=line.organization,
            email=line.email, phone=line.phone, status=status, person_id=person_id, organization_id=org_id,
            organization_new=org_new, role=line.role, precedence=line.precedence, engagement_id=engagement_id,
            languages=line.languages, same_as_line=same_as))
    return rows, bad, directory


def preview_people(db: Database, trip_id: int, data: bytes, side: str = "delegation", *,
                   encoding: str | None = None, separator: str | None = None) -> CsvPreview:
    """What importing ``data`` (a CSV file's bytes) as people of ``side`` would do; writes nothing."""
    side = _check_side(side)
    sheet = _sheet(data, "people", encoding, separator)
    with db.reading() as s:
        rows, bad, _ = _plan_people(s, trip_id, sheet, side)
    return CsvPreview("people", side, trip_id, sheet.encoding, sheet.encoding_guessed, sheet.separator,
                      _columns(sheet), tuple(rows), tuple(bad), sheet.header_line)


def _refuse(bad: list[BadRow]) -> None:
    if bad:
        raise ValidationError([Problem(f"line {b.line}", b.reason) for b in bad])


def _create_organizations(s, directory: _Directory) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, name in directory.new_orgs.items():
        values = prepare(Organization, defaults_of(Organization), {"name": name}, validate_organization_fields)
        org = Organization(**values)
        s.add(org)
        s.flush()
        out[key] = org.id
    return out


def import_people(db: Database, trip_id: int, data: bytes, side: str = "delegation", *,
                  encoding: str | None = None, separator: str | None = None, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> CsvImportResult:
    """Import every row of ``data`` in one transaction, or nothing (ValidationError "line N: …";
    Cancelled when ``cancelled()`` says stop, checked every 100 rows)."""
    side = _check_side(side)
    steps = _Steps(progress, cancelled)
    sheet = _sheet(data, "people", encoding, separator)
    with unit_of_work(db) as (s, changed):
        rows, bad, directory = _plan_people(s, trip_id, sheet, side, steps)
        _refuse(bad)
        new_orgs = _create_organizations(s, directory)
        by_key: dict[tuple[str, str], int] = {}
        new_people: dict[tuple[str, str], Person] = {}
        matched: list[int] = []
        already: list[int] = []  # in the directory and already in this delegation
        tick = steps.phase(0.4, 0.6, len(rows))
        for i, row in enumerate(rows):
            tick(i)
            key = (fold(row.full_name), fold(row.organization))
            if row.status == REPEATED:
                continue
            if row.status == NEW:
                org_id = new_orgs[fold(row.organization)] if row.organization_new else row.organization_id
                values = prepare(Person, defaults_of(Person),
                                 {"full_name": row.full_name, "title": row.title, "email": row.email,
                                  "phone": row.phone, "languages": row.languages, "side": side,
                                  "organization_id": org_id}, validate_person_fields)
                new_people[key] = Person(**values)
            else:
                by_key[key] = row.person_id
                (matched if row.status == MATCHED else already).append(row.person_id)
        s.add_all(new_people.values())
        s.flush()  # one batch of INSERTs (10,000 rows: one flush, not 10,000)
        steps.at(0.75)
        by_key.update({key: person.id for key, person in new_people.items()})
        created = [person.id for person in new_people.values()]
        members: list[int] = []
        attendances = 0
        if side == Side.DELEGATION:
            last = s.execute(sa.select(sa.func.max(DelegationMember.precedence))
                             .where(DelegationMember.trip_id == trip_id)).scalar() or 0
            new_members: list[DelegationMember] = []
            tick = steps.phase(0.75, 0.85, len(rows))
            for i, row in enumerate(rows):
                tick(i)
                if row.status not in (NEW, MATCHED):
                    continue
                precedence = row.precedence if row.precedence is not None else last + 1
                last = max(last, precedence)
                values = prepare(DelegationMember, {"trip_id": trip_id, "person_id": by_key[(fold(row.full_name),
                                                                                             fold(row.organization))]},
                                 {"role": row.role, "precedence": precedence}, validate_member_fields,
                                 editable={"role", "precedence"})
                new_members.append(DelegationMember(**values))
            s.add_all(new_members)
            s.flush()
            members = [member.id for member in new_members]
            steps.at(0.98)
        else:
            attending: set[tuple[int, int]] = set()
            engagement_ids = {row.engagement_id for row in rows if row.engagement_id is not None}
            present = {(e, p) for e, p in s.execute(sa.select(Attendance.engagement_id, Attendance.person_id)
                                                    .where(Attendance.engagement_id.in_(engagement_ids)))} \
                if engagement_ids else set()
            for row in rows:
                if row.engagement_id is None:
                    continue
                person_id = by_key[(fold(row.full_name), fold(row.organization))]
                pair = (row.engagement_id, person_id)
                if pair in present or pair in attending:
                    continue
                attending.add(pair)
                s.add(Attendance(engagement_id=row.engagement_id, person_id=person_id, role=AttendanceRole.ATTENDEE))
                attendances += 1
            s.flush()
        if new_orgs:
            changed(Subject.ORGANIZATION, tuple(new_orgs.values()), None, Action.CREATE)
        if created:
            changed(Subject.PERSON, tuple(created), None, Action.CREATE)
        if members:
            changed(Subject.MEMBER, tuple(members), trip_id, Action.CREATE)
        if attendances:
            changed(Subject.ATTENDANCE, tuple(sorted({e for e, _ in attending})), trip_id, Action.UPDATE)
    return CsvImportResult(trip_id, people_created=tuple(created), people_matched=tuple(dict.fromkeys(matched)),
                           people_already_there=tuple(dict.fromkeys(already)),
                           members_added=tuple(members), attendances_added=attendances,
                           organizations_created=tuple(new_orgs.values()))


# --------------------------------------------------------------------------- engagements

def _engagement_fields(row: csv_rows.EngagementLine, zone: str) -> dict[str, Any]:
    return {"title": row.title, "kind": row.kind, "status": row.status, "location": row.location,
            "objectives": row.objectives, "logistics": row.logistics, "travel_minutes": row.travel_minutes,
            "timezone": zone, "start": row.start, "end": row.end}


def _plan_engagements(s, trip_id: int, sheet: csv_rows.Sheet, steps: _Steps = _NO_STEPS,
                      ) -> tuple[list[EngagementToImport], list[BadRow], _Directory]:
    trip = get_or_raise(s, Trip, trip_id)
    default_zone = _default_zone(s, trip)
    directory = _Directory(s)
    existing = {(fold(title), start) for title, start in s.execute(
        sa.select(Engagement.title, Engagement.start_utc).where(Engagement.trip_id == trip_id))}
    rows: list[EngagementToImport] = []
    bad: list[BadRow] = []
    seen: set[tuple[str, datetime]] = set()
    tick = steps.phase(0.0, 0.4, len(sheet.records))
    for i, line in enumerate(csv_rows.engagement_rows(sheet)):
        tick(i)
        problems = [Problem("", text) for text in line.problems]
        zone = line.timezone or default_zone
        values: dict[str, Any] = {}
        if not problems:
            base = defaults_of(Engagement)
            base["trip_id"] = trip_id
            try:  # the engagement service's own checks: zone, DST gap, end after start, kinds, lengths
                changes = _local_times_to_utc(base, _engagement_fields(line, zone))
                values = prepare(Engagement, base, changes, validate_engagement_fields, editable=EDITABLE)
            except ValidationError as exc:
                problems += _problems_of(exc)
        if line.organization:
            try:
                validate_organization_fields({**defaults_of(Organization), "name": line.organization})
            except ValidationError as exc:
                problems += _problems_of(exc, "organization")
        if problems:
            bad.append(BadRow(line.line, _reason(problems), tuple(problems)))
            continue
        start_utc = values["start_utc"].replace(microsecond=0)
        key = (fold(line.title), start_utc)
        status = ALREADY_THERE if key in existing or key in seen else NEW
        seen.add(key)
        org_id, org_new = directory.organization(line.organization) if status == NEW else (None, False)
        warning = outside_trip_dates(values["start_utc"], values["end_utc"], zone, trip.start_date, trip.end_date)
        rows.append(EngagementToImport(
            line=line.line, title=line.title, kind=line.kind, status=status, start=line.start, end=line.end,
            timezone=zone, location=line.location, organization=line.organization, organization_id=org_id,
            organization_new=org_new, engagement_status=line.status, objectives=line.objectives,
            logistics=line.logistics, travel_minutes=line.travel_minutes,
            warnings=(warning,) if warning else ()))
    return rows, bad, directory


def preview_engagements(db: Database, trip_id: int, data: bytes, *, encoding: str | None = None,
                        separator: str | None = None) -> CsvPreview:
    """What importing ``data`` (a CSV file's bytes) into the trip's programme would do; writes nothing."""
    sheet = _sheet(data, "engagements", encoding, separator)
    with db.reading() as s:
        rows, bad, _ = _plan_engagements(s, trip_id, sheet)
    return CsvPreview("engagements", None, trip_id, sheet.encoding, sheet.encoding_guessed, sheet.separator,
                      _columns(sheet), tuple(rows), tuple(bad), sheet.header_line)


def import_engagements(db: Database, trip_id: int, data: bytes, *, encoding: str | None = None,
                       separator: str | None = None, progress: Progress | None = None,
                       cancelled: CancelCheck | None = None) -> CsvImportResult:
    """Add every new engagement of ``data`` in one transaction, or nothing (ValidationError "line N: …";
    Cancelled when ``cancelled()`` says stop, checked every 100 rows)."""
    steps = _Steps(progress, cancelled)
    sheet = _sheet(data, "engagements", encoding, separator)
    with unit_of_work(db) as (s, changed):
        rows, bad, directory = _plan_engagements(s, trip_id, sheet, steps)
        _refuse(bad)
        trip = s.get(Trip, trip_id)
        new_orgs = _create_organizations(s, directory)
        created: list[int] = []
        warnings: list[str] = []
        tick = steps.phase(0.4, 0.98, len(rows))
        for i, row in enumerate(rows):
            tick(i)
            if row.status != NEW:
                continue
            fields = {"title": row.title, "kind": row.kind, "status": row.engagement_status,
                      "location": row.location, "objectives": row.objectives, "logistics": row.logistics,
                      "travel_minutes": row.travel_minutes, "timezone": row.timezone,
                      "start": row.start, "end": row.end,
                      "organization_id": new_orgs[fold(row.organization)] if row.organization_new
                      else row.organization_id}
            eng = _create_in(s, trip, fields)
            created.append(eng.id)
            warnings += [f"line {row.line}: {w}" for w in row.warnings]
        if new_orgs:
            changed(Subject.ORGANIZATION, tuple(new_orgs.values()), None, Action.CREATE)
        if created:
            changed(Subject.ENGAGEMENT, tuple(created), trip_id, Action.CREATE)
    return CsvImportResult(trip_id, organizations_created=tuple(new_orgs.values()),
                           engagements_created=tuple(created), warnings=tuple(warnings))
