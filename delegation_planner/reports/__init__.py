"""PDF briefing packs and post-trip reports (ReportLab platypus). No Qt here.

    from delegation_planner.reports import build_briefing_pack, build_trip_report
    result = build_briefing_pack(db, trip_id, out_path, lang="vi", paper="a4")
    result.path, result.pages

``progress(fraction, message)`` is called as work advances; when ``cancelled()``
returns True the build stops with ``domain.progress.Cancelled`` and no file is left at
``out_path`` (the PDF is written beside it under a temporary name, then renamed).
"""
from __future__ import annotations

import os
from datetime import date

from delegation_planner.domain.progress import CancelCheck, Cancelled, Progress, scaled
from delegation_planner.reports.i18n import check_lang

# reports.layout (ReportLab, ≈0.1 s) is imported on first use: the CLI's programme uses
# reports.i18n's labels without loading ReportLab (bench/bench_cli.py).

__all__ = ["build_briefing_pack", "build_trip_report", "BuildResult", "Cancelled"]

_GATHER_SHARE = 0.2


def _build(kind: str, db, trip_id: int, out_path: str | os.PathLike, *, lang: str, paper: str,
           classification: str | None, progress: Progress | None, cancelled: CancelCheck | None,
           office=None, evaluation: str = "") -> BuildResult:
    from delegation_planner.reports.fonts import collecting_missing
    from delegation_planner.reports.layout import check_paper

    check_lang(lang)
    pagesize = check_paper(paper)
    from reportlab.lib.units import mm

    from delegation_planner.reports.i18n import Labels
    from delegation_planner.reports.layout import write_pdf
    from delegation_planner.reports.text import clean

    from delegation_planner.services.report_data import gather

    data = gather(db, trip_id, with_notes=kind == "trip", progress=scaled(progress, 0.0, _GATHER_SHARE),
                  cancelled=cancelled)
    classification = clean(classification or "").strip()
    with collecting_missing() as missing:  # characters no font has, met while composing
        story, title_word = _compose(kind, data, lang, width=pagesize[0] - 40 * mm, classification=classification,
                                     office=office, evaluation=evaluation, progress=progress)
    trip = data.trip
    L = Labels(lang, data.direction)
    return write_pdf(out_path, story, paper=paper, title=trip.title, subject=f"{title_word}: {trip.title}",
                     author=office.author(lang) if office is not None else "",
                     keywords=[title_word, trip.destination, trip.title], lang=lang,
                     classification=classification, header_right="", missing=missing,
                     footer_format=L("page_x_of_y", x="{x}", y="{y}"),
                     footer_left=L("footer", kind=title_word, date=L.date(date.today())),
                     progress=progress, cancelled=cancelled, database=getattr(db, "path", None))


def _compose(kind: str, data, lang: str, *, width: float, classification: str, office, evaluation: str,
             progress: Progress | None):
    from delegation_planner.reports import briefing, trip_report
    from delegation_planner.reports.i18n import Labels
    from delegation_planner.reports.styles import make_styles

    labels = Labels(lang, data.direction)  # the visit's direction chooses the words
    styles = make_styles()
    today = date.today()
    if progress is not None:
        progress(_GATHER_SHARE, "Composing the document")
    if kind == "briefing":
        story = briefing.story(data, labels, styles, width, classification=classification, prepared_on=today)
        return story, labels("briefing_pack")
    story = trip_report.story(data, labels, styles, width, prepared_on=today, office=office,
                              classification=classification, evaluation=evaluation)
    return story, labels("trip_report")


def build_briefing_pack(db, trip_id: int, out_path: str | os.PathLike, *, lang: str = "en", paper: str = "a4",
                        classification: str | None = None, office=None, progress: Progress | None = None,
                        cancelled: CancelCheck | None = None) -> BuildResult:
    """The briefing pack for ``trip_id`` as a PDF at ``out_path`` (``office``: the PDF's author)."""
    return _build("briefing", db, trip_id, out_path, lang=lang, paper=paper, classification=classification,
                  progress=progress, cancelled=cancelled, office=office)


def build_trip_report(db, trip_id: int, out_path: str | os.PathLike, *, lang: str = "en", paper: str = "a4",
                      classification: str | None = None, office=None, evaluation: str = "",
                      progress: Progress | None = None, cancelled: CancelCheck | None = None) -> BuildResult:
    """The post-trip report for ``trip_id`` as a PDF at ``out_path``: ``office`` (a
    :class:`reports.letterhead.OfficeIdentity`) heads it, ``evaluation`` is the officer's
    "Evaluation and recommendations", ``classification`` is marked on every page."""
    return _build("trip", db, trip_id, out_path, lang=lang, paper=paper, classification=classification,
                  progress=progress, cancelled=cancelled, office=office, evaluation=evaluation)


def __getattr__(name: str):
    if name == "BuildResult":
        from delegation_planner.reports.layout import BuildResult

        return BuildResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
