"""Report use cases: the briefing pack, the post-trip report, the head of delegation's day cards and
the members' itineraries, as jobs for the one background runner.

Importing this module imports ReportLab: the window imports it when a report is asked for.
"""
from __future__ import annotations

import os
from typing import Any, Callable

from delegation_planner.domain.progress import Cancelled
from delegation_planner.reports import build_briefing_pack, build_trip_report
from delegation_planner.reports.documents import build_day_cards, build_itinerary
from delegation_planner.reports.letterhead import OfficeIdentity, office_from
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations import files

BRIEFING, TRIP_REPORT, DAY_CARDS, ITINERARY = "briefing", "trip_report", "day_cards", "itinerary"
KINDS = (BRIEFING, TRIP_REPORT, DAY_CARDS, ITINERARY)

_SUFFIX = {BRIEFING: "briefing", TRIP_REPORT: "report", DAY_CARDS: "day-cards", ITINERARY: "itinerary"}


def suggested_file_name(ctx: UiContext, trip_id: int, kind: str, lang: str = "en", person_name: str = "") -> str:
    """"boston-study-visit-2017-briefing-vi.pdf"; an itinerary of one member names them
    ("nguyen-duc-chung-boston-study-visit-2017-itinerary.pdf")."""
    from delegation_planner.ui.operations.trips import get_trip

    suffix = _SUFFIX.get(kind, "report") + ("" if lang == "en" else f"-{lang}")
    title = get_trip(ctx, trip_id).title
    if person_name:
        title = f"{person_name} {title}"
    return files.suggested_name(title, f"-{suffix}.pdf")


def itinerary_members(ctx: UiContext, trip_id: int) -> list[tuple[int, str, str]]:
    """(person id, name, role value) of the trip's delegation, in order of precedence."""
    from delegation_planner.services.members import list_members

    return [(m.person_id, m.full_name, str(m.role)) for m in list_members(ctx.db, trip_id)]


def office_identity(issuing_body_vi: str = "", issuing_body_en: str = "", address: str = "",
                    logo: str = "") -> OfficeIdentity | None:
    """The letterhead's office from the Settings' values; None when none of them is set (the
    Vietnamese letterhead then prints its dotted placeholders)."""
    return office_from(issuing_body_vi, issuing_body_en, address, logo)


def report_job(ctx: UiContext, kind: str, trip_id: int, path: str | os.PathLike, *,
               lang: str = "en", paper: str = "a4", classification: str | None = None,
               office: OfficeIdentity | None = None, person_id: int | None = None) -> Callable[[Any, Any], Any]:
    """``job(progress, cancelled)`` building the PDF at ``path`` (checked here, before any work)
    on ``paper`` ("a4" or "letter", the Settings' default paper size). ``office`` heads the
    report's letterhead and is every PDF's author; ``person_id`` is the itinerary's one member
    (None: every member in one file)."""
    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    files.check_output(ctx, path, what="PDF file")
    db = ctx.db
    common = {"lang": lang, "paper": paper, "classification": classification, "office": office}

    def job(progress, cancelled):
        if kind == DAY_CARDS:
            return build_day_cards(db, trip_id, path, progress=progress, cancelled=cancelled, **common)
        if kind == ITINERARY:
            return build_itinerary(db, trip_id, path, person_id=person_id, progress=progress, cancelled=cancelled,
                                   **common)
        builder = build_briefing_pack if kind == BRIEFING else build_trip_report
        return builder(db, trip_id, path, progress=progress, cancelled=cancelled, **common)

    return job


def missing_glyphs_text(result) -> str:
    """"😀 (U+1F600 GRINNING FACE), …": the characters of a built PDF no font has ("" when none)."""
    from delegation_planner.reports.fonts import describe_missing

    missing = getattr(result, "missing_glyphs", ())
    return describe_missing(missing) if missing else ""


def is_cancelled(exc: BaseException) -> bool:
    """True if the job stopped because the user pressed Cancel (no file was written)."""
    return isinstance(exc, Cancelled)  # the one cancellation of services, reports and the runner
