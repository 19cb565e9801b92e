"""Spreadsheet import (Trip → Import from spreadsheet…): read the file, preview, import.

The dialog shows the preview (column mapping, rows to create, bad rows with their line) and
calls ``import_rows`` only when there is no bad row; the service refuses a file with bad rows
again inside its one transaction. Like a trip bundle's import, it is not undoable (a CSV adds
whole lists of people or engagements; delete them from their panels)."""
from __future__ import annotations

import os

from delegation_planner.services import csv_import
from delegation_planner.services.csv_import import (
    ALREADY_THERE, MATCHED, NEW, REPEATED, BadRow, CsvImportResult, CsvPreview, EngagementToImport, PersonToImport,
)
from delegation_planner.ui.context import UiContext

__all__ = ["ALREADY_THERE", "MATCHED", "NEW", "REPEATED", "BadRow", "CsvImportResult", "CsvPreview",
           "EngagementToImport", "PersonToImport", "import_rows", "preview", "read_file"]

PEOPLE, ENGAGEMENTS = "people", "engagements"


def read_file(path: str | os.PathLike) -> bytes:
    """The file's bytes (a regular file of at most a few MB; ValidationError naming why not)."""
    return csv_import.read_csv_file(path)


def preview(ctx: UiContext, trip_id: int, data: bytes, what: str, side: str = "delegation",
            encoding: str | None = None) -> CsvPreview:
    """What importing ``data`` would do; nothing is written."""
    if what == PEOPLE:
        return csv_import.preview_people(ctx.db, trip_id, data, side, encoding=encoding)
    return csv_import.preview_engagements(ctx.db, trip_id, data, encoding=encoding)


def import_rows(ctx: UiContext, trip_id: int, data: bytes, what: str, side: str = "delegation",
                encoding: str | None = None, progress=None, cancelled=None) -> CsvImportResult:
    """Import every row in one transaction, or nothing (ValidationError listing the bad lines;
    Cancelled, nothing written, when ``cancelled()`` says stop). Safe on the task runner's thread:
    it touches no widget, and the change is announced through the hub's queued signal."""
    if what == PEOPLE:
        return csv_import.import_people(ctx.db, trip_id, data, side, encoding=encoding, progress=progress,
                                        cancelled=cancelled)
    return csv_import.import_engagements(ctx.db, trip_id, data, encoding=encoding, progress=progress,
                                         cancelled=cancelled)
