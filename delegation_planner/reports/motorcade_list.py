"""The motorcade list of the briefing pack: by day, each transfer with its cars in order — car number,
plate, driver and phone, and who sits where (seat 1 rear right, seat 2 rear left, seat 3 beside the
driver: ``domain.motorcade``'s rule, applied by the services; nothing is decided here).

The page a protocol officer hands the drivers and the ushers: it starts on a page of its own; a car
(one table row) is never split over two pages (a transfer's table splits between cars, its header
repeated); a day or a transfer heading is not left at the foot of a page; long names wrap in their cell.
"""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, heading
from delegation_planner.reports.paragraph import Paragraph, Table
from delegation_planner.reports.styles import RULE, ZEBRA, Styles, grid_style
from delegation_planner.reports.text import esc

_SHARES = (0.10, 0.36, 0.54)  # car, vehicle and driver, who sits where
_DAY_ROOM = 60 * mm       # a day's heading goes to the next page unless its first transfer's first car fits
_TRANSFER_ROOM = 42 * mm  # the same for a transfer's heading, its table's header and first car


def seat_label(L: Labels, number: int) -> str:
    """"rear right" / "ghế sau bên phải" (the itinerary's words), "seat 4" past the car layout's three."""
    return L(f"seat_{number}") if 1 <= number <= 3 else L("seat_n", n=number)


def motorcade_flowables(transfers, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    """The section (``services.motorcade.ListedTransfer`` rows, in time order); [] without any."""
    from delegation_planner.services.motorcade import by_day

    transfers = [t for t in transfers if t.cars]
    if not transfers:
        return []
    seat_style = ParagraphStyle("MotorcadeSeat", parent=st.cell, leftIndent=14, firstLineIndent=-14)
    number_style = ParagraphStyle("MotorcadeCar", parent=st.cell_bold, fontSize=14, leading=17)
    # the headings are kept with what follows by the conditional breaks, not by keepWithNext (which
    # would carry a whole transfer's table to the next page and leave a page blank)
    day_style = ParagraphStyle("MotorcadeDay", parent=st.h2, keepWithNext=0)
    transfer_style = ParagraphStyle("MotorcadeTransfer", parent=st.h3, keepWithNext=0)
    widths = [w * width for w in _SHARES]
    out: list = [PageBreak(), heading(L("motorcade_list"), st.h1, 0, counter),
                 Paragraph(esc(L("motorcade_legend")), st.small)]
    for day, items in by_day(transfers):
        out += [CondPageBreak(_DAY_ROOM), heading(L.day(day), day_style, 1, counter)]
        for number, t in enumerate(items):
            if number:
                out.append(CondPageBreak(_TRANSFER_ROOM))
            out.append(Paragraph(f"{esc(t.start_local)} · {esc(t.title)}", transfer_style))
            rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("car", "car_and_driver", "passengers")]]
            for car in t.cars:
                rows.append([Paragraph(esc(str(car.number)), number_style), _vehicle(car, L, st),
                             _seats(car, L, st, seat_style)])
            out.append(_table(rows, widths))
    return out


def _table(rows: list[list], widths: list[float]) -> Table:
    """One row per car, never split inside (a car's seats stay together); header repeated on a new page."""
    from reportlab.platypus import TableStyle

    commands = list(grid_style(0).getCommands())
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
    commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=0, hAlign="LEFT")
    t.setStyle(TableStyle(commands))
    return t


def _vehicle(car, L: Labels, st: Styles) -> list:
    out: list = []
    if car.plate.strip():
        out.append(Paragraph(esc(car.plate), st.cell_bold))
    if car.driver.strip():
        out.append(Paragraph(f"{esc(L('driver')).capitalize()}: {esc(car.driver)}", st.cell))
    if car.phone.strip():
        phone = car.phone.strip()
        out.append(Paragraph(esc(phone.replace(" ", "\u00a0") if len(phone) <= 24 else phone), st.cell))
    return out or [Paragraph("", st.cell)]


def _seats(car, L: Labels, st: Styles, style: ParagraphStyle) -> list:
    if not car.seats:
        return [Paragraph(esc(L("no_passengers")), st.muted)]
    return [Paragraph(f"<b>{number}</b>\u00a0· {esc(seat_label(L, number))}: <b>{esc(name)}</b>", style)
            for number, name in car.seats]
