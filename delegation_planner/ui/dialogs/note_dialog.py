"""Write or edit a meeting note."""
from __future__ import annotations

from typing import TYPE_CHECKING

from functools import partial

from PySide6.QtWidgets import QWidget

from delegation_planner.ui.lazy import notes
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, changed_fields
from delegation_planner.ui.undo import create_with_undo, ref, update_undoable

if TYPE_CHECKING:
    from delegation_planner.domain.models import MeetingNote


class NoteDialog(FormDialog):
    def __init__(self, ctx: UiContext, engagement_id: int, note: MeetingNote | None = None,
                 parent: QWidget | None = None, author: str = ""):
        super().__init__(self.tr("New note") if note is None else self.tr("Edit note"), parent)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.note = note
        self.line("author", self.tr("&Author"), note.author if note else author)
        self.text("text", self.tr("&Note"), note.text if note else "", height=180)
        self.widget("text").setFocus()
        self.set_submit(self._save)

    def _save(self, values: dict):
        db, stack = self.ctx.db, self.ctx.undo_stack
        if self.note is None:
            engagement = ref(stack, "engagement", self.engagement_id)
            return create_with_undo(stack, self.tr("Add note"), "note",
                                    lambda: notes.add_note(db, engagement.id, values["text"], values["author"]),
                                    partial(notes.delete_note, db))
        old, new = changed_fields({"author": self.note.author, "text": self.note.text}, values)
        if not new:
            return self.note
        return update_undoable(stack, self.tr("Edit note"), "note", partial(notes.update_note, db), self.note.id, old, new)
