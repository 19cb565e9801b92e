"""Paragraph and table styles in DejaVu Sans: a sober ministry look."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from delegation_planner.reports.fonts import BOLD, FAMILY, ITALIC, register_fonts

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#7a1f1f")  # dark red, as on official letterheads
RULE = colors.HexColor("#9a9a9a")
HEADER_BG = colors.HexColor("#e9e4dc")
ZEBRA = colors.HexColor("#f7f5f1")
MUTED = colors.HexColor("#555555")


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    muted: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_class: ParagraphStyle
    toc_levels: list


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("Body", fontName=FAMILY, fontSize=9.5, leading=13, textColor=INK, spaceAfter=3,
                          alignment=TA_LEFT)
    small = ParagraphStyle("Small", parent=body, fontSize=8, leading=10.5, spaceAfter=0)
    cell = ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    cell_bold = ParagraphStyle("CellBold", parent=cell, fontName=BOLD)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName=BOLD, fontSize=8.5, textColor=INK)
    h1 = ParagraphStyle("H1", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT,
                        spaceBefore=14, spaceAfter=10, keepWithNext=1)
    h2 = ParagraphStyle("H2", parent=body, fontName=BOLD, fontSize=12.5, leading=16, textColor=INK,
                        spaceBefore=12, spaceAfter=6, keepWithNext=1)
    h3 = ParagraphStyle("H3", parent=body, fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT,
                        spaceBefore=8, spaceAfter=3, keepWithNext=1)
    label = ParagraphStyle("Label", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceAfter=1,
                           keepWithNext=1)
    muted = ParagraphStyle("Muted", parent=body, fontName=ITALIC, textColor=MUTED)
    cover_kicker = ParagraphStyle("CoverKicker", parent=body, fontName=BOLD, fontSize=12, leading=16,
                                  textColor=ACCENT, alignment=TA_CENTER, spaceAfter=18)
    cover_title = ParagraphStyle("CoverTitle", parent=body, fontName=BOLD, fontSize=22, leading=28,
                                 alignment=TA_CENTER, spaceAfter=24)
    cover_line = ParagraphStyle("CoverLine", parent=body, fontSize=11.5, leading=16, alignment=TA_CENTER,
                                spaceAfter=5)
    cover_class = ParagraphStyle("CoverClass", parent=body, fontName=BOLD, fontSize=11, leading=14,
                                 alignment=TA_CENTER, textColor=ACCENT, spaceBefore=24)
    toc0 = ParagraphStyle("TOC0", fontName=BOLD, fontSize=10.5, leading=14, leftIndent=0, firstLineIndent=0,
                          spaceBefore=5, textColor=INK)
    toc1 = ParagraphStyle("TOC1", fontName=FAMILY, fontSize=9, leading=12, leftIndent=16, firstLineIndent=0,
                          spaceBefore=1, textColor=INK)
    return Styles(body, small, cell, cell_bold, cell_head, h1, h2, h3, label, muted, cover_kicker, cover_title,
                  cover_line, cover_class, [toc0, toc1])


def grid_style(zebra_rows: int = 0) -> TableStyle:
    """Header row shaded, thin rules, zebra striping for ``zebra_rows`` body rows."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(2, zebra_rows + 1, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(commands)


def kv_style() -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])
