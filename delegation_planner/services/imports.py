"""Import a whole trip (a checked plan, e.g. from a bundle) in one transaction.

The plan's records are keyed by the file's own keys. Organizations and people already
in the database are linked by name (NFC, case-folded), each existing record to at most
one record of the plan, so that two namesakes stay two through export and import. Every
record is checked again with the domain validators; one Change is announced after the
commit. ``bundles.importer`` parses and checks a file, then calls :func:`import_trip`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain import rules
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import (
    Attendance, Commitment, DelegationMember, Engagement, MeetingNote, Organization, Person, ScenarioStep, Trip,
    TripContact, new_uuid,
)
from delegation_planner.domain.text import clean_text
from delegation_planner.domain.timezones import utc_now
from delegation_planner.services._common import keep_or_new_reference, unit_of_work
from delegation_planner.storage.database import Database


@dataclass
class ImportPlan:
    """A whole trip to write. Keys are the file's; references ("organization", "person",
    "owner", "engagement") name keys of this plan."""

    trip: dict[str, Any]
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # "organization": org key
    members: list[dict[str, Any]] = field(default_factory=list)  # "person": key
    engagements: dict[str, dict[str, Any]] = field(default_factory=dict)  # with attendees/notes lists
    commitments: list[dict[str, Any]] = field(default_factory=list)  # "their_contact": person key
    contacts: list[dict[str, Any]] = field(default_factory=list)  # logistics contacts, in their order
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    trip_id: int
    warnings: tuple[str, ...]
    linked_people: int  # already in the database before this import
    linked_organizations: int


def name_key(text: str) -> str:
    """What makes two names "the same" for linking: NFC, outer spaces dropped, case-folded."""
    return clean_text(text).strip().casefold()


def check_record(validator: Callable[[Mapping[str, Any]], None], values: Mapping[str, Any],
                 skip: tuple[str, ...] = ()) -> None:
    """Run a domain validator on the stored fields of ``values`` (references left out)."""
    validator({k: v for k, v in values.items() if k not in skip})


def _check_plan(plan: ImportPlan) -> None:
    from delegation_planner.services.commitments import check_completed_date, validate_commitment_fields
    from delegation_planner.services.logistics import validate_contact_fields
    from delegation_planner.services.scenario import validate_step_fields
    from delegation_planner.services.trips import validate_trip_fields

    check_record(validate_trip_fields, plan.trip)
    for values in plan.organizations.values():
        check_record(rules.validate_organization_fields, values)
    for values in plan.people.values():
        check_record(rules.validate_person_fields, values, ("organization",))
    for values in plan.members:
        check_record(rules.validate_member_fields, values, ("person",))
    for values in plan.engagements.values():
        check_record(rules.validate_engagement_fields, values, ("organization", "attendees", "notes", "scenario"))
        for a in values["attendees"]:
            check_record(rules.validate_attendance_fields, a, ("person",))
        for n in values["notes"]:
            check_record(rules.validate_note_fields, n)
        for step in values.get("scenario", ()):
            check_record(validate_step_fields, step, ("uuid",))
    for values in plan.commitments:
        check_record(validate_commitment_fields, values, ("engagement", "organization", "owner", "their_contact",
                                                          "reference"))
        check_completed_date(values.get("completed_date"), plan.trip["start_date"])
    for values in plan.contacts:
        check_record(validate_contact_fields, values)


class TripExistsError(ValidationError):
    """The bundle's trip (same uuid) is already in the database: update it instead (``--update``)."""

    def __init__(self, trip_id: int, title: str) -> None:
        super().__init__(f"this trip is already in the database (trip {trip_id}, {title})", "trip.uuid",
                         code="trip_exists", params={"trip_id": trip_id, "title": title})
        self.trip_id = trip_id


def _uuid(values: Mapping[str, Any]) -> str:
    return values.get("uuid") or new_uuid()


def _check_uuids(s, plan: ImportPlan) -> dict[str, dict[str, int]]:
    """Rows of the database that already carry one of the plan's uuids, by table name.

    The trip's uuid must be new (else TripExistsError); organizations and people with a known
    uuid are linked; any other row kind with a known uuid is refused (it is another record)."""
    wanted: dict[type, set[str]] = {Trip: set(), Organization: set(), Person: set(), DelegationMember: set(),
                                    Engagement: set(), MeetingNote: set(), Commitment: set(), TripContact: set(),
                                    ScenarioStep: set()}
    if plan.trip.get("uuid"):
        wanted[Trip].add(plan.trip["uuid"])
    wanted[Organization] |= {v["uuid"] for v in plan.organizations.values() if v.get("uuid")}
    wanted[Person] |= {v["uuid"] for v in plan.people.values() if v.get("uuid")}
    wanted[DelegationMember] |= {v["uuid"] for v in plan.members if v.get("uuid")}
    wanted[Engagement] |= {v["uuid"] for v in plan.engagements.values() if v.get("uuid")}
    wanted[MeetingNote] |= {n["uuid"] for v in plan.engagements.values() for n in v["notes"] if n.get("uuid")}
    wanted[Commitment] |= {v["uuid"] for v in plan.commitments if v.get("uuid")}
    wanted[TripContact] |= {v["uuid"] for v in plan.contacts if v.get("uuid")}
    wanted[ScenarioStep] |= {st["uuid"] for v in plan.engagements.values() for st in v.get("scenario", ())
                             if st.get("uuid")}
    every = set().union(*wanted.values())
    found: dict[str, dict[str, int]] = {}
    if not every:
        return found
    owner: dict[str, type] = {u: model for model, uuids in wanted.items() for u in uuids}
    for model in wanted:
        chunk = list(every)
        for i in range(0, len(chunk), 500):
            for row_id, uuid in s.execute(sa.select(model.id, model.uuid).where(model.uuid.in_(chunk[i:i + 500]))):
                if owner[uuid] is not model:
                    raise ValidationError(f"uuid {uuid} is already used by a {model.__tablename__} row in this "
                                          f"database, not a {owner[uuid].__tablename__}", "uuid",
                                          code="uuid_other_kind", params={"value": uuid})
                found.setdefault(model.__tablename__, {})[uuid] = row_id
    if plan.trip.get("uuid") in found.get(Trip.__tablename__, {}):
        trip_id = found[Trip.__tablename__][plan.trip["uuid"]]
        raise TripExistsError(trip_id, s.get(Trip, trip_id).title)
    for table in (DelegationMember, Engagement, MeetingNote, Commitment, TripContact, ScenarioStep):
        if found.get(table.__tablename__):
            uuid = next(iter(found[table.__tablename__]))
            raise ValidationError(f"uuid {uuid} already belongs to a {table.__tablename__} of another trip",
                                  "uuid", code="uuid_elsewhere", params={"value": uuid})
    return found


def _link_or_add(s, model, rows_by_name: dict[str, list[int]], name: str, values: dict[str, Any],
                 by_uuid: dict[str, int] | None = None) -> tuple[int, bool]:
    if by_uuid and values.get("uuid") in by_uuid:
        return by_uuid[values["uuid"]], True
    candidates = rows_by_name.get(name)
    if candidates:
        return candidates.pop(0), True
    values = dict(values, uuid=_uuid(values))
    obj = model(**values)
    s.add(obj)
    s.flush()
    return obj.id, False


def trip_id_by_uuid(db: Database, uuid: str) -> int | None:
    """The id of the trip with this stable identifier, if it is in this database."""
    with db.reading() as s:
        return s.execute(sa.select(Trip.id).where(Trip.uuid == uuid)).scalar()


def import_trip(db: Database, plan: ImportPlan, *, replace_trip_id: int | None = None) -> ImportResult:
    """Write ``plan`` as a new trip; refused whole (ValidationError, nothing written) if a record is bad.

    ``replace_trip_id``: a trip that came back (``import --update``): in the same transaction the
    stored trip's programme, delegation list, notes and commitments are replaced by the plan's
    (records keep their uuids, the trip keeps its id; people and organizations stay in the directory).
    A commitment keeps the file's reference when no other commitment here holds it, else gets a new one."""
    _check_plan(plan)
    linked_people = linked_orgs = 0
    with unit_of_work(db) as (s, changed):
        kept_references: dict[str, str] = {}
        kept_protocol: dict[str, list] | None = None
        if replace_trip_id is not None:
            old = s.get(Trip, replace_trip_id)
            if old is None or old.uuid != plan.trip.get("uuid"):
                raise ValidationError("the trip to update is not the bundle's trip", "uuid", code="uuid_elsewhere",
                                      params={"value": plan.trip.get("uuid") or ""})
            # a commitment that comes back without a reference (a version 2 bundle) keeps the one it had
            kept_references = dict(s.execute(sa.select(Commitment.uuid, Commitment.reference)
                                             .where(Commitment.trip_id == replace_trip_id)).all())
            kept_protocol = _protocol_records(s, replace_trip_id)  # what a bundle does not carry (yet)
            s.delete(old)
            s.flush()
        known = _check_uuids(s, plan)
        org_by_uuid = known.get(Organization.__tablename__, {})
        person_by_uuid = known.get(Person.__tablename__, {})
        org_ids: dict[str, int] = {}
        wanted_orgs = {name_key(o["name"]) for o in plan.organizations.values()}
        existing_orgs: dict[str, list[int]] = {}
        if wanted_orgs:
            for oid, name in s.execute(sa.select(Organization.id, Organization.name).order_by(Organization.id)):
                if name_key(name) in wanted_orgs:
                    existing_orgs.setdefault(name_key(name), []).append(oid)
        for key, values in plan.organizations.items():
            org_ids[key], linked = _link_or_add(s, Organization, existing_orgs, name_key(values["name"]), values,
                                                  org_by_uuid)
            linked_orgs += linked

        person_ids: dict[str, int] = {}
        wanted = {name_key(p["full_name"]) for p in plan.people.values()}
        existing_people: dict[tuple[str, int | None], list[int]] = {}
        if wanted:
            for pid, name, org in s.execute(sa.select(Person.id, Person.full_name, Person.organization_id)
                                            .order_by(Person.id)):
                if name_key(name) in wanted:
                    existing_people.setdefault((name_key(name), org), []).append(pid)
        for key, values in plan.people.items():
            org_id = org_ids[values["organization"]] if values.get("organization") else None
            fields = {k: v for k, v in values.items() if k != "organization"}
            person_ids[key], linked = _link_or_add(s, Person, existing_people,
                                                   (name_key(values["full_name"]), org_id),
                                                   dict(fields, organization_id=org_id), person_by_uuid)
            linked_people += linked

        trip_values = dict(plan.trip, uuid=_uuid(plan.trip))
        if replace_trip_id is not None:
            trip_values["id"] = replace_trip_id
        trip = Trip(**trip_values)
        s.add(trip)
        s.flush()
        trip_id = trip.id

        if plan.members:
            s.execute(sa.insert(DelegationMember), [
                {"trip_id": trip_id, "person_id": person_ids[m["person"]], "role": m["role"],
                 "precedence": m["precedence"], "uuid": _uuid(m)} for m in plan.members])

        eng_ids: dict[str, int] = {}
        keys = list(plan.engagements)
        if keys:
            rows = [{"trip_id": trip_id, "title": v["title"], "kind": v["kind"],
                     "organization_id": org_ids[v["organization"]] if v.get("organization") else None,
                     "location": v["location"], "timezone": v["timezone"], "start_utc": v["start_utc"],
                     "end_utc": v["end_utc"], "uuid": _uuid(v), "objectives": v["objectives"], "talking_points": v["talking_points"],
                     "logistics": v["logistics"], "travel_minutes": v["travel_minutes"], "status": v["status"]}
                    for v in plan.engagements.values()]
            result = s.execute(sa.insert(Engagement).returning(Engagement.id, sort_by_parameter_order=True), rows)
            for key, (new_id,) in zip(keys, result.all()):
                eng_ids[key] = new_id
        attendances = [{"engagement_id": eng_ids[k], "person_id": person_ids[a["person"]], "role": a["role"]}
                       for k, v in plan.engagements.items() for a in v["attendees"]]
        if attendances:
            s.execute(sa.insert(Attendance), attendances)
        now = utc_now()
        notes = []
        for k, v in plan.engagements.items():
            for n in v["notes"]:
                created = n.get("created_at") or now
                notes.append({"engagement_id": eng_ids[k], "author": n["author"], "text": n["text"],
                              "created_at": created, "updated_at": n.get("updated_at") or created,
                              "taken_at": n.get("taken_at") or created, "uuid": _uuid(n)})
        if notes:
            s.execute(sa.insert(MeetingNote), notes)
        if plan.commitments:
            references: list[str] = []
            for c in plan.commitments:  # the file's reference kept when free here, else a new one
                wanted = c.get("reference") or kept_references.get(c.get("uuid") or "")
                references.append(keep_or_new_reference(s, wanted, trip.start_date.year, set(references)))
            s.execute(sa.insert(Commitment), [
                {"trip_id": trip_id, "reference": ref,
                 "engagement_id": eng_ids[c["engagement"]] if c.get("engagement") else None,
                 "organization_id": org_ids[c["organization"]] if c.get("organization") else None,
                 "owner_id": person_ids[c["owner"]] if c.get("owner") else None,
                 "description": c["description"], "follow_up": c["follow_up"], "kind": c["kind"],
                 "made_by": c["made_by"], "status": c["status"], "due_date": c["due_date"],
                 "signed_date": c["signed_date"], "uuid": _uuid(c),
                 "source_document": c.get("source_document", ""),
                 "their_contact_id": person_ids[c["their_contact"]] if c.get("their_contact") else None,
                 "completed_date": c.get("completed_date")}
                for c, ref in zip(plan.commitments, references)])
        steps = [{"engagement_id": eng_ids[k], "position": position, "at_time": st["at_time"],
                  "action": st["action"], "performer": st.get("performer", ""),
                  "responsible": st.get("responsible", ""), "uuid": _uuid(st)}
                 for k, v in plan.engagements.items() for position, st in enumerate(v.get("scenario", ()))]
        if steps:
            s.execute(sa.insert(ScenarioStep), steps)
        if plan.contacts:
            s.execute(sa.insert(TripContact), [
                {"trip_id": trip_id, "kind": c["kind"], "name": c["name"], "phone": c.get("phone", ""),
                 "address": c.get("address", ""), "notes": c.get("notes", ""), "position": position,
                 "uuid": _uuid(c)} for position, c in enumerate(plan.contacts)])
        if kept_protocol is not None:
            _restore_protocol(s, trip_id, kept_protocol)
        changed(Subject.EVERYTHING, (trip_id,), trip_id, Action.IMPORT)
    return ImportResult(trip_id, tuple(plan.warnings), linked_people, linked_orgs)


def _protocol_records(s, trip_id: int) -> dict[str, list]:
    """The trip's gifts, cars, attachments and stored seating plans, which trip bundles do not carry:
    kept across an update (``import --update`` replaces the rows a bundle carries; these would go with
    them by CASCADE).
    Each is tied to its engagement, commitment or gift by uuid, which the update keeps."""
    from delegation_planner.domain.models import Attachment, AttachmentData, Gift, Vehicle

    eng_uuid = dict(s.execute(sa.select(Engagement.id, Engagement.uuid).where(Engagement.trip_id == trip_id)).all())
    com_uuid = dict(s.execute(sa.select(Commitment.id, Commitment.uuid).where(Commitment.trip_id == trip_id)).all())
    gifts = s.execute(sa.select(Gift).where(Gift.trip_id == trip_id).order_by(Gift.id)).scalars().all()
    gift_uuid = {g.id: g.uuid for g in gifts}
    skip = {"id", "trip_id", "engagement_id", "version"}
    kept_gifts = [({k: getattr(g, k) for k in Gift.model_fields if k not in skip}, eng_uuid.get(g.engagement_id))
                  for g in gifts]
    vehicles = s.execute(sa.select(Vehicle).where(Vehicle.engagement_id.in_(list(eng_uuid) or [-1]))).scalars().all()
    kept_vehicles = [({k: getattr(v, k) for k in Vehicle.model_fields if k not in skip}, eng_uuid[v.engagement_id])
                     for v in vehicles]
    kept_files = []
    rows = s.execute(sa.select(Attachment, AttachmentData.data)
                     .join(AttachmentData, AttachmentData.attachment_id == Attachment.id)
                     .where(sa.or_(Attachment.engagement_id.in_(list(eng_uuid) or [-1]),
                                   Attachment.commitment_id.in_(list(com_uuid) or [-1]),
                                   Attachment.gift_id.in_(list(gift_uuid) or [-1])))).all()
    for a, data in rows:
        owner = (("engagement", eng_uuid[a.engagement_id]) if a.engagement_id else
                 ("commitment", com_uuid[a.commitment_id]) if a.commitment_id else ("gift", gift_uuid[a.gift_id]))
        kept_files.append(({k: getattr(a, k) for k in ("filename", "media_type", "size", "sha256", "added_at",
                                                        "uuid")}, owner, data))
    from delegation_planner.services.seating import snapshots_in

    kept_seating = list(snapshots_in(s, list(eng_uuid)).values())  # engagement and people by uuid
    return {"gifts": kept_gifts, "vehicles": kept_vehicles, "attachments": kept_files, "seating": kept_seating}


def _restore_protocol(s, trip_id: int, kept: dict[str, list]) -> None:
    """Put back what :func:`_protocol_records` kept, on the updated trip's records of the same uuid; a
    car of an engagement the update removed goes with it, a gift stays (its engagement link cleared)."""
    from delegation_planner.domain.models import Attachment, AttachmentData, Gift, Vehicle

    eng_id = {u: i for i, u in s.execute(sa.select(Engagement.id, Engagement.uuid)
                                         .where(Engagement.trip_id == trip_id)).all()}
    com_id = {u: i for i, u in s.execute(sa.select(Commitment.id, Commitment.uuid)
                                         .where(Commitment.trip_id == trip_id)).all()}
    gift_id: dict[str, int] = {}
    for fields, engagement in kept["gifts"]:
        gift = Gift(trip_id=trip_id, engagement_id=eng_id.get(engagement), **fields)
        s.add(gift)
        s.flush()
        gift_id[gift.uuid] = gift.id
    for fields, engagement in kept["vehicles"]:
        if engagement in eng_id:
            s.add(Vehicle(engagement_id=eng_id[engagement], **fields))
    owners = {"engagement": ("engagement_id", eng_id), "commitment": ("commitment_id", com_id),
              "gift": ("gift_id", gift_id)}
    for fields, (kind, uuid), data in kept["attachments"]:
        column, ids = owners[kind]
        if uuid not in ids:
            continue  # its engagement or commitment was removed by the update
        attachment = Attachment(**{column: ids[uuid]}, **fields)
        s.add(attachment)
        s.flush()
        s.add(AttachmentData(attachment_id=attachment.id, data=data))
    s.flush()
    from delegation_planner.services.seating import restore_in

    for plan in kept.get("seating", []):
        if plan["engagement"] in eng_id:  # a plan of an engagement the update removed goes with it
            restore_in(s, eng_id[plan["engagement"]], plan)  # rebuilt against the updated attendance on reading


def find_trip(db: Database, title: str, start_date) -> int | None:
    """The id of a trip with this title and start date, if there is one (sample data loads once)."""
    with db.reading() as s:
        return s.execute(sa.select(Trip.id).where(Trip.title == clean_text(title),
                                                  Trip.start_date == start_date)).scalar()
