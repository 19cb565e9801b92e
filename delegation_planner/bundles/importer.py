"""Import a trip bundle: read and check everything here, then write it through
``services.imports`` (one transaction, one Change announced after the commit).

A bad bundle is refused whole, with every problem named by its place in the file
(``engagements[3].end: before start``); the database is not touched. Text is put in
NFC (``domain.text.clean_text``) and every record passes the same domain validators
as the services (``domain.rules``), years 1900–2200 included.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable

from dateutil import tz

from delegation_planner.bundles.format import (
    FORMAT, MAX_CONTAINERS, MAX_FILE_BYTES, MAX_ITEMS, MAX_KEY, MAX_RECORDS, MAX_SEPARATORS, READABLE_VERSIONS, VERSION,
    parse_date, parse_instant, parse_local, parse_uuid,
)
from delegation_planner.domain import rules
from delegation_planner.domain.enums import (
    AttendanceRole, CommitmentKind, CommitmentStatus, ContactKind, EngagementKind, EngagementStatus, MadeBy,
    MemberRole, OrganizationKind, Side, TripStatus, VisitDirection,
)
from delegation_planner.domain.errors import Notice, Problem, ValidationError
from delegation_planner.domain.text import clean_text, short_repr
from delegation_planner.domain.timezones import DEFAULT_HOME_TIMEZONE, get_zone, is_valid_timezone, to_utc
from delegation_planner.services.imports import (
    ImportPlan, ImportResult, TripExistsError, find_trip, import_trip, name_key,
)
from delegation_planner.services.commitments import parse_reference, validate_commitment_fields
from delegation_planner.services.logistics import validate_contact_fields
from delegation_planner.services.scenario import parse_at_time, validate_step_fields
from delegation_planner.services.trips import validate_trip_fields
from delegation_planner.storage.database import Database

__all__ = ["ImportResult", "ParsedBundle", "decode_bundle_bytes", "find_trip", "import_bundle", "import_bundle_data", "without_uuids",
           "parse_bundle", "read_bundle_file"]

MAX_PROBLEMS = 50  # listed in one error; the rest are counted


class _Reader:
    """Reads typed values out of the JSON tree, recording problems with their path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []  # the first MAX_PROBLEMS + 1; the rest only counted
        self.count = 0
        self.places: set[str] = set()
        self.with_uuids = False  # version 2 files carry each record's uuid
        self.version = 1
        self.uuids: dict[str, str] = {}  # uuid -> first place in the file

    def problem(self, path: str, message: str, code: str = "", **params: Any) -> None:
        """A problem at ``path``: its English ``message`` and, when it has one, its catalogue
        ``code`` and params (domain.messages), so that it can be said in Vietnamese too."""
        self.count += 1
        if len(self.problems) <= MAX_PROBLEMS:
            self.problems.append(Problem(path, message, code, params))
            self.places.add(path)

    def found(self, where: str, p: Problem) -> None:
        """A problem of the domain's validators, at ``where`` in the file."""
        self.problem(where, p.message, p.code, **p.params)

    def obj(self, value: Any, path: str) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, f"must be an object, not {_type(value)}", "not_object", type=_type(value))
            return None
        return value

    def array(self, parent: dict, name: str, path: str) -> list:
        value = parent.get(name, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, f"must be a list, not {_type(value)}", "not_list", type=_type(value))
            return []
        if len(value) > MAX_ITEMS:
            self.problem(path, f"too many items ({len(value):,}; at most {MAX_ITEMS:,})", "too_many_items",
                         count=len(value), limit=MAX_ITEMS)
            return []
        return value

    def unknown_fields(self, value: dict, allowed: set[str], path: str) -> None:
        for name in value:
            if name not in allowed:
                self.problem(f"{path}.{name}", "unknown field", "unknown_bundle_field")

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
                self.problem(where, "is required", "required")
            return ""
        if not isinstance(raw, str):
            self.problem(where, f"must be text, not {_type(raw)}", "not_text", type=_type(raw))
            return ""
        raw = clean_text(raw)  # NFC, as the services store it
        found: list[Problem] = []
        rules.check_text(found, where, raw, required=required, max_len=max_len)
        for p in found:
            self.found(p.field, p)
        return "" if found else raw

    def enum(self, value: dict, name: str, enum_cls: type[StrEnum], path: str, default: StrEnum | None) -> Any:
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if default is None:
                self.problem(where, "is required", "required")
            return default
        try:
            return enum_cls(raw)
        except (ValueError, TypeError):
            allowed = ", ".join(m.value for m in enum_cls)
            self.problem(where, f"unknown value {_short(raw)} (one of: {allowed})", "unknown_value",
                         value=_short(raw), allowed=allowed)
            return default

    def _given_text(self, value: dict, name: str, path: str, *, required: bool,
                    expected: str) -> tuple[str, str] | None:
        """The string at ``name`` and its place, or None (with a problem if it is missing or not text)."""
        raw = value.get(name)
        where = f"{path}.{name}"
        if raw is None:
            if required:
                self.problem(where, "is required", "required")
            return None
        if not isinstance(raw, str):
            self.problem(where, f"must be {expected}, not {_type(raw)}", "must_be", expected=expected, type=_type(raw))
            return None
        return raw, where

    def date(self, value: dict, name: str, path: str, *, required: bool = False) -> date | None:
        given = self._given_text(value, name, path, required=required, expected="a date string YYYY-MM-DD")
        if given is None:
            return None
        raw, where = given
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
            self.problem(f"{path}.{name}", f"must be a whole number from {minimum} to {maximum}, not {_short(raw)}",
                         "whole_number_range", minimum=minimum, maximum=maximum, value=_short(raw))
            return None
        return raw

    def key(self, value: dict, path: str, seen: dict[str, str]) -> str | None:
        raw = value.get("key")
        if not isinstance(raw, str) or not raw.strip() or len(raw) > MAX_KEY or "\x00" in raw:
            self.problem(f"{path}.key", "must be a short non-empty text", "bad_key")
            return None
        if raw in seen:
            self.problem(f"{path}.key", f"duplicate key {raw!r} (also at {seen[raw]})", "duplicate_key",
                         value=repr(raw), other=seen[raw])
            return None
        seen[raw] = path
        return raw

    def uuid(self, value: dict, path: str) -> str | None:
        """The record's stable identifier (version 2), unique in the whole file; None if absent
        (and in a version 1 file, which has none: import gives fresh ones)."""
        if not self.with_uuids:
            return None
        raw = value.get("uuid")
        where = f"{path}.uuid"
        if raw is None:
            return None
        try:
            found = parse_uuid(raw)
        except ValueError:
            self.problem(where, f"{_short(raw)} is not a UUID (like 1b4e28ba-2fa1-41d2-883f-0016d3cca427)",
                         "bad_uuid", value=_short(raw))
            return None
        if found in self.uuids:
            self.problem(where, f"duplicate uuid {found} (also at {self.uuids[found]})", "duplicate_uuid",
                         value=found, other=self.uuids[found])
            return None
        self.uuids[found] = path
        return found

    def ref(self, value: dict, name: str, path: str, known: dict[str, Any], what: str,
            required: bool = False) -> str | None:
        """The key, if it names something defined earlier in the file."""
        given = self._given_text(value, name, path, required=required, expected=f"the key of {what}")
        if given is None:
            return None
        raw, where = given
        if raw not in known:
            self.problem(where, f"no {what} with key {_short(raw)} in this file", "no_record_with_key",
                         entity=what, value=_short(raw))
            return None
        return raw


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    return short_repr(value)  # a list of a million items is not repr'd whole only to be cut


def _short_message(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "…"


# ----------------------------------------------------------------------------- parsed form

#: A checked bundle is a plan for services.imports.import_trip.
ParsedBundle = ImportPlan


_TOP = {"format", "version", "trip", "organizations", "people", "members", "engagements", "commitments",
        "exported_by", "exported_at", "$schema"}
_TRIP = {"uuid", "title", "purpose", "destination", "start_date", "end_date", "home_timezone", "status", "notes"}
_ORG = {"uuid", "key", "name", "local_name", "kind", "city", "country", "address", "phone", "website", "profile"}
_PERSON = {"uuid", "key", "full_name", "title", "organization", "side", "email", "phone", "languages", "bio"}
_MEMBER = {"uuid", "person", "role", "precedence"}
_ENG = {"uuid", "key", "title", "kind", "organization", "location", "timezone", "start", "end", "objectives",
        "talking_points", "logistics", "travel_minutes", "status", "attendees", "notes"}
_ATT = {"person", "role"}
_NOTE = {"uuid", "author", "text", "created_at", "updated_at", "taken_at"}
_COMMIT = {"uuid", "engagement", "organization", "description", "kind", "made_by", "owner", "due_date", "status",
           "signed_date", "follow_up"}
# version 3 (issue 11): the visit as a protocol office runs it
_TOP |= {"contacts"}
_TRIP |= {"direction"}
_ENG |= {"scenario"}
_COMMIT |= {"reference", "source_document", "their_contact", "completed_date"}
_CONTACT = {"uuid", "kind", "name", "phone", "address", "notes"}
_STEP = {"uuid", "at_time", "action", "performer", "responsible"}


def _domain_check(r: _Reader, path: str, validator: Callable[[dict], None], values: dict, before: int,
                  skip: tuple[str, ...] = ()) -> None:
    """The services' validator (domain.rules) on one record, its problems named by place.

    Run only when the reader found nothing wrong in the record (``before`` is the
    problem count when the record began), so that one mistake is not reported twice."""
    if r.count != before:
        return
    try:
        validator({k: v for k, v in values.items() if k not in skip})
    except ValidationError as exc:
        for p in exc.problems:
            where = f"{path}.{p.field}" if p.field else path
            if where not in r.places:
                r.found(where, p)


def parse_bundle(data: Any) -> ParsedBundle:
    """Check a decoded bundle completely; raise ValidationError listing every problem."""
    r = _Reader()
    root = r.obj(data, "bundle")
    if root is None:
        raise ValidationError(r.problems)
    if root.get("format") != FORMAT:
        r.problem("format", f"must be {FORMAT!r}, not {_short(root.get('format'))} (is this a trip bundle?)", "not_a_bundle",
                  expected=repr(FORMAT), value=_short(root.get("format")))
        raise ValidationError(r.problems)
    version = root.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        r.problem("version", f"version {_short(version)} is not supported (this application reads version {VERSION};"
                             " a newer file needs a newer application)", "bundle_version",
                  value=_short(version), expected=VERSION)
        raise ValidationError(r.problems)
    r.with_uuids = version >= 2
    r.version = version
    # The fields of version 3 are read in a file of any version (what they mean never changed);
    # a file without them gets their defaults (an outbound trip, no contacts, no scenarios).
    r.unknown_fields(root, _TOP, "bundle")
    records = _count_records(root)
    if records > MAX_RECORDS:
        r.problem("bundle", f"too many records ({records:,}; at most {MAX_RECORDS:,} in one trip bundle)", "too_many_records",
                  count=records, limit=MAX_RECORDS)
        raise ValidationError(r.problems)

    # -- trip
    before = r.count
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
        # before version 3 every trip was our delegation going abroad
        "direction": r.enum(trip_raw, "direction", VisitDirection, "trip", VisitDirection.OUTBOUND),
    }
    home = trip_raw.get("home_timezone", DEFAULT_HOME_TIMEZONE)
    if not is_valid_timezone(home):  # "localtime" too: it is this laptop's zone, not a place
        r.problem("trip.home_timezone", f"unknown time zone {_short(home)}", "unknown_time_zone_short", value=_short(home))
        home = DEFAULT_HOME_TIMEZONE
    trip["home_timezone"] = home
    trip_uuid = r.uuid(trip_raw, "trip")
    if trip["start_date"] and trip["end_date"] and trip["end_date"] < trip["start_date"]:
        r.problem("trip.end_date", "before start", "end_before_start")
    _domain_check(r, "trip", validate_trip_fields, trip, before)
    parsed = ParsedBundle(trip=trip)
    if trip_uuid:
        trip["uuid"] = trip_uuid

    # Keys are unique within their own list (an engagement may share a key with its organization).
    org_keys: dict[str, str] = {}
    person_keys: dict[str, str] = {}
    engagement_keys: dict[str, str] = {}

    # -- organizations
    org_names: dict[str, str] = {}  # name_key -> first place
    for i, path, o in r.items(root, "organizations", "organizations", _ORG):
        before = r.count
        key = r.key(o, path, org_keys)
        values = {"name": r.text(o, "name", path, required=True, max_len=500),
                  "kind": r.enum(o, "kind", OrganizationKind, path, OrganizationKind.OTHER)}
        for name in ("local_name", "city", "country", "address", "phone", "website"):
            values[name] = r.text(o, name, path, max_len=rules.MAX_SHORT_TEXT)
        values["profile"] = r.text(o, "profile", path)
        _domain_check(r, path, rules.validate_organization_fields, values, before)
        values["uuid"] = r.uuid(o, path)
        if key:
            parsed.organizations[key] = values
            # Two entries of one file with the same name (once in NFC, case aside) came from two
            # organizations of the exporting database: they stay two, and the user is told.
            same = name_key(values["name"])
            if same and same in org_names:
                parsed.warnings.append(Notice(f"{path} ({values['name']}): same name as {org_names[same]}; "
                                              "imported as two organizations", "same_name",
                                              {"other": org_names[same], **_where(root, path)}))
            org_names.setdefault(same, path)

    # -- people
    for i, path, p in r.items(root, "people", "people", _PERSON):
        before = r.count
        key = r.key(p, path, person_keys)
        values = {"full_name": r.text(p, "full_name", path, required=True, max_len=300),
                  "side": r.enum(p, "side", Side, path, Side.HOST),
                  "organization": r.ref(p, "organization", path, parsed.organizations, "organization")}
        for name in ("title", "email", "phone", "languages"):
            values[name] = r.text(p, name, path, max_len=rules.MAX_SHORT_TEXT)
        values["bio"] = r.text(p, "bio", path)
        _domain_check(r, path, rules.validate_person_fields, values, before, ("organization",))
        values["uuid"] = r.uuid(p, path)
        if key:
            parsed.people[key] = values

    # -- members
    member_people: dict[str, str] = {}
    for i, path, m in r.items(root, "members", "members", _MEMBER):
        person = r.ref(m, "person", path, parsed.people, "person", required=True)
        role = r.enum(m, "role", MemberRole, path, MemberRole.MEMBER)
        precedence = m.get("precedence", i + 1)
        if not isinstance(precedence, int) or isinstance(precedence, bool) or not 1 <= precedence <= 100_000:
            r.problem(f"{path}.precedence", f"must be a whole number from 1 up, not {_short(precedence)}",
                      "whole_number_from", minimum=1, value=_short(precedence))
            precedence = i + 1
        if person:
            if person in member_people:
                r.problem(f"{path}.person", f"{person!r} is already a member (at {member_people[person]})", "already_member_at",
                          value=repr(person), other=member_people[person])
            else:
                member_people[person] = path
                parsed.members.append({"person": person, "role": role, "precedence": precedence,
                                       "uuid": r.uuid(m, path)})

    # -- engagements
    for i, path, e in r.items(root, "engagements", "engagements", _ENG):
        before = r.count
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
            r.problem(f"{path}.timezone", "is required (the venue's IANA time zone, e.g. America/New_York)", "time_zone_required")
        elif not zone_ok:
            r.problem(f"{path}.timezone", f"unknown time zone {_short(zone)} (use an IANA name such as Europe/Paris)",
                      "unknown_time_zone", value=_short(zone))
        values["timezone"] = zone
        for name in ("start", "end"):
            values[f"{name}_utc"] = _instant(r, e, name, path, zone if zone_ok else None)
        start, end = values["start_utc"], values["end_utc"]
        if start and end:
            if end < start:
                r.problem(f"{path}.end", "before start", "end_before_start")
            elif end == start:
                r.problem(f"{path}.end", "same as start (an engagement takes time)", "end_equals_start")
            elif end - start > timedelta(days=14):
                r.problem(f"{path}.end", "more than 14 days after start", "too_long_span", days=14)
            elif trip["start_date"] and trip["end_date"]:
                warning = rules.outside_trip_dates(start, end, zone, trip["start_date"], trip["end_date"])
                if warning:
                    parsed.warnings.append(Notice(f"{path} ({values['title']}): {warning}", warning.code,
                                                  {**warning.params, **_where(root, path)}))
        _domain_check(r, path, rules.validate_engagement_fields, values, before, ("organization",))
        engagement_uuid = r.uuid(e, path)
        attendees: list[dict[str, Any]] = []
        seen_people: set[str] = set()
        for j, apath, a in r.items(e, "attendees", f"{path}.attendees", _ATT):
            person = r.ref(a, "person", apath, parsed.people, "person", required=True)
            role = r.enum(a, "role", AttendanceRole, apath, AttendanceRole.ATTENDEE)
            if person:
                if person in seen_people:
                    r.problem(f"{apath}.person", f"{person!r} is listed twice for this engagement", "listed_twice",
                              value=repr(person))
                seen_people.add(person)
                attendees.append({"person": person, "role": role})
        notes: list[dict[str, Any]] = []
        for j, npath, n in r.items(e, "notes", f"{path}.notes", _NOTE):
            before = r.count
            note = {"author": r.text(n, "author", npath, max_len=rules.MAX_SHORT_TEXT),
                    "text": r.text(n, "text", npath, required=True)}
            for stamp in ("created_at", "updated_at", "taken_at"):
                raw_stamp = n.get(stamp)
                if raw_stamp is None:
                    note[stamp] = None
                elif not isinstance(raw_stamp, str):
                    r.problem(f"{npath}.{stamp}", f"must be a UTC timestamp string, not {_type(raw_stamp)}", "must_be",
                              expected="a UTC timestamp string", type=_type(raw_stamp))
                else:
                    try:
                        note[stamp] = parse_instant(raw_stamp)
                    except ValueError as exc:
                        r.problem(f"{npath}.{stamp}", _short_message(exc))
            _domain_check(r, npath, rules.validate_note_fields, note, before, ("taken_at",))
            note["uuid"] = r.uuid(n, npath)
            notes.append(note)
        steps: list[dict[str, Any]] = []
        for j, spath, st in r.items(e, "scenario", f"{path}.scenario", _STEP):
            before = r.count
            raw_time = st.get("at_time")
            at_time = None
            if raw_time is None:
                r.problem(f"{spath}.at_time", "is required", "required")
            else:
                try:
                    at_time = parse_at_time(raw_time)
                except ValueError:
                    r.problem(f"{spath}.at_time", "", "not_clock_time", value=_short(raw_time))
            step = {"at_time": at_time, "action": r.text(st, "action", spath, required=True),
                    "performer": r.text(st, "performer", spath, max_len=rules.MAX_SHORT_TEXT),
                    "responsible": r.text(st, "responsible", spath, max_len=rules.MAX_SHORT_TEXT)}
            _domain_check(r, spath, validate_step_fields, step, before)
            step["uuid"] = r.uuid(st, spath)
            steps.append(step)
        values["attendees"] = attendees
        values["notes"] = notes
        values["scenario"] = steps
        values["uuid"] = engagement_uuid
        if key:
            parsed.engagements[key] = values

    # -- commitments
    for i, path, c in r.items(root, "commitments", "commitments", _COMMIT):
        before = r.count
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
            "source_document": r.text(c, "source_document", path, max_len=rules.MAX_SHORT_TEXT),
            "their_contact": r.ref(c, "their_contact", path, parsed.people, "person"),
            "completed_date": r.date(c, "completed_date", path),
        }
        reference = c.get("reference")
        if reference is not None and parse_reference(reference) is None:
            r.problem(f"{path}.reference", "", "bad_reference", value=_short(reference))
        elif reference is not None:
            values["reference"] = reference
        if values["completed_date"] and trip["start_date"] and values["completed_date"] < trip["start_date"]:
            r.problem(f"{path}.completed_date", "", "completed_before_trip", start=trip["start_date"])
        _domain_check(r, path, validate_commitment_fields, values, before,
                      ("engagement", "organization", "owner", "their_contact", "reference"))
        values["uuid"] = r.uuid(c, path)
        parsed.commitments.append(values)

    # -- logistics contacts (version 3), in their order
    for i, path, c in r.items(root, "contacts", "contacts", _CONTACT):
        before = r.count
        values = {"kind": r.enum(c, "kind", ContactKind, path, ContactKind.OTHER),
                  "name": r.text(c, "name", path, required=True, max_len=300),
                  "phone": r.text(c, "phone", path, max_len=rules.MAX_SHORT_TEXT),
                  "address": r.text(c, "address", path, max_len=rules.MAX_SHORT_TEXT),
                  "notes": r.text(c, "notes", path)}
        _domain_check(r, path, validate_contact_fields, values, before)
        values["uuid"] = r.uuid(c, path)
        parsed.contacts.append(values)

    if r.problems:
        problems = r.problems[:MAX_PROBLEMS]
        if r.count > MAX_PROBLEMS:
            problems.append(Problem("", f"… and {r.count - MAX_PROBLEMS:,} more problems", "more_problems",
                                    {"count": r.count - MAX_PROBLEMS}))
        # each problem names the record it is in (engagement "Meeting with the Governor"), not only its path
        raise ValidationError([p.with_params(**_where(root, p.field)) for p in problems])
    return parsed


def _count_records(root: dict) -> int:
    """Records in the bundle, nested ones included (cheap: lengths only). A list over MAX_ITEMS
    is not counted: the reader refuses it by its own name, without reading its items."""
    def length(value: Any) -> int:
        return len(value) if isinstance(value, list) and len(value) <= MAX_ITEMS else 0

    total = sum(length(root.get(name)) for name in ("organizations", "people", "members", "engagements",
                                                     "commitments", "contacts"))
    engagements = root.get("engagements")
    if isinstance(engagements, list):
        total += sum(length(e.get("attendees")) + length(e.get("notes")) + length(e.get("scenario"))
                     for e in engagements if isinstance(e, dict))
    return total


def _instant(r: _Reader, e: dict, name: str, path: str, zone: str | None) -> datetime | None:
    raw = e.get(name)
    where = f"{path}.{name}"
    if raw is None:
        r.problem(where, "is required (local time at the venue, YYYY-MM-DDTHH:MM)", "local_time_required")
        return None
    if not isinstance(raw, str):
        r.problem(where, f"must be a local date-time string, not {_type(raw)}", "must_be",
                  expected="a local date-time string", type=_type(raw))
        return None
    try:
        local, offset = parse_local(raw)
    except ValueError as exc:
        r.problem(where, _short_message(exc))
        return None
    if not rules.MIN_YEAR <= local.year <= rules.MAX_YEAR:
        r.problem(where, f"year {local.year} is out of range ({rules.MIN_YEAR}–{rules.MAX_YEAR})", "year_range",
                  year=local.year, minimum=rules.MIN_YEAR, maximum=rules.MAX_YEAR)
        return None
    if zone is None:
        return None
    zone_info = get_zone(zone)
    if not tz.datetime_exists(local, zone_info):
        r.problem(where, f"{local:%Y-%m-%d %H:%M} does not exist in {zone} (clocks jump forward that night)", "dst_gap",
                  time=f"{local:%Y-%m-%d %H:%M}", zone=zone)
        return None
    if offset is not None:
        # An explicit offset picks one of the two readings of a repeated (autumn) hour.
        for fold in (0, 1):
            candidate = local.replace(tzinfo=zone_info, fold=fold)
            if candidate.utcoffset() == offset:
                return candidate.astimezone(timezone.utc)
        r.problem(where, f"offset does not match {zone} at that time", "offset_mismatch", zone=zone)
        return None
    try:
        return to_utc(local, zone, name)
    except ValidationError as exc:
        r.found(where, exc.problems[0])
        return None


# ------------------------------------------------------------------------------ reading files

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
        raise ValidationError(f"{target} does not exist", "file", code="file_missing",
                              params={"path": target}) from None
    except IsADirectoryError:
        raise ValidationError(f"{target} is a folder, not a bundle file", "file", code="file_is_folder",
                              params={"path": target}) from None
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file", code="file_unreadable",
                              params={"path": target, "reason": exc.strerror or exc}) from None
    try:
        st = os.fstat(fd)
        if stat_mod.S_ISDIR(st.st_mode):
            raise ValidationError(f"{target} is a folder, not a bundle file", "file", code="file_is_folder",
                                  params={"path": target})
        if not stat_mod.S_ISREG(st.st_mode):
            raise ValidationError(f"{target} is not a regular file (a device, pipe or socket); "
                                  "choose a saved trip bundle", "file", code="file_not_regular", params={"path": target})
        if st.st_size > MAX_FILE_BYTES:
            raise ValidationError(f"{st.st_size:,} bytes is too large for a trip bundle (at most {MAX_FILE_BYTES:,})",
                                  "file", code="file_too_large", params={"size": st.st_size, "limit": MAX_FILE_BYTES})
        raw = _read_at_most(fd, st.st_size, MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ValidationError(f"the file is too large for a trip bundle (at most {MAX_FILE_BYTES:,} bytes)", "file",
                                  code="file_too_large_read", params={"limit": MAX_FILE_BYTES})
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file", code="file_unreadable",
                              params={"path": target, "reason": exc.strerror or exc}) from None
    finally:
        os.close(fd)
    return decode_bundle_bytes(raw)


def _read_at_most(fd: int, size_hint: int, limit: int) -> bytearray:
    """Up to ``limit`` bytes of ``fd`` in one buffer (no list of chunks joined: one copy in memory)."""
    buf = bytearray(max(0, min(size_hint, limit - 1)) + 1)
    view = memoryview(buf)
    total = 0
    with os.fdopen(os.dup(fd), "rb", buffering=0) as fh:
        while total < limit:
            if total == len(buf):  # the file grew, or claimed a size of 0 (/proc)
                view.release()
                buf.extend(bytes(min(max(len(buf), 1 << 20), limit - total)))
                view = memoryview(buf)
            n = fh.readinto(view[total:])
            if not n:
                break
            total += n
    view.release()
    del buf[total:]
    return buf


#: A JSON string, escapes included (unrolled, so a 1 MB note is one fast match).
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def check_structure(raw: bytes | bytearray) -> None:
    """Refuse, before decoding, a file with more objects, lists or items than a trip bundle can hold.

    Decoding 20 million ``{}`` costs seconds and gigabytes only to be refused; counting
    their bytes costs neither. Braces and commas inside strings are not counted (the
    strings are skipped, only when the quick count over everything is too high)."""
    containers = raw.count(b"{") + raw.count(b"[")
    separators = raw.count(b",") + raw.count(b":")
    if containers <= MAX_CONTAINERS and separators <= MAX_SEPARATORS:
        return
    # Each string but one needs a comma or colon next to it, and at least this many quotes
    # are not escaped: too many strings are refused without looking at them one by one.
    strings = (raw.count(b'"') - raw.count(b'\\"')) // 2
    if strings > MAX_SEPARATORS + 1:
        raise ValidationError(f"too many fields and items ({strings:,} texts; a trip bundle has at most "
                              f"{MAX_SEPARATORS:,})", "file", code="too_many_texts",
                              params={"count": strings, "limit": MAX_SEPARATORS})
    for m in _JSON_STRING.finditer(raw):  # counted in place: no copy of a 63 MiB file
        start, end = m.span()
        if end - start > 2:
            containers -= raw.count(b"{", start, end) + raw.count(b"[", start, end)
            separators -= raw.count(b",", start, end) + raw.count(b":", start, end)
    if containers > MAX_CONTAINERS:
        raise ValidationError(f"too many objects and lists ({containers:,}; a trip bundle has at most "
                              f"{MAX_CONTAINERS:,})", "file", code="too_many_containers",
                              params={"count": containers, "limit": MAX_CONTAINERS})
    if separators > MAX_SEPARATORS:
        raise ValidationError(f"too many fields and items ({separators:,}; a trip bundle has at most "
                              f"{MAX_SEPARATORS:,})", "file", code="too_many_separators",
                              params={"count": separators, "limit": MAX_SEPARATORS})


def decode_bundle_bytes(raw: bytes | bytearray) -> Any:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    check_structure(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"not UTF-8 text (bad byte at position {exc.start})", "file", code="not_utf8",
                              params={"position": exc.start}) from None
    if not text.strip():
        raise ValidationError("the file is empty", "file", code="file_empty")
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicate_names)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", "file", code="bad_json",
                              params={"line": exc.lineno, "column": exc.colno, "detail": exc.msg}) from None
    except RecursionError:
        raise ValidationError("malformed JSON: nested too deeply", "file", code="json_too_deep") from None
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
    """Import a bundle file as a new trip. Refused whole (nothing written) if anything is wrong;
    each problem and warning also names the file ("boston.json: engagement “…”: End: before start")."""
    data = read_bundle_file(path)
    name = Path(path).name
    try:
        result = import_bundle_data(db, data)
    except TripExistsError:
        raise  # not a fault of the file: the caller offers to update the trip
    except ValidationError as exc:
        raise exc.located(file=name) from None
    warnings = tuple(Notice(w, w.code, {**w.params, "file": name}) if isinstance(w, Notice) else w
                     for w in result.warnings)
    return dataclasses.replace(result, warnings=warnings)


#: list in the file -> (record kind of domain.messages, the field that names a record)
_RECORDS = {"trip": ("trip", "title"), "organizations": ("organization", "name"), "people": ("person", "full_name"),
            "members": ("member", ""), "engagements": ("engagement", "title"),
            "commitments": ("commitment", "description"), "contacts": ("contact", "name")}
_FIRST_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _where(root: Any, path: str) -> dict[str, Any]:
    """The record a place of the file is in: ``{"record_kind": "engagement", "record": "Meeting with
    the Governor"}`` for "engagements[0].end" (its number when it has no title); {} elsewhere."""
    m = _FIRST_STEP.match(path or "")
    if not m or m.group(1) not in _RECORDS or not isinstance(root, dict):
        return {}
    kind, title_field = _RECORDS[m.group(1)]
    if m.group(2) is None:
        if kind != "trip":
            return {}
        record = root.get("trip")
    else:
        items = root.get(m.group(1))
        index = int(m.group(2))
        record = items[index] if isinstance(items, list) and index < len(items) else None
    title = record.get(title_field) if isinstance(record, dict) and title_field else None
    if isinstance(title, str) and clean_text(title).strip():
        shown = " ".join(clean_text(title).split())
        return {"record_kind": kind, "record": shown if len(shown) <= 80 else shown[:79] + "…"}
    if m.group(2) is not None:
        return {"record_kind": kind, "record_number": int(m.group(2)) + 1}
    return {}


def import_bundle_data(db: Database, data: Any) -> ImportResult:
    """Import decoded bundle data as a new trip (checked here, written by services.imports)."""
    return import_trip(db, parse_bundle(data))


_IDENTITIES = {"uuid", "reference"}


def without_uuids(data: Any) -> Any:
    """The bundle as a copy: every ``uuid`` (and commitment ``reference``) left out, so that import gives
    fresh identities (a second, independent trip beside the one it came from). Anything not a bundle is
    returned as it is."""
    if isinstance(data, dict):
        return {k: without_uuids(v) for k, v in data.items() if k not in _IDENTITIES}
    if isinstance(data, list):
        return [without_uuids(v) for v in data]
    return data
