"""Attachments of an engagement, a commitment or a gift in the window: listed, added from a file,
opened with the system viewer (a private owner-only copy), saved elsewhere, deleted (undoable)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from delegation_planner.services import attachments
from delegation_planner.services.attachments import AttachmentRow
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.undo import create_with_undo, delete_with_undo, ref

__all__ = ["AttachmentRow", "add", "delete", "list_for", "open_copy", "save_copy"]

_ENTITY = {"engagement": "engagement", "commitment": "commitment", "gift": "gift"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsDialog", text)


def list_for(ctx: UiContext, owner: str, owner_id: int) -> list[AttachmentRow]:
    return attachments.list_attachments(ctx.db, owner, owner_id)


def add(ctx: UiContext, owner: str, owner_id: int, path: str):
    """Attach the file at ``path`` (read once, here); undo removes it, redo attaches the same bytes."""
    from delegation_planner.storage.inputs import read_user_file

    data = read_user_file(path, limit=attachments.MAX_BYTES, what="file to attach")
    name = Path(path).name
    db, stack = ctx.db, ctx.undo_stack
    holder = ref(stack, _ENTITY[owner], owner_id)
    return create_with_undo(stack, _tr("Attach %1").replace("%1", name), "attachment",
                            lambda: attachments.add_attachment_bytes(db, owner, holder.id, name, data),
                            lambda i: attachments.delete_attachment(db, i))


def delete(ctx: UiContext, row: AttachmentRow) -> None:
    db, stack = ctx.db, ctx.undo_stack
    data = attachments.attachment_bytes(db, row.id)  # checked: a damaged copy is not deleted silently
    holder = ref(stack, _ENTITY[row.owner], row.owner_id)
    delete_with_undo(stack, _tr("Remove attachment %1").replace("%1", row.filename), "attachment", row.id,
                     lambda i: attachments.delete_attachment(db, i),
                     lambda: attachments.add_attachment_bytes(db, row.owner, holder.id, row.filename, data,
                                                              media_type=row.media_type, sha256=row.sha256).id)


def save_copy(ctx: UiContext, row: AttachmentRow, target: str) -> Path:
    return attachments.save_attachment_copy(ctx.db, row.id, target)


def open_copy(ctx: UiContext, row: AttachmentRow) -> Path:
    """A private copy (owner-only folder and file) for the system viewer; the viewer may keep it open,
    so it is left in the per-user temporary folder rather than deleted at once."""
    folder = Path(tempfile.mkdtemp(prefix="delegation-planner-"))
    os.chmod(folder, 0o700)
    return attachments.save_attachment_copy(ctx.db, row.id, folder / row.filename)
