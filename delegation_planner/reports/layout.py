"""The document frame shared by both reports: paper, header, "Page X of Y" footer,
table of contents and PDF outline, progress and cancellation, atomic write."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from delegation_planner.reports.paragraph import Paragraph, Table
from reportlab.lib.sequencer import Sequencer, setSequencer

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.progress import CancelCheck, Progress, check_cancelled
from delegation_planner.reports.fonts import BOLD, FAMILY, ITALIC, collecting_missing, draw_string
from delegation_planner.reports.styles import ACCENT, INK, MUTED, RULE
from delegation_planner.reports.text import clean, esc, shorten
from delegation_planner.storage.errors import KnownError

PAPERS = {"a4": A4, "letter": LETTER}

@dataclass(frozen=True)
class BuildResult:
    path: Path
    pages: int
    #: Characters no shipped font has (emoji, rare symbols), drawn as "�": for a warning.
    missing_glyphs: tuple[str, ...] = ()


def check_paper(paper: object) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ValidationError.of("paper", "unknown_paper", value=repr(paper))
    return PAPERS[paper]


# ------------------------------------------------------------------------------ flowable helpers

class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"s{self.n}"


def heading(text: str, style, level: int | None, counter: _Counter) -> Paragraph:
    """A heading paragraph (escaped); with ``level`` it goes into the contents and the PDF outline."""
    para = Paragraph(esc(text), style)
    if level is not None:
        para._toc = (level, clean(text).replace("\n", " "), counter.next())  # type: ignore[attr-defined]
    return para


def contents(level_styles) -> "Contents":
    """The table of contents in the report's fonts, rows without extra padding."""
    from reportlab.platypus import TableStyle

    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return Contents(levelStyles=level_styles, dotsMinLevel=0, tableStyle=style)


class Contents(TableOfContents):
    """A table of contents laid out in one pass.

    Its entries are known before layout (:func:`_prefill_contents`) and its height does not
    depend on the page numbers, so only the numbers (with their dots and links) wait for the
    pages: each is recorded where ReportLab would draw it and drawn there by
    :class:`_NumberedCanvas` at save time, from the page the heading's bookmark landed on
    (the same operators at the same place in the page's stream, like "Page X of Y").
    A further pass is made only if the headings laid out differ from the prefilled ones."""

    def isSatisfied(self):  # noqa: N802 (ReportLab's name)
        # the page numbers are not compared: they are filled in at save time
        return [(e[0], e[1], e[3]) for e in self._entries] == [(e[0], e[1], e[3]) for e in self._lastEntries]

    def wrap(self, availWidth, availHeight):  # noqa: N803
        entries = list(self._lastEntries)
        cached = getattr(self, "_dp_wrapped", None)
        if cached is not None and cached[0] == availWidth and cached[1] == entries:
            self.width, self.height = cached[2]  # the same table: built and measured once
        else:
            super().wrap(availWidth, availHeight)
            self._dp_wrapped = (availWidth, entries, (self.width, self.height))
        self.canv.setNamedCB("drawTOCEntryEnd", self._entry_end(availWidth, availHeight))
        return self.width, self.height

    def _entry_end(self, avail_width: float, avail_height: float):
        from ast import literal_eval

        from reportlab.platypus.tableofcontents import drawPageNumbers

        def draw_entry_end(canvas, kind, label):
            page, level, key = label.split(",")
            page, level, key = int(page), int(level), literal_eval(key)
            style = self.getLevelStyle(level)
            dot = " . " if 0 <= self.dotsMinLevel <= level else ""

            def draw(canv, number):
                drawPageNumbers(canv, style, [(number, key)], avail_width, avail_height, dot)

            defer = getattr(canvas, "defer_page_number", None)
            if defer is None or key is None:
                draw(canvas, page)
            else:
                defer(key, page, draw)
        return draw_entry_end


def table(rows: list[list], col_widths: Sequence[float], style, *, repeat: int = 1) -> Table:
    """A table that repeats its header and may split inside a tall row instead of failing."""
    t = Table(rows, colWidths=list(col_widths), repeatRows=repeat, splitByRow=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(style)
    return t


# --------------------------------------------------------------------------------- the document

class _NumberedCanvas(Canvas):
    """Defers each page until the end, then writes "Page X of Y" on every page.

    Bookmarks (contents links, PDF outline) are deferred with their page: the PDF
    page they point to only exists once the page is really emitted in ``save``.
    """

    footer_format = "Page {x} of {y}"
    footer_left = ""
    classification = ""
    sink: dict = {}

    def __init__(self, *args, **kwargs):
        # No base-14 font in the file: ReportLab's page preamble would name Helvetica.
        kwargs["initialFontName"] = FAMILY
        super().__init__(*args, **kwargs)
        self._deferred: list[dict] = []
        self._page_bookmarks: list[tuple[str, dict]] = []
        self._page_numbers_due: list[tuple] = []

    def bookmarkPage(self, key, **kwargs):  # noqa: N802 (ReportLab's name)
        self._page_bookmarks.append((key, kwargs))

    def defer_page_number(self, key: str, page: int, draw) -> None:
        """``draw(canvas, number)`` at this point of this page's stream once the pages are known:
        ``number`` is the page of bookmark ``key`` (``page`` if no page has it)."""
        info = getattr(self, "_curr_tx_info", None)
        self._page_numbers_due.append((len(self._code), len(self._annotationrefs), self._currentMatrix,
                                       dict(info) if info is not None else None, key, page, draw))

    def showPage(self):  # noqa: N802
        self._deferred.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._page_numbers_due = []
        self._startPage()

    def _draw_page_numbers(self, due: list, pages: dict[str, int]) -> None:
        """Draw the deferred page numbers into the restored page, each spliced in where it was due."""
        code, annotations = self._code, self._annotationrefs
        matrix, info, count = self._currentMatrix, getattr(self, "_curr_tx_info", None), self._annotationCount
        # annotation names count on from the last one of the document (the restored page has an older count)
        self._annotationCount = self._dp_annotations
        try:
            for code_at, annotation_at, at_matrix, at_info, key, page, draw in reversed(due):
                self._code, self._annotationrefs, self._currentMatrix = [], [], at_matrix
                self._curr_tx_info = at_info
                draw(self, pages.get(key, page))
                code[code_at:code_at] = self._code
                annotations[annotation_at:annotation_at] = self._annotationrefs
        finally:
            self._dp_annotations = self._annotationCount
            self._code, self._annotationrefs, self._currentMatrix = code, annotations, matrix
            self._annotationCount = count
            if info is None:
                self.__dict__.pop("_curr_tx_info", None)
            else:
                self._curr_tx_info = info

    def save(self):
        total = len(self._deferred)
        pages = {key: number for number, state in enumerate(self._deferred, start=1)
                 for key, _kwargs in state["_page_bookmarks"]}
        self._dp_annotations = self._annotationCount
        for state in self._deferred:
            self.__dict__.update(state)
            for key, kwargs in state["_page_bookmarks"]:
                Canvas.bookmarkPage(self, key, **kwargs)
            if state["_page_numbers_due"]:
                self._draw_page_numbers(state["_page_numbers_due"], pages)
            self._footer(total)
            Canvas.showPage(self)
        self.sink["pages"] = total
        self.showOutline()  # the outline opens beside the first page
        Canvas.save(self)

    def _footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        base = 10 * mm
        if self.classification:
            classification_band(self, 20 * mm, 4.5 * mm, width - 40 * mm, self.classification)
            base = 13 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(20 * mm, base + 4 * mm, width - 20 * mm, base + 4 * mm)
        self.setFillColor(MUTED)
        if self.footer_left:
            draw_string(self, 20 * mm, base, self.footer_left, FAMILY, 7.5)
        self.setFillColor(INK)
        self.setFont(FAMILY, 8.5)
        self.drawRightString(width - 20 * mm, base, self.footer_format.format(x=self._pageNumber, y=total))
        self.restoreState()


BAND_HEIGHT = 6.5 * mm
BAND_FONT_SIZE = 12


def classification_band(canv, x: float, y: float, width: float, text: str) -> None:
    """The classification in a dark red band, white 12 pt bold capitals: readable at arm's length."""
    from reportlab.lib import colors

    canv.saveState()
    canv.setFillColor(ACCENT)
    canv.rect(x, y, width, BAND_HEIGHT, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    label = shorten(text, width - 8, BOLD, BAND_FONT_SIZE)
    draw_string(canv, x + width / 2, y + (BAND_HEIGHT - BAND_FONT_SIZE * 0.72) / 2, label, BOLD, BAND_FONT_SIZE,
                align="centre")
    canv.restoreState()


class ReportDocument(BaseDocTemplate):
    def __init__(self, filename: str, *, pagesize, title: str, subject: str, header_right: str,
                 progress: Progress | None, cancelled: CancelCheck | None, progress_base: float = 0.2,
                 author: str = "", keywords: Sequence[str] = (), lang: str = "en", classification: str = ""):
        super().__init__(filename, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=24 * mm, bottomMargin=22 * mm, title=clean(title), subject=clean(subject),
                         author=clean(author).replace("\n", " ").strip() or APP_NAME, creator=APP_NAME,
                         keywords=[clean(k).replace("\n", " ") for k in keywords if k and str(k).strip()],
                         lang=lang, displayDocTitle=1, initialFontName=FAMILY, invariant=0)
        self._header_title = clean(title)
        self._header_right = clean(header_right)
        self._classification = clean(classification).replace("\n", " ").strip()
        self._progress = progress
        self._cancelled = cancelled
        self._progress_base = progress_base
        self._pass = 0
        self._done = 0
        self._total = 1
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    # Header on every page: the trip title (shortened with "…" to fit; the full title is on the
    # first page) and, when given, the classification line.
    def _decorate(self, canv, doc) -> None:
        width, height = self.pagesize
        top = height - 13 * mm
        canv.saveState()
        if self._classification:
            classification_band(canv, self.leftMargin, height - 4.5 * mm - BAND_HEIGHT, self.width,
                                self._classification)
            top = height - 15.5 * mm
        right = self._header_right
        right_width = 0.0
        if right:
            canv.setFillColor(ACCENT)
            right_width = draw_string(canv, width - self.rightMargin, top, right, BOLD, 8, align="right") + 12
        canv.setFillColor(MUTED)
        draw_string(canv, self.leftMargin, top, shorten(self._header_title, self.width - right_width, ITALIC, 8),
                    ITALIC, 8)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(self.leftMargin, top - 3 * mm, width - self.rightMargin, top - 3 * mm)
        canv.restoreState()

    def build(self, flowables, **kwargs):  # one call per multiBuild pass
        self._pass += 1
        self._done = 0
        self._total = max(1, len(flowables))
        self._check()
        super().build(flowables, **kwargs)

    def _check(self) -> None:
        check_cancelled(self._cancelled)

    def handle_pageBegin(self):  # noqa: N802
        self._check()
        super().handle_pageBegin()

    def afterFlowable(self, flowable):  # noqa: N802
        toc = getattr(flowable, "_toc", None)
        if toc is not None:
            level, text, key = toc
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, esc(text), self.page, key))
        self._done += 1
        if self._done % 20 == 0:
            self._check()
            if self._progress is not None:
                # One pass (a second only if the headings differ from the prefilled contents).
                within = min(1.0, self._done / self._total)
                fraction = min(0.98, within) if self._pass == 1 else 0.98
                self._progress(self._progress_base + (1 - self._progress_base) * fraction,
                               f"Laying out pages (pass {self._pass})")


APP_NAME = "Delegation Planner"


def write_pdf(out_path: str | os.PathLike, story: list, *, paper: str, title: str, subject: str,
              header_right: str, footer_format: str, footer_left: str,
              progress: Progress | None, cancelled: CancelCheck | None,
              database: str | os.PathLike | None = None, author: str = "", keywords: Sequence[str] = (),
              lang: str = "en", classification: str = "",
              missing: dict[str, int] | None = None) -> BuildResult:
    """Lay out ``story`` into ``out_path`` through :mod:`storage.outputs` (never onto the
    ``database`` or its companions; owner-only temp file, fsync, rename).

    The PDF names its title, author (the office; default the application), subject, keywords
    and language (/Lang), opens with its outline shown, and embeds only TrueType subsets.
    ``classification`` is printed in a band at the top and the bottom of every page.
    Characters no font has are listed in the result's ``missing_glyphs`` (with those already
    met while composing ``story``, when its collector ``missing`` is passed)."""
    from delegation_planner.storage.outputs import atomic_output_path

    pagesize = check_paper(paper)
    target = Path(out_path)
    sink: dict = {}
    classification = clean(classification).replace("\n", " ").strip()
    canvas_class = type("NumberedCanvas", (_NumberedCanvas,),
                        {"footer_format": footer_format, "footer_left": clean(footer_left), "sink": sink,
                         "classification": classification})
    with collecting_missing() as found:
        with atomic_output_path(target, database=database, what="PDF") as temp:
            doc = ReportDocument(str(temp), pagesize=pagesize, title=title, subject=subject,
                                 header_right=header_right, progress=progress, cancelled=cancelled,
                                 author=author, keywords=keywords, lang=lang, classification=classification)
            setSequencer(Sequencer())
            _prefill_contents(story)
            doc.multiBuild(story, canvasmaker=canvas_class, maxPasses=6)
            check_cancelled(cancelled)
    if progress is not None:
        progress(1.0, "Done")
    chars = dict(missing or {})
    chars.update(found)
    return BuildResult(path=target, pages=int(sink.get("pages", 0)), missing_glyphs=tuple(sorted(chars)))


def _toc_entries(flowables, out: list) -> list:
    for f in flowables:
        toc = getattr(f, "_toc", None)
        if toc is not None:
            level, text, key = toc
            out.append((level, esc(text), 0, key))
        content = getattr(f, "_content", None)  # KeepTogether
        if isinstance(content, list):
            _toc_entries(content, out)
    return out


def _prefill_contents(story: list) -> None:
    """Give each table of contents every entry before the first pass (pages unknown yet).

    The contents then have their final height from the start, so the page numbers found
    in the first pass are already right, and :class:`Contents` draws them at save time:
    one pass (was three, then two)."""
    tocs = [f for f in story if isinstance(f, TableOfContents)]
    if not tocs:
        return
    entries = _toc_entries(story, [])
    for toc in tocs:
        toc._entries = list(entries)
