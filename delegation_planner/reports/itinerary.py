"""Personal itineraries: each delegation member's own programme.

Only the engagements they attend (cancelled ones left out), with their role there, who of
our side is with them, who receives them and the engagement's logistics (car, interpreter,
when recorded). One member per section, each starting on a new page; one file for the
whole delegation or for one member (``person_id``).
"""
from __future__ import annotations

from delegation_planner.domain.interpreting import is_interpreter

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from delegation_planner.domain.enums import ContactKind, Side
from delegation_planner.domain.errors import not_found
from delegation_planner.domain.timezones import city_label
from delegation_planner.reports.briefing import greeters, logistics_table
from delegation_planner.reports.common import cell, key_values, records_table
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, heading
from delegation_planner.reports.paragraph import Paragraph
from delegation_planner.reports.styles import Styles
from delegation_planner.reports.text import esc
from delegation_planner.services.report_data import ReportData


def members_for(data: ReportData, person_id: int | None) -> list:
    """The members to print: all, or the one with ``person_id`` (NotFoundError if not in the delegation)."""
    if person_id is None:
        return list(data.members)
    chosen = [m for m in data.members if m.person_id == person_id]
    if not chosen:
        raise not_found("delegation member", person_id)
    return chosen


def attended(data: ReportData, person_id: int) -> list:
    """(detail, attendee row) of every engagement ``person_id`` attends, in programme order."""
    out = []
    for d in data.engagements:
        if d.item.cancelled:
            continue
        mine = next((a for a in d.item.attendees if a.person_id == person_id), None)
        if mine is not None:
            out.append((d, mine))
    return out


def story(data: ReportData, L: Labels, st: Styles, width: float, *, person_id: int | None = None) -> list:
    counter = _Counter()
    chosen = members_for(data, person_id)
    out: list = []
    if not chosen:
        out.append(Paragraph(esc(L("itineraries")), st.h1))
        out.append(Paragraph(esc(L("no_delegation")), st.muted))
        return out
    home_city = city_label(data.trip.home_timezone, L.lang)
    for index, member in enumerate(chosen):
        if index:
            out.append(PageBreak())
        out += _member(member, data, L, st, width, counter, home_city)
    return out


def _member(member, data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter,
            home_city: str) -> list:
    out: list = [heading(L("itinerary_of", name=member.full_name), st.h1, 0, counter)]
    out += key_values([(L("title"), member.title), (L("role"), L.enum(member.role)),
                       (L("trip"), data.trip.title),
                       (L("dates"), L.date_range(data.trip.start_date, data.trip.end_date))],
                      st, width, label_width=32 * mm)
    out.append(Spacer(1, 3 * mm))
    mine = attended(data, member.person_id)
    if not mine:
        out.append(Paragraph(esc(L("attends_nothing", name=member.full_name)), st.muted))
        return out
    by_day: dict = {}
    for d, a in mine:
        by_day.setdefault(d.item.day, []).append((d, a))
    widths = [0.20 * width, 0.80 * width]
    for day, rows_of_day in by_day.items():
        out.append(heading(L.day(day), st.h2, 1, counter))
        rows: list[list] = [[Paragraph(esc(L("local_time")), st.cell_head), Paragraph(esc(L("engagement")),
                                                                                      st.cell_head)]]
        for d, a in rows_of_day:
            rows.append(_row(d, a, data, L, st, home_city))
        out.extend(records_table(rows, widths))
    # their car and interpreter: the visit's drivers and interpreters, when recorded
    out += logistics_table(data, L, st, width, None, kinds={ContactKind.DRIVER, ContactKind.INTERPRETER},
                           heading_key="cars_and_interpreters")
    return out


def _row(d, mine, data: ReportData, L: Labels, st: Styles, home_city: str) -> list:
    item = d.item
    home = item.home_start
    shift = (home.date() - item.local_start.date()).days
    when = [Paragraph(esc(f"{item.local_start:%H:%M}–{item.local_end:%H:%M}"), st.cell_bold),
            Paragraph(esc(city_label(item.timezone, L.lang, data.place_of(item.id))), st.small)]
    if item.timezone != data.trip.home_timezone:
        when.append(Paragraph(esc(f"{home:%H:%M}" + (f" ({shift:+d})" if shift else "") + f" {home_city}"),
                              st.small))
    what: list = [Paragraph(esc(item.title), st.cell_bold)]
    venue = ", ".join(x for x in (item.organization_name, item.location) if x)
    if venue:
        what.append(cell(venue, st.cell))
    facts = [f"<b>{esc(L('attends_as'))}:</b> {esc(L.enum(mine.role))}"]
    ours = [a for a in item.attendees if a.side != Side.HOST and a.person_id != mine.person_id]
    if ours:
        facts.append(f"<b>{esc(L('with_us'))}:</b> "
                     + esc("; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in ours)))
    host = greeters(d)
    if host:
        names = "; ".join(a.full_name + (f", {a.title}" if a.title else "") for a in host[:6])
        more = f" (+{len(host) - 6})" if len(host) > 6 else ""
        facts.append(f"<b>{esc(L('host_side'))}:</b> {esc(names)}{esc(more)}")
    ride = data.rides.get(item.id, {}).get(mine.person_id)
    if ride:  # their own car of the transfer (domain.motorcade) and their seat in it
        number, plate, driver, seat, phone = ride
        details = ", ".join(x for x in (plate, f"{L('driver')} {driver}" if driver else "", phone) if x)
        facts.append(f"<b>{esc(L('car'))}:</b> {esc(str(number))}" + (f" ({esc(details)})" if details else "")
                     + f", {esc(L('seat_' + str(seat)))}")
    interpreters = [a.full_name for a in item.attendees
                    if a.person_id != mine.person_id and is_interpreter(a.member_role, a.side, a.languages)]
    if interpreters:
        facts.append(f"<b>{esc(L('interpreter'))}:</b> {esc('; '.join(interpreters))}")
    what += [Paragraph(f, st.cell) for f in facts]
    if d.engagement.logistics and d.engagement.logistics.strip():
        what.append(Paragraph(f"<b>{esc(L('logistics'))}:</b>", st.cell))
        logistics = cell(d.engagement.logistics, st.cell)
        what += logistics if isinstance(logistics, list) else [logistics]
    return [when, what]
