"""Attachments (issue 13): signed MoUs, programmes and photos attached to an engagement, a commitment
or a gift, stored inside the database with their SHA-256 (``domain.models.Attachment``: why inside).

* Adding reads only a regular file (no FIFO, device or folder; ``storage.inputs.read_user_file``), at
  most ``MAX_BYTES``; the stored name is the file's bare name in NFC, with no folder part, control
  character or name the systems refuse; the record and its bytes are one transaction.
* Reading back (``attachment_bytes``) checks the SHA-256: a file changed behind the program's back is
  refused by name, never handed on.
* Saving a copy (``save_attachment_copy``) goes through the safe writer (owner-only, a temporary file
  created exclusively, renamed; never onto the database).
"""
from __future__ import annotations

import hashlib
import mimetypes
import os
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import Attachment, AttachmentData, Commitment, Engagement, Gift
from delegation_planner.services._common import get_or_raise, unit_of_work
from delegation_planner.storage.database import Database
from delegation_planner.storage.errors import KnownError
from delegation_planner.storage.inputs import read_user_file
from delegation_planner.storage.outputs import write_bytes_atomically

#: An attachment larger than this is refused (a scanned MoU or a photo is a few MB).
MAX_BYTES = 25 * 1024 * 1024
OWNERS = {"engagement": (Engagement, "engagement_id"), "commitment": (Commitment, "commitment_id"),
          "gift": (Gift, "gift_id")}
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    owner: str  # "engagement", "commitment" or "gift"
    owner_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    uuid: str


def safe_filename(name: object, field: str = "filename") -> str:
    """A bare file name that is safe everywhere: NFC, no folder part (``../x``, ``C:\\x``, ``/etc/x``
    refused, not stripped), no control character, not ``.``/``..``, not a Windows device name, at most
    255 UTF-8 bytes. ValidationError naming ``field`` otherwise."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError.of(field, "required")
    text = unicodedata.normalize("NFC", name.strip())
    if (PurePosixPath(text).name != text or PureWindowsPath(text).name != text or "/" in text or "\\" in text
            or text in (".", "..")):
        raise ValidationError.of(field, "unsafe_file_name", value=text[:80])
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text) or text.endswith((".", " ")):
        raise ValidationError.of(field, "unsafe_file_name", value=text[:80].encode("unicode_escape").decode())
    if text.split(".")[0].upper() in _RESERVED or len(text.encode("utf-8")) > 255:
        raise ValidationError.of(field, "unsafe_file_name", value=text[:80])
    return text


def _owner(owner: str, owner_id: int) -> tuple[type, str]:
    if owner not in OWNERS:
        raise ValidationError.of("owner", "unknown_value", value=repr(owner), allowed=", ".join(OWNERS))
    return OWNERS[owner]


def add_attachment_bytes(db: Database, owner: str, owner_id: int, filename: str, data: bytes, *,
                         media_type: str | None = None, sha256: str | None = None, uuid: str | None = None
                         ) -> Attachment:
    """Attach ``data`` as ``filename``; ``sha256`` (a bundle's) must match the bytes when given."""
    model, column = _owner(owner, owner_id)
    name = safe_filename(filename)
    if not isinstance(data, (bytes, bytearray)) or len(data) > MAX_BYTES:
        raise ValidationError.of("file", "attachment_too_large", size=len(data) if isinstance(data, bytes) else -1,
                                 limit=MAX_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    if sha256 is not None and sha256 != digest:
        raise ValidationError.of("sha256", "checksum_mismatch", name=name)
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with unit_of_work(db) as (s, changed):
        record = get_or_raise(s, model, owner_id)
        fields: dict[str, Any] = {column: owner_id, "filename": name, "media_type": kind[:100], "size": len(data),
                                  "sha256": digest}
        if uuid is not None:
            fields["uuid"] = uuid
        attachment = Attachment(**fields)
        s.add(attachment)
        s.flush()
        s.add(AttachmentData(attachment_id=attachment.id, data=bytes(data)))
        trip_id = record.trip_id  # an engagement, a commitment and a gift all belong to a trip
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
    return attachment


def add_attachment(db: Database, owner: str, owner_id: int, path: str | os.PathLike) -> Attachment:
    """Attach the regular file at ``path`` under its own name."""
    data = read_user_file(path, limit=MAX_BYTES, what="file to attach")
    return add_attachment_bytes(db, owner, owner_id, Path(path).name, data)


def _row(a: Attachment) -> AttachmentRow:
    owner, owner_id = next((name, getattr(a, col)) for name, (_m, col) in OWNERS.items() if getattr(a, col) is not None)
    return AttachmentRow(a.id, owner, owner_id, a.filename, a.media_type, a.size, a.sha256, a.added_at, a.uuid)


def list_attachments(db: Database, owner: str, owner_id: int) -> list[AttachmentRow]:
    model, column = _owner(owner, owner_id)
    with db.reading() as s:
        get_or_raise(s, model, owner_id)
        rows = s.execute(sa.select(Attachment).where(getattr(Attachment, column) == owner_id)
                         .order_by(Attachment.added_at, Attachment.id)).scalars().all()
    return [_row(a) for a in rows]


def trip_attachments(db: Database, trip_id: int) -> list[AttachmentRow]:
    """Every attachment of a trip's engagements, commitments and gifts (reports list them)."""
    with db.reading() as s:
        rows = s.execute(
            sa.select(Attachment)
            .outerjoin(Engagement, Engagement.id == Attachment.engagement_id)
            .outerjoin(Commitment, Commitment.id == Attachment.commitment_id)
            .outerjoin(Gift, Gift.id == Attachment.gift_id)
            .where(sa.or_(Engagement.trip_id == trip_id, Commitment.trip_id == trip_id, Gift.trip_id == trip_id))
            .order_by(Attachment.added_at, Attachment.id)).scalars().all()
    return [_row(a) for a in rows]


def attachment_bytes(db: Database, attachment_id: int) -> bytes:
    """The stored bytes, checked against their SHA-256 (KnownError if they changed behind our back)."""
    with db.reading() as s:
        attachment = get_or_raise(s, Attachment, attachment_id)
        data = s.get(AttachmentData, attachment_id)
        name, expected = attachment.filename, attachment.sha256
    if data is None or hashlib.sha256(data.data).hexdigest() != expected:
        raise KnownError(f"the stored copy of {name} does not match its checksum (changed outside the program); "
                         "restore a backup")
    return data.data


def save_attachment_copy(db: Database, attachment_id: int, target: str | os.PathLike) -> Path:
    """Write the attachment to ``target`` (owner-only, atomically, never onto the database)."""
    data = attachment_bytes(db, attachment_id)
    return write_bytes_atomically(target, data, database=db.path, what="copy of the attachment")


def delete_attachment(db: Database, attachment_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        attachment = get_or_raise(s, Attachment, attachment_id)
        owner, owner_id = _row(attachment).owner, _row(attachment).owner_id
        record = s.get(OWNERS[owner][0], owner_id)
        s.delete(attachment)
        trip_id = record.trip_id  # an engagement, a commitment and a gift all belong to a trip
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
