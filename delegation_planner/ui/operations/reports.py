"""Report use cases: the briefing pack and the post-trip report, as jobs for the one background runner.

Importing this module imports ReportLab: the window imports it when a report is asked for.
"""
from __future__ import annotations

import os
from typing import Any, Callable

from delegation_planner.domain.progress import Cancelled
from delegation_planner.reports import build_briefing_pack, build_trip_report
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations import files

BRIEFING, TRIP_REPORT = "briefing", "trip_report"


def suggested_file_name(ctx: UiContext, trip_id: int, kind: str, lang: str = "en") -> str:
    """"boston-study-visit-2017-briefing-vi.pdf"."""
    from delegation_planner.ui.operations.trips import get_trip

    suffix = ("briefing" if kind == BRIEFING else "report") + ("" if lang == "en" else f"-{lang}")
    return files.suggested_name(get_trip(ctx, trip_id).title, f"-{suffix}.pdf")


def report_job(ctx: UiContext, kind: str, trip_id: int, path: str | os.PathLike, *,
               lang: str = "en", paper: str = "a4") -> Callable[[Any, Any], Any]:
    """``job(progress, cancelled)`` building the PDF at ``path`` (checked here, before any work)
    on ``paper`` ("a4" or "letter", the Settings' default paper size)."""
    files.check_output(ctx, path, what="PDF file")
    builder = build_briefing_pack if kind == BRIEFING else build_trip_report
    db = ctx.db

    def job(progress, cancelled):
        return builder(db, trip_id, path, lang=lang, paper=paper, progress=progress, cancelled=cancelled)

    return job


def is_cancelled(exc: BaseException) -> bool:
    """True if the job stopped because the user pressed Cancel (no file was written)."""
    return isinstance(exc, Cancelled)  # the one cancellation of services, reports and the runner
