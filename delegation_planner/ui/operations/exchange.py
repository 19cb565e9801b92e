"""Calendars and spreadsheets from the window: the trip's programme as .ics (whole trip or one
member's), the commitments tracker as CSV for Excel. The dialogs check the target first (never the
database, its backups, a FIFO or a device: the reason shown in the dialog); the writing is a job for
the window's task runner (off the UI thread), through ``storage.outputs``."""
from __future__ import annotations

import os
from typing import Any, Callable

from delegation_planner.reports.calendar import MAX_REMINDER_MINUTES, CalendarResult, check_reminder, export_calendar
from delegation_planner.reports.spreadsheet import (
    SheetResult, check_separator, default_separator, export_commitments_csv,
)
from delegation_planner.services.members import list_members
from delegation_planner.services.trips import get_trip
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.files import check_output, suggested_name

__all__ = ["MAX_REMINDER_MINUTES", "CalendarResult", "SheetResult", "calendar_job", "calendar_members",
           "check_calendar", "check_csv", "commitments_job", "default_separator", "suggested_calendar_name",
           "suggested_csv_name", "trip_title"]


def calendar_members(ctx: UiContext, trip_id: int) -> list[tuple[int, str]]:
    """(person id, name) of the trip's delegation members, in order of precedence."""
    return [(m.person_id, m.full_name) for m in list_members(ctx.db, trip_id)]


def trip_title(ctx: UiContext, trip_id: int) -> str:
    return get_trip(ctx.db, trip_id).title


def suggested_calendar_name(ctx: UiContext, trip_id: int, person_name: str = "") -> str:
    trip = get_trip(ctx.db, trip_id)
    title = f"{person_name} {trip.title}" if person_name else trip.title
    return suggested_name(title, f"-{trip.start_date.year:04d}.ics")


def suggested_csv_name(ctx: UiContext, trip_id: int | None, lang: str = "en") -> str:
    """"commitments-boston-study-visit-2017.csv" ("cam-ket-…" in Vietnamese)."""
    word = "cam kết" if lang == "vi" else "commitments"
    if trip_id is None:
        return suggested_name(word, ".csv")
    trip = get_trip(ctx.db, trip_id)
    return suggested_name(f"{word} {trip.title}", f"-{trip.start_date.year:04d}.csv")


def check_calendar(ctx: UiContext, path: str | os.PathLike, reminder_minutes: int | None = None) -> None:
    """The quick checks a dialog makes before closing: the target may be written, the reminder is sane."""
    check_output(ctx, path, what="calendar file")
    check_reminder(reminder_minutes)


def check_csv(ctx: UiContext, path: str | os.PathLike, sep: str) -> None:
    check_output(ctx, path, what="CSV file")
    check_separator(sep)


def calendar_job(ctx: UiContext, trip_id: int, path: str | os.PathLike, *, person_id: int | None = None,
                 reminder_minutes: int | None = None, lang: str = "en") -> Callable[[Any, Any], CalendarResult]:
    """``job(progress, cancelled)`` for the task runner, writing the .ics (target checked here first)."""
    check_calendar(ctx, path, reminder_minutes)
    db = ctx.db

    def job(_progress, _cancelled) -> CalendarResult:
        return export_calendar(db, trip_id, path, person_id=person_id, reminder_minutes=reminder_minutes,
                               lang=lang)

    return job


def commitments_job(ctx: UiContext, path: str | os.PathLike, *, trip_id: int | None = None, sep: str = ",",
                    lang: str = "en") -> Callable[[Any, Any], SheetResult]:
    """``job(progress, cancelled)`` for the task runner, writing the CSV (target checked here first)."""
    check_csv(ctx, path, sep)
    db = ctx.db

    def job(_progress, _cancelled) -> SheetResult:
        return export_commitments_csv(db, path, trip_id=trip_id, sep=sep, lang=lang)

    return job
