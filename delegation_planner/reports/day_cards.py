"""Day cards: one page per day of the trip for the head of delegation, in large type.

For each engagement of the day: its times, where, who greets them (the host side in order
of precedence, addressed by a stored form of address, else name and title), what is to be
signed there, three talking points and the one request (the first objective). Travel, meals and free time are one line.
A card always fits its page: a day too full for the large type is set smaller (KeepInFrame
"shrink"), and over-long points are cut with "…" (the briefing pack has them whole).
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Spacer, TableStyle

from delegation_planner.reports.briefing import (address_of, commitment_label, greeters, is_line, is_signed_here,
                                                 points_of)
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.layout import _Counter, heading, table
from delegation_planner.reports.paragraph import Paragraph
from delegation_planner.reports.styles import ACCENT, RULE, Styles
from delegation_planner.reports.text import clean, esc
from delegation_planner.services.report_data import ReportData

POINTS = 3            # talking points on a card
GREETERS = 4          # host-side people named on a card
POINT_CHARS = 280     # a point longer than this is cut with "…" (whole in the briefing pack)


def _cut(text: str, limit: int = POINT_CHARS) -> str:
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:–-") + "…"


#: Type sizes tried for a day, largest first: a full day is set smaller, never cut off its page.
SCALES = (1.0, 0.9, 0.8, 0.72, 0.65)
#: (scale, talking points) tried in turn: the type comes down to 10 pt first, then a crowded day keeps
#: two points, then one (the briefing pack has them all), and only then is the card shrunk below 10 pt.
TRIES = tuple((scale, POINTS) for scale in SCALES) + ((SCALES[-1], 2), (SCALES[-1], 1))


def story(data: ReportData, L: Labels, st: Styles, width: float, height: float) -> list:
    counter = _Counter()
    by_day = dict(data.programme.days())
    details = {d.item.id: d for d in data.engagements}
    days = data.days or sorted(by_day)
    out: list = []
    for n, day in enumerate(days, start=1):
        if n > 1:
            out.append(PageBreak())
        items = [i for i in by_day.get(day, []) if not i.cancelled]
        for scale, points in TRIES:
            cs = _scaled(st, scale)
            card: list = [heading(L.day(day), st.card_day, 0, counter),
                          Paragraph(esc(f"{L('day_n_of', n=n, total=len(days))} · {data.trip.title}"), st.muted),
                          Spacer(1, 4 * mm)]
            if not items:
                card.append(Paragraph(esc(L("free_day")), cs.card_text))
            for item in items:
                card.append(_engagement(item, details.get(item.id), data, L, cs, width, points))
            if _height(card, width) <= height - 2:
                break
        # Always one page: KeepInFrame shrinks what the smallest type still does not fit.
        out.append(KeepInFrame(width, height - 2, card, mode="shrink"))
    if not out:
        out.append(Paragraph(esc(L("no_engagements")), st.card_text))
    return out


class _Scaled:
    """The card styles of ``st`` with their type ``scale``d (a crowded day)."""

    def __init__(self, st: Styles, scale: float):
        from reportlab.lib.styles import ParagraphStyle

        for name in ("card_time", "card_title", "card_label", "card_text", "card_point", "muted"):
            base = getattr(st, name)
            if scale == 1.0:
                setattr(self, name, base)
                continue
            size = max(base.fontSize * scale, 10 if name != "muted" else 9)
            setattr(self, name, ParagraphStyle(f"{base.name}{scale}", parent=base, fontSize=size,
                                               leading=base.leading * size / base.fontSize,
                                               spaceBefore=base.spaceBefore * scale, spaceAfter=base.spaceAfter * scale))


def _scaled(st: Styles, scale: float) -> _Scaled:
    return _Scaled(st, scale)


def _height(flowables: list, width: float) -> float:
    from reportlab.platypus.flowables import _listWrapOn

    return _listWrapOn(flowables, width, None)[1]


def _engagement(item, detail, data: ReportData, L: Labels, st: Styles, width: float, points_shown: int = POINTS):
    time_col = 34 * mm
    when = [Paragraph(esc(f"{item.local_start:%H:%M}"), st.card_time),
            Paragraph(esc(f"– {item.local_end:%H:%M}"), st.card_text)]
    if is_line(item):
        what: list = [Paragraph(esc(item.title), st.card_text)]
        if item.organization_name or item.location:
            what.append(Paragraph(esc(", ".join(x for x in (item.organization_name, item.location) if x)), st.muted))
    else:
        what = [Paragraph(esc(item.title), st.card_title)]
        venue = ", ".join(x for x in (item.organization_name, item.location) if x)
        if venue:
            what.append(Paragraph(esc(venue), st.muted))
        if detail is not None:
            what += _greeters(detail, data, L, st)
            signed = [c for c in detail.commitments if is_signed_here(c)]
            if signed:  # the head of delegation signs it: say what (its source document is in the brief)
                what.append(Paragraph(esc(L("to_be_signed")), st.card_label))
                what += [Paragraph(esc(_cut(f"{commitment_label(c, L)}: {clean(c.description).strip()}", 160)),
                                   st.card_text) for c in signed]
            points = points_of(detail.engagement.talking_points)[:points_shown]
            if points:
                what.append(Paragraph(esc(L("three_points" if len(points) == 3 else "key_points")), st.card_label))
                what += [Paragraph(esc(_cut(p)), st.card_point, bulletText=f"{i}.")
                         for i, p in enumerate(points, start=1)]
            request = points_of(detail.engagement.objectives)[:1]
            if request:
                what.append(Paragraph(esc(L("the_request")), st.card_label))
                what.append(Paragraph(f"<b>{esc(_cut(request[0]))}</b>", st.card_text))
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                        ("LINEBEFORE", (1, 0), (1, 0), 2.0, ACCENT), ("LEFTPADDING", (1, 0), (1, 0), 8)])
    return table([[when, what]], [time_col, width - time_col], style, repeat=0)


def _greeters(detail, data: ReportData, L: Labels, st: Styles) -> list:
    host = greeters(detail)
    if not host:
        return []
    out = [Paragraph(esc(L("greeted_by")), st.card_label)]
    for a in host[:GREETERS]:
        out.append(Paragraph(esc(_cut(address_of(data.people.get(a.person_id), a), 160)), st.card_text))
    if len(host) > GREETERS:
        out.append(Paragraph(esc(L("more_counterparts", count=L.number(len(host) - GREETERS),
                                   total=L.number(len(host)))), st.muted))
    return out
