"""Flowable helpers both reports use: long text as several paragraphs, table cells, key/value blocks."""
from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from delegation_planner.reports.styles import kv_style
from delegation_planner.reports.text import chunks, esc
from delegation_planner.reports.layout import table


def paragraphs(value: object, style, *, empty: str | None = None, empty_style=None) -> list:
    """``value`` as one paragraph per line (long lines in chunks), so it can flow across pages.

    Nothing is dropped: every character of the text is in one of the paragraphs."""
    lines = chunks(value)
    if not lines:
        return [Paragraph(esc(empty), empty_style or style)] if empty else []
    out: list = []
    for line in lines:
        if line == "":
            out.append(Spacer(1, style.leading * 0.4))
        else:
            out.append(Paragraph(esc(line), style))
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
    rows = [[Paragraph(esc(k), styles.cell_bold), cell(v, styles.cell)] for k, v in pairs
            if v not in (None, "") and str(v).strip()]
    if not rows:
        return []
    return [table(rows, [label_width, width - label_width], kv_style(), repeat=0)]
