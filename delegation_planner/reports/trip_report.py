"""The post-trip report: letterhead, summary with a chart, engagements held with notes and
outcomes, commitments (MoUs and contracts signed first), follow-up actions by due date, the
officer's evaluation and recommendations, sign-off, annex.

In Vietnamese the report follows the administrative format of Nghị định 30/2020/NĐ-CP
(see :mod:`reports.letterhead`); in English it gets the equivalent letterhead and sign-off.
The figures agree with the lists: "Engagements held" counts the engagements listed as held;
past engagements still marked planned or confirmed are listed apart, flagged for the
officer to confirm, and counted apart."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timezone

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from delegation_planner.reports.paragraph import Paragraph

from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus, EngagementStatus, Side
from delegation_planner.domain.timezones import city_label, local_date
from delegation_planner.reports.briefing import commitment_cell, commitment_label, members_table
from delegation_planner.reports.charts import bar_chart
from delegation_planner.reports.common import (COMPACT_FROM, cell, clock_label, cover_lines, trip_facts, key_values, paragraphs, people_lines,
                                               records_table)
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, contents, heading
from delegation_planner.reports.letterhead import OfficeIdentity, classification_box, letterhead, sign_off
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


_TEXT = {
    "en": {
        "kind": "Report",
        "subject": "Results of the visit: {title}",
        "to_confirm": "Past engagements still marked planned — to confirm",
        "to_confirm_note": ("These engagements are past but still marked planned or confirmed: confirm whether "
                            "they were held and mark them in the programme; they are not counted as held."),
        "to_confirm_count": "Past, still marked planned (to confirm)",
        "upcoming": "Engagements not yet held",
        "upcoming_count": "Not yet held (later dates)",
        "flag": "TO CONFIRM",
        "evaluation": "Evaluation and recommendations",
        "no_evaluation": "(To be written by the officer: what went well, what did not, what to do next.)",
        "no_due": "no due date",
        "no_due_section": "No due date set",
        "position": "Head of delegation",
        "held_heading": "Engagements held",
        "staff": "Staff and interpreters",
        "our_delegation": "Our delegation",
        "host_side": "Host side",
        "gifts": "Gifts given and received",
        "gift_cols": ("Date", "Given or received", "Gift", "To or from", "Estimated value", "What became of it",
                      "Reported on"),
        "given": "given", "received": "received",
        "attachments": "Documents attached",
        "attachment_cols": ("File", "Attached to", "Size", "SHA-256 (first 16)"),
        "owner_engagement": "engagement", "owner_commitment": "commitment", "owner_gift": "gift",
    },
    "vi": {
        "kind": "Báo cáo",
        "subject": "Kết quả chuyến công tác: {title}",
        "to_confirm": "Hoạt động đã qua nhưng vẫn ở trạng thái dự kiến — cần xác nhận",
        "to_confirm_note": ("Các hoạt động sau đã qua ngày nhưng vẫn ở trạng thái dự kiến hoặc đã xác nhận: đề nghị "
                            "xác nhận đã diễn ra hay chưa và cập nhật trong chương trình; chưa tính là đã thực hiện."),
        "to_confirm_count": "Đã qua, còn ở trạng thái dự kiến (cần xác nhận)",
        "upcoming": "Hoạt động chưa diễn ra",
        "upcoming_count": "Chưa diễn ra (ngày sau)",
        "flag": "CẦN XÁC NHẬN",
        "evaluation": "Đánh giá và kiến nghị",
        "no_evaluation": "(Cán bộ phụ trách viết: kết quả đạt được, hạn chế, kiến nghị và đề xuất.)",
        "no_due": "chưa có hạn",
        "no_due_section": "Chưa đặt thời hạn",
        "position": "Trưởng đoàn",
        "held_heading": "Các hoạt động đã thực hiện",
        "staff": "Cán bộ phục vụ, phiên dịch",
        "our_delegation": "Phía ta",
        "host_side": "Phía bạn",
        "gifts": "Quà tặng và quà nhận",
        "gift_cols": ("Ngày", "Tặng hay nhận", "Quà tặng", "Người tặng hoặc nhận", "Giá trị ước tính", "Xử lý",
                      "Ngày báo cáo"),
        "given": "tặng", "received": "nhận",
        "attachments": "Tài liệu đính kèm",
        "attachment_cols": ("Tệp", "Đính kèm vào", "Dung lượng", "SHA-256 (16 ký tự đầu)"),
        "owner_engagement": "hoạt động", "owner_commitment": "cam kết", "owner_gift": "quà tặng",
    },
}


_TEXT_INBOUND = {  # a delegation received here: the report of receiving it, signed by who received it
    "en": {"subject": "Results of receiving the delegation: {title}", "position": "Received by",
           "our_delegation": "Our side", "host_side": "Their side"},
    "vi": {"subject": "Kết quả đón tiếp đoàn: {title}", "position": "Lãnh đạo chủ trì đón tiếp",
           "our_delegation": "Phía ta", "host_side": "Phía bạn (đoàn khách)"},
}


def _t(L: Labels, key: str, **kwargs) -> str:
    lang = "vi" if L.lang == "vi" else "en"
    text = (_TEXT_INBOUND[lang].get(key) if getattr(L, "inbound", False) else None) or _TEXT[lang][key]
    return text.format(**kwargs) if kwargs else text


def story(data: ReportData, L: Labels, st: Styles, width: float, *, prepared_on: date,
          office: OfficeIdentity | None = None, classification: str = "", evaluation: str = "",
          now: datetime | None = None) -> list:
    """The report's flowables. ``office`` gives the letterhead's issuing body and place;
    ``evaluation`` is the officer's text for "Evaluation and recommendations"; ``now`` (UTC)
    decides which engagements are past (default: the current time)."""
    counter = _Counter()
    split = _split_engagements(data, now or datetime.now(timezone.utc))
    out: list = []
    out += _title_block(data, L, st, width, prepared_on, office, classification)
    out += [Paragraph(esc(L("contents")), st.h2), contents(st.toc_levels),
            PageBreak()]
    out += _summary(data, L, st, width, counter, split)
    out += _engagements(data, L, st, width, counter, split)
    out += _commitments(data, L, st, width, counter)
    out += _follow_up(data, L, st, width, counter)
    out += _gifts(data, L, st, width, counter)
    out += _evaluation(evaluation, L, st, counter)
    out += _sign_off(data, L, st, width, office)
    out += _annex(data, L, st, width, counter)
    return out


def _split_engagements(data: ReportData, now: datetime) -> dict[str, list]:
    """The engagements as "held", "to_confirm" (past, still planned/confirmed), "upcoming" and "cancelled"."""
    split: dict[str, list] = {"held": [], "to_confirm": [], "upcoming": [], "cancelled": []}
    for d in data.engagements:
        item = d.item
        if item.cancelled:
            split["cancelled"].append(d)
        elif item.status == EngagementStatus.HELD:
            split["held"].append(d)
        elif item.end_utc <= now:
            split["to_confirm"].append(d)
        else:
            split["upcoming"].append(d)
    return split


def _title_block(data: ReportData, L: Labels, st: Styles, width: float, prepared_on: date,
                 office: OfficeIdentity | None, classification: str) -> list:
    out: list = letterhead(office, L.lang, st, width, kind=_t(L, "kind"),
                           subject=_t(L, "subject", title=data.trip.title), issued_on=prepared_on,
                           number_code="BC")
    out += classification_box(classification, st, width)
    out += trip_facts(data, L, st)  # the title is the trích yếu above
    out.append(Spacer(1, 6 * mm))
    return out


def _sign_off(data: ReportData, L: Labels, st: Styles, width: float, office: OfficeIdentity | None) -> list:
    head = data.head
    return sign_off(office, L.lang, st, width, position=_t(L, "position"),
                    position_detail=head.title if head is not None and head.title else "",
                    signer=head.full_name if head is not None else "")


def _evaluation(evaluation: str, L: Labels, st: Styles, counter: _Counter) -> list:
    out: list = [CondPageBreak(50 * mm), heading(_t(L, "evaluation"), st.h1, 0, counter)]
    if evaluation and evaluation.strip():
        out += paragraphs(evaluation, st.body)
    else:
        out.append(Paragraph(esc(_t(L, "no_evaluation")), st.muted))
    return out


# ------------------------------------------------------------------------------------ summary

def _places(data: ReportData, lang: str = "en") -> str:
    """The places visited: where the engagements were held (services.report_data.venue_place: the
    organization's city or the destination, never a time zone's city), in Vietnamese names."""
    return ", ".join(city_label("", lang, place) for place in data.places)


def _summary(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter,
             split: dict[str, list]) -> list:
    out: list = [heading(L("summary"), st.h1, 0, counter)]
    pairs = [
        (L("dates"), L.date_range(data.trip.start_date, data.trip.end_date)),
        (L("destination"), data.trip.destination),
        (L("places"), _places(data, L.lang)),
        (L("head"), data.head.full_name if data.head else ""),
        (L("engagements_planned"), str(len(data.engagements))),
        (L("engagements_held"), str(len(split["held"]))),
    ]
    if split["to_confirm"]:
        pairs.append((_t(L, "to_confirm_count"), str(len(split["to_confirm"]))))
    if split["upcoming"]:
        pairs.append((_t(L, "upcoming_count"), str(len(split["upcoming"]))))
    pairs += [(L("engagements_cancelled"), str(len(split["cancelled"]))),
              (L("commitments_total"), str(len(data.commitments)))]
    out += key_values(pairs, st, width, label_width=0.45 * width)
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

def _engagements(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter,
                 split: dict[str, list]) -> list:
    out: list = [PageBreak(), heading(L("engagements_section"), st.h1, 0, counter)]
    active = [d for d in data.engagements if not d.item.cancelled]
    if not active:
        out.append(Paragraph(esc(L("no_engagements") if not data.engagements else L("all_cancelled")), st.muted))
    number = 0
    for group in ("held", "to_confirm", "upcoming"):
        details = split[group]
        if not details:
            continue
        if group == "held":
            out.append(heading(f"{_t(L, 'held_heading')} ({L.number(len(details))})", st.h2, None, counter))
        else:
            out.append(heading(f"{_t(L, group)} ({L.number(len(details))})", st.h2, 1, counter))
            if group == "to_confirm":
                out.append(Paragraph(esc(_t(L, "to_confirm_note")), st.body))
        for d in details:
            number += 1
            out += _engagement_block(d, number, group == "to_confirm", L, st, width, counter)
    out += _cancelled(split["cancelled"], L, st, width, counter)
    return out


def _engagement_block(d, number: int, flagged: bool, L: Labels, st: Styles, width: float,
                      counter: _Counter) -> list:
    item = d.item
    title = f"{number}. {item.title}"
    block: list = [CondPageBreak(40 * mm), heading(title, st.h2, 1, counter)]
    if flagged:
        block.append(Paragraph(f'<font color="#7a1f1f"><b>⚑ {esc(_t(L, "flag"))}</b></font> · '
                               f"{esc(L('status'))}: {esc(L.enum(item.status))}", st.body))
    venue = ", ".join(x for x in (item.organization_name, item.location) if x)
    pairs: list[tuple[str, object]] = [(L("when"), f"{L.day(item.day)} · {clock_label(item, L.lang, d.place)}"),
                                       (L("venue"), venue)]
    if item.status != EngagementStatus.HELD and not flagged:
        pairs.append((L("status"), L.enum(item.status)))
    pairs += _attendees_by_side(item.attendees, L)
    block += key_values(pairs, st, width)
    if d.notes:  # an empty section is left out, not printed as "none"
        block.append(heading(L("meeting_notes"), st.h3, None, counter))
    for note in d.notes:
        held = note.taken_at or note.created_at  # when the meeting was held (editable), in the venue's calendar
        stamp = L("note_by", author=note.author or "—", when=L.short_date(local_date(held, item.timezone)))
        block.append(Paragraph(f"<i>{esc(stamp)}</i>", st.small))
        block += paragraphs(note.text, st.body)
        block.append(Spacer(1, 4))
    if d.commitments:
        block.append(heading(L("outcomes"), st.h3, None, counter))
    for c in sorted(d.commitments, key=signed_first_key):
        head = f"<b>{esc(commitment_label(c, L))}</b> · {esc(L.enum(c.status))}"
        if c.owner_name:
            head += f" · {esc(L('owner'))}: {esc(c.owner_name)}"
        if c.due_date:
            head += f" · {esc(L('due'))}: {esc(L.short_date(c.due_date))}"
        completed = getattr(c, "completed_date", None)
        if completed:
            head += f" · {esc(L('completed_on', date=L.short_date(completed)))}"
        block.append(Paragraph(head, st.small))
        block += paragraphs(c.description, st.body)
        for label, value in ((L("source_document"), getattr(c, "source_document", "")),
                             (L("their_contact"), getattr(c, "their_contact_name", ""))):
            if (value or "").strip():
                block += paragraphs(f"{label}: {value.strip()}", st.small)
    return block


def _cancelled(cancelled: list, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = []
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
                         ("counterpart", "commitment", "owner", "due", "status")]]
    for c in rows_in:
        # who made it is a line of the commitment: a column of its own left the text 30% of the width
        what = commitment_cell(c, L, st) + [Paragraph(esc(f"{L('made_by')}: {L.enum(c.made_by)}"), st.small)]
        rows.append([cell(c.organization_name, st.cell), what, cell(c.owner_name, st.cell),
                     Paragraph(esc(L.short_date(c.due_date)), st.cell), _status_cell(c, L, st)])
    return rows


def _status_cell(c, L: Labels, st: Styles) -> list:
    """The status, the signing date and the actual completion date (next to the due date)."""
    out: list = [Paragraph(esc(L.enum(c.status)), st.cell)]
    if c.signed_date:
        out.append(Paragraph(esc(L("signed_on", date=L.short_date(c.signed_date))), st.small))
    completed = getattr(c, "completed_date", None)
    if completed:
        out.append(Paragraph(esc(L("completed_on", date=L.short_date(completed))), st.small))
    return out


def _commitments(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("commitments"), st.h1, 0, counter)]
    if not data.commitments:
        out.append(Paragraph(esc(L("no_commitments")), st.muted))
        return out
    ordered = sorted(data.commitments, key=signed_first_key)
    rows = _commitment_rows(ordered, L, st)
    # a date "30/09/2025" keeps to one line in its column
    out.extend(records_table(rows, [w * width for w in (0.17, 0.40, 0.13, 0.15, 0.15)]))
    return out


def _follow_up(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [CondPageBreak(60 * mm), heading(L("follow_up"), st.h1, 0, counter)]
    open_rows = [c for c in data.commitments if c.is_open]
    if not open_rows:
        out.append(Paragraph(esc(L("no_follow_up") if data.commitments else L("no_commitments")), st.muted))
        return out
    today = date.today()
    ordered = sorted(open_rows, key=lambda c: (c.due_date is None, c.due_date or date.max,
                                               (c.owner_name or "").casefold(), c.id))
    dated = [c for c in ordered if c.due_date is not None]
    undated = [c for c in ordered if c.due_date is None]
    for title, rows_in in ((None, dated), (_t(L, "no_due_section"), undated)):
        if not rows_in:
            continue
        if title:
            out.append(heading(title, st.h3, None, counter))
        rows: list[list] = [[Paragraph(esc(L(k)), st.cell_head) for k in ("due", "commitment", "owner",
                                                                          "counterpart", "status")]]
        for c in rows_in:
            if c.due_date is None:
                due = f'<font color="#7a1f1f"><i>{esc(_t(L, "no_due"))}</i></font>'
            else:
                due = esc(L.short_date(c.due_date))
                if c.is_overdue(today):
                    due += f'<br/><font color="#7a1f1f"><b>{esc(L("overdue"))}</b></font>'
            what = commitment_cell(c, L, st)
            if c.follow_up:
                follow = cell(f"{L('follow_up_text')}: {c.follow_up}", st.small)
                what += follow if isinstance(follow, list) else [follow]
            rows.append([Paragraph(due, st.cell), what, cell(c.owner_name or L("unassigned"), st.cell),
                         cell(c.organization_name, st.cell), Paragraph(esc(L.enum(c.status)), st.cell)])
        out.extend(records_table(rows, [0.15 * width, 0.40 * width, 0.15 * width, 0.17 * width, 0.13 * width]))
    return out


# -------------------------------------------------------------------------------------- annex

# Our side is always named in full; past this many host attendees (a forum, a reception) the
# engagement names the first ones and counts the rest, who are listed once, in the annex.
LISTED_HOSTS = 25


def _attendees_by_side(attendees, L: Labels) -> list[tuple[str, str]]:
    """One labelled line per side: our delegation, the host side, staff and interpreters."""
    labels = {Side.DELEGATION: _t(L, "our_delegation"), Side.HOST: _t(L, "host_side"), Side.STAFF: _t(L, "staff")}
    out: list[tuple[str, str]] = []
    for side in (Side.DELEGATION, Side.HOST, Side.STAFF):
        people = [a for a in attendees if a.side == side]
        if not people:
            continue
        named = people if side != Side.HOST else people[:LISTED_HOSTS]
        text = "; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in named)
        if len(people) > len(named):
            text += " " + L("more_attendees", count=L.number(len(people) - len(named)),
                            total=L.number(len(people)))
        out.append((labels[side], text))
    return out  # nobody recorded: the line is left out, not printed as "—"


def _attendees_line(attendees, L: Labels) -> str:
    ours = [a for a in attendees if a.side != Side.HOST]
    hosts = [a for a in attendees if a.side == Side.HOST]
    named = ours + hosts[:LISTED_HOSTS]
    text = "; ".join(f"{a.full_name} ({L.enum(a.role)})" for a in named)
    if len(hosts) > LISTED_HOSTS:
        text += " " + L("more_attendees", count=L.number(len(hosts) - LISTED_HOSTS), total=L.number(len(hosts)))
    return text


def _gifts(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    """The visit's gifts register (left out when no gift was recorded)."""
    if not data.gifts:
        return []
    from delegation_planner.reports.gifts_sheet import WORDS

    words = WORDS["vi" if L.lang == "vi" else "en"]
    out: list = [CondPageBreak(50 * mm), heading(_t(L, "gifts"), st.h1, 0, counter)]
    rows = [[Paragraph(esc(h), st.cell_head) for h in _t(L, "gift_cols")]]
    for g in data.gifts:
        value = "" if g.estimated_value is None else f"{L.number(g.estimated_value)} {g.currency}"
        rows.append([cell(L.short_date(g.given_on) if g.given_on else "", st.cell), cell(_t(L, g.direction), st.cell),
                     Paragraph(esc(g.description), st.cell_bold), cell(g.counterpart, st.cell), cell(value, st.cell),
                     cell(words[g.disposition], st.cell),
                     cell(L.short_date(g.reported_on) if g.reported_on else "", st.cell)])
    out.extend(records_table(rows, [w * width for w in (0.14, 0.08, 0.21, 0.16, 0.14, 0.13, 0.14)]))
    return out


def _attachments(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    """The files attached to the visit's engagements, commitments and gifts: listed, not embedded."""
    if not data.attachments:
        return []
    titles = {("engagement", d.item.id): d.item.title for d in data.engagements}
    titles.update({("commitment", c.id): f"{c.reference} {c.description}".strip() for c in data.commitments})
    titles.update({("gift", g.id): g.description for g in data.gifts})
    out: list = [heading(_t(L, "attachments"), st.h2, 1, counter)]
    rows = [[Paragraph(esc(h), st.cell_head) for h in _t(L, "attachment_cols")]]
    for a in data.attachments:
        owner = f"{_t(L, 'owner_' + a.owner)}: {titles.get((a.owner, a.owner_id), '')}"
        size = f"{L.number(max(1, round(a.size / 1024)))} KB"
        rows.append([Paragraph(esc(a.filename), st.cell_bold), cell(owner, st.cell), cell(size, st.cell),
                     cell(a.sha256[:16], st.cell)])
    out.extend(records_table(rows, [w * width for w in (0.28, 0.38, 0.11, 0.23)]))
    return out


def _annex(data: ReportData, L: Labels, st: Styles, width: float, counter: _Counter) -> list:
    out: list = [PageBreak(), heading(L("annex"), st.h1, 0, counter),
                 heading(L("annex_delegation"), st.h2, 1, counter)]
    if not data.members:
        out.append(Paragraph(esc(L("no_members")), st.muted))
    else:
        out.extend(members_table(data.members, L, st, width))
    counterparts = data.counterparts
    if counterparts:  # an annex of nobody is left out
        out.append(heading(L("annex_counterparts"), st.h2, 1, counter))
    if not counterparts:
        pass
    elif len(counterparts) > COMPACT_FROM:
        out += people_lines([(p.full_name, ", ".join(x for x in (p.title, data.organization_name(p), p.email, p.phone)
                                                     if x)) for p in counterparts], st)
    else:
        reachable = any(p.email or p.phone for p in counterparts)  # no column of nothing
        rows = [[Paragraph(esc(L(k)), st.cell_head) for k in ("name", "title", "organization")]
                + ([Paragraph(esc(f"{L('email')} / {L('phone')}"), st.cell_head)] if reachable else [])]
        for p in counterparts:
            row = [Paragraph(esc(p.full_name), st.cell_bold), cell(p.title, st.cell),
                   cell(data.organization_name(p), st.cell)]
            if reachable:
                row.append(cell(" ".join(x for x in (p.email, p.phone) if x), st.cell))
            rows.append(row)
        widths = [0.26, 0.30, 0.24, 0.20] if reachable else [0.28, 0.40, 0.32]
        out.extend(records_table(rows, [w * width for w in widths]))
    out += _attachments(data, L, st, width, counter)
    return out
