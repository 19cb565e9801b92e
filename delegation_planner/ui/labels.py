"""Display labels of enum values (statuses, kinds, roles), translated.

``enum_text(value)`` is the one place the UI turns an enum value into words. Each
label is a literal ``QCoreApplication.translate("enum", "...", "<EnumClass>")`` call
so that ``lupdate`` extracts it; the enum's class name is the disambiguation (the
same English word can need two Vietnamese ones: "Press" is *Họp báo* for an
engagement and *Báo chí* for a delegation member). The English texts are those of
``domain.enums.label``.
"""
from __future__ import annotations

import re
from enum import StrEnum
from typing import Callable

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.enums import (
    TripStatus, OrganizationKind, Side, MemberRole, EngagementKind, EngagementStatus, AttendanceRole, CommitmentKind, MadeBy, CommitmentStatus,
    ContactKind, VisitDirection, GiftDirection, GiftDisposition,
)
from delegation_planner.domain.enums import label as english_label

_LABELS: dict[tuple[type, str], Callable[[], str]] = {
    # TripStatus
    (TripStatus, "draft"): lambda: QCoreApplication.translate("enum", "Draft", "TripStatus"),
    (TripStatus, "confirmed"): lambda: QCoreApplication.translate("enum", "Confirmed", "TripStatus"),
    (TripStatus, "under_way"): lambda: QCoreApplication.translate("enum", "Under way", "TripStatus"),
    (TripStatus, "completed"): lambda: QCoreApplication.translate("enum", "Completed", "TripStatus"),
    (TripStatus, "cancelled"): lambda: QCoreApplication.translate("enum", "Cancelled", "TripStatus"),
    # VisitDirection
    (VisitDirection, "outbound"): lambda: QCoreApplication.translate("enum", "Our delegation abroad", "VisitDirection"),
    (VisitDirection, "inbound"): lambda: QCoreApplication.translate("enum", "Delegation received here", "VisitDirection"),
    (VisitDirection, "domestic"): lambda: QCoreApplication.translate("enum", "Domestic working visit", "VisitDirection"),
    # ContactKind
    (ContactKind, "hotel"): lambda: QCoreApplication.translate("enum", "Hotel", "ContactKind"),
    (ContactKind, "embassy"): lambda: QCoreApplication.translate("enum", "Embassy or consulate", "ContactKind"),
    (ContactKind, "host_liaison"): lambda: QCoreApplication.translate("enum", "Host liaison", "ContactKind"),
    (ContactKind, "driver"): lambda: QCoreApplication.translate("enum", "Driver", "ContactKind"),
    (ContactKind, "interpreter"): lambda: QCoreApplication.translate("enum", "Interpreter", "ContactKind"),
    (ContactKind, "emergency"): lambda: QCoreApplication.translate("enum", "Emergency", "ContactKind"),
    (ContactKind, "other"): lambda: QCoreApplication.translate("enum", "Other", "ContactKind"),
    # GiftDirection, GiftDisposition
    (GiftDirection, "given"): lambda: QCoreApplication.translate("enum", "Given", "GiftDirection"),
    (GiftDirection, "received"): lambda: QCoreApplication.translate("enum", "Received", "GiftDirection"),
    (GiftDisposition, "pending"): lambda: QCoreApplication.translate("enum", "Not decided yet", "GiftDisposition"),
    (GiftDisposition, "kept_by_office"): lambda: QCoreApplication.translate("enum", "Kept by the office", "GiftDisposition"),
    (GiftDisposition, "displayed"): lambda: QCoreApplication.translate("enum", "Displayed", "GiftDisposition"),
    (GiftDisposition, "handed_to_state"): lambda: QCoreApplication.translate("enum", "Handed over to the state", "GiftDisposition"),
    (GiftDisposition, "sold_paid_to_budget"): lambda: QCoreApplication.translate("enum", "Sold, paid to the budget", "GiftDisposition"),
    (GiftDisposition, "returned"): lambda: QCoreApplication.translate("enum", "Returned", "GiftDisposition"),
    # OrganizationKind
    (OrganizationKind, "hospital"): lambda: QCoreApplication.translate("enum", "Hospital", "OrganizationKind"),
    (OrganizationKind, "research_lab"): lambda: QCoreApplication.translate("enum", "Research lab", "OrganizationKind"),
    (OrganizationKind, "university"): lambda: QCoreApplication.translate("enum", "University", "OrganizationKind"),
    (OrganizationKind, "government_office"): lambda: QCoreApplication.translate("enum", "Government office", "OrganizationKind"),
    (OrganizationKind, "company"): lambda: QCoreApplication.translate("enum", "Company", "OrganizationKind"),
    (OrganizationKind, "startup_incubator"): lambda: QCoreApplication.translate("enum", "Startup incubator", "OrganizationKind"),
    (OrganizationKind, "police"): lambda: QCoreApplication.translate("enum", "Police", "OrganizationKind"),
    (OrganizationKind, "emergency_service"): lambda: QCoreApplication.translate("enum", "Emergency service", "OrganizationKind"),
    (OrganizationKind, "hotel"): lambda: QCoreApplication.translate("enum", "Hotel", "OrganizationKind"),
    (OrganizationKind, "ngo"): lambda: QCoreApplication.translate("enum", "NGO", "OrganizationKind"),
    (OrganizationKind, "other"): lambda: QCoreApplication.translate("enum", "Other", "OrganizationKind"),
    # Side
    (Side, "delegation"): lambda: QCoreApplication.translate("enum", "Delegation", "Side"),
    (Side, "host"): lambda: QCoreApplication.translate("enum", "Host", "Side"),
    (Side, "staff"): lambda: QCoreApplication.translate("enum", "Staff", "Side"),
    # MemberRole
    (MemberRole, "head"): lambda: QCoreApplication.translate("enum", "Head", "MemberRole"),
    (MemberRole, "deputy_head"): lambda: QCoreApplication.translate("enum", "Deputy head", "MemberRole"),
    (MemberRole, "member"): lambda: QCoreApplication.translate("enum", "Member", "MemberRole"),
    (MemberRole, "protocol_officer"): lambda: QCoreApplication.translate("enum", "Protocol officer", "MemberRole"),
    (MemberRole, "interpreter"): lambda: QCoreApplication.translate("enum", "Interpreter", "MemberRole"),
    (MemberRole, "press"): lambda: QCoreApplication.translate("enum", "Press", "MemberRole"),
    (MemberRole, "security"): lambda: QCoreApplication.translate("enum", "Security", "MemberRole"),
    # EngagementKind
    (EngagementKind, "meeting"): lambda: QCoreApplication.translate("enum", "Meeting", "EngagementKind"),
    (EngagementKind, "site_visit"): lambda: QCoreApplication.translate("enum", "Site visit", "EngagementKind"),
    (EngagementKind, "signing_ceremony"): lambda: QCoreApplication.translate("enum", "Signing ceremony", "EngagementKind"),
    (EngagementKind, "working_meal"): lambda: QCoreApplication.translate("enum", "Working meal", "EngagementKind"),
    (EngagementKind, "courtesy_call"): lambda: QCoreApplication.translate("enum", "Courtesy call", "EngagementKind"),
    (EngagementKind, "press"): lambda: QCoreApplication.translate("enum", "Press", "EngagementKind"),
    (EngagementKind, "travel"): lambda: QCoreApplication.translate("enum", "Travel", "EngagementKind"),
    (EngagementKind, "cultural_visit"): lambda: QCoreApplication.translate("enum", "Cultural visit", "EngagementKind"),
    (EngagementKind, "free_time"): lambda: QCoreApplication.translate("enum", "Free time", "EngagementKind"),
    # EngagementStatus
    (EngagementStatus, "planned"): lambda: QCoreApplication.translate("enum", "Planned", "EngagementStatus"),
    (EngagementStatus, "confirmed"): lambda: QCoreApplication.translate("enum", "Confirmed", "EngagementStatus"),
    (EngagementStatus, "held"): lambda: QCoreApplication.translate("enum", "Held", "EngagementStatus"),
    (EngagementStatus, "cancelled"): lambda: QCoreApplication.translate("enum", "Cancelled", "EngagementStatus"),
    # AttendanceRole
    (AttendanceRole, "lead"): lambda: QCoreApplication.translate("enum", "Lead", "AttendanceRole"),
    (AttendanceRole, "speaker"): lambda: QCoreApplication.translate("enum", "Speaker", "AttendanceRole"),
    (AttendanceRole, "note_taker"): lambda: QCoreApplication.translate("enum", "Note taker", "AttendanceRole"),
    (AttendanceRole, "attendee"): lambda: QCoreApplication.translate("enum", "Attendee", "AttendanceRole"),
    # CommitmentKind
    (CommitmentKind, "mou"): lambda: QCoreApplication.translate("enum", "MoU", "CommitmentKind"),
    (CommitmentKind, "contract"): lambda: QCoreApplication.translate("enum", "Contract", "CommitmentKind"),
    (CommitmentKind, "agreement"): lambda: QCoreApplication.translate("enum", "Agreement", "CommitmentKind"),
    (CommitmentKind, "training"): lambda: QCoreApplication.translate("enum", "Training", "CommitmentKind"),
    (CommitmentKind, "exchange_visit"): lambda: QCoreApplication.translate("enum", "Exchange visit", "CommitmentKind"),
    (CommitmentKind, "information_sharing"): lambda: QCoreApplication.translate("enum", "Information sharing", "CommitmentKind"),
    (CommitmentKind, "investment"): lambda: QCoreApplication.translate("enum", "Investment", "CommitmentKind"),
    (CommitmentKind, "other"): lambda: QCoreApplication.translate("enum", "Other", "CommitmentKind"),
    # MadeBy
    (MadeBy, "our_side"): lambda: QCoreApplication.translate("enum", "Our side", "MadeBy"),
    (MadeBy, "their_side"): lambda: QCoreApplication.translate("enum", "Their side", "MadeBy"),
    (MadeBy, "joint"): lambda: QCoreApplication.translate("enum", "Joint", "MadeBy"),
    # CommitmentStatus
    (CommitmentStatus, "proposed"): lambda: QCoreApplication.translate("enum", "Proposed", "CommitmentStatus"),
    (CommitmentStatus, "agreed"): lambda: QCoreApplication.translate("enum", "Agreed", "CommitmentStatus"),
    (CommitmentStatus, "signed"): lambda: QCoreApplication.translate("enum", "Signed", "CommitmentStatus"),
    (CommitmentStatus, "in_progress"): lambda: QCoreApplication.translate("enum", "In progress", "CommitmentStatus"),
    (CommitmentStatus, "done"): lambda: QCoreApplication.translate("enum", "Done", "CommitmentStatus"),
    (CommitmentStatus, "dropped"): lambda: QCoreApplication.translate("enum", "Dropped", "CommitmentStatus"),
}

_BY_VALUE: dict[str, list[type]] = {}
for _cls, _value in _LABELS:
    _BY_VALUE.setdefault(_value, []).append(_cls)


def enum_text(value: StrEnum | str | None, enum_cls: type[StrEnum] | None = None) -> str:
    """The label of an enum value in the interface language ("" for None)."""
    if value is None or value == "":
        return ""
    text = str(value)
    cls = enum_cls or (type(value) if isinstance(value, StrEnum) else None)
    if cls is None:
        candidates = _BY_VALUE.get(text)
        cls = candidates[0] if candidates else None
    found = _LABELS.get((cls, text)) if cls is not None else None
    if found is None:
        return english_label(value) if isinstance(value, StrEnum) else text.replace("_", " ").capitalize()
    return found()




# ----------------------------------------------------------------------------- dates
# Date patterns are translatable (Vietnamese offices write 12/07/2017, not "12 Jul
# 2017"); the locale that spells day and month names is itself a translated string.
_LOCALES: dict = {}


def date_locale():
    from PySide6.QtCore import QLocale

    name = QCoreApplication.translate("date", "en_US", "locale that spells day and month names")
    found = _LOCALES.get(name)
    if found is None:
        found = _LOCALES[name] = QLocale(name)
    return found


_WEEKDAY_TOKEN = re.compile(r"(?<![d'])dddd?(?!d)")


def _weekday_words(value, pattern: str) -> str:
    """``pattern`` with its weekday ("ddd"/"dddd") written by the one weekday rule of the domain
    (domain.messages.weekday_name: "Thứ Tư", never Qt's "Th 4"), as a quoted literal."""
    from delegation_planner.domain.messages import weekday_name

    def literal(m: re.Match) -> str:
        return "'" + weekday_name(value, ui_language(), short=len(m.group(0)) == 3) + "'"

    return _WEEKDAY_TOKEN.sub(literal, pattern)


def _format(value, pattern: str) -> str:
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    pattern = _weekday_words(value, pattern)

    if isinstance(value, datetime):
        qt_value = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    else:
        qt_value = QDate(value.year, value.month, value.day)
    return date_locale().toString(qt_value, pattern)


def date_pattern() -> str:
    """Pattern of a date on its own (tables, date pickers): "31 Oct 2017" / "31/10/2017"."""
    return QCoreApplication.translate("date", "dd MMM yyyy")


def short_date(value) -> str:
    return _format(value, date_pattern()) if value else ""


def day_with_weekday(value) -> str:
    """"Wed 12 Jul 2017" / "Thứ Tư, 12/07/2017"."""
    return _format(value, QCoreApplication.translate("date", "ddd dd MMM yyyy"))


def long_day(value) -> str:
    """Programme day headings: "Wednesday 12 July 2017" / "Thứ Tư, 12/07/2017"."""
    return _format(value, QCoreApplication.translate("date", "dddd d MMMM yyyy"))


def timeline_day(value) -> str:
    """Timeline column heads: "Wed 12 Jul" / "Thứ Tư 12/07"."""
    return _format(value, QCoreApplication.translate("date", "ddd d MMM"))


def date_time(value) -> str:
    """A moment (note written at): "12 Jul 2017 14:20" / "12/07/2017 14:20"."""
    return _format(value, QCoreApplication.translate("date", "dd MMM yyyy HH:mm"))


def date_time_pattern() -> str:
    """Pattern of the engagement dialog's date-time pickers."""
    return QCoreApplication.translate("date", "ddd dd MMM yyyy  HH:mm")


def date_range(start, end) -> str:
    """A trip's dates, as short as is clear: "12–14 Jul 2017" / "12–14/07/2017"."""
    if start == end:
        return short_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return _same_month(start, end)
    if start.year == end.year:
        return _format(start, QCoreApplication.translate("date", "d MMM", "range start, same year")) + " – " + \
            _format(end, QCoreApplication.translate("date", "d MMM yyyy", "range end"))
    return _format(start, QCoreApplication.translate("date", "d MMM yyyy", "range end")) + " – " + \
        _format(end, QCoreApplication.translate("date", "d MMM yyyy", "range end"))


def _same_month(start, end) -> str:
    first = _format(start, QCoreApplication.translate("date", "d", "range start, same month"))
    return first + "–" + _format(end, QCoreApplication.translate("date", "d MMM yyyy", "range end"))


__all__ = ["enum_text", "short_date", "day_with_weekday", "long_day", "timeline_day", "date_time", "date_range",
           "date_pattern", "date_time_pattern", "date_locale"]


def ui_language() -> str:
    """"en" or "vi": the language the interface is shown in (from the installed translation)."""
    name = date_locale().name()
    return "vi" if name.startswith("vi") else "en"


def time_label(item) -> str:
    """A programme item's "09:00 Nam Ninh · 08:00 Hà Nội" in the interface language (the venue named by
    its city: domain.timezones.city_label)."""
    label_in = getattr(item, "time_label_in", None)
    return label_in(ui_language()) if label_in is not None else item.time_label


def conflict_text(conflict) -> str:
    """A conflict's sentence in the interface language (the wording lives in domain.rules)."""
    describe = getattr(conflict, "describe", None)
    return describe(ui_language()) if describe is not None else conflict.message
