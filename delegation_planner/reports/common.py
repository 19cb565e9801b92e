"""Flowable helpers both reports use: long text as several paragraphs, table cells, key/value blocks."""
from __future__ import annotations

from typing import Sequence

from reportlab.platypus import HRFlowable, Spacer

from delegation_planner.reports.paragraph import Paragraph

from delegation_planner.reports.styles import ACCENT, kv_style
from delegation_planner.reports.text import chunks, esc
from delegation_planner.reports.layout import table


def paragraphs(value: object, style, *, empty: str | None = None, empty_style=None) -> list:
    """``value`` as its paragraphs: lines separated by a blank line are paragraphs, a single newline
    is a line break inside one (a 1,845-character note typed without blank lines is one paragraph).

    Only a paragraph longer than :data:`PARAGRAPH_MAX` characters is cut (at a sentence end, else a
    space), so that it can flow across pages quickly. Nothing is dropped."""
    blocks = text_blocks(value)
    if not blocks:
        return [Paragraph(esc(empty), empty_style or style)] if empty else []
    return [Paragraph(esc(block), style) for block in blocks]


#: Longest paragraph laid out as one (ReportLab splits a paragraph across pages by its lines).
PARAGRAPH_MAX = 8000


def text_blocks(value: object, limit: int = PARAGRAPH_MAX) -> list[str]:
    """The paragraphs of ``value`` (cleaned, not escaped): runs of lines between blank lines, joined by
    "\n"; a run longer than ``limit`` is cut at a sentence end (else a space, else anywhere)."""
    lines = chunks(value, size=limit)  # blank-line runs collapsed to one "", words longer than limit cut
    out: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line:
            current.append(line)
            continue
        text = "\n".join(current)
        current = []
        while len(text) > limit:
            cut = text.rfind(". ", limit // 2, limit)
            cut = cut + 1 if cut > 0 else text.rfind(" ", limit // 2, limit)
            if cut <= 0:
                cut = limit
            out.append(text[:cut].rstrip())
            text = text[cut:].lstrip(" ")
        if text:
            out.append(text)
    return out


def cell(value: object, style) -> object:
    """A table cell: one Paragraph, or a list of them for long or multi-line text."""
    lines = chunks(value, size=600)
    if not lines:
        return ""
    if len(lines) == 1:
        return Paragraph(esc(lines[0]), style)
    return [Paragraph(esc(line), style) if line else Spacer(1, 3) for line in lines]


def markup_cell(markup: str, style) -> Paragraph:
    """A cell from markup the report wrote itself (user parts already escaped)."""
    return Paragraph(markup, style)


def key_values(pairs: list[tuple[str, object]], styles, width: float, label_width: float = 38 * 2.8346) -> list:
    """Label/value rows (labels bold); pairs with empty values are left out."""
    rows: list[list] = []
    grouper = RecordTable([], [])
    for k, v in pairs:
        if v in (None, "") or not str(v).strip():
            continue
        pieces = grouper._group(_as_list(cell(v, styles.cell)))
        for i, piece in enumerate(pieces):
            rows.append([Paragraph(esc(k), styles.cell_bold) if i == 0 else "", piece])
    if not rows:
        return []
    return [table(rows, [label_width, width - label_width], kv_style(), repeat=0)]


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None and v != ""]
    return [value]


def _text_length(flowable) -> int:
    return len(getattr(flowable, "text", "") or "") + 40


CHUNK_ROWS = 120  # rows per table of a long list (a few pages)


class RecordTable:
    """A table of records whose long cells continue on extra rows.

    Each cell is a flowable or a list of flowables (e.g. from :func:`cell`). A cell's
    flowables are grouped into pieces of at most ``max_chars`` of text, one piece per
    row: a 20,000-character description becomes thirty short rows under its record,
    which split across pages cheaply (a single tall cell would be split inside the
    row, slowly, or raise a LayoutError). Rules and zebra shading follow records, not
    rows, so the continuation reads as one cell.
    """

    def __init__(self, header: list, widths: Sequence[float], *, max_chars: int = 700):
        self.rows: list[list] = [header]
        self.widths = list(widths)
        self.max_chars = max_chars
        self._ends: list[int] = []
        self._shaded: list[tuple[int, int]] = []

    def _group(self, flowables: list) -> list:
        groups: list[list] = []
        size = 0
        for f in flowables:
            length = _text_length(f)
            if groups and size + length <= self.max_chars:
                groups[-1].append(f)
                size += length
            else:
                groups.append([f])
                size = length
        return [g[0] if len(g) == 1 else g for g in groups]

    def add(self, cells: list) -> None:
        groups = [self._group(_as_list(c)) for c in cells]
        count = max([1] + [len(g) for g in groups])
        first = len(self.rows)
        for r in range(count):
            self.rows.append([g[r] if r < len(g) else "" for g in groups])
        last = len(self.rows) - 1
        if len(self._ends) % 2 == 1:
            self._shaded.append((first, last))
        self._ends.append(last)
        if count > 1:
            self._continued = getattr(self, "_continued", [])
            self._continued.append((first, last))

    def __len__(self) -> int:
        return len(self._ends)

    def flowables(self, chunk_rows: int = CHUNK_ROWS) -> list:
        """The table as tables of at most about ``chunk_rows`` rows, each with the header,
        cut between records. ReportLab copies every remaining row and style command at each
        page split of one table, so one table of n rows costs n²; chunks keep it linear."""
        starts = [1] + [end + 1 for end in self._ends[:-1]]
        chunks: list[tuple[int, int]] = []
        for first, last in zip(starts, self._ends):
            if chunks and last - chunks[-1][0] + 1 <= chunk_rows:
                chunks[-1] = (chunks[-1][0], last)
            else:
                chunks.append((first, last))
        return [self._table(first, last) for first, last in chunks or [(1, 0)]]

    def _table(self, first: int, last: int):
        """Rows ``first..last`` (whole records) under the header, as one Table."""
        from reportlab.platypus import TableStyle

        from delegation_planner.reports.styles import RULE, ZEBRA, grid_style

        def inside(a: int, b: int) -> tuple[int, int] | None:
            a, b = max(a, first), min(b, last)
            return (a - first + 1, b - first + 1) if a <= b else None

        commands = [c for c in grid_style(0).getCommands() if not (c[0] == "LINEBELOW" and c[1] == (0, 1))]
        for a, b in self._shaded:
            span = inside(a, b)
            if span:
                commands.append(("BACKGROUND", (0, span[0]), (-1, span[1]), ZEBRA))
        for end in self._ends:
            if first <= end <= last:
                commands.append(("LINEBELOW", (0, end - first + 1), (-1, end - first + 1), 0.25, RULE))
        for a, b in getattr(self, "_continued", []):
            span = inside(a, b)
            if span and span[0] < span[1]:
                # Continuation rows sit tight under their record.
                commands.append(("BOTTOMPADDING", (0, span[0]), (-1, span[1] - 1), 0))
                commands.append(("TOPPADDING", (0, span[0] + 1), (-1, span[1]), 0))
        return table([self.rows[0]] + self.rows[first:last + 1], self.widths, TableStyle(commands))


def records_table(rows: list[list], widths: Sequence[float]) -> list:
    """``rows[0]`` is the header; each further row is one record (see :class:`RecordTable`).
    A list of flowables: long tables come in chunks (see :meth:`RecordTable.flowables`)."""
    builder = RecordTable(rows[0], widths)
    for row in rows[1:]:
        builder.add(row)
    return builder.flowables()


COMPACT_FROM = 300  # past this many people, a list of one line per person instead of a table


def people_lines(entries: list[tuple[str, str]], st) -> list:
    """A long list of people (a forum's attendance): one numbered line each, name in bold,
    then the rest (title, organization, contact) — a tenth of the pages of a table."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("PeopleLine", parent=st.small, leftIndent=18, firstLineIndent=-18, spaceAfter=0.6)
    return [Paragraph(f"{i}. <b>{esc(name)}</b>" + (f" — {esc(rest)}" if rest else ""), style)
            for i, (name, rest) in enumerate(entries, start=1)]


def cover_lines(data, L, st) -> list:
    """Title, rule, destination, dates and head of delegation: the cover of both documents."""
    out = paragraphs(data.trip.title, st.cover_title)
    out.append(HRFlowable(width="40%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=14))
    return out + trip_facts(data, L, st)


def trip_facts(data, L, st) -> list:
    """Destination, dates and head of delegation, one line each (covers and the report's title block)."""
    trip = data.trip
    out: list = []
    if trip.destination:
        out += paragraphs(f"{L('destination')}: {trip.destination}", st.cover_line)
    out.append(Paragraph(esc(f"{L('dates')}: {L.date_range(trip.start_date, trip.end_date)}"), st.cover_line))
    if data.head is not None:
        head = data.head.full_name + (f", {data.head.title}" if data.head.title else "")
        out += paragraphs(f"{L('head')}: {head}", st.cover_line)
    return out


def clock_label(item, lang: str, place: str = "") -> str:
    """"09:00 Boston · 20:00 Hà Nội" with the venue named by the place the engagement is held in
    (services.report_data.venue_place), not by its organization's seat."""
    from delegation_planner.domain.timezones import dual_time_label

    return dual_time_label(item.start_utc, item.timezone, item.home_timezone, venue_city=place, lang=lang)
