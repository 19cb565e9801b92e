"""Helpers that fill and press the dialogs in GUI tests (a plain module, not a test module)."""
from __future__ import annotations

from datetime import datetime


def press_ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def set_when(dialog, zone: str, start: datetime, end: datetime) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    dialog.zone_combo.setCurrentText(zone)
    dialog.start_edit.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
    dialog.end_edit.setDateTime(QDateTime(QDate(end.year, end.month, end.day), QTime(end.hour, end.minute)))


def add_through_dialog(window, dialogs, title, zone, start, end, **extra):
    """Add an engagement with Programme → Add engagement, filling its dialog; returns the dialog."""
    def fill(dialog):
        dialog.title_edit.setText(title)
        set_when(dialog, zone, start, end)
        for name, value in extra.items():
            getattr(dialog, name)(value)
        press_ok(dialog)

    dialogs.append(fill)
    window.actions_.add_engagement.trigger()
    return window.last_dialog


def picking(name: str):
    """A ``run_dialog`` stand-in for the member picker: search ``name``, accept the first match."""
    def pick(dialog) -> bool:
        dialog.search.setText(name)
        dialog.refresh_people()
        dialog.accept()
        return True

    return pick


def refused_target(db_path, tmp_path):
    """A save target the program must refuse, and a way to check nothing was written: the database file
    itself on SQLite (its bytes before and after), a folder on a PostgreSQL run (no file to point at)."""
    from pathlib import Path

    if isinstance(db_path, Path):
        before = db_path.read_bytes()
        return str(db_path), lambda: db_path.read_bytes() == before
    return str(tmp_path), lambda: tmp_path.is_dir()


def database_bytes(db_path):
    """The SQLite file's bytes (None on a PostgreSQL run): equal before and after means nothing written."""
    from pathlib import Path

    return db_path.read_bytes() if isinstance(db_path, Path) else None
