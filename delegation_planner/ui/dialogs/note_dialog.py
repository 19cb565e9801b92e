"""Write or edit a meeting note."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from delegation_planner.domain.timezones import city_label, wall_clock
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.operations import notes

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
        summary = notes.engagement_summary(ctx, engagement_id)
        self.zone = summary.timezone
        city = city_label(self.zone, ui_language(), getattr(summary, "venue_city", "") or "")
        self.date_time("taken_at", self.tr("&Time (%1)").replace("%1", city),
                       wall_clock(note.taken_at if note else notes.default_taken_at(summary), self.zone))
        self.text("text", self.tr("&Note"), note.text if note else "", height=180)
        self.set_initial_focus(self.widget("text"))  # the note itself, not the author
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.note is None:
            return notes.add_note(self.ctx, self.engagement_id, values["text"], values["author"],
                                  taken_at=values["taken_at"])
        return notes.edit_note(self.ctx, self.note, values)
