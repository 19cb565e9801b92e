"""Calendars and spreadsheets from the window: the trip's programme as .ics (whole trip or one
member's), the commitments tracker as CSV for Excel. Each call checks the target like every save
(never the database, its backups, a FIFO or a device) and writes through ``storage.outputs``."""
from __future__ import annotations

import os

from delegation_planner.reports.calendar import MAX_REMINDER_MINUTES, CalendarResult, export_calendar
from delegation_planner.reports.spreadsheet import SheetResult, default_separator, export_commitments_csv
from delegation_planner.services.members import list_members
from delegation_planner.services.trips import get_trip
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.files import check_output, suggested_name

__all__ = ["MAX_REMINDER_MINUTES", "CalendarResult", "SheetResult", "calendar_members", "default_separator",
           "export_trip_calendar", "export_commitments", "suggested_calendar_name", "suggested_csv_name", "trip_title"]


def calendar_members(ctx: UiContext, trip_id: int) -> list[tuple[int, str]]:
    """(person id, name) of the trip's delegation members, in order of precedence."""
    return [(m.person_id, m.full_name) for m in list_members(ctx.db, trip_id)]


def trip_title(ctx: UiContext, trip_id: int) -> str:
    return get_trip(ctx.db, trip_id).title


def suggested_calendar_name(ctx: UiContext, trip_id: int, person_name: str = "") -> str:
    trip = get_trip(ctx.db, trip_id)
    title = f"{person_name} {trip.title}" if person_name else trip.title
    return suggested_name(title, f"-{trip.start_date.year:04d}.ics")


def suggested_csv_name(ctx: UiContext, trip_id: int | None) -> str:
    if trip_id is None:
        return "commitments.csv"
    trip = get_trip(ctx.db, trip_id)
    return suggested_name(f"commitments {trip.title}", f"-{trip.start_date.year:04d}.csv")


def export_trip_calendar(ctx: UiContext, trip_id: int, path: str | os.PathLike, *, person_id: int | None = None,
                         reminder_minutes: int | None = None, lang: str = "en") -> CalendarResult:
    check_output(ctx, path, what="calendar file")
    return export_calendar(ctx.db, trip_id, path, person_id=person_id, reminder_minutes=reminder_minutes, lang=lang)


def export_commitments(ctx: UiContext, path: str | os.PathLike, *, trip_id: int | None = None, sep: str = ",",
                       lang: str = "en") -> SheetResult:
    check_output(ctx, path, what="CSV file")
    return export_commitments_csv(ctx.db, path, trip_id=trip_id, sep=sep, lang=lang)
