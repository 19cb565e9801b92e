"""Import a trip bundle: validate everything first, then write it in one transaction.

A bad bundle is refused whole, with every problem named by its place in the file
(``engagements[3].end: before start``); the database is not touched.
"""
from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable

import sqlalchemy as sa
from dateutil import tz
from sqlmodel import select

from delegation_planner.bundles.format import (
    FORMAT, MAX_FILE_BYTES, MAX_ITEMS, MAX_RECORDS, VERSION, parse_date, parse_instant, parse_local,
)
from delegation_planner.domain import rules
from delegation_planner.domain.enums import (
    AttendanceRole, CommitmentKind, CommitmentStatus, EngagementKind, EngagementStatus, MadeBy, MemberRole,
    OrganizationKind, Side, TripStatus,
)
from delegation_planner.domain.errors import Problem, ValidationError
from delegation_planner.domain.models import (
    Attendance, Commitment, DelegationMember, Engagement, MeetingNote, Organization, Person, Trip,
)
from delegation_planner.domain.timezones import DEFAULT_HOME_TIMEZONE, get_zone, is_valid_timezone, to_utc, utc_now
from delegation_planner.storage.database import Change, Database

MAX_PROBLEMS = 50  # listed in one error; the rest are counted


class _Reader:
    """Reads typed values out of the JSON tree, recording problems with their path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, f"must be an object, not {_type(value)}")
            return None
        return value

    def array(self, parent: dict, name: str, path: str) -> list:
        value = parent.get(name, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, f"must be a list, not {_type(value)}")
            return []
        if len(value) > MAX_ITEMS:
            self.problem(path, f"too many items ({len(value):,}; at most {MAX_ITEMS:,})")
            return []
        return value

    def unknown_fields(self, value: dict, allowed: set[str], path: str) -> None:
        for name in value:
            if name not in allowed:
                self.problem(f"{path}.{name}", "unknown field")

    def items(self, parent: dict, name: str, path: str, allowed: set[str]):
        """(path, object) for each object of the list ``parent[name]``; anything else is a problem."""
        for i, raw in enumerate(self.array(parent, name, path)):
            item_path = f"{path}[{i}]"
            item = self.obj(raw, item_path)
            if item is not None:
                self.unknown_fields(item, allowed, item_path)
                yield i, item_path, item

    def text(self, value: dict, name: str, path: str, *, required: bool = False, max_len: int = rules.MAX_TEXT) -> str:
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if required:
                self.problem(where, "is required")
            return ""
        if not isinstance(raw, str):
            self.problem(where, f"must be text, not {_type(raw)}")
            return ""
        before = len(self.problems)
        rules.check_text(self.problems, where, raw, required=required, max_len=max_len)
        return raw if len(self.problems) == before else ""

    def enum(self, value: dict, name: str, enum_cls: type[StrEnum], path: str, default: StrEnum | None) -> Any:
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if default is None:
                self.problem(where, "is required")
            return default
        try:
            return enum_cls(raw)
        except (ValueError, TypeError):
            allowed = ", ".join(m.value for m in enum_cls)
            self.problem(where, f"unknown value {_short(raw)} (one of: {allowed})")
            return default

    def date(self, value: dict, name: str, path: str, *, required: bool = False) -> date | None:
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if required:
                self.problem(where, "is required")
            return None
        if not isinstance(raw, str):
            self.problem(where, f"must be a date string YYYY-MM-DD, not {_type(raw)}")
            return None
        try:
            return parse_date(raw)
        except ValueError as exc:
            self.problem(where, _short_message(exc))
            return None

    def integer(self, value: dict, name: str, path: str, *, minimum: int, maximum: int) -> int | None:
        raw = value.get(name)
        if raw is None:
            return None
        if not isinstance(raw, int) or isinstance(raw, bool) or not minimum <= raw <= maximum:
            self.problem(f"{path}.{name}", f"must be a whole number from {minimum} to {maximum}, not {_short(raw)}")
            return None
        return raw

    def key(self, value: dict, path: str, seen: dict[str, str]) -> str | None:
        raw = value.get("key")
        if not isinstance(raw, str) or not raw.strip() or len(raw) > 200 or "\x00" in raw:
            self.problem(f"{path}.key", "must be a short non-empty text")
            return None
        if raw in seen:
            self.problem(f"{path}.key", f"duplicate key {raw!r} (also at {seen[raw]})")
            return None
        seen[raw] = path
        return raw

    def ref(self, value: dict, name: str, path: str, known: dict[str, Any], what: str,
            required: bool = False) -> str | None:
        """The key, if it names something defined earlier in the file."""
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if required:
                self.problem(where, "is required")
            return None
        if not isinstance(raw, str):
            self.problem(where, f"must be the key of {what}, not {_type(raw)}")
            return None
        if raw not in known:
            self.problem(where, f"no {what} with key {_short(raw)} in this file")
            return None
        return raw


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _short_message(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "…"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


# ----------------------------------------------------------------------------- parsed form

@dataclass
class ParsedBundle:
    trip: dict[str, Any]
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # "organization": org key
    members: list[dict[str, Any]] = field(default_factory=list)  # "person": key
    engagements: dict[str, dict[str, Any]] = field(default_factory=dict)  # with attendees/notes lists
    commitments: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_TOP = {"format", "version", "trip", "organizations", "people", "members", "engagements", "commitments",
        "exported_by", "exported_at", "$schema"}
_TRIP = {"title", "purpose", "destination", "start_date", "end_date", "home_timezone", "status", "notes"}
_ORG = {"key", "name", "local_name", "kind", "city", "country", "address", "phone", "website", "profile"}
_PERSON = {"key", "full_name", "title", "organization", "side", "email", "phone", "languages", "bio"}
_MEMBER = {"person", "role", "precedence"}
_ENG = {"key", "title", "kind", "organization", "location", "timezone", "start", "end", "objectives",
        "talking_points", "logistics", "travel_minutes", "status", "attendees", "notes"}
_ATT = {"person", "role"}
_NOTE = {"author", "text", "created_at", "updated_at"}
_COMMIT = {"engagement", "organization", "description", "kind", "made_by", "owner", "due_date", "status",
           "signed_date", "follow_up"}


def _domain_check(r: _Reader, path: str, validator: Callable[[dict], None], values: dict) -> None:
    try:
        validator(values)
    except ValidationError as exc:
        for p in exc.problems:
            # Problems the reader already reported (same field) are not repeated.
            where = f"{path}.{p.field}" if p.field else path
            if not any(q.field == where for q in r.problems):
                r.problem(where, p.message)


def parse_bundle(data: Any) -> ParsedBundle:
    """Check a decoded bundle completely; raise ValidationError listing every problem."""
    r = _Reader()
    root = r.obj(data, "bundle")
    if root is None:
        raise ValidationError(r.problems)
    if root.get("format") != FORMAT:
        r.problem("format", f"must be {FORMAT!r}, not {_short(root.get('format'))} (is this a trip bundle?)")
        raise ValidationError(r.problems)
    version = root.get("version")
    if version != VERSION or isinstance(version, bool):
        r.problem("version", f"version {_short(version)} is not supported (this application reads version {VERSION};"
                             " a newer file needs a newer application)")
        raise ValidationError(r.problems)
    r.unknown_fields(root, _TOP, "bundle")
    records = _count_records(root)
    if records > MAX_RECORDS:
        r.problem("bundle", f"too many records ({records:,}; at most {MAX_RECORDS:,} in one trip bundle)")
        raise ValidationError(r.problems)

    # -- trip
    trip_raw = r.obj(root.get("trip"), "trip") or {}
    r.unknown_fields(trip_raw, _TRIP, "trip")
    trip = {
        "title": r.text(trip_raw, "title", "trip", required=True, max_len=500),
        "purpose": r.text(trip_raw, "purpose", "trip"),
        "destination": r.text(trip_raw, "destination", "trip"),
        "notes": r.text(trip_raw, "notes", "trip"),
        "start_date": r.date(trip_raw, "start_date", "trip", required=True),
        "end_date": r.date(trip_raw, "end_date", "trip", required=True),
        "status": r.enum(trip_raw, "status", TripStatus, "trip", TripStatus.DRAFT),
    }
    home = trip_raw.get("home_timezone", DEFAULT_HOME_TIMEZONE)
    if not is_valid_timezone(home):
        r.problem("trip.home_timezone", f"unknown time zone {_short(home)}")
        home = DEFAULT_HOME_TIMEZONE
    trip["home_timezone"] = home
    if trip["start_date"] and trip["end_date"] and trip["end_date"] < trip["start_date"]:
        r.problem("trip.end_date", "before start")
    parsed = ParsedBundle(trip=trip)

    # Keys are unique within their own list (an engagement may share a key with its organization).
    org_keys: dict[str, str] = {}
    person_keys: dict[str, str] = {}
    engagement_keys: dict[str, str] = {}

    # -- organizations
    for i, path, o in r.items(root, "organizations", "organizations", _ORG):
        key = r.key(o, path, org_keys)
        values = {"name": r.text(o, "name", path, required=True, max_len=500),
                  "kind": r.enum(o, "kind", OrganizationKind, path, OrganizationKind.OTHER)}
        for name in ("local_name", "city", "country", "address", "phone", "website"):
            values[name] = r.text(o, name, path, max_len=rules.MAX_SHORT_TEXT)
        values["profile"] = r.text(o, "profile", path)
        if key:
            parsed.organizations[key] = values

    # -- people
    for i, path, p in r.items(root, "people", "people", _PERSON):
        key = r.key(p, path, person_keys)
        values = {"full_name": r.text(p, "full_name", path, required=True, max_len=300),
                  "side": r.enum(p, "side", Side, path, Side.HOST),
                  "organization": r.ref(p, "organization", path, parsed.organizations, "organization")}
        for name in ("title", "email", "phone", "languages"):
            values[name] = r.text(p, name, path, max_len=rules.MAX_SHORT_TEXT)
        values["bio"] = r.text(p, "bio", path)
        email = values["email"]
        if email and ("@" not in email or " " in email.strip()):
            r.problem(f"{path}.email", f"{email!r} is not an e-mail address")
        if key:
            parsed.people[key] = values

    # -- members
    member_people: dict[str, str] = {}
    for i, path, m in r.items(root, "members", "members", _MEMBER):
        person = r.ref(m, "person", path, parsed.people, "person", required=True)
        role = r.enum(m, "role", MemberRole, path, MemberRole.MEMBER)
        precedence = m.get("precedence", i + 1)
        if not isinstance(precedence, int) or isinstance(precedence, bool) or not 1 <= precedence <= 100_000:
            r.problem(f"{path}.precedence", f"must be a whole number from 1 up, not {_short(precedence)}")
            precedence = i + 1
        if person:
            if person in member_people:
                r.problem(f"{path}.person", f"{person!r} is already a member (at {member_people[person]})")
            else:
                member_people[person] = path
                parsed.members.append({"person": person, "role": role, "precedence": precedence})

    # -- engagements
    for i, path, e in r.items(root, "engagements", "engagements", _ENG):
        key = r.key(e, path, engagement_keys)
        values: dict[str, Any] = {
            "title": r.text(e, "title", path, required=True, max_len=500),
            "kind": r.enum(e, "kind", EngagementKind, path, EngagementKind.MEETING),
            "status": r.enum(e, "status", EngagementStatus, path, EngagementStatus.PLANNED),
            "organization": r.ref(e, "organization", path, parsed.organizations, "organization"),
            "travel_minutes": r.integer(e, "travel_minutes", path, minimum=0, maximum=24 * 60),
        }
        for name in ("location", "objectives", "talking_points", "logistics"):
            values[name] = r.text(e, name, path)
        zone = e.get("timezone")
        zone_ok = is_valid_timezone(zone)
        if zone is None:
            r.problem(f"{path}.timezone", "is required (the venue's IANA time zone, e.g. America/New_York)")
        elif not zone_ok:
            r.problem(f"{path}.timezone", f"unknown time zone {_short(zone)} (use an IANA name such as Europe/Paris)")
        values["timezone"] = zone
        for name in ("start", "end"):
            values[f"{name}_utc"] = _instant(r, e, name, path, zone if zone_ok else None)
        start, end = values["start_utc"], values["end_utc"]
        if start and end:
            if end < start:
                r.problem(f"{path}.end", "before start")
            elif end == start:
                r.problem(f"{path}.end", "same as start (an engagement takes time)")
            elif end - start > timedelta(days=14):
                r.problem(f"{path}.end", "more than 14 days after start")
            elif trip["start_date"] and trip["end_date"]:
                warning = rules.outside_trip_dates(start, end, zone, trip["start_date"], trip["end_date"])
                if warning:
                    parsed.warnings.append(f"{path} ({values['title']}): {warning}")
        attendees: list[dict[str, Any]] = []
        seen_people: set[str] = set()
        for j, apath, a in r.items(e, "attendees", f"{path}.attendees", _ATT):
            person = r.ref(a, "person", apath, parsed.people, "person", required=True)
            role = r.enum(a, "role", AttendanceRole, apath, AttendanceRole.ATTENDEE)
            if person:
                if person in seen_people:
                    r.problem(f"{apath}.person", f"{person!r} is listed twice for this engagement")
                seen_people.add(person)
                attendees.append({"person": person, "role": role})
        notes: list[dict[str, Any]] = []
        for j, npath, n in r.items(e, "notes", f"{path}.notes", _NOTE):
            note = {"author": r.text(n, "author", npath, max_len=rules.MAX_SHORT_TEXT),
                    "text": r.text(n, "text", npath, required=True)}
            for stamp in ("created_at", "updated_at"):
                raw_stamp = n.get(stamp)
                if raw_stamp is None:
                    note[stamp] = None
                elif not isinstance(raw_stamp, str):
                    r.problem(f"{npath}.{stamp}", f"must be a UTC timestamp string, not {_type(raw_stamp)}")
                else:
                    try:
                        note[stamp] = parse_instant(raw_stamp)
                    except ValueError as exc:
                        r.problem(f"{npath}.{stamp}", _short_message(exc))
            notes.append(note)
        values["attendees"] = attendees
        values["notes"] = notes
        if key:
            parsed.engagements[key] = values

    # -- commitments
    for i, path, c in r.items(root, "commitments", "commitments", _COMMIT):
        values = {
            "engagement": r.ref(c, "engagement", path, parsed.engagements, "engagement"),
            "organization": r.ref(c, "organization", path, parsed.organizations, "organization"),
            "owner": r.ref(c, "owner", path, parsed.people, "person"),
            "description": r.text(c, "description", path, required=True),
            "follow_up": r.text(c, "follow_up", path),
            "kind": r.enum(c, "kind", CommitmentKind, path, CommitmentKind.OTHER),
            "made_by": r.enum(c, "made_by", MadeBy, path, MadeBy.JOINT),
            "status": r.enum(c, "status", CommitmentStatus, path, CommitmentStatus.PROPOSED),
            "due_date": r.date(c, "due_date", path),
            "signed_date": r.date(c, "signed_date", path),
        }
        parsed.commitments.append(values)

    if r.problems:
        problems = r.problems[:MAX_PROBLEMS]
        if len(r.problems) > MAX_PROBLEMS:
            problems.append(Problem("", f"… and {len(r.problems) - MAX_PROBLEMS} more problems"))
        raise ValidationError(problems)
    return parsed


def _count_records(root: dict) -> int:
    """Records in the bundle, nested ones included (cheap: lengths only). A list over MAX_ITEMS
    is not counted: the reader refuses it by its own name, without reading its items."""
    def length(value: Any) -> int:
        return len(value) if isinstance(value, list) and len(value) <= MAX_ITEMS else 0

    total = sum(length(root.get(name)) for name in ("organizations", "people", "members", "engagements",
                                                     "commitments"))
    engagements = root.get("engagements")
    if isinstance(engagements, list):
        total += sum(length(e.get("attendees")) + length(e.get("notes")) for e in engagements if isinstance(e, dict))
    return total


def _instant(r: _Reader, e: dict, name: str, path: str, zone: str | None) -> datetime | None:
    raw = e.get(name)
    where = f"{path}.{name}"
    if raw is None:
        r.problem(where, "is required (local time at the venue, YYYY-MM-DDTHH:MM)")
        return None
    if not isinstance(raw, str):
        r.problem(where, f"must be a local date-time string, not {_type(raw)}")
        return None
    try:
        local, offset = parse_local(raw)
    except ValueError as exc:
        r.problem(where, _short_message(exc))
        return None
    if not rules.MIN_YEAR <= local.year <= rules.MAX_YEAR:
        r.problem(where, f"year {local.year} is out of range ({rules.MIN_YEAR}–{rules.MAX_YEAR})")
        return None
    if zone is None:
        return None
    zone_info = get_zone(zone)
    if not tz.datetime_exists(local, zone_info):
        r.problem(where, f"{local:%Y-%m-%d %H:%M} does not exist in {zone} (clocks jump forward that night)")
        return None
    if offset is not None:
        # An explicit offset picks one of the two readings of a repeated (autumn) hour.
        for fold in (0, 1):
            candidate = local.replace(tzinfo=zone_info, fold=fold)
            if candidate.utcoffset() == offset:
                return candidate.astimezone(timezone.utc)
        r.problem(where, f"offset does not match {zone} at that time")
        return None
    try:
        return to_utc(local, zone, name)
    except ValidationError as exc:
        r.problem(where, exc.problems[0].message)
        return None


# ------------------------------------------------------------------------------ writing

@dataclass(frozen=True)
class ImportResult:
    trip_id: int
    warnings: tuple[str, ...]
    linked_people: int
    linked_organizations: int


def read_bundle_file(path: str | os.PathLike) -> Any:
    """Decode a bundle file into JSON data, with a clear error for each way it can be bad.

    Only a regular file is read: it is opened without blocking (a FIFO with no writer
    does not hang), checked with fstat on the open descriptor (a device, a FIFO or a
    folder is refused), and at most ``MAX_FILE_BYTES + 1`` bytes are read whatever
    size it claims (/proc files claim 0, a file may grow while it is read)."""
    import stat as stat_mod

    target = Path(path).expanduser()
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ValidationError(f"{target} does not exist", "file") from None
    except IsADirectoryError:
        raise ValidationError(f"{target} is a folder, not a bundle file", "file") from None
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file") from None
    try:
        st = os.fstat(fd)
        if stat_mod.S_ISDIR(st.st_mode):
            raise ValidationError(f"{target} is a folder, not a bundle file", "file")
        if not stat_mod.S_ISREG(st.st_mode):
            raise ValidationError(f"{target} is not a regular file (a device, pipe or socket); "
                                  "choose a saved trip bundle", "file")
        if st.st_size > MAX_FILE_BYTES:
            raise ValidationError(f"{st.st_size:,} bytes is too large for a trip bundle (at most {MAX_FILE_BYTES:,})",
                                  "file")
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise ValidationError(f"the file is too large for a trip bundle (at most {MAX_FILE_BYTES:,} bytes)", "file")
        raw = b"".join(chunks)
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file") from None
    finally:
        os.close(fd)
    return decode_bundle_bytes(raw)


def decode_bundle_bytes(raw: bytes) -> Any:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"not UTF-8 text (bad byte at position {exc.start})", "file") from None
    if not text.strip():
        raise ValidationError("the file is empty", "file")
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicate_names)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", "file") from None
    except RecursionError:
        raise ValidationError("malformed JSON: nested too deeply", "file") from None
    except ValueError as exc:
        raise ValidationError(str(exc), "file") from None


def _refuse_duplicate_names(pairs: list[tuple[str, Any]]) -> dict:
    """A field written twice in one object would silently keep the last value: refuse it."""
    out: dict = {}
    for name, value in pairs:
        if name in out:
            raise ValueError(f"malformed JSON: the field {name!r} appears twice in one object")
        out[name] = value
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"malformed JSON: {name} is not allowed")


def import_bundle(db: Database, path: str | os.PathLike) -> ImportResult:
    """Import a bundle file as a new trip. Refused whole (nothing written) if anything is wrong."""
    return import_bundle_data(db, read_bundle_file(path))


def import_bundle_data(db: Database, data: Any) -> ImportResult:
    parsed = parse_bundle(data)
    linked_people = linked_orgs = 0
    with db.transaction() as s:
        # Organizations: link to an existing one with the same name.
        org_ids: dict[str, int] = {}
        existing_orgs: dict[str, int] = {}
        names = {_norm(o["name"]) for o in parsed.organizations.values()}
        if names:
            for oid, name in s.execute(sa.select(Organization.id, Organization.name).order_by(Organization.id)):
                if _norm(name) in names:
                    existing_orgs.setdefault(_norm(name), oid)
        for key, values in parsed.organizations.items():
            found = existing_orgs.get(_norm(values["name"]))
            if found is not None:
                org_ids[key] = found
                linked_orgs += 1
            else:
                org = Organization(**values)
                s.add(org)
                s.flush()
                org_ids[key] = org.id
                existing_orgs[_norm(values["name"])] = org.id

        # People: link to an existing one with the same name and organization.
        person_ids: dict[str, int] = {}
        wanted = {_norm(p["full_name"]) for p in parsed.people.values()}
        # Each existing person is linked to at most one person of the file, so that two
        # namesakes in one organization stay two people through export and import.
        existing_people: dict[tuple[str, int | None], list[int]] = {}
        if wanted:
            for pid, name, org in s.execute(sa.select(Person.id, Person.full_name, Person.organization_id)
                                            .order_by(Person.id)):
                if _norm(name) in wanted:
                    existing_people.setdefault((_norm(name), org), []).append(pid)
        for key, values in parsed.people.items():
            org_id = org_ids.get(values["organization"]) if values["organization"] else None
            candidates = existing_people.get((_norm(values["full_name"]), org_id))
            if candidates:
                person_ids[key] = candidates.pop(0)
                linked_people += 1
            else:
                fields = {k: v for k, v in values.items() if k != "organization"}
                person = Person(**fields, organization_id=org_id)
                s.add(person)
                s.flush()
                person_ids[key] = person.id

        trip = Trip(**parsed.trip)
        s.add(trip)
        s.flush()
        trip_id = trip.id

        if parsed.members:
            s.execute(sa.insert(DelegationMember), [
                {"trip_id": trip_id, "person_id": person_ids[m["person"]], "role": m["role"],
                 "precedence": m["precedence"]} for m in parsed.members])

        eng_ids: dict[str, int] = {}
        keys = list(parsed.engagements)
        if keys:
            rows = [{"trip_id": trip_id, "title": v["title"], "kind": v["kind"],
                     "organization_id": org_ids.get(v["organization"]) if v["organization"] else None,
                     "location": v["location"], "timezone": v["timezone"], "start_utc": v["start_utc"],
                     "end_utc": v["end_utc"], "objectives": v["objectives"], "talking_points": v["talking_points"],
                     "logistics": v["logistics"], "travel_minutes": v["travel_minutes"], "status": v["status"]}
                    for v in parsed.engagements.values()]
            result = s.execute(sa.insert(Engagement).returning(Engagement.id, sort_by_parameter_order=True), rows)
            for key, (new_id,) in zip(keys, result.all()):
                eng_ids[key] = new_id
        attendances = [{"engagement_id": eng_ids[k], "person_id": person_ids[a["person"]], "role": a["role"]}
                       for k, v in parsed.engagements.items() for a in v["attendees"]]
        if attendances:
            s.execute(sa.insert(Attendance), attendances)
        now = utc_now()
        notes = []
        for k, v in parsed.engagements.items():
            for n in v["notes"]:
                created = n["created_at"] or now
                notes.append({"engagement_id": eng_ids[k], "author": n["author"], "text": n["text"],
                              "created_at": created, "updated_at": n["updated_at"] or created})
        if notes:
            s.execute(sa.insert(MeetingNote), notes)
        if parsed.commitments:
            s.execute(sa.insert(Commitment), [
                {"trip_id": trip_id,
                 "engagement_id": eng_ids[c["engagement"]] if c["engagement"] else None,
                 "organization_id": org_ids[c["organization"]] if c["organization"] else None,
                 "owner_id": person_ids[c["owner"]] if c["owner"] else None,
                 "description": c["description"], "follow_up": c["follow_up"], "kind": c["kind"],
                 "made_by": c["made_by"], "status": c["status"], "due_date": c["due_date"],
                 "signed_date": c["signed_date"]} for c in parsed.commitments])
    db.notify(Change("*", (trip_id,), trip_id, "import"))
    return ImportResult(trip_id, tuple(parsed.warnings), linked_people, linked_orgs)


def find_trip(db: Database, title: str, start_date: date) -> int | None:
    with db.reading() as s:
        row = s.exec(select(Trip.id).where(Trip.title == title, Trip.start_date == start_date)).first()
    return row

