"""A trip that comes back: the difference between the stored trip and its bundle, then the update.

Records are matched by their stable identifier (``uuid``, bundle format version 2 and 3): what the bundle
has and the database has not is *added*, the reverse *removed*, and a record in both whose fields
differ is *changed* (the fields are named). References are compared by what they point at (the
organization's, person's or engagement's uuid), not by the file's keys, which each export makes
afresh. The update itself is one transaction (``services.imports.import_trip(replace_trip_id=…)``):
all or nothing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delegation_planner.bundles.export import trip_to_bundle
from delegation_planner.bundles.importer import parse_bundle, read_bundle_file
from delegation_planner.domain.errors import ValidationError
from delegation_planner.services.imports import ImportResult, import_trip, trip_id_by_uuid
from delegation_planner.storage.database import Database

#: the kinds a diff reports, in the order it prints them
KINDS = ("engagement", "member", "note", "commitment", "contact")
_IGNORED = {"key", "uuid", "created_at", "updated_at", "notes"}
#: a logistics contact's own ``notes`` is one of its fields (an engagement's ``notes`` are records of their own)
_IGNORED_CONTACT = _IGNORED - {"notes"}


@dataclass(frozen=True)
class Difference:
    kind: str  # one of KINDS
    change: str  # "added", "changed" or "removed"
    label: str  # the record as the officer knows it ("Meeting with the Governor", a member's name)
    fields: tuple[str, ...] = ()  # for "changed": which fields


@dataclass
class TripDiff:
    trip_id: int
    title: str
    trip_fields: tuple[str, ...] = ()
    differences: list[Difference] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.trip_fields and not self.differences

    def count(self, kind: str, change: str) -> int:
        return sum(1 for d in self.differences if d.kind == kind and d.change == change)

    def lines(self, lang: str = "en") -> list[str]:
        """The diff as ``import --update`` prints it and the update dialog shows it, one record a line,
        in English or Vietnamese (field names as the forms label them)."""
        from delegation_planner.domain.messages import entity_word, field_label

        vi = lang == "vi"
        words = {"added": "thêm", "changed": "sửa", "removed": "xoá"} if vi else {}
        trip_word = "chuyến đi" if vi else "trip"
        out = [f"{trip_word} {self.trip_id}: {self.title}"]
        if self.trip_fields:
            out.append(f"  {trip_word} {words.get('changed', 'changed')}: "
                       f"{', '.join(field_label(f, lang) for f in self.trip_fields)}")
        for kind in KINDS:
            for d in self.differences:
                if d.kind == kind:
                    what = f" ({', '.join(field_label(f, lang) for f in d.fields)})" if d.fields else ""
                    kind_word = entity_word(d.kind, lang) if vi else d.kind
                    out.append(f"  {kind_word} {words.get(d.change, d.change)}: {d.label}{what}")
        parts = []
        for k in KINDS:
            for c in ("added", "changed", "removed"):
                n = self.count(k, c)
                if n:
                    parts.append(f"{words[c]} {n} {entity_word(k, lang)}" if vi else f"{n} {k}(s) {c}")
        out.append("  " + (", ".join(parts) or ("không có gì thay đổi" if vi else "nothing to change")))
        return out


def _records(bundle: dict[str, Any]) -> dict[str, dict[str, tuple[str, dict[str, Any]]]]:
    """kind -> uuid -> (label, comparable fields) of a decoded bundle."""
    org = {o.get("key"): o.get("uuid") or o.get("name") for o in bundle.get("organizations") or []}
    people = {p.get("key"): p for p in bundle.get("people") or []}
    person = {k: p.get("uuid") or p.get("full_name") for k, p in people.items()}
    eng = {e.get("key"): e.get("uuid") or e.get("title") for e in bundle.get("engagements") or []}
    refs = {"organization": org, "person": person, "owner": person, "their_contact": person, "engagement": eng}

    def fields(item: dict[str, Any], ignored: set[str] = _IGNORED) -> dict[str, Any]:
        out = {}
        for name, value in item.items():
            if name in ignored:
                continue
            if name in refs:
                value = refs[name].get(value, value)
            elif name == "attendees":
                value = sorted((person.get(a.get("person"), a.get("person")), a.get("role")) for a in value or [])
            elif name == "scenario":  # compared as the lines it prints, not by the steps' identities
                value = [{k: v for k, v in step.items() if k != "uuid"} for step in value or []
                         if isinstance(step, dict)]
            out[name] = value
        return out

    result: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {k: {} for k in KINDS}
    for e in bundle.get("engagements") or []:
        result["engagement"][e.get("uuid")] = (f"{e.get('title')} ({str(e.get('start', ''))[:16]})", fields(e))
        for n in e.get("notes") or []:
            text = " ".join(str(n.get("text", "")).split())
            label = f"{text[:60]}…" if len(text) > 60 else text
            result["note"][n.get("uuid")] = (f"{label} — {e.get('title')}", fields(n))
    for m in bundle.get("members") or []:
        name = people.get(m.get("person"), {}).get("full_name", m.get("person"))
        result["member"][m.get("uuid")] = (str(name), fields(m))
    for c in bundle.get("commitments") or []:
        text = " ".join(str(c.get("description", "")).split())
        label = f"{text[:70]}…" if len(text) > 70 else text
        if c.get("reference"):
            label = f"{c['reference']} {label}"
        result["commitment"][c.get("uuid")] = (label, fields(c))
    for contact in bundle.get("contacts") or []:
        if isinstance(contact, dict):
            result["contact"][contact.get("uuid")] = (str(contact.get("name", "")), fields(contact, _IGNORED_CONTACT))
    return result


def diff_bundles(trip_id: int, stored: dict[str, Any], incoming: dict[str, Any]) -> TripDiff:
    """What updating the stored trip (as exported) with the incoming bundle changes. Pure.

    An older bundle (version 2) has no direction (read as outbound) and no commitment references
    (the update keeps the stored ones): neither is reported as a change."""
    old_trip, new_trip = dict(stored.get("trip") or {}), dict(incoming.get("trip") or {})
    for trip in (old_trip, new_trip):
        trip.setdefault("direction", "outbound")
    trip_fields = tuple(sorted(k for k in set(old_trip) | set(new_trip)
                               if k not in _IGNORED and old_trip.get(k) != new_trip.get(k)))
    diff = TripDiff(trip_id, str(new_trip.get("title", "")), trip_fields)
    before, after = _records(stored), _records(incoming)
    for kind in KINDS:
        old, new = before[kind], after[kind]
        for uuid, (label, values) in new.items():
            if kind == "commitment" and "reference" not in values and uuid in old:
                values = dict(values, reference=old[uuid][1].get("reference"))
            if uuid not in old:
                diff.differences.append(Difference(kind, "added", label))
            else:
                changed = tuple(sorted(k for k in set(values) | set(old[uuid][1])
                                       if values.get(k) != old[uuid][1].get(k)))
                if changed:
                    diff.differences.append(Difference(kind, "changed", label, changed))
        for uuid, (label, _values) in old.items():
            if uuid not in new:
                diff.differences.append(Difference(kind, "removed", label))
    return diff


def _stored_trip(db: Database, data: Any) -> int:
    uuid = (data.get("trip") or {}).get("uuid") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("version") == 1 or not uuid:
        raise ValidationError("the bundle carries no trip identifier (bundle format version 1): import it "
                              "without --update, as a new trip", "uuid")
    trip_id = trip_id_by_uuid(db, uuid) if isinstance(uuid, str) else None
    if trip_id is None:
        raise ValidationError("this bundle's trip is not in the database: import it without --update",
                              "uuid")
    return trip_id


def update_preview(db: Database, path: str | os.PathLike) -> TripDiff:
    """The difference ``update_from_bundle`` would make; nothing is written. The file is checked
    as a plain import checks it (a bad file is refused, naming the place)."""
    data = read_bundle_file(path)
    try:
        parse_bundle(data)  # a bad file: the same located problems as a plain import
        trip_id = _stored_trip(db, data)
    except ValidationError as exc:
        raise exc.located(file=Path(path).name) from None
    return diff_bundles(trip_id, trip_to_bundle(db, trip_id), data)


def update_from_bundle(db: Database, path: str | os.PathLike) -> tuple[TripDiff, ImportResult]:
    """Update the stored trip from its bundle in one transaction; returns the difference applied."""
    data = read_bundle_file(path)
    try:
        plan = parse_bundle(data)
        trip_id = _stored_trip(db, data)
        diff = diff_bundles(trip_id, trip_to_bundle(db, trip_id), data)
        result = import_trip(db, plan, replace_trip_id=trip_id)
    except ValidationError as exc:
        raise exc.located(file=Path(path).name) from None
    return diff, result
