"""Export one trip as a bundle (a JSON-able dict, or a file)."""
from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from dateutil import tz
from sqlmodel import select

from delegation_planner.bundles.format import (
    FORMAT, MAX_KEY, VERSION, format_date, format_instant, format_local,
)
from delegation_planner.domain.models import (
    Attendance, Commitment, DelegationMember, Engagement, MeetingNote, Organization, Person, ScenarioStep, Trip,
    TripContact,
)
from delegation_planner.domain.timezones import to_local
from delegation_planner.services.trips import get_trip
from delegation_planner.storage.database import Database

_ORG_FIELDS = ("local_name", "kind", "city", "country", "address", "phone", "website", "profile")
_PERSON_FIELDS = ("title", "side", "email", "phone", "languages", "bio")
_ENGAGEMENT_TEXT = ("location", "objectives", "talking_points", "logistics")


SLUG_MAX = 60  # characters; a key or a file name stays short whatever the name (a 299-letter word)


def slug(text: str, fallback: str) -> str:
    """ASCII words of ``text`` ("nguyen-duc-chung"), at most six words and SLUG_MAX characters."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:6])[:SLUG_MAX].strip("-") or fallback[:SLUG_MAX]


class _Keys:
    """Keys unique in one bundle and never longer than the importer accepts (format.MAX_KEY)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, text: str, fallback: str) -> str:
        base = slug(text, fallback)
        key, n = base, 2
        while key in self.used:
            key, n = f"{base}-{n}", n + 1
        assert len(key) <= MAX_KEY
        self.used.add(key)
        return key


def _put(out: dict[str, Any], name: str, value: Any) -> None:
    """Leave out empty optional values (the format allows it; files stay readable)."""
    if value is None or value == "":
        return
    out[name] = str(value) if hasattr(value, "value") else value


def trip_to_bundle(db: Database, trip_id: int) -> dict[str, Any]:
    trip = get_trip(db, trip_id)  # NotFoundError for an unknown id
    with db.reading() as s:
        members = list(s.exec(select(DelegationMember).where(DelegationMember.trip_id == trip_id)
                              .order_by(DelegationMember.precedence, DelegationMember.id)))
        engagements = list(s.exec(select(Engagement).where(Engagement.trip_id == trip_id)
                                  .order_by(Engagement.start_utc, Engagement.id)))
        eng_ids = [e.id for e in engagements]
        attendances = list(s.exec(select(Attendance).where(Attendance.engagement_id.in_(eng_ids))
                                  .order_by(Attendance.id))) if eng_ids else []
        notes = list(s.exec(select(MeetingNote).where(MeetingNote.engagement_id.in_(eng_ids))
                            .order_by(MeetingNote.created_at, MeetingNote.id))) if eng_ids else []
        commitments = list(s.exec(select(Commitment).where(Commitment.trip_id == trip_id).order_by(Commitment.id)))
        contacts = list(s.exec(select(TripContact).where(TripContact.trip_id == trip_id)
                               .order_by(TripContact.position, TripContact.id)))
        steps = list(s.exec(select(ScenarioStep).where(ScenarioStep.engagement_id.in_(eng_ids))
                            .order_by(ScenarioStep.at_time, ScenarioStep.position, ScenarioStep.id))) if eng_ids else []

        person_ids = ({m.person_id for m in members} | {a.person_id for a in attendances}
                      | {c.owner_id for c in commitments if c.owner_id}
                      | {c.their_contact_id for c in commitments if c.their_contact_id})
        people = list(s.exec(select(Person).where(Person.id.in_(person_ids)).order_by(Person.id))) if person_ids else []
        org_ids = ({e.organization_id for e in engagements if e.organization_id}
                   | {c.organization_id for c in commitments if c.organization_id}
                   | {p.organization_id for p in people if p.organization_id})
        orgs = list(s.exec(select(Organization).where(Organization.id.in_(org_ids))
                           .order_by(Organization.id))) if org_ids else []

    keys = _Keys()
    org_key = {o.id: keys.make(o.name, f"org-{o.id}") for o in orgs}
    person_key = {p.id: keys.make(p.full_name, f"person-{p.id}") for p in people}
    eng_key = {e.id: keys.make(e.title, f"engagement-{e.id}") for e in engagements}

    trip_out: dict[str, Any] = {"uuid": trip.uuid, "title": trip.title}
    for name in ("purpose", "destination"):
        _put(trip_out, name, getattr(trip, name))
    trip_out["start_date"] = format_date(trip.start_date)
    trip_out["end_date"] = format_date(trip.end_date)
    trip_out["home_timezone"] = trip.home_timezone
    trip_out["status"] = str(trip.status)
    trip_out["direction"] = str(trip.direction)
    _put(trip_out, "notes", trip.notes)

    orgs_out = []
    for o in orgs:
        item: dict[str, Any] = {"key": org_key[o.id], "uuid": o.uuid, "name": o.name}
        for name in _ORG_FIELDS:
            _put(item, name, getattr(o, name))
        orgs_out.append(item)

    people_out = []
    for p in people:
        item = {"key": person_key[p.id], "uuid": p.uuid, "full_name": p.full_name}
        if p.organization_id:
            item["organization"] = org_key[p.organization_id]
        for name in _PERSON_FIELDS:
            _put(item, name, getattr(p, name))
        people_out.append(item)

    by_engagement: dict[int, dict[str, list]] = {e.id: {"attendees": [], "notes": [], "scenario": []}
                                                 for e in engagements}
    for step in steps:
        item = {"uuid": step.uuid, "at_time": step.at_time, "action": step.action}
        _put(item, "performer", step.performer)
        _put(item, "responsible", step.responsible)
        by_engagement[step.engagement_id]["scenario"].append(item)
    for a in attendances:
        by_engagement[a.engagement_id]["attendees"].append({"person": person_key[a.person_id], "role": str(a.role)})
    for n in notes:
        note: dict[str, Any] = {"uuid": n.uuid}
        _put(note, "author", n.author)
        note["text"] = n.text
        note["created_at"] = format_instant(n.created_at)
        note["updated_at"] = format_instant(n.updated_at)
        note["taken_at"] = format_instant(n.taken_at)
        by_engagement[n.engagement_id]["notes"].append(note)

    engagements_out = []
    for e in engagements:
        item = {"key": eng_key[e.id], "uuid": e.uuid, "title": e.title, "kind": str(e.kind)}
        if e.organization_id:
            item["organization"] = org_key[e.organization_id]
        item["timezone"] = e.timezone
        for name, instant in (("start", e.start_utc), ("end", e.end_utc)):
            local = to_local(instant, e.timezone)
            item[name] = format_local(local, with_offset=tz.datetime_ambiguous(local.replace(tzinfo=None),
                                                                               local.tzinfo))
        for name in _ENGAGEMENT_TEXT:
            _put(item, name, getattr(e, name))
        _put(item, "travel_minutes", e.travel_minutes)
        item["status"] = str(e.status)
        if by_engagement[e.id]["attendees"]:
            item["attendees"] = by_engagement[e.id]["attendees"]
        if by_engagement[e.id]["notes"]:
            item["notes"] = by_engagement[e.id]["notes"]
        if by_engagement[e.id]["scenario"]:
            item["scenario"] = by_engagement[e.id]["scenario"]
        engagements_out.append(item)

    commitments_out = []
    for c in commitments:
        item = {"uuid": c.uuid}
        _put(item, "reference", c.reference)
        if c.engagement_id:
            item["engagement"] = eng_key[c.engagement_id]
        if c.organization_id:
            item["organization"] = org_key[c.organization_id]
        item.update(description=c.description, kind=str(c.kind), made_by=str(c.made_by))
        if c.owner_id:
            item["owner"] = person_key[c.owner_id]
        _put(item, "due_date", format_date(c.due_date))
        item["status"] = str(c.status)
        _put(item, "signed_date", format_date(c.signed_date))
        _put(item, "follow_up", c.follow_up)
        _put(item, "source_document", c.source_document)
        if c.their_contact_id:
            item["their_contact"] = person_key[c.their_contact_id]
        _put(item, "completed_date", format_date(c.completed_date))
        commitments_out.append(item)

    contacts_out = []
    for contact in contacts:
        item = {"uuid": contact.uuid, "kind": str(contact.kind), "name": contact.name}
        for name in ("phone", "address", "notes"):
            _put(item, name, getattr(contact, name))
        contacts_out.append(item)

    return {
        "format": FORMAT,
        "version": VERSION,
        "trip": trip_out,
        "organizations": orgs_out,
        "people": people_out,
        "members": [{"uuid": m.uuid, "person": person_key[m.person_id], "role": str(m.role), "precedence": m.precedence}
                    for m in members],
        "engagements": engagements_out,
        "commitments": commitments_out,
        "contacts": contacts_out,
    }


def export_trip(db: Database, trip_id: int, path: str | os.PathLike) -> Path:
    """Write the trip's bundle to ``path`` (UTF-8, atomically, owner-only; never onto the database)."""
    from delegation_planner.storage import outputs

    bundle = trip_to_bundle(db, trip_id)
    target = outputs.check_output_target(path, database=db.path, what="bundle file")
    with outputs.atomic_output(target, database=db.path, text=True, what="bundle file") as fh:
        json.dump(bundle, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return target
