"""Trip packages: a trip bundle with what bundles do not carry — gifts, cars and attached files — in
one ZIP file (``delegation-planner export TRIP_ID -o FILE.zip``; ``import FILE.zip``).

Inside the ZIP, and nothing else:

* ``trip.json`` — the trip bundle, exactly as ``export TRIP_ID -o FILE.json`` writes it;
* ``protocol.json`` — ``{"format": "delegation-planner-protocol", "version": 1, "gifts": [...],
  "vehicles": [...], "attachments": [...], "seating": [...]}``; gifts, cars and stored seating plans
  name their engagement by its uuid (a plan's seats their person by uuid), each
  attachment its owner (``engagement`` / ``commitment`` / ``gift``) by uuid, with its file name,
  media type, size and SHA-256;
* ``files/<sha256>`` — each attached file's bytes, named by its checksum (never by the officer's
  file name, so no name in the archive is chosen by a user).

Reading refuses, with nothing written: any other member name (``../``, an absolute path, a folder,
a symbolic link, a second copy of a name), a member larger than the attachment cap or a package
larger than its cap (sizes read from the archive are checked, then at most that many bytes are
read: a ZIP bomb stops at the cap), bytes that do not match their SHA-256, an unsafe file name, a
reference to a record the bundle does not hold. Import never writes a file to disk: the bytes go
into the database. The trip is imported first (one transaction), then its gifts, cars, files and
seating plans; should any of that fail, the imported trip is deleted again.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat as stat_mod
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from delegation_planner.bundles.format import format_date, parse_date
from delegation_planner.domain.errors import ValidationError
from delegation_planner.storage.database import Database

FORMAT = "delegation-planner-protocol"
VERSION = 1
#: The whole package at most (the bundle's own cap applies to trip.json inside it).
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
_FILE = re.compile(r"^files/([0-9a-f]{64})$")
_GIFT_FIELDS = ("direction", "description", "counterpart", "currency", "disposition", "notes")
_VEHICLE_FIELDS = ("number", "plate", "driver", "phone", "notes")


def is_package(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(".zip")


# ------------------------------------------------------------------------------ export

def protocol_snapshot(db: Database, trip_id: int) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(protocol.json's content, files by sha256) of a trip: its gifts, cars and attachments."""
    import sqlalchemy as sa

    from delegation_planner.domain.models import Attachment, AttachmentData, Commitment, Engagement, Gift, Person, \
        Vehicle

    with db.reading() as s:
        eng_uuid = dict(s.execute(sa.select(Engagement.id, Engagement.uuid).where(Engagement.trip_id == trip_id)).all())
        com_uuid = dict(s.execute(sa.select(Commitment.id, Commitment.uuid).where(Commitment.trip_id == trip_id)).all())
        gifts = s.execute(sa.select(Gift).where(Gift.trip_id == trip_id).order_by(Gift.id)).scalars().all()
        people = {p.id: p.uuid for p in s.execute(sa.select(Person)).scalars()} if gifts else {}
        gift_uuid = {g.id: g.uuid for g in gifts}
        gifts_out = []
        for g in gifts:
            item: dict[str, Any] = {"uuid": g.uuid, **{k: str(getattr(g, k)) for k in _GIFT_FIELDS}}
            item["engagement"] = eng_uuid.get(g.engagement_id)
            item["counterpart_person"] = people.get(g.counterpart_id)
            item["our_person"] = people.get(g.our_person_id)
            item["given_on"] = format_date(g.given_on)
            item["reported_on"] = format_date(g.reported_on)
            item["estimated_value"] = g.estimated_value
            gifts_out.append(item)
        vehicles = s.execute(sa.select(Vehicle).where(Vehicle.engagement_id.in_(list(eng_uuid) or [-1]))
                             .order_by(Vehicle.engagement_id, Vehicle.number, Vehicle.id)).scalars().all()
        vehicles_out = [{"uuid": v.uuid, "engagement": eng_uuid[v.engagement_id],
                         **{k: getattr(v, k) for k in _VEHICLE_FIELDS}} for v in vehicles]
        from delegation_planner.services.seating import snapshots_in

        seating_out = list(snapshots_in(s, list(eng_uuid)).values())
        rows = s.execute(sa.select(Attachment, AttachmentData.data)
                         .join(AttachmentData, AttachmentData.attachment_id == Attachment.id)
                         .where(sa.or_(Attachment.engagement_id.in_(list(eng_uuid) or [-1]),
                                       Attachment.commitment_id.in_(list(com_uuid) or [-1]),
                                       Attachment.gift_id.in_(list(gift_uuid) or [-1])))
                         .order_by(Attachment.id)).all()
    files: dict[str, bytes] = {}
    attachments_out = []
    for a, data in rows:
        if hashlib.sha256(data).hexdigest() != a.sha256:
            from delegation_planner.storage.errors import KnownError

            raise KnownError(f"the stored copy of {a.filename} does not match its checksum; restore a backup "
                             "before exporting")
        owner = (("engagement", eng_uuid[a.engagement_id]) if a.engagement_id else
                 ("commitment", com_uuid[a.commitment_id]) if a.commitment_id else ("gift", gift_uuid[a.gift_id]))
        attachments_out.append({"uuid": a.uuid, "owner": owner[0], "owner_uuid": owner[1], "filename": a.filename,
                                "media_type": a.media_type, "size": a.size, "sha256": a.sha256})
        files[a.sha256] = data
    return ({"format": FORMAT, "version": VERSION, "gifts": gifts_out, "vehicles": vehicles_out,
             "attachments": attachments_out, "seating": seating_out}, files)


def export_package(db: Database, trip_id: int, path: str | os.PathLike) -> Path:
    """Write the trip's package (see the module) atomically, owner-only, never onto the database."""
    from delegation_planner.bundles.export import trip_to_bundle
    from delegation_planner.storage import outputs

    bundle = trip_to_bundle(db, trip_id)
    protocol, files = protocol_snapshot(db, trip_id)
    target = outputs.check_output_target(path, database=db.path, what="trip package")
    with outputs.atomic_output(target, database=db.path, what="trip package") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("trip.json", json.dumps(bundle, ensure_ascii=False, indent=2) + "\n")
            z.writestr("protocol.json", json.dumps(protocol, ensure_ascii=False, indent=2) + "\n")
            for digest, data in files.items():
                z.writestr(f"files/{digest}", data)
    return target


# ------------------------------------------------------------------------------ import

def _refuse(message: str, code: str = "bad_package", **params) -> ValidationError:
    return ValidationError(message, "file", code=code, params={"reason": message, **params})


def read_package(path: str | os.PathLike) -> tuple[Any, dict[str, Any], dict[str, bytes]]:
    """(bundle data, protocol, files by sha256) of the package at ``path``, every check of the module done."""
    from delegation_planner.bundles.importer import decode_bundle_bytes
    from delegation_planner.services.attachments import MAX_BYTES, safe_filename
    from delegation_planner.storage.inputs import read_user_file

    raw = read_user_file(path, limit=MAX_PACKAGE_BYTES, what="trip package")
    try:
        z = zipfile.ZipFile(io.BytesIO(raw))
        infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(f"{Path(path).name} is not a trip package (not a ZIP file: {exc})") from None
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        kind = (info.external_attr >> 16) & 0o170000
        if name in seen:
            raise _refuse(f"the package holds {name!r} twice")
        seen.add(name)
        if info.is_dir() or kind == stat_mod.S_IFLNK or (name not in ("trip.json", "protocol.json")
                                                         and not _FILE.match(name)):
            raise _refuse(f"the package holds {name[:80]!r}, which is not one of its files (a folder, a link or a "
                          "name outside it); nothing was imported")
        if info.file_size > (MAX_BYTES if name.startswith("files/") else 64 * 1024 * 1024):
            raise _refuse(f"{name} in the package is too large ({info.file_size:,} bytes)")
        total += info.file_size
    if total > MAX_PACKAGE_BYTES:
        raise _refuse(f"the package unpacks to {total:,} bytes, more than {MAX_PACKAGE_BYTES:,}")
    if "trip.json" not in seen:
        raise _refuse("the package has no trip.json")

    def member(name: str) -> bytes:
        info = z.getinfo(name)
        with z.open(info) as fh:
            data = fh.read(info.file_size + 1)  # never more than the archive said, whatever the stream holds
        if len(data) != info.file_size:
            raise _refuse(f"{name} in the package is not the size the archive gives")
        return data

    try:
        bundle = decode_bundle_bytes(member("trip.json"))
        protocol = json.loads(member("protocol.json").decode("utf-8")) if "protocol.json" in seen else {
            "format": FORMAT, "version": VERSION, "gifts": [], "vehicles": [], "attachments": [], "seating": []}
        files = {}
        for name in seen:
            found = _FILE.match(name)
            if found:
                data = member(name)
                if hashlib.sha256(data).hexdigest() != found.group(1):
                    raise ValidationError.of("sha256", "checksum_mismatch", name=name)
                files[found.group(1)] = data
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError, RuntimeError) as exc:
        raise _refuse(f"the package cannot be read: {exc}") from None
    if not isinstance(protocol, dict) or protocol.get("format") != FORMAT or protocol.get("version") != VERSION:
        raise _refuse("protocol.json is not a delegation-planner-protocol file of version 1")
    for key in ("gifts", "vehicles", "attachments", "seating"):
        if not isinstance(protocol.get(key, []), list):
            raise _refuse(f"protocol.json: {key} must be a list")
    for i, a in enumerate(protocol.get("attachments", [])):
        if not isinstance(a, dict) or a.get("sha256") not in files:
            raise _refuse(f"protocol.json: attachments[{i}] names a file the package does not hold")
        safe_filename(a.get("filename"), f"attachments[{i}].filename")
    return bundle, protocol, files


def _uuids(bundle: Any, section: str) -> set[str]:
    return {r.get("uuid") for r in bundle.get(section, []) if isinstance(r, dict)} if isinstance(bundle, dict) else set()


def import_package(db: Database, path: str | os.PathLike):
    """Import a package as a new trip with its gifts, cars and files; returns the bundle's ImportResult."""
    bundle, protocol, files = read_package(path)
    return import_package_data(db, bundle, protocol, files)


def import_package_data(db: Database, bundle: Any, protocol: dict[str, Any], files: dict[str, bytes]):
    """Import a bundle (as data) with its protocol part as a new trip (see :func:`import_package`);
    also the undo of a trip's deletion (ui.operations.trips), so that nothing the trip held is lost."""
    import sqlalchemy as sa

    from delegation_planner.bundles.importer import import_bundle_data
    from delegation_planner.domain.models import Commitment, Engagement, Person
    from delegation_planner.services import attachments, gifts, motorcade, trips

    engagements, commitments = _uuids(bundle, "engagements"), _uuids(bundle, "commitments")
    gift_uuids = {g.get("uuid") for g in protocol["gifts"] if isinstance(g, dict)}
    owners = {"engagement": engagements, "commitment": commitments, "gift": gift_uuids}
    for i, g in enumerate(protocol["gifts"]):
        if not isinstance(g, dict) or (g.get("engagement") is not None and g["engagement"] not in engagements):
            raise _refuse(f"protocol.json: gifts[{i}] names an engagement the bundle does not hold")
    for i, v in enumerate(protocol["vehicles"]):
        if not isinstance(v, dict) or v.get("engagement") not in engagements:
            raise _refuse(f"protocol.json: vehicles[{i}] names an engagement the bundle does not hold")
    for i, a in enumerate(protocol["attachments"]):
        if a.get("owner") not in owners or a.get("owner_uuid") not in owners[a["owner"]]:
            raise _refuse(f"protocol.json: attachments[{i}] belongs to a record the package does not hold")
    from delegation_planner.services.seating import check_snapshot, restore_plans

    people = {p.get("uuid"): p.get("full_name", "") for p in bundle.get("people", []) if isinstance(p, dict)} \
        if isinstance(bundle, dict) else {}
    plans = protocol.get("seating", [])
    if not isinstance(plans, list):
        raise _refuse("protocol.json: seating must be a list")
    planned: set[str] = set()
    for i, plan in enumerate(plans):
        if not isinstance(plan, dict) or plan.get("engagement") not in engagements or plan["engagement"] in planned:
            raise _refuse(f"protocol.json: seating[{i}] names an engagement the bundle does not hold (or twice)")
        planned.add(plan["engagement"])
        for _number, person, _pinned in check_snapshot(plan, f"seating[{i}]")[2]:
            if person not in people:
                raise _refuse(f"protocol.json: seating[{i}] seats a person the bundle does not hold")
    result = import_bundle_data(db, bundle)  # the trip, in its own transaction
    try:
        with db.reading() as s:
            eng_id = {u: i for i, u in s.execute(sa.select(Engagement.id, Engagement.uuid)
                                                 .where(Engagement.trip_id == result.trip_id)).all()}
            com_id = {u: i for i, u in s.execute(sa.select(Commitment.id, Commitment.uuid)
                                                 .where(Commitment.trip_id == result.trip_id)).all()}
            person_id = {u: i for i, u in s.execute(sa.select(Person.id, Person.uuid)).all()}
        gift_id: dict[str, int] = {}
        for i, g in enumerate(protocol["gifts"]):
            fields = {k: g[k] for k in _GIFT_FIELDS if k in g}
            fields.update(engagement_id=eng_id.get(g.get("engagement")),
                          counterpart_id=person_id.get(g.get("counterpart_person")),
                          our_person_id=person_id.get(g.get("our_person")), estimated_value=g.get("estimated_value"))
            for name in ("given_on", "reported_on"):
                fields[name] = _date(g.get(name), f"gifts[{i}].{name}")
            gift_id[g.get("uuid")] = gifts.add_gift(db, result.trip_id, **fields).id
        for v in protocol["vehicles"]:
            motorcade.add_vehicle(db, eng_id[v["engagement"]], **{k: v[k] for k in _VEHICLE_FIELDS if k in v})
        ids = {"engagement": eng_id, "commitment": com_id, "gift": gift_id}
        for a in protocol["attachments"]:
            attachments.add_attachment_bytes(db, a["owner"], ids[a["owner"]][a["owner_uuid"]], a["filename"],
                                             files[a["sha256"]], media_type=a.get("media_type"), sha256=a["sha256"])
        restore_plans(db, [(eng_id[p["engagement"]], p) for p in plans], people)
    except Exception:
        trips.delete_trip(db, result.trip_id)  # all or nothing: the trip goes again with what was added
        raise
    return result


def _date(text: Any, field: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except (TypeError, ValueError):
        raise ValidationError.of(field, "not_date") from None
