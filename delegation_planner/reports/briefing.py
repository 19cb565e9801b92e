"""The briefing pack printed before a trip.

Cover, contents, the delegation in order of precedence, the programme at a glance
(one table per day), one brief per engagement, a contact sheet and a blank notes
page per day.
"""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from delegation_planner.reports.paragraph import Paragraph

from delegation_planner.domain.timezones import city_label
from delegation_planner.reports.common import (COMPACT_FROM, cell, cover_lines, key_values, paragraphs, people_lines,
                                               records_table)
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, contents, heading
from delegation_planner.reports.styles import RULE, Styles
from delegation_planner.reports.text import esc
from delegation_planner.services.report_data import EngagementDetail, ReportData


class RuledLines(Flowable):
    """Writing lines filling the rest of the page (the notes pages)."""

    def __init__(self, spacing: float = 9 * mm):
        super().__init__()
        self.spacing = spacing
        self._height = 0.0
        self._width = 0.0

    def wrap(self, avail_width, avail_height):
        self._width = avail_width
        self._height = max(self.spacing, avail_height - 2)
        return avail_width, self._height

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        y = self._height - self.spacing
        while y >= 0:
            canv.line(0, y, self._width, y)
            y -= self.spacing
        canv.restoreState()


def story(data: ReportData, L: Labels, st: Styles, width: float, *, classification: str | None,
          prepared_on: date) -> list:
    counter = _Counter()
    out: list = []
    out += _cover(data, L, st, classification, prepared_on)
    out.append(Paragraph(esc(L("contents")), st.h1))
    out.append(contents(st.toc_levels))
    out.append(PageBreak())
    out += _delegation(data, L, st, width, counter)
    out += _programme(data, L, st, width, counter)
    out += _briefs(data, L, st, width, counter)
    out += _contacts(data, L, st, width, counter)
    out += _notes_pages(data, L, st, counter)
    return out


# ------------------------------------------------------------------------------------- cover

def _cover(data: ReportData, L: Labels, st: Styles, classification: str | None, prepared_on: date) -> list:
    trip = data.trip
    out: list = [Spacer(1, 30 * mm)]
    if classification:
        out += paragraphs(classification, st.cover_class)
        out.append(Spacer(1, 8 * mm))
    out.append(Paragraph(esc(L("briefing_pack").upper()), st.cover_kicker))
    out += cover_lines(data, L, st)
    if trip.purpose:
        out.append(Spacer(1, 10 * mm))
        out += paragraphs(trip.purpose, st.cover_line)
    out.append(Spacer(1, 18 * mm))
    out.append(Paragraph(esc(f"{L('prepared_on')}: {L.date(prepared_on)}"), st.cover_line))
    out.append(PageBreak())
    return out


# -------------------------------------------------------------------------------- delegation

def _delegation(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [heading(L("delegation"), st.h1, 0, counter)]
    if not data.members:
        out.append(Paragraph(esc(L("no_members")), st.muted))
        return out
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("no", "name", "organization", "role")]]
    for i, m in enumerate(data.members, start=1):
        name = [Paragraph(esc(m.full_name), st.cell_bold)]
        if m.title:
            name.append(cell(m.title, st.cell))
        rows.append([Paragraph(str(i), st.cell), name, cell(m.organization_name, st.cell),
                     Paragraph(esc(L.enum(m.role)), st.cell)])
    out.extend(records_table(rows, [0.07 * width, 0.43 * width, 0.30 * width, 0.20 * width]))
    return out


# --------------------------------------------------------------------------------- programme

def _programme(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("programme"), st.h1, 0, counter)]
    days = data.programme.days()
    if not days:
        out.append(Paragraph(esc(L("no_engagements")), st.muted))
        return out
    home_city = city_label(data.trip.home_timezone, L.lang)
    widths = [0.14 * width, 0.13 * width, 0.35 * width, 0.22 * width, 0.16 * width]
    for day, items in days:
        out.append(heading(L.day(day), st.h2, 1, counter))
        rows: list[list] = [[Paragraph(esc(h), st.cell_head) for h in
                             (L("local_time"), L("home_time", city=home_city), L("engagement"), L("venue"),
                              L("our_lead"))]]
        for item in items:
            rows.append(_programme_row(item, L, st))
        out.extend(records_table(rows, widths))
    return out


def _programme_row(item, L: Labels, st: Styles) -> list:
    local = f"{item.local_start:%H:%M}–{item.local_end:%H:%M}"
    home_start = item.home_start
    shift = (home_start.date() - item.local_start.date()).days
    home = f"{home_start:%H:%M}" + (f" ({shift:+d})" if shift else "")
    engagement: list = [Paragraph(esc(item.title), st.cell_bold),
                        Paragraph(esc(L.enum(item.kind)), st.small)]
    if item.cancelled:
        engagement.insert(0, Paragraph(f'<font color="#7a1f1f"><b>{esc(L("cancelled_mark"))}</b></font>', st.small))
    for conflict in item.conflicts:
        engagement.append(Paragraph(f'<font color="#7a1f1f">⚠ {esc(conflict.describe(L.lang))}</font>', st.small))
    venue: list = []
    if item.organization_name:
        venue.append(Paragraph(esc(item.organization_name), st.cell))
    if item.location:
        venue.append(Paragraph(esc(item.location), st.small))
    lead = item.lead
    return [[Paragraph(esc(local), st.cell), Paragraph(esc(city_label(item.timezone, L.lang, item.venue_city)), st.small)],
            Paragraph(esc(home), st.cell), engagement, venue or "",
            Paragraph(esc(lead.full_name), st.cell) if lead else ""]


# ------------------------------------------------------------------------------------ briefs

def _briefs(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("briefs"), st.h1, 0, counter)]
    if not data.engagements:
        out.append(Paragraph(esc(L("no_engagements")), st.muted))
        return out
    active = [d for d in data.engagements if not d.item.cancelled]
    if not active:
        out.append(Paragraph(esc(L("all_cancelled")), st.muted))
        return out
    for number, detail in enumerate(active, start=1):
        if number > 1:
            out.append(PageBreak())
        out += _brief(number, detail, data, L, st, width, counter)
    return out


# A brief profiles the principal counterparts; a forum of thousands is summarised in one
# line and listed in full once, in the contact sheet at the end of the pack.
BRIEFED_COUNTERPARTS = 25


def _brief(number: int, d: EngagementDetail, data: ReportData, L: Labels, st: Styles, width: float,
           counter: _Counter) -> list:
    item, eng = d.item, d.engagement
    out: list = [heading(f"{number}. {item.title}", st.h2, 1, counter)]
    when = f"{L.day(item.day)} · {item.time_label_in(L.lang)} ({L('until', time=f'{item.local_end:%H:%M}')})"
    venue = ", ".join(x for x in (item.organization_name, item.location) if x)
    ours = "; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in d.delegation)
    pairs: list[tuple[str, object]] = [
        (L("when"), when),
        (L("kind"), L("kind_status", kind=L.enum(item.kind), status=L.enum(item.status))),
        (L("venue"), venue),
        (L("our_side"), ours),
    ]
    out += key_values(pairs, st, width)
    if item.travel_minutes:
        out.append(Paragraph(esc(L("travel", minutes=item.travel_minutes)), st.small))
    if item.conflicts:
        out.append(heading(L("conflicts"), st.h3, None, counter))
        for conflict in item.conflicts:
            out.append(Paragraph(f'<font color="#7a1f1f">⚠</font> {esc(conflict.describe(L.lang))}', st.body))

    out.append(heading(L("profile"), st.h3, None, counter))
    org = d.organization
    if org is None:
        out.append(Paragraph(esc(L("no_organization")), st.muted))
    else:
        out.append(Paragraph(esc(org.name), st.label))
        out += key_values([(L("local_name"), org.local_name), (L("kind"), L.enum(org.kind)),
                           (L("address"), ", ".join(x for x in (org.address, org.city, org.country) if x)),
                           (L("phone"), org.phone), (L("website"), org.website)], st, width)
        out += paragraphs(org.profile, st.body)

    out.append(heading(L("counterparts"), st.h3, None, counter))
    if not d.counterparts:
        out.append(Paragraph(esc(L("no_counterparts")), st.muted))
    for person in d.counterparts[:BRIEFED_COUNTERPARTS]:
        line = f"<b>{esc(person.full_name)}</b>" + (f" — {esc(person.title)}" if person.title else "")
        out.append(Paragraph(line, st.body))
        out += paragraphs(person.bio, _bio_style(st))
    if len(d.counterparts) > BRIEFED_COUNTERPARTS:
        out.append(Paragraph(esc(L("more_counterparts", count=L.number(len(d.counterparts) - BRIEFED_COUNTERPARTS),
                                   total=L.number(len(d.counterparts)))), st.muted))

    for key, value in (("objectives", eng.objectives), ("talking_points", eng.talking_points),
                       ("logistics", eng.logistics)):
        out.append(heading(L(key), st.h3, None, counter))
        out += paragraphs(value, st.body, empty=L("none_recorded"), empty_style=st.muted)

    out.append(heading(L("earlier_commitments"), st.h3, None, counter))
    if not d.earlier_open:
        out.append(Paragraph(esc(L("no_earlier")), st.muted))
    else:
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("trip", "commitment", "owner", "due",
                                                                          "status")]]
        for c in d.earlier_open:
            rows.append([cell(c.trip_title, st.cell), cell(c.description, st.cell), cell(c.owner_name, st.cell),
                         Paragraph(esc(L.short_date(c.due_date)), st.cell),
                         Paragraph(esc(L.enum(c.status)), st.cell)])
        out.extend(records_table(rows, [0.22 * width, 0.38 * width, 0.16 * width, 0.12 * width, 0.12 * width]))
    return out


def _bio_style(st: Styles):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("Bio", parent=st.small, leftIndent=12, spaceAfter=4, textColor=st.muted.textColor)


# ------------------------------------------------------------------------------ contact sheet

def _contacts(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("contacts"), st.h1, 0, counter)]
    people = []
    seen: set[int] = set()
    for m in data.members:
        person = data.people.get(m.person_id)
        if person is not None and person.id not in seen:
            seen.add(person.id)
            people.append((person, m.organization_name or data.organization_name(person)))
    for detail in data.engagements:
        for person in detail.counterparts:
            if person.id not in seen:
                seen.add(person.id)
                people.append((person, data.organization_name(person)))
    if not people:
        out.append(Paragraph(esc(L("no_contacts")), st.muted))
        return out
    if len(people) > COMPACT_FROM:
        out += people_lines([(person.full_name, ", ".join(x for x in (_title_with(person.title, org_name), person.phone,
                                                                       person.email) if x))
                             for person, org_name in people], st)
        return out
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("name", "title", "phone", "email")]]
    for person, org_name in people:
        who = [Paragraph(esc(person.full_name), st.cell_bold),
               Paragraph(esc(L.enum(person.side)), st.small)]
        title = _title_with(person.title, org_name)
        rows.append([who, cell(title, st.cell), cell(person.phone, st.cell), cell(person.email, st.cell)])
    out.extend(records_table(rows, [0.24 * width, 0.32 * width, 0.20 * width, 0.24 * width]))
    return out


def _title_with(title: str, org_name: str) -> str:
    if org_name and org_name.casefold() not in title.casefold():
        return ", ".join(x for x in (title, org_name) if x)
    return title


# ------------------------------------------------------------------------------- notes pages

def _notes_pages(data: ReportData, L: Labels, st: Styles, counter: _Counter) -> list:
    out: list = []
    days = data.days
    for index, day in enumerate(days):
        out.append(PageBreak())
        level_text = L("notes_for", day=L.day(day))
        if index == 0:
            out.append(heading(L("notes_pages"), st.h1, 0, counter))
        out.append(heading(level_text, st.h2, 1, counter))
        out.append(RuledLines())
    return out
