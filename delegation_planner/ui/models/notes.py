"""Item model of an engagement's meeting notes: one row per note, its time on the venue's clock.

The note dialog asks for the time on the venue's clock ("Time (Boston)"); the list shows it on the
same clock and names it ("12 Jul 2017 14:05 (Boston)"), whatever the laptop's own time zone is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from delegation_planner.domain.timezones import city_label, to_local
from delegation_planner.ui.labels import date_time, ui_language
from delegation_planner.ui.models.panel_rows import IdRole, RowRole

if TYPE_CHECKING:
    from delegation_planner.domain.models import MeetingNote


#: Role giving the note's header line ("12 Jul 2017 14:05 · author") and its text.
NoteHeaderRole = Qt.ItemDataRole.UserRole + 10
NoteTextRole = Qt.ItemDataRole.UserRole + 11


def local_stamp(instant: datetime) -> str:
    """A UTC instant in the computer's local time, e.g. "12 Jul 2017 14:05"."""
    return date_time(instant.astimezone())


def venue_stamp(instant: datetime, zone: str) -> str:
    """A UTC instant on the venue's clock, e.g. "12 Jul 2017 14:05"."""
    return date_time(to_local(instant, zone))


class NotesModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._notes: list[MeetingNote] = []
        self._zone: str | None = None
        self._city = ""

    def set_notes(self, notes: list[MeetingNote], zone: str | None = None, venue_city: str = "") -> None:
        """``zone``: the engagement's time zone (None: the laptop's clock, unnamed)."""
        self.beginResetModel()
        self._notes = list(notes)
        self._zone = zone
        self._city = city_label(zone, ui_language(), venue_city) if zone else ""
        self.endResetModel()

    def _stamp(self, instant: datetime) -> str:
        return venue_stamp(instant, self._zone) if self._zone else local_stamp(instant)

    def note_at(self, index: QModelIndex | int) -> MeetingNote | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def notes(self) -> list[MeetingNote]:
        return list(self._notes)

    def row_of_id(self, note_id: int | None) -> int:
        for i, note in enumerate(self._notes):
            if note.id == note_id:
                return i
        return -1

    def header(self, note: MeetingNote) -> str:
        stamp = self._stamp(note.taken_at or note.created_at)  # when the meeting was held (editable)
        if self._city:
            stamp += f" ({self._city})"
        if note.updated_at and (note.updated_at - note.created_at).total_seconds() >= 60:
            stamp += " " + self.tr("(edited %s)") % self._stamp(note.updated_at)
        return f"{stamp} · {note.author}" if note.author else stamp

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.header(note)}\n{note.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header(note)
        if role == NoteHeaderRole:
            return self.header(note)
        if role == NoteTextRole:
            return note.text
        if role == IdRole:
            return note.id
        if role == RowRole:
            return note
        return None
