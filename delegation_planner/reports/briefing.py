"""The briefing pack printed before a trip.

Cover, contents, the delegation in order of precedence, the programme at a glance
(one table per day; travel, meals and free time are one line there and get no brief),
one brief per engagement, the full contact sheet, the motorcade list (by day, each transfer's cars
and who sits where; only when the trip has cars: reports/motorcade_list.py) and a blank notes page
per day.

Sections flow: a short one does not take a page (a conditional page break only when
little room is left). Empty fields are left out. A brief that runs over a page repeats
its engagement's name "(continued)" at the top of the next one.
"""
from __future__ import annotations

import re
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus, EngagementKind, Side
from delegation_planner.domain.timezones import city_label
from delegation_planner.reports.common import (COMPACT_FROM, cell, clock_label, cover_lines, key_values, paragraphs, people_lines,
                                               records_table, text_blocks)
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, contents, heading
from delegation_planner.reports.paragraph import Paragraph
from delegation_planner.reports.styles import RULE, Styles
from delegation_planner.reports.text import clean, esc
from delegation_planner.services.report_data import EngagementDetail, ReportData

#: Engagements that are one line of the programme, not a brief: travel, meals and free time.
LINE_KINDS = frozenset({EngagementKind.TRAVEL, EngagementKind.WORKING_MEAL, EngagementKind.FREE_TIME})

#: Commitments an engagement signs ("To be signed: …" in its brief).
SIGNED_KINDS = frozenset({CommitmentKind.MOU, CommitmentKind.CONTRACT})

# A brief profiles the principal counterparts; a forum of thousands is summarised in one
# line and listed in full once, in the contact sheet at the end of the pack.
BRIEFED_COUNTERPARTS = 25


def is_line(item) -> bool:
    """Travel, a meal or free time: one line in the programme, no brief."""
    return item.kind in LINE_KINDS


_BULLET = re.compile(r"^\s*(?:[-–—•·*▪◦]+|\(?\d{1,2}[.)])\s+")


def points_of(value: object) -> list[str]:
    """The points of a talking-points or objectives field: one per line (blank lines and list
    markers such as "-", "•", "1." dropped), in order."""
    out = []
    for line in clean(value).split("\n"):
        line = _BULLET.sub("", line).strip()
        if line:
            out.append(line)
    return out


def greeters(detail: EngagementDetail) -> list:
    """The host-side attendees, in order of precedence: the host's lead first, then speakers, then
    the others in the order they were entered."""
    from delegation_planner.domain.enums import AttendanceRole

    rank = {AttendanceRole.LEAD: 0, AttendanceRole.SPEAKER: 1}
    host = [a for a in detail.item.attendees if a.side == Side.HOST]
    return [a for _, a in sorted(enumerate(host), key=lambda p: (rank.get(p[1].role, 2), p[0]))]


def address_of(person, attendee=None) -> str:
    """How to address someone: a stored form of address, else title and name."""
    stored = clean(getattr(person, "form_of_address", "") or "").strip() if person is not None else ""
    if stored:
        return stored
    name = attendee.full_name if attendee is not None else getattr(person, "full_name", "")
    title = attendee.title if attendee is not None else getattr(person, "title", "")
    return f"{name} — {title}" if title else name


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


class ContinuedFrom(Flowable):
    """Zero-size marker: from where it is drawn on, every new page starts with ``top`` (the brief's
    name "(continued)"); ``top=None`` ends that. Set when drawn, not when measured, so that a
    heading pushed to the next page does not leave a "(continued)" behind it."""

    _ZEROSIZE = 1

    def __init__(self, top: Paragraph | None, *, keep_with_next: bool = False):
        super().__init__()
        self.top = top
        self.keepWithNext = 1 if keep_with_next else 0
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None:
            doc._topFlowables = [] if self.top is None else [_FreshCopy(self.top)]


class _FreshCopy(Flowable):
    """A new Paragraph each time it is placed (a brief over three pages shows it twice)."""

    def __init__(self, template: Paragraph):
        super().__init__()
        self.template = template
        self._para: Paragraph | None = None

    def _p(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(self.template.text, self.template.style)
        return self._para

    def wrap(self, avail_width, avail_height):
        return self._p().wrap(avail_width, avail_height)

    def getSpaceAfter(self):  # noqa: N802
        return self.template.style.spaceAfter

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N802
        self._p().drawOn(canv, x, y, _sW)
        self._para = None


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
    out += _briefs(data, L, st, width, counter, prepared_on)
    out += _contacts(data, L, st, width, counter)
    out += _motorcade(data, L, st, width, counter)
    out += _notes_pages(data, L, st, counter)
    return out


def _section_break(height_mm: float = 70) -> CondPageBreak:
    """A new page only when less than ``height_mm`` is left: a short section does not take a page."""
    return CondPageBreak(height_mm * mm)


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
    out.extend(members_table(data.members, L, st, width))
    return out


def members_table(members, L: Labels, st: Styles, width: float) -> list:
    """No., name (title under it), organization, role; the organization column only when someone has one."""
    with_org = any(m.organization_name for m in members)
    keys = ("no", "name", "organization", "role") if with_org else ("no", "name", "role")
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in keys]]
    for i, m in enumerate(members, start=1):
        name = [Paragraph(esc(m.full_name), st.cell_bold)]
        if m.title:
            name.append(cell(m.title, st.small))
        row = [Paragraph(str(i), st.cell), name]
        if with_org:
            row.append(cell(m.organization_name, st.cell))
        rows.append(row + [Paragraph(esc(L.enum(m.role)), st.cell)])
    widths = [0.07, 0.43, 0.28, 0.22] if with_org else [0.07, 0.63, 0.30]
    return records_table(rows, [w * width for w in widths])


# --------------------------------------------------------------------------------- programme

def _programme(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [_section_break(60), heading(L("programme"), st.h1, 0, counter)]
    days = data.programme.days()
    if not days:
        out.append(Paragraph(esc(L("no_engagements")), st.muted))
        return out
    home_city = city_label(data.trip.home_timezone, L.lang)
    # one clock: no "home time" column repeating the local one; no "our lead" column nobody leads in
    keep = [True, not data.at_home, True, True,
            any(item.lead is not None and not is_line(item) for _day, items in days for item in items)]
    shares = [0.16, 0.15, 0.30, 0.20, 0.19]
    spare = sum(w for w, k in zip(shares, keep) if not k)
    shares[2] += spare * 0.6  # the engagement and the venue take the room left
    shares[3] += spare * 0.4
    widths = [w * width for w, k in zip(shares, keep) if k]
    heads = [L("local_time"), L("home_time", city=home_city), L("engagement"), L("venue"), L("our_lead")]
    for day, items in days:
        out.append(heading(L.day(day), st.h2, 1, counter))
        rows: list[list] = [[Paragraph(esc(h), st.cell_head) for h, k in zip(heads, keep) if k]]
        for item in items:
            row = _programme_row(item, L, st, data.place_of(item.id))
            rows.append([c for c, k in zip(row, keep) if k])
        out.extend(records_table(rows, widths))
    return out


def _programme_row(item, L: Labels, st: Styles, place: str = "") -> list:
    local = f"{item.local_start:%H:%M}–{item.local_end:%H:%M}"
    home_start = item.home_start
    shift = (home_start.date() - item.local_start.date()).days
    home = f"{home_start:%H:%M}" + (f" ({shift:+d})" if shift else "")
    line = is_line(item)
    engagement: list = [Paragraph(esc(item.title), st.line if line else st.cell_bold)]
    if not line:
        engagement.append(Paragraph(esc(L.enum(item.kind)), st.small))
    if item.cancelled:
        engagement.insert(0, Paragraph(f'<font color="#7a1f1f"><b>{esc(L("cancelled_mark"))}</b></font>', st.small))
    for conflict in item.conflicts:
        engagement.append(Paragraph(f'<font color="#7a1f1f">⚠ {esc(conflict.describe(L.lang))}</font>', st.small))
    venue: list = []
    if item.organization_name:
        venue.append(Paragraph(esc(item.organization_name), st.line if line else st.cell))
    if item.location:
        venue.append(Paragraph(esc(item.location), st.small))
    lead = item.lead
    return [[Paragraph(esc(local), st.cell),
             Paragraph(esc(city_label(item.timezone, L.lang, place)), st.small)],  # the venue's place
            Paragraph(esc(home), st.cell), engagement, venue or "",
            Paragraph(esc(lead.full_name), st.cell) if lead and not line else ""]


# ------------------------------------------------------------------------------------ briefs

def _briefs(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter, today: date) -> list:
    out: list = [_section_break(80), heading(L("briefs"), st.h1, 0, counter)]
    if not data.engagements:
        out.append(Paragraph(esc(L("no_engagements")), st.muted))
        return out
    active = [d for d in data.engagements if not d.item.cancelled and not is_line(d.item)]
    if not active:
        if all(d.item.cancelled for d in data.engagements):
            out.append(Paragraph(esc(L("all_cancelled")), st.muted))
        return out
    for number, detail in enumerate(active, start=1):
        if number > 1:
            out.append(_section_break(70))
        out += _brief(number, detail, data, L, st, width, counter, today)
    return out


def _brief(number: int, d: EngagementDetail, data: ReportData, L: Labels, st: Styles, width: float,
           counter: _Counter, today: date) -> list:
    item, eng = d.item, d.engagement
    title = f"{number}. {item.title}"
    out: list = [heading(title, st.h2, 1, counter),
                 ContinuedFrom(Paragraph(esc(L("continued", title=title)), st.continued), keep_with_next=True)]
    when = (f"{L.day(item.day)} · {clock_label(item, L.lang, d.place)} "
            f"({L('until', time=f'{item.local_end:%H:%M}')})")
    venue = ", ".join(x for x in (item.organization_name, item.location) if x)
    ours = "; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in d.delegation)
    pairs: list[tuple[str, object]] = [
        (L("when"), when),
        (L("kind"), L("kind_status", kind=L.enum(item.kind), status=L.enum(item.status))),
        (L("venue"), venue),
        (L("our_side"), ours),
        (L("to_be_signed"), _signed_here(d, L)),
    ]
    out += key_values(pairs, st, width, label_width=40 * mm)
    if item.travel_minutes:
        out.append(Paragraph(esc(L("travel", minutes=item.travel_minutes)), st.small))
    if item.conflicts:
        out.append(heading(L("conflicts"), st.h3, None, counter))
        for conflict in item.conflicts:
            out.append(Paragraph(f'<font color="#7a1f1f">⚠</font> {esc(conflict.describe(L.lang))}', st.body))

    for key, value in (("objectives", eng.objectives), ("talking_points", eng.talking_points)):
        points = points_of(value)
        if points:
            out.append(heading(L(key), st.h3, None, counter))
            out += _bullets(points, st.point)

    if d.counterparts:
        out.append(heading(L("counterparts"), st.h3, None, counter))
        for person in d.counterparts[:BRIEFED_COUNTERPARTS]:
            line = f"<b>{esc(person.full_name)}</b>" + (f" — {esc(person.title)}" if person.title else "")
            out.append(Paragraph(line, st.body))
            out += paragraphs(person.bio, _bio_style(st))
        if len(d.counterparts) > BRIEFED_COUNTERPARTS:
            out.append(Paragraph(esc(L("more_counterparts",
                                       count=L.number(len(d.counterparts) - BRIEFED_COUNTERPARTS),
                                       total=L.number(len(d.counterparts)))), st.muted))

    org = d.organization
    if org is not None:
        out.append(heading(L("profile"), st.h3, None, counter))
        out.append(Paragraph(esc(org.name), st.label))
        out += key_values([(L("local_name"), org.local_name),
                           (L("address"), ", ".join(x for x in (org.address, org.city, org.country) if x)),
                           (L("phone"), org.phone), (L("website"), org.website)], st, width, label_width=40 * mm)
        out += paragraphs(org.profile, st.body)

    if clean(eng.logistics).strip():
        out.append(heading(L("logistics"), st.h3, None, counter))
        out += paragraphs(eng.logistics, st.body)

    if d.earlier_open:
        out.append(heading(L("earlier_commitments"), st.h3, None, counter))
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("trip", "commitment", "owner", "due",
                                                                          "status")]]
        for c in d.earlier_open:
            dates = data.earlier_trip_dates.get(c.trip_id)
            trip = L("trip_dates", title=c.trip_title, dates=L.date_range(*dates)) if dates else c.trip_title
            due: list = [Paragraph(esc(L.short_date(c.due_date)), st.cell)] if c.due_date else []
            if c.is_overdue(today):
                due.append(Paragraph(f'<font color="#7a1f1f"><b>{esc(L("overdue_as_of", date=L.short_date(today)))}'
                                     f'</b></font>', st.small))
            rows.append([cell(trip, st.cell), commitment_cell(c, L, st), cell(c.owner_name, st.cell),
                         due or "", Paragraph(esc(L.enum(c.status)), st.cell)])
        out.extend(records_table(rows, [0.25 * width, 0.33 * width, 0.14 * width, 0.15 * width, 0.13 * width]))
    scenario = scenario_table(d, L, st, width)
    if scenario:  # after the brief, still under its name when it runs over a page
        out.append(heading(L("scenario"), st.h3, None, counter))
        out += scenario
    plan = data.seating.get(d.item.id)
    if plan is not None:  # who sits where (proposed from precedence): the picture and the ushers' list
        from delegation_planner.reports.seating_plan import seating_flowables

        out.append(heading(L("seating_plan"), st.h3, None, counter))
        out += seating_flowables(plan, L.lang, width)
    out.append(ContinuedFrom(None))
    return out


def commitment_cell(c, L: Labels, st: Styles) -> list:
    """A commitment in a table: "CK-2017-003 · MoU" (small, bold), its description, then its source
    document and their contact when recorded."""
    out: list = [Paragraph(f"<b>{esc(commitment_label(c, L))}</b>", st.small)]
    text = cell(c.description, st.cell)
    out += text if isinstance(text, list) else [text] if text else []
    extra = [(L("source_document"), getattr(c, "source_document", "")),
             (L("their_contact"), getattr(c, "their_contact_name", ""))]
    for label, value in extra:
        value = clean(value or "").strip()
        if value:
            more = cell(f"{label}: {value}", st.small)
            out += more if isinstance(more, list) else [more]
    return out


def is_signed_here(c) -> bool:
    """A commitment signed at its engagement: an MoU or a contract, or any commitment signed (its
    status or a signing date), not dropped."""
    if c.status == CommitmentStatus.DROPPED:
        return False
    return c.kind in SIGNED_KINDS or c.status == CommitmentStatus.SIGNED or c.signed_date is not None


def commitment_label(c, L: Labels) -> str:
    """"CK-2017-003 · MoU" — the stable reference first, when the commitment has one."""
    ref = clean(getattr(c, "reference", "") or "").strip()
    return f"{ref} · {L.enum(c.kind)}" if ref else L.enum(c.kind)


def _signed_here(d: EngagementDetail, L: Labels) -> str:
    """"CK-2017-003 · MoU: … — Source document: … (signed 12 Jul 2017)", one line per commitment
    signed at this engagement."""
    parts = []
    for c in d.commitments:
        if not is_signed_here(c):
            continue
        text = clean(c.description).strip() or L.enum(c.kind)
        kind = L.enum(c.kind)
        ref = clean(getattr(c, "reference", "") or "").strip()
        head = commitment_label(c, L) if kind.casefold() not in text.casefold() else ref
        line = f"{head}: {text}" if head else text
        source = clean(getattr(c, "source_document", "") or "").strip()
        if source:
            line += f" — {L('source_document')}: {source}"
        if c.status == CommitmentStatus.SIGNED and c.signed_date is not None:
            line += f" ({L('signed_on', date=L.short_date(c.signed_date))})"
        parts.append(line)
    return "\n".join(parts)


def scenario_table(d: EngagementDetail, L: Labels, st: Styles, width: float) -> list:
    """The engagement's minute-by-minute scenario: time (venue clock), what happens, who does it,
    who is responsible; columns nobody filled are left out. [] without a scenario."""
    steps = d.scenario
    if not steps:
        return []
    keys = ["at_time", "action"] + [k for k in ("performer", "responsible") if any(getattr(x, k, "") for x in steps)]
    share = {"at_time": 0.11, "performer": 0.22, "responsible": 0.22}
    action_share = 1.0 - sum(share.get(k, 0) for k in keys if k != "action")
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in keys]]
    for step in steps:
        row = []
        for k in keys:
            value = getattr(step, k, "") or ""
            row.append(Paragraph(esc(value), st.cell_bold) if k == "at_time" else cell(value, st.cell))
        rows.append(row)
    return records_table(rows, [(share.get(k) or action_share) * width for k in keys])


def _bullets(points: list[str], style) -> list:
    """One bulleted paragraph per point (a point longer than a paragraph continues unbulleted)."""
    out: list = []
    for point in points:
        for i, block in enumerate(text_blocks(point)):
            out.append(Paragraph(esc(block), style, bulletText="•" if i == 0 else None))
    return out


def _bio_style(st: Styles):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("Bio", parent=st.body, leftIndent=14, spaceAfter=5, textColor=st.muted.textColor)


# ------------------------------------------------------------------------------ contact sheet

def contact_people(data: ReportData) -> list[tuple[object, str]]:
    """Everyone of the trip, each once: the delegation in order of precedence, then every other
    attendee (our staff, then the host side) in programme order; with their organization's name."""
    people: list[tuple[object, str]] = []
    seen: set[int] = set()
    for m in data.members:
        person = data.people.get(m.person_id)
        if person is not None and person.id not in seen:
            seen.add(person.id)
            people.append((person, m.organization_name or data.organization_name(person)))
    others = [data.people.get(a.person_id) for d in data.engagements for a in d.item.attendees]
    others = [p for p in others if p is not None]
    for person in sorted(others, key=lambda p: p.side == Side.HOST):  # stable: programme order kept
        if person.id not in seen:
            seen.add(person.id)
            people.append((person, data.organization_name(person)))
    return people


def _contacts(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [_section_break(40), heading(L("contacts"), st.h1, 0, counter)]  # a short sheet fits below a brief
    people = contact_people(data)
    if not people:
        out.append(Paragraph(esc(L("no_contacts")), st.muted))
    elif len(people) > COMPACT_FROM:
        out += people_lines([(person.full_name, ", ".join(x for x in (_title_with(person.title, org_name),
                                                                       person.phone, person.email) if x))
                             for person, org_name in people], st)
    else:
        # phone and e-mail share a column, left out when nobody has either (names and titles only)
        reachable = any(person.phone or person.email for person, _ in people)
        keys = ("name", "title", "phone_email") if reachable else ("name", "title")
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in keys]]
        for person, org_name in people:
            who = [Paragraph(esc(person.full_name), st.cell_bold), Paragraph(esc(L.enum(person.side)), st.small)]
            row = [who, cell(_title_with(person.title, org_name), st.cell)]
            if reachable:
                row.append(cell("\n".join(x for x in (_unbroken(person.phone), (person.email or "").strip()) if x),
                                st.cell))
            rows.append(row)
        widths = [0.26, 0.44, 0.30] if reachable else [0.32, 0.68]
        out.extend(records_table(rows, [w * width for w in widths]))
    out += logistics_table(data, L, st, width, counter)
    # The places of the programme: where to ring or drive to.
    places = []
    seen: set[int] = set()
    inbound = data.direction == "inbound"
    for d in data.engagements:
        org = d.organization
        if inbound and org is not None and org.id in {p.organization_id for p in d.counterparts}:
            continue  # the visitors' own seat is not a place of the programme received here
        if org is not None and org.id not in seen and (org.address or org.phone or org.website):
            seen.add(org.id)
            places.append(org)
    if places:
        out.append(heading(L("places_of_programme"), st.h2, None, counter))
        reachable = any(org.phone or org.website for org in places)
        keys = ("organization", "address", "phone_website") if reachable else ("organization", "address")
        rows = [[Paragraph(esc(L(k)), st.cell_head) for k in keys]]
        for org in places:
            row = [cell(org.name, st.cell_bold), cell(", ".join(x for x in (org.address, org.city, org.country) if x),
                                                      st.cell)]
            if reachable:
                site = re.sub(r"^https?://", "", (org.website or "").strip()).rstrip("/")  # "www.massgeneral.org"
                row.append(cell("\n".join(x for x in (_unbroken(org.phone), site) if x), st.cell))
            rows.append(row)
        widths = [0.32, 0.43, 0.25] if reachable else [0.36, 0.64]
        out.extend(records_table(rows, [w * width for w in widths]))
    return out


def logistics_table(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter | None,
                    kinds=None, heading_key: str = "logistics_contacts") -> list:
    """The visit's logistics contacts (hotel, embassy, liaison, drivers, interpreters, emergency) in their
    order: kind, name, phone and address, notes (a column nobody filled is left out); [] when none."""
    contacts = [c for c in data.contacts if kinds is None or c.kind in kinds]
    if not contacts:
        return []
    with_notes = any(clean(c.notes).strip() for c in contacts)
    keys = ["contact_kind", "name", "contact_details"] + (["notes"] if with_notes else [])
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in keys]]
    for c in contacts:
        details = "\n".join(x for x in (_unbroken(c.phone), clean(c.address).strip()) if x)
        row = [Paragraph(esc(L.enum(c.kind)), st.cell), cell(c.name, st.cell_bold), cell(details, st.cell)]
        if with_notes:
            row.append(cell(c.notes, st.cell))
        rows.append(row)
    widths = [0.17, 0.27, 0.30, 0.26] if with_notes else [0.20, 0.38, 0.42]
    return [heading(L(heading_key), st.h2, None, counter) if counter is not None
            else Paragraph(esc(L(heading_key)), st.h2),
            *records_table(rows, [w * width for w in widths])]


def _unbroken(phone: str) -> str:
    """A phone number kept on one line ("+84 208 3855 555" never split after "3855")."""
    phone = (phone or "").strip()
    return phone.replace(" ", "\u00a0") if len(phone) <= 24 else phone


def _title_with(title: str, org_name: str) -> str:
    if org_name and org_name.casefold() not in title.casefold():
        return ", ".join(x for x in (title, org_name) if x)
    return title


# ----------------------------------------------------------------------------- motorcade list

def _motorcade(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    """The motorcade list for the drivers and the ushers, on pages of its own; [] without cars."""
    from delegation_planner.reports.motorcade_list import motorcade_flowables
    from delegation_planner.services.motorcade import report_transfers

    return motorcade_flowables(report_transfers(data), L, st, width, counter)


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
