"""A seating plan drawn for the briefing pack, and the ushers' list (ReportLab graphics).

:func:`seating_flowables` gives the flowables of one plan (``domain.seating.SeatingPlan``): the
picture (the table — a long table, round tables, the signing table or a car — with numbered
seats, the names in the report's fonts, the host side and the guest side in two colours and a
legend, the door or the audience), any warnings, then the ushers' list (seat, side, name,
title) as a table. Names that do not fit their place are wrapped on two lines, then the middle
names shortened to initials ("Nguyễn Đ. Chung"), never drawn over a neighbour; the ushers' list
always has them whole.
"""
from __future__ import annotations

import math
from typing import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Spacer

from delegation_planner.reports.fonts import BOLD, FAMILY, ITALIC, register_fonts, runs, string_width
from delegation_planner.reports.layout import table
from delegation_planner.reports.paragraph import Paragraph
from delegation_planner.reports.styles import INK, MUTED, RULE, grid_style, make_styles
from delegation_planner.reports.text import clean, esc

#: The two sides' colours (a dark red and a dark blue, told apart in grey print by their tints too).
SIDE_COLOURS = {"host": colors.HexColor("#8c2a1c"), "guest": colors.HexColor("#1d4f7a")}
SIDE_TINTS = {"host": colors.HexColor("#f6e1dc"), "guest": colors.HexColor("#dce8f4")}
TABLE_FILL = colors.HexColor("#f3efe7")

NAME_SIZE = 8.0
MIN_NAME_SIZE = 6.0
SEAT_RADIUS = 7.5

_WORDS = {
    "en": {"host": "Hosts", "guest": "Guests", "seat": "Seat", "side": "Side", "name": "Name",
           "title": "Title", "table": "Table", "door": "Door", "audience": "Audience", "driver": "Driver",
           "interpreter": "interpreter", "behind": "seated behind", "witness": "witness, standing",
           "assistant": "signing assistant", "signatory": "signatory", "italic": "Interpreters in italics",
           "empty": "(empty)", "front": "beside the driver", "rear right": "rear right", "rear left": "rear left",
           "host_short": "Host", "guest_short": "Guest", "warning": "Note",
           "layouts": {"bilateral": "Bilateral talks", "banquet": "Banquet", "signing": "Signing ceremony",
                       "car": "Car"}},
    "vi": {"host": "Phía chủ nhà", "guest": "Phía khách", "seat": "Ghế", "side": "Phía", "name": "Họ và tên",
           "title": "Chức vụ", "table": "Bàn", "door": "Cửa ra vào", "audience": "Đại biểu dự lễ",
           "driver": "Lái xe", "interpreter": "phiên dịch", "behind": "ngồi phía sau",
           "witness": "chứng kiến, đứng", "assistant": "giúp việc ký", "signatory": "người ký",
           "italic": "Phiên dịch in nghiêng", "empty": "(trống)", "front": "cạnh lái xe",
           "rear right": "sau bên phải", "rear left": "sau bên trái", "host_short": "Chủ nhà",
           "guest_short": "Khách", "warning": "Lưu ý",
           "layouts": {"bilateral": "Hội đàm", "banquet": "Chiêu đãi", "signing": "Lễ ký kết", "car": "Xe"}},
}


def words(lang: str) -> dict:
    return _WORDS["vi" if lang == "vi" else "en"]


# --------------------------------------------------------------------------------- names

def _breaks(text: str) -> list[tuple[str, str]]:
    """Every way to put ``text`` on two lines: at a space, or after a hyphen ("Montgomery-" / "Whitfield")."""
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            out.append((text[:i], text[i + 1:]))
        elif ch == "-" and 0 < i < len(text) - 1:
            out.append((text[:i + 1], text[i + 1:]))
    return [(a.strip(), b.strip()) for a, b in out if a.strip() and b.strip()]


def _greedy(text: str, width: float, font: str, size: float) -> list[str] | None:
    """``text`` wrapped at spaces and after hyphens into lines of at most ``width``; None if a
    piece alone is wider."""
    import re

    pieces = re.findall(r"[^\s-]+-?|-", text)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        joined = piece if not current else (current + piece if current.endswith("-") else current + " " + piece)
        if string_width(joined, font, size) <= width:
            current = joined
            continue
        if string_width(piece, font, size) > width:
            return None
        lines.append(current)
        current = piece
    if current:
        lines.append(current)
    return lines


def fit_name(name: str, width: float, font: str = FAMILY, size: float = NAME_SIZE,
             min_size: float = MIN_NAME_SIZE) -> tuple[list[str], float]:
    """The lines (one or two) and type size in which ``name`` fits ``width`` points: at the largest
    size that fits whole on one line or on two, else with the middle names as initials
    ("Nguyễn Đ. Chung"), else cut with "…" (never wider than ``width``)."""
    from delegation_planner.reports.text import shorten

    text = " ".join(clean(name).split())
    sizes = [size - 0.5 * i for i in range(int((size - min_size) / 0.5) + 1)]
    candidates = [text]
    parts = text.split()
    if len(parts) > 2:
        candidates.append(" ".join([parts[0], *(p[0] + "." for p in parts[1:-1]), parts[-1]]))
    for candidate in candidates:
        for s in sizes:
            if string_width(candidate, font, s) <= width:
                return [candidate], s
            best = None
            for lines in _breaks(candidate):
                widest = max(string_width(line, font, s) for line in lines)
                if widest <= width and (best is None or widest < best[0]):
                    best = (widest, list(lines))
            if best is not None:
                return best[1], s
        for s in sizes:  # on three lines ("Alexandra" / "Montgomery-" / "Whitfield")
            lines = _greedy(candidate, width, font, s)
            if lines is not None and len(lines) <= 3:
                return lines, s
    breaks = _breaks(candidates[-1])
    if breaks:
        first, second = breaks[len(breaks) // 2]
        return [shorten(first, width, font, min_size), shorten(second, width, font, min_size)], min_size
    return [shorten(candidates[-1], width, font, min_size)], min_size


def _text(group: Group, x: float, y: float, text: str, font: str, size: float, anchor: str = "middle",
          colour=INK) -> None:
    """``text`` at (x, y) with per-run fallback fonts (Chinese, Korean names) as ReportLab Strings."""
    pieces = runs(text)
    if len(pieces) == 1 and pieces[0][0] is None:
        group.add(String(x, y, pieces[0][1], fontName=font, fontSize=size, textAnchor=anchor, fillColor=colour))
        return
    widths = [string_width(piece, f or font, size) for f, piece in pieces]
    total = sum(widths)
    left = x - total / 2 if anchor == "middle" else x - total if anchor == "end" else x
    for (f, piece), w in zip(pieces, widths):
        group.add(String(left, y, piece, fontName=f or font, fontSize=size, textAnchor="start", fillColor=colour))
        left += w


def _name_block(group: Group, x: float, y: float, seat, width: float, lang: str, *, anchor: str = "middle",
                above: bool = False) -> None:
    """The occupant's name at (x, y) in at most two lines (going up when ``above``, else down)."""
    w = words(lang)
    person = seat.occupant
    font = ITALIC if person is not None and person.is_interpreter else FAMILY
    name = person.name if person is not None else w["empty"]
    lines, size = fit_name(name, width, font)
    leading = size * 1.15
    colour = INK if person is not None else MUTED
    if above:
        for i, line in enumerate(reversed(lines)):
            _text(group, x, y + i * leading, line, font, size, anchor, colour)
    else:
        for i, line in enumerate(lines):
            _text(group, x, y - size - i * leading, line, font, size, anchor, colour)


def _seat_mark(group: Group, x: float, y: float, seat, radius: float = SEAT_RADIUS) -> None:
    side = seat.occupant.side if seat.occupant is not None else seat.side
    group.add(Circle(x, y, radius, fillColor=SIDE_TINTS[side], strokeColor=SIDE_COLOURS[side], strokeWidth=1.1))
    size = min(7.0, radius * 0.95) if seat.number < 100 else min(5.5, radius * 0.75)
    group.add(String(x, y - size * 0.36, str(seat.number), fontName=BOLD, fontSize=size, textAnchor="middle",
                     fillColor=SIDE_COLOURS[side]))


def _legend(group: Group, x: float, y: float, lang: str, with_italic: bool) -> float:
    """The two sides' colours (and the interpreters' italics); returns the width used."""
    w = words(lang)
    left = x
    for side in ("host", "guest"):
        group.add(Rect(left, y - 1, 10, 8, fillColor=SIDE_TINTS[side], strokeColor=SIDE_COLOURS[side],
                       strokeWidth=1))
        _text(group, left + 14, y, w[side], FAMILY, 8, "start")
        left += 14 + string_width(w[side], FAMILY, 8) + 14
    if with_italic:
        _text(group, left, y, w["italic"], ITALIC, 8, "start", MUTED)
        left += string_width(w["italic"], ITALIC, 8)
    return left - x


# --------------------------------------------------------------------------------- drawings

def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = FAMILY  # else the renderer's initial state names Helvetica (base-14)
    return d


def _fit_scale(span_units: float, width: float, most: float) -> float:
    return min(most, width / max(span_units, 1.0))


def _bilateral(plan, lang: str, width: float) -> Drawing:
    seats = plan.seats
    xs = [s.x for s in seats] or [0.0]
    half = max(abs(min(xs)), abs(max(xs))) + 0.5
    unit = _fit_scale(2 * half, width, 88.0)
    label_w = unit * 0.94
    behind = any(s.place == "behind" for s in seats)
    row_gap = 20.0  # from the table's edge to the seats
    table_h = 46.0
    name_room = 3 * NAME_SIZE * 1.15 + 4
    band = SEAT_RADIUS * 2 + name_room + (SEAT_RADIUS * 2 + name_room + 6 if behind else 0)
    top_pad, bottom_pad = 22.0, 34.0  # legend above, the door below
    height = top_pad + band + row_gap + table_h + row_gap + band + bottom_pad
    d = _drawing(width, height)
    g = Group()
    cx = width / 2
    cy = bottom_pad + band + row_gap + table_h / 2
    table_fix = next((f for f in plan.fixtures if f.kind == "long_table"), None)
    table_w = min(width - 4, (table_fix.width if table_fix else 2 * half) * unit)
    g.add(Rect(cx - table_w / 2, cy - table_h / 2, table_w, table_h, fillColor=TABLE_FILL, strokeColor=INK,
               strokeWidth=1.2))
    # flags at the centre of the table, each before its side's head
    for f in plan.fixtures:
        if f.kind == "flag":
            fy = cy + (table_h / 2 - 12) * (1 if f.y > 0 else -1)
            g.add(Rect(cx - 7, fy - 4, 14, 8, fillColor=SIDE_COLOURS[f.side], strokeColor=INK, strokeWidth=0.4))
    for s in seats:
        x = cx + s.x * unit
        far = s.y > 0
        step = table_h / 2 + row_gap if s.place == "table" else table_h / 2 + row_gap + SEAT_RADIUS * 2 + name_room
        y = cy + (step if far else -step)
        _seat_mark(g, x, y, s)
        if far:
            _name_block(g, x, y + SEAT_RADIUS + 3, s, label_w, lang, above=True)
        else:
            _name_block(g, x, y - SEAT_RADIUS - 2, s, label_w, lang)
    # the door, below the near row
    w = words(lang)
    g.add(Line(cx - 30, 10, cx + 30, 10, strokeColor=INK, strokeWidth=2.5))
    _text(g, cx, 0.5, w["door"], FAMILY, 7.5, "middle", MUTED)
    _legend(g, 0, height - 10, lang, any(s.role == "interpreter" for s in seats))
    d.add(g)
    return d


def _round_tables(plan, lang: str, width: float, tables: Sequence[int]) -> Drawing:
    """One row of round tables (at most two side by side). Interpreters seated behind a principal
    are a small numbered mark just outside that principal's seat, named under the table."""
    w = words(lang)
    per_row = len(tables)
    cell_w = width / per_row
    at_table = [s for s in plan.seats if s.table in tables and s.place != "behind"]
    behind = [s for s in plan.seats if s.table in tables and s.place == "behind"]
    biggest = max(sum(1 for s in at_table if s.table == t) for t in tables)
    label_w = min(96.0, cell_w * 0.3)
    # the ring leaves each name (two lines) the room between its neighbours
    ring = max(34.0, biggest * 2 * NAME_SIZE * 1.25 / (2 * math.pi) * 1.35, biggest * 13 / (2 * math.pi))
    ring = min(ring, (cell_w - 2 * label_w - 24) / 2)
    caption_h = 10.0 * max((sum(1 for s in behind if s.table == t) for t in tables), default=0)
    label_h = 3 * NAME_SIZE * 1.15 + 4
    title_h = 14.0 if plan.tables > 1 else 0.0
    extra = 2 * SEAT_RADIUS + 4 if behind else 0.0
    height = title_h + 2 * (ring + SEAT_RADIUS + extra + label_h) + caption_h + 26
    d = _drawing(width, height)
    g = Group()
    cy = caption_h + 8 + ring + SEAT_RADIUS + extra + label_h
    for i, t in enumerate(tables):
        cx = cell_w * (i + 0.5)
        table_r = max(18.0, ring - SEAT_RADIUS - 8)
        g.add(Circle(cx, cy, table_r, fillColor=TABLE_FILL, strokeColor=INK, strokeWidth=1.2))
        if plan.tables > 1:
            _text(g, cx, cy - 4.5, str(t), BOLD, 12, "middle", MUTED)
            _text(g, cx, cy + ring + SEAT_RADIUS + extra + label_h + 2, f"{w['table']} {t}", BOLD, 9.5, "middle")
        principals = {s.index: s for s in at_table if s.table == t}
        backed = {}
        for b in (b for b in behind if b.table == t):
            backed.setdefault(b.index, []).append(b)
        for s in (s for s in at_table if s.table == t):
            rad = math.radians(s.angle if s.angle is not None else 90.0)
            c, sn = math.cos(rad), math.sin(rad)
            x, y = cx + ring * c, cy + ring * sn
            _seat_mark(g, x, y, s)
            out = ring + SEAT_RADIUS + 4
            for k, b in enumerate(backed.get(s.index, [])):
                br = ring + SEAT_RADIUS + 5 + k * 11
                _seat_mark(g, cx + br * c, cy + br * sn, b, radius=5.0)
                out = br + 5 + 4
            lx, ly = cx + out * c, cy + out * sn
            if c > 0.35:
                _name_block(g, lx, ly + NAME_SIZE * 0.6, s, label_w, lang, anchor="start")
            elif c < -0.35:
                _name_block(g, lx, ly + NAME_SIZE * 0.6, s, label_w, lang, anchor="end")
            elif sn > 0:
                _name_block(g, lx, ly - 1, s, label_w * 1.3, lang, above=True)
            else:
                _name_block(g, lx, ly + 3, s, label_w * 1.3, lang)
        from delegation_planner.reports.text import shorten

        for k, b in enumerate(sorted((b for b in behind if b.table == t), key=lambda b: b.number)):
            principal = principals.get(b.index)
            name = b.occupant.name if b.occupant else w["empty"]
            where = f" — {w['behind']} {principal.number}" if principal is not None else ""
            line = shorten(f"{b.number}  {name}{where}", cell_w - 8, ITALIC, 7.5)
            _text(g, cx, caption_h - 10 * k - 2, line, ITALIC, 7.5, "middle", MUTED)
    d.add(g)
    return d


def _signing(plan, lang: str, width: float) -> Drawing:
    seats = plan.seats
    xs = [abs(s.x) for s in seats] or [1.0]
    half = max(xs) + 0.6
    unit = _fit_scale(2 * half, width, 82.0)
    label_w = unit * 1.0
    name_room = 3 * NAME_SIZE * 1.15 + 4
    table_h = 30.0
    table_y = 14 + name_room  # the table's front edge; the names on its front, the audience below
    seated_y = table_y + table_h + 12
    standing_y = seated_y + 2 * SEAT_RADIUS + 26
    height = standing_y + SEAT_RADIUS + 3 + name_room + 18
    d = _drawing(width, height)
    g = Group()
    cx = width / 2
    ends = [abs(s.x) for s in seats if s.place in ("table", "end")] or [0.6]
    table_w = min(width - 4, (max(ends) + 0.55) * 2 * unit)
    g.add(Rect(cx - table_w / 2, table_y, table_w, table_h, fillColor=TABLE_FILL, strokeColor=INK, strokeWidth=1.2))
    for f in plan.fixtures:
        if f.kind == "flag":  # the two flags on the table between the signatories, each side's own
            fx = cx + (-9 if f.side == "host" else 9)
            g.add(Line(fx, table_y + 6, fx, table_y + table_h - 2, strokeColor=INK, strokeWidth=0.6))
            g.add(Rect(fx - (12 if f.side == "host" else 0), table_y + table_h - 10, 12, 8,
                       fillColor=SIDE_COLOURS[f.side], strokeColor=INK, strokeWidth=0.4))
    for s in seats:
        x = cx + s.x * unit
        if s.place == "standing":
            y = standing_y
            _seat_mark(g, x, y, s, radius=SEAT_RADIUS - 1)
            _name_block(g, x, y + SEAT_RADIUS + 3, s, label_w, lang, above=True)
        else:
            # seated at the table, facing the audience; their names on the table's front
            y = seated_y
            _seat_mark(g, x, y, s)
            _name_block(g, x, table_y - 3, s, label_w, lang)
    w = words(lang)
    _text(g, cx, 3, w["audience"] + " ↓", FAMILY, 7.5, "middle", MUTED)
    _legend(g, 0, height - 10, lang, any(s.role == "interpreter" for s in seats))
    d.add(g)
    return d


def _car(plan, lang: str, width: float) -> Drawing:
    w = words(lang)
    car_w, car_h = 84.0, 150.0
    height = car_h + 40
    d = _drawing(width, height)
    g = Group()
    cx, base = width / 2, 14.0
    body = Polygon([cx - car_w / 2, base, cx + car_w / 2, base, cx + car_w / 2, base + car_h - 30,
                    cx + car_w / 2 - 14, base + car_h, cx - car_w / 2 + 14, base + car_h,
                    cx - car_w / 2, base + car_h - 30], fillColor=TABLE_FILL, strokeColor=INK, strokeWidth=1.2)
    g.add(body)
    _text(g, cx, base + car_h + 4, "▲", FAMILY, 7, "middle", MUTED)
    label_w = min(170.0, (width - car_w) / 2 - 20)
    driver = next((f for f in plan.fixtures if f.kind == "driver"), None)
    if driver is not None:
        dx, dy = cx + driver.x * car_w * 0.55, base + car_h * 0.62
        g.add(Circle(dx, dy, SEAT_RADIUS, fillColor=colors.white, strokeColor=RULE, strokeWidth=1))
        _text(g, dx, dy - 2.5, "●", FAMILY, 6, "middle", MUTED)
        side = "end" if driver.x < 0 else "start"
        _text(g, cx + (-1 if driver.x < 0 else 1) * (car_w / 2 + 8), dy - 3, w["driver"], ITALIC, 8, side, MUTED)
    for s in plan.seats:
        front = s.place == "front"
        x = cx + s.x * car_w * 0.55
        y = base + (car_h * 0.62 if front else car_h * 0.28)
        _seat_mark(g, x, y, s)
        right = s.x > 0
        lx = cx + (1 if right else -1) * (car_w / 2 + 8)
        _name_block(g, lx, y + NAME_SIZE * 0.6, s, label_w, lang, anchor="start" if right else "end")
    _legend(g, 0, height - 10, lang, any(s.role == "interpreter" for s in plan.seats))
    d.add(g)
    return d


# --------------------------------------------------------------------------------- flowables

def seating_drawings(plan, lang: str, width: float) -> list[Drawing]:
    """The picture of ``plan``: one drawing (two tables a drawing at a banquet)."""
    register_fonts()
    if not plan.seats:
        return []
    if plan.layout == "bilateral":
        return [_bilateral(plan, lang, width)]
    if plan.layout == "signing":
        return [_signing(plan, lang, width)]
    if plan.layout == "car":
        return [_car(plan, lang, width)]
    tables = list(range(1, plan.tables + 1))
    per_row = 1 if len(tables) == 1 else 2
    out = []
    for i in range(0, len(tables), per_row):
        drawing = _round_tables(plan, lang, width, tables[i:i + per_row])
        if i == 0:
            g = Group()
            _legend(g, 0, drawing.height - 10, lang, any(s.role == "interpreter" for s in plan.seats))
            drawing.add(g)
        out.append(drawing)
    return out


def _place_note(plan, seat, w) -> str:
    if plan.layout == "car":
        return w["rear right"] if seat.number == 1 else w["rear left"] if seat.number == 2 else w["front"]
    parts = []
    if plan.layout == "banquet" and plan.tables > 1:
        parts.append(f"{w['table']} {seat.table}")
    if seat.role == "interpreter":
        parts.append(w["interpreter"] + (", " + w["behind"] if seat.place == "behind" else ""))
    elif seat.role in ("witness", "assistant", "signatory"):
        parts.append(w[seat.role])
    return "; ".join(parts)


def ushers_list(plan, lang: str, width: float):
    """The ushers' list: seat, side, name (with what the place is), title."""
    st = make_styles()
    w = words(lang)
    head = [Paragraph(esc(w[k]), st.cell_head) for k in ("seat", "side", "name", "title")]
    rows = [head]
    for s in plan.seats:
        person = s.occupant
        side = person.side if person is not None else s.side
        name = esc(person.name) if person is not None else esc(w["empty"])
        note = _place_note(plan, s, w)
        if note:
            name += f' <font color="#555555">({esc(note)})</font>'
        rows.append([Paragraph(str(s.number), st.cell_bold),
                     Paragraph(f'<font color="#{SIDE_COLOURS[side].hexval()[2:]}">'
                               f'{esc(w[side + "_short"])}</font>', st.cell),
                     Paragraph(name, st.cell), Paragraph(esc(person.title if person else ""), st.cell)])
    cols = [0.08 * width, 0.13 * width, 0.44 * width, 0.35 * width]
    return table(rows, cols, grid_style(len(rows) - 1))


def seating_flowables(plan, lang: str, width: float, *, title: str | None = None) -> list:
    """The drawing(s), the warnings and the ushers' list of ``plan``, to fit ``width`` points
    (the briefing pack adds them under its own heading; ``title`` adds a line naming the plan)."""
    from delegation_planner.domain.seating import render

    st = make_styles()
    w = words(lang)
    out: list = []
    layout = w["layouts"].get(plan.layout, plan.layout)
    if title is not None:
        out.append(Paragraph(esc(f"{layout}: {clean(title)}"), st.label))
    for drawing in seating_drawings(plan, lang, width):
        out.append(drawing)
        out.append(Spacer(1, 6))
    for warning in plan.warnings:
        out.append(Paragraph(esc(f"{w['warning']}: {render(warning.code, warning.params, lang)}"), st.muted))
    if plan.seats:
        out.append(Spacer(1, 4))
        out.append(ushers_list(plan, lang, width))
    return out


#: Kinds of engagement whose brief gets a seating plan (``briefing_seating``).
SEATED_KINDS = frozenset({"meeting", "courtesy_call", "signing_ceremony", "working_meal"})


def briefing_seating(db, engagement_id: int, lang: str, width: float) -> list:
    """The seating flowables of one engagement for its brief in the briefing pack: the proposed
    plan of its usual layout (services.seating), or nothing for a kind nobody is seated at (travel,
    site visits, free time…) or fewer than two people attending."""
    from delegation_planner.services.seating import propose_seating

    proposal = propose_seating(db, engagement_id)
    if proposal.kind not in SEATED_KINDS or len(proposal.plan.participants) < 2:
        return []
    return seating_flowables(proposal.plan, lang, width)
