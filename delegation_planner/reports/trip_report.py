"""The post-trip report: summary with a chart, engagements held with notes and outcomes,
commitments (MoUs and contracts signed first), follow-up actions, annex."""
from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from delegation_planner.reports.paragraph import Paragraph

from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus, EngagementStatus, Side
from delegation_planner.domain.timezones import city_label
from delegation_planner.reports.charts import bar_chart
from delegation_planner.reports.common import (COMPACT_FROM, cell, cover_lines, key_values, paragraphs, people_lines,
                                               records_table)
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, contents, heading
from delegation_planner.reports.styles import Styles
from delegation_planner.reports.text import esc
from delegation_planner.services.commitments import CommitmentRow
from delegation_planner.services.report_data import ReportData

_SIGNED_LIKE = {CommitmentStatus.SIGNED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE}
_MAJOR_KINDS = {CommitmentKind.MOU, CommitmentKind.CONTRACT}


def signed_first_key(c: CommitmentRow):
    """MoUs and contracts signed come first (MoUs before contracts), then the rest by due date."""
    major = c.kind in _MAJOR_KINDS and (c.status in _SIGNED_LIKE or c.signed_date is not None)
    return (0 if major else 1, 0 if c.kind == CommitmentKind.MOU else 1 if major else 2,
            c.due_date is None, c.due_date or date.max, c.id)


def story(data: ReportData, L: Labels, st: Styles, width: float, *, prepared_on: date) -> list:
    counter = _Counter()
    out: list = []
    out += _title_block(data, L, st, prepared_on)
    out += [Paragraph(esc(L("contents")), st.h2), contents(st.toc_levels),
            PageBreak()]
    out += _summary(data, L, st, width, counter)
    out += _engagements(data, L, st, width, counter)
    out += _commitments(data, L, st, width, counter)
    out += _follow_up(data, L, st, width, counter)
    out += _annex(data, L, st, width, counter)
    return out


def _title_block(data: ReportData, L: Labels, st: Styles, prepared_on: date) -> list:
    trip = data.trip
    out: list = [Spacer(1, 12 * mm), Paragraph(esc(L("trip_report").upper()), st.cover_kicker)]
    out += cover_lines(data, L, st)
    out.append(Paragraph(esc(f"{L('prepared_on')}: {L.date(prepared_on)}"), st.cover_line))
    out.append(Spacer(1, 10 * mm))
    return out


# ------------------------------------------------------------------------------------ summary

def _places(data: ReportData, lang: str = "en") -> str:
    places: list[str] = []
    for detail in data.engagements:
        if detail.item.cancelled:
            continue
        org = detail.organization
        city = city_label(detail.item.timezone, lang, org.city if org is not None else "")
        if city not in places:
            places.append(city)
    if data.trip.destination and not places:
        places.append(data.trip.destination)
    return ", ".join(places)


def _summary(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    items = data.programme.items
    held = sum(1 for i in items if i.status == EngagementStatus.HELD)
    cancelled = sum(1 for i in items if i.cancelled)
    out: list = [heading(L("summary"), st.h1, 0, counter)]
    out += key_values([
        (L("dates"), L.date_range(data.trip.start_date, data.trip.end_date)),
        (L("destination"), data.trip.destination),
        (L("places"), _places(data, L.lang)),
        (L("head"), data.head.full_name if data.head else ""),
        (L("engagements_planned"), str(len(items))),
        (L("engagements_held"), str(held)),
        (L("engagements_cancelled"), str(cancelled)),
        (L("commitments_total"), str(len(data.commitments))),
    ], st, width, label_width=0.36 * width)
    if data.trip.purpose:
        out.append(Spacer(1, 4))
        out += paragraphs(data.trip.purpose, st.body)
    if not data.commitments:
        out.append(Spacer(1, 6))
        out.append(Paragraph(esc(L("no_commitments")), st.muted))
        return out
    by_status = Counter(c.status for c in data.commitments)
    by_kind = Counter(c.kind for c in data.commitments)
    status_counts = [(L.enum(s), by_status[s]) for s in CommitmentStatus if by_status[s]]
    kind_counts = [(L.enum(k), by_kind[k]) for k in CommitmentKind if by_kind[k]]
    out.append(heading(L("by_kind"), st.h3, None, counter))
    rows = [[Paragraph(esc(L("kind")), st.cell_head), Paragraph(esc(L("count")), st.cell_head)]]
    rows += [[Paragraph(esc(label), st.cell), Paragraph(str(n), st.cell)] for label, n in kind_counts]
    out.extend(records_table(rows, [0.45 * width, 0.15 * width]))
    out.append(Spacer(1, 8))
    out.append(KeepTogether([heading(L("by_status"), st.h3, None, counter),
                             bar_chart(status_counts, 0.8 * width)]))
    return out


# -------------------------------------------------------------------------------- engagements

def _engagements(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("engagements_section"), st.h1, 0, counter)]
    active = [d for d in data.engagements if not d.item.cancelled]
    if not active:
        out.append(Paragraph(esc(L("no_engagements") if not data.engagements else L("all_cancelled")), st.muted))
    for number, d in enumerate(active, start=1):
        item = d.item
        block: list = [CondPageBreak(40 * mm), heading(f"{number}. {item.title}", st.h2, 1, counter)]
        venue = ", ".join(x for x in (item.organization_name, item.location) if x)
        pairs: list[tuple[str, object]] = [(L("when"), f"{L.day(item.day)} · {item.time_label_in(L.lang)}"),
                                           (L("venue"), venue)]
        if item.status != EngagementStatus.HELD:
            pairs.append((L("status"), L.enum(item.status)))
        people = _attendees_line(item.attendees, L)
        pairs.append((L("attendees"), people))
        block += key_values(pairs, st, width)
        block.append(heading(L("meeting_notes"), st.h3, None, counter))
        if not d.notes:
            block.append(Paragraph(esc(L("no_notes")), st.muted))
        for note in d.notes:
            stamp = L("note_by", author=note.author or "—", when=L.short_date(note.created_at.date()))
            block.append(Paragraph(f"<i>{esc(stamp)}</i>", st.small))
            block += paragraphs(note.text, st.body)
            block.append(Spacer(1, 4))
        block.append(heading(L("outcomes"), st.h3, None, counter))
        if not d.commitments:
            block.append(Paragraph(esc(L("no_outcomes")), st.muted))
        for c in sorted(d.commitments, key=signed_first_key):
            head = f"<b>{esc(L.enum(c.kind))}</b> · {esc(L.enum(c.status))}"
            if c.owner_name:
                head += f" · {esc(L('owner'))}: {esc(c.owner_name)}"
            if c.due_date:
                head += f" · {esc(L('due'))}: {esc(L.short_date(c.due_date))}"
            block.append(Paragraph(head, st.small))
            block += paragraphs(c.description, st.body)
        out += block
    cancelled = [d for d in data.engagements if d.item.cancelled]
    if cancelled:
        out.append(heading(L("cancelled_engagements"), st.h2, 1, counter))
        rows = [[Paragraph(esc(L("when")), st.cell_head), Paragraph(esc(L("engagement")), st.cell_head),
                 Paragraph(esc(L("venue")), st.cell_head)]]
        for d in cancelled:
            rows.append([Paragraph(esc(f"{L.short_date(d.item.day)} {d.item.local_start:%H:%M}"), st.cell),
                         cell(d.item.title, st.cell), cell(d.item.organization_name or d.item.location, st.cell)])
        out.extend(records_table(rows, [0.2 * width, 0.5 * width, 0.3 * width]))
    return out


# -------------------------------------------------------------------------------- commitments

def _commitment_rows(rows_in: list[CommitmentRow], L: Labels, st: Styles) -> list[list]:
    rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in
                         ("counterpart", "commitment", "made_by", "owner", "due", "status")]]
    for c in rows_in:
        description = [Paragraph(f"<b>{esc(L.enum(c.kind))}</b>", st.small)]
        extra = cell(c.description, st.cell)
        description += extra if isinstance(extra, list) else [extra] if extra else []
        status: list = [Paragraph(esc(L.enum(c.status)), st.cell)]
        if c.signed_date:
            status.append(Paragraph(esc(L("signed_on", date=L.short_date(c.signed_date))), st.small))
        rows.append([cell(c.organization_name, st.cell), description, Paragraph(esc(L.enum(c.made_by)), st.cell),
                     cell(c.owner_name, st.cell), Paragraph(esc(L.short_date(c.due_date)), st.cell), status])
    return rows


def _commitments(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("commitments"), st.h1, 0, counter)]
    if not data.commitments:
        out.append(Paragraph(esc(L("no_commitments")), st.muted))
        return out
    ordered = sorted(data.commitments, key=signed_first_key)
    rows = _commitment_rows(ordered, L, st)
    out.extend(records_table(rows, [0.17 * width, 0.31 * width, 0.11 * width, 0.14 * width, 0.13 * width, 0.14 * width]))
    return out


def _follow_up(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [CondPageBreak(60 * mm), heading(L("follow_up"), st.h1, 0, counter)]
    open_rows = [c for c in data.commitments if c.is_open]
    if not open_rows:
        out.append(Paragraph(esc(L("no_follow_up") if data.commitments else L("no_commitments")), st.muted))
        return out
    today = date.today()
    by_owner: dict[str, list[CommitmentRow]] = {}
    for c in sorted(open_rows, key=lambda c: (c.owner_name == "", c.owner_name.casefold(), c.due_date is None,
                                               c.due_date or date.max, c.id)):
        by_owner.setdefault(c.owner_name or L("unassigned"), []).append(c)
    for owner, rows_in in by_owner.items():
        out.append(heading(owner, st.h3, None, counter))
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("due", "commitment", "counterpart",
                                                                          "status")]]
        for c in rows_in:
            due = esc(L.short_date(c.due_date))
            if c.is_overdue(today):
                due += f'<br/><font color="#7a1f1f"><b>{esc(L("overdue"))}</b></font>'
            what = [Paragraph(f"<b>{esc(L.enum(c.kind))}</b>", st.small)]
            extra = cell(c.description, st.cell)
            what += extra if isinstance(extra, list) else [extra] if extra else []
            if c.follow_up:
                follow = cell(f"{L('follow_up_text')}: {c.follow_up}", st.small)
                what += follow if isinstance(follow, list) else [follow]
            rows.append([Paragraph(due, st.cell), what, cell(c.organization_name, st.cell),
                         Paragraph(esc(L.enum(c.status)), st.cell)])
        out.extend(records_table(rows, [0.14 * width, 0.50 * width, 0.22 * width, 0.14 * width]))
    return out


# -------------------------------------------------------------------------------------- annex

# Our side is always named in full; past this many host attendees (a forum, a reception) the
# engagement names the first ones and counts the rest, who are listed once, in the annex.
LISTED_HOSTS = 25


def _attendees_line(attendees, L: Labels) -> str:
    ours = [a for a in attendees if a.side != Side.HOST]
    hosts = [a for a in attendees if a.side == Side.HOST]
    named = ours + hosts[:LISTED_HOSTS]
    text = "; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in named)
    if len(hosts) > LISTED_HOSTS:
        text += " " + L("more_attendees", count=L.number(len(hosts) - LISTED_HOSTS), total=L.number(len(hosts)))
    return text


def _annex(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("annex"), st.h1, 0, counter),
                 heading(L("annex_delegation"), st.h2, 1, counter)]
    if not data.members:
        out.append(Paragraph(esc(L("no_members")), st.muted))
    else:
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("no", "name", "organization", "role")]]
        for i, m in enumerate(data.members, start=1):
            name = [Paragraph(esc(m.full_name), st.cell_bold)]
            if m.title:
                name.append(cell(m.title, st.small))
            rows.append([Paragraph(str(i), st.cell), name, cell(m.organization_name, st.cell),
                         Paragraph(esc(L.enum(m.role)), st.cell)])
        out.extend(records_table(rows, [0.07 * width, 0.43 * width, 0.30 * width, 0.20 * width]))
    out.append(heading(L("annex_counterparts"), st.h2, 1, counter))
    counterparts = data.counterparts
    if not counterparts:
        out.append(Paragraph(esc(L("no_counterparts")), st.muted))
    elif len(counterparts) > COMPACT_FROM:
        out += people_lines([(p.full_name, ", ".join(x for x in (p.title, data.organization_name(p), p.email, p.phone)
                                                     if x)) for p in counterparts], st)
    else:
        rows = [[Paragraph(esc(L(k)), st.cell_head) for k in ("name", "title", "organization")]
                + [Paragraph(esc(f"{L('email')} / {L('phone')}"), st.cell_head)]]
        for p in counterparts:
            rows.append([Paragraph(esc(p.full_name), st.cell_bold), cell(p.title, st.cell),
                         cell(data.organization_name(p), st.cell),
                         cell(" ".join(x for x in (p.email, p.phone) if x), st.cell)])
        out.extend(records_table(rows, [0.26 * width, 0.30 * width, 0.24 * width, 0.20 * width]))
    return out
