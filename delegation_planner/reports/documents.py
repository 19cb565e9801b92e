"""Entry points of the head of delegation's day cards and the members' personal itineraries.

    from delegation_planner.reports.documents import build_day_cards, build_itinerary
    build_day_cards(db, trip_id, "cards.pdf", lang="vi", paper="a4", classification="Mật")
    build_itinerary(db, trip_id, "itinerary.pdf", person_id=None)   # None: every member, one file

Same checks, progress, cancellation and atomic write as the briefing pack (reports/__init__.py):
``lang``/``paper`` refused before anything is read; the PDF goes through ``layout.write_pdf``.
"""
from __future__ import annotations

import inspect
import os
from datetime import date

from delegation_planner.domain.progress import CancelCheck, Progress, scaled
from delegation_planner.reports.i18n import check_lang

_GATHER_SHARE = 0.2


def _write(kind: str, db, trip_id: int, out_path, *, lang: str, paper: str, classification: str | None,
           progress: Progress | None, cancelled: CancelCheck | None, person_id: int | None = None, office=None):
    from delegation_planner.reports.layout import check_paper

    check_lang(lang)
    pagesize = check_paper(paper)
    from reportlab.lib.units import mm

    from delegation_planner.reports import day_cards, itinerary
    from delegation_planner.reports.i18n import Labels
    from delegation_planner.reports.layout import write_pdf
    from delegation_planner.reports.styles import make_styles
    from delegation_planner.reports.text import clean
    from delegation_planner.services.report_data import gather

    data = gather(db, trip_id, with_notes=False, progress=scaled(progress, 0.0, _GATHER_SHARE), cancelled=cancelled)
    if kind == "itinerary":
        itinerary.members_for(data, person_id)  # a person outside the delegation: refused before any file
    L = Labels(lang, data.direction)  # the visit's direction chooses the words
    st = make_styles()
    width = pagesize[0] - 40 * mm
    if progress is not None:
        progress(_GATHER_SHARE, "Composing the document")
    from delegation_planner.reports.fonts import collecting_missing

    with collecting_missing() as missing:  # characters no font has, met while composing (a day card measures)
        if kind == "day_cards":
            story = day_cards.story(data, L, st, width, pagesize[1] - 46 * mm)
            title_word = L("day_cards")
        else:
            story = itinerary.story(data, L, st, width, person_id=person_id)
            title_word = L("itinerary")
    marking = clean(classification or "").strip()
    extra: dict = {}
    params = inspect.signature(write_pdf).parameters
    if "classification" in params:  # the engine marks it on every page itself
        extra["classification"] = marking
        header_right = ""
    else:
        header_right = marking.replace("\n", " ")
    if "lang" in params:
        extra["lang"] = lang
    if "keywords" in params:
        extra["keywords"] = [title_word, data.trip.destination, data.trip.title]
    if "missing" in params:
        extra["missing"] = missing
    if office is not None and "author" in params:
        extra["author"] = office.author(lang)
    today = date.today()
    return write_pdf(out_path, story, paper=paper, title=data.trip.title, subject=f"{title_word}: {data.trip.title}",
                     header_right=header_right, footer_format=L("page_x_of_y", x="{x}", y="{y}"),
                     footer_left=L("footer", kind=title_word, date=L.date(today)),
                     progress=progress, cancelled=cancelled, database=getattr(db, "path", None), **extra)


def build_day_cards(db, trip_id: int, out_path: str | os.PathLike, *, lang: str = "en", paper: str = "a4",
                    classification: str | None = None, office=None, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None):
    """One page per day of the trip for the head of delegation (reports/day_cards.py); ``office``
    (a :class:`reports.letterhead.OfficeIdentity`): the PDF's author."""
    return _write("day_cards", db, trip_id, out_path, lang=lang, paper=paper, classification=classification,
                  progress=progress, cancelled=cancelled, office=office)


def build_itinerary(db, trip_id: int, out_path: str | os.PathLike, *, person_id: int | None = None,
                    lang: str = "en", paper: str = "a4", classification: str | None = None, office=None,
                    progress: Progress | None = None, cancelled: CancelCheck | None = None):
    """Each delegation member's own programme, one after the other; ``person_id``: that member's only
    (NotFoundError "no delegation member with id N" when they are not in the delegation)."""
    return _write("itinerary", db, trip_id, out_path, lang=lang, paper=paper, classification=classification,
                  progress=progress, cancelled=cancelled, person_id=person_id, office=office)
