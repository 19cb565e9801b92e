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
    # The briefing pack's additions and the head of delegation's day cards (large type).
    point: ParagraphStyle | None = None        # a talking point / objective, bulleted
    continued: ParagraphStyle | None = None    # "3. Meeting with … (continued)" atop a brief's next page
    line: ParagraphStyle | None = None         # travel, meals, free time: one line in the programme
    card_day: ParagraphStyle | None = None
    card_time: ParagraphStyle | None = None
    card_title: ParagraphStyle | None = None
    card_label: ParagraphStyle | None = None
    card_text: ParagraphStyle | None = None
    card_point: ParagraphStyle | None = None


#: Smallest type of running text in the documents (the issue: "body at least 10 pt").
BODY_SIZE = 10.5
CELL_SIZE = 10


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("Body", fontName=FAMILY, fontSize=BODY_SIZE, leading=14.5, textColor=INK, spaceAfter=4,
                          alignment=TA_LEFT)
    small = ParagraphStyle("Small", parent=body, fontSize=9, leading=12, spaceAfter=0)
    cell = ParagraphStyle("Cell", parent=body, fontSize=CELL_SIZE, leading=13, spaceAfter=0)
    cell_bold = ParagraphStyle("CellBold", parent=cell, fontName=BOLD)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName=BOLD, textColor=INK)
    h1 = ParagraphStyle("H1", parent=body, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT,
                        spaceBefore=16, spaceAfter=10, keepWithNext=1)
    h2 = ParagraphStyle("H2", parent=body, fontName=BOLD, fontSize=14, leading=18, textColor=INK,
                        spaceBefore=14, spaceAfter=6, keepWithNext=1)
    h3 = ParagraphStyle("H3", parent=body, fontName=BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                        spaceBefore=10, spaceAfter=3, keepWithNext=1)
    label = ParagraphStyle("Label", parent=body, fontName=BOLD, fontSize=BODY_SIZE, leading=14, spaceAfter=1,
                           keepWithNext=1)
    muted = ParagraphStyle("Muted", parent=body, fontName=ITALIC, textColor=MUTED)
    cover_kicker = ParagraphStyle("CoverKicker", parent=body, fontName=BOLD, fontSize=13, leading=17,
                                  textColor=ACCENT, alignment=TA_CENTER, spaceAfter=18)
    cover_title = ParagraphStyle("CoverTitle", parent=body, fontName=BOLD, fontSize=24, leading=30,
                                 alignment=TA_CENTER, spaceAfter=24)
    cover_line = ParagraphStyle("CoverLine", parent=body, fontSize=12.5, leading=17, alignment=TA_CENTER,
                                spaceAfter=5)
    cover_class = ParagraphStyle("CoverClass", parent=body, fontName=BOLD, fontSize=13, leading=16,
                                 alignment=TA_CENTER, textColor=ACCENT, spaceBefore=24)
    toc0 = ParagraphStyle("TOC0", fontName=BOLD, fontSize=11, leading=15, leftIndent=0, firstLineIndent=0,
                          spaceBefore=5, textColor=INK)
    toc1 = ParagraphStyle("TOC1", fontName=FAMILY, fontSize=10, leading=13.5, leftIndent=16, firstLineIndent=0,
                          spaceBefore=1, textColor=INK)
    point = ParagraphStyle("Point", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=3)
    continued = ParagraphStyle("Continued", parent=body, fontName=ITALIC, fontSize=BODY_SIZE, textColor=MUTED,
                               spaceAfter=6)
    line = ParagraphStyle("Line", parent=cell, fontName=ITALIC, textColor=MUTED)
    card_day = ParagraphStyle("CardDay", parent=body, fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT,
                              spaceAfter=4)
    card_time = ParagraphStyle("CardTime", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=0)
    card_title = ParagraphStyle("CardTitle", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2)
    card_label = ParagraphStyle("CardLabel", parent=body, fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT,
                                spaceBefore=6, spaceAfter=1, keepWithNext=1)
    card_text = ParagraphStyle("CardText", parent=body, fontSize=14, leading=18.5, spaceAfter=2)
    card_point = ParagraphStyle("CardPoint", parent=card_text, leftIndent=18, bulletIndent=2)
    return Styles(body=body, small=small, cell=cell, cell_bold=cell_bold, cell_head=cell_head, h1=h1, h2=h2, h3=h3,
                  label=label, muted=muted, cover_kicker=cover_kicker, cover_title=cover_title,
                  cover_line=cover_line, cover_class=cover_class, toc_levels=[toc0, toc1], point=point,
                  continued=continued, line=line, card_day=card_day, card_time=card_time, card_title=card_title,
                  card_label=card_label, card_text=card_text, card_point=card_point)


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
