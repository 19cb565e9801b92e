"""Pure rules shared by the GUI, the reports, the bundles and the CLI.

* field validation of each record (end after start, known zone, enum values…);
* engagement vs. trip dates (a warning: delegations arrive early);
* conflicts: overlapping engagements for the same attendee, any overlap for the
  head of delegation, and too little travel time between venues.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Iterable, Mapping, Sequence

from delegation_planner.domain.enums import EngagementStatus, CLOSED_COMMITMENT_STATUSES
from delegation_planner.domain.errors import Notice, Problem, ValidationError, problem
from delegation_planner.domain.text import is_blank, short_repr
from delegation_planner.domain.timezones import is_valid_timezone, local_date

MAX_TEXT = 1_000_000  # characters in one text field (a 1 MB note is the stated worst case)
MAX_SHORT_TEXT = 1_000
#: Dates outside these years are typing mistakes; near year 1 or 9999 the time-zone
#: maths overflows (a 23:00 UTC meeting on 9999-12-31 is in year 10000 in Hà Nội).
MIN_YEAR, MAX_YEAR = 1900, 2200


def check_year(problems: list[Problem], field_name: str, value: object) -> None:
    if isinstance(value, date) and not MIN_YEAR <= value.year <= MAX_YEAR:
        problems.append(problem(field_name, "year_range", year=value.year, minimum=MIN_YEAR, maximum=MAX_YEAR))


# --------------------------------------------------------------------------- fields

def check_text(problems: list[Problem], field_name: str, value: object, *, required: bool = False,
               max_len: int = MAX_TEXT) -> None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.append(problem(field_name, "not_text", type=type(value).__name__))
        return
    if "\x00" in value:
        problems.append(problem(field_name, "nul_character"))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (from broken UTF-16 or surrogateescape'd bytes)
            problems.append(problem(field_name, "broken_unicode"))
    if required and is_blank(value):  # zero-width spaces show nothing either
        problems.append(problem(field_name, "required"))
    if len(value) > max_len:
        problems.append(problem(field_name, "too_long", length=len(value), limit=max_len))


def check_enum(problems: list[Problem], field_name: str, value: object, enum_cls: type[StrEnum]) -> None:
    try:
        enum_cls(value)
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in enum_cls)
        problems.append(problem(field_name, "unknown_value", value=short_repr(value), allowed=allowed))


def check_zone(problems: list[Problem], field_name: str, value: object) -> None:
    if not is_valid_timezone(value):
        problems.append(problem(field_name, "unknown_time_zone", value=short_repr(value)))


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def validate_trip_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import TripStatus

    p: list[Problem] = []
    check_text(p, "title", values.get("title"), required=True, max_len=500)
    for name in ("purpose", "destination", "notes"):
        check_text(p, name, values.get(name))
    start, end = values.get("start_date"), values.get("end_date")
    for name, value in (("start_date", start), ("end_date", end)):
        if not isinstance(value, date) or isinstance(value, datetime):
            p.append(problem(name, "not_date"))
        else:
            check_year(p, name, value)
    both_dates = all(isinstance(v, date) and not isinstance(v, datetime) for v in (start, end))
    if both_dates and end < start:
        p.append(problem("end_date", "end_before_start"))
    check_zone(p, "home_timezone", values.get("home_timezone"))
    check_enum(p, "status", values.get("status"), TripStatus)
    raise_if(p)


def validate_organization_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import OrganizationKind

    p: list[Problem] = []
    check_text(p, "name", values.get("name"), required=True, max_len=500)
    for name in ("local_name", "city", "country", "address", "phone", "website"):
        check_text(p, name, values.get(name), max_len=MAX_SHORT_TEXT)
    check_text(p, "profile", values.get("profile"))
    check_enum(p, "kind", values.get("kind"), OrganizationKind)
    raise_if(p)


def validate_person_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import Side

    p: list[Problem] = []
    check_text(p, "full_name", values.get("full_name"), required=True, max_len=300)
    for name in ("title", "email", "phone", "languages"):
        check_text(p, name, values.get(name), max_len=MAX_SHORT_TEXT)
    check_text(p, "bio", values.get("bio"))
    check_enum(p, "side", values.get("side"), Side)
    email = values.get("email")
    if isinstance(email, str) and email and ("@" not in email or " " in email.strip()):
        p.append(problem("email", "not_email", value=short_repr(email)))
    raise_if(p)


def validate_member_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import MemberRole

    p: list[Problem] = []
    check_enum(p, "role", values.get("role"), MemberRole)
    precedence = values.get("precedence")
    if not isinstance(precedence, int) or isinstance(precedence, bool) or not 1 <= precedence <= 100_000:
        p.append(problem("precedence", "whole_number_range", minimum=1, maximum=100000, value=short_repr(precedence)))
    raise_if(p)


def validate_engagement_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import EngagementKind

    p: list[Problem] = []
    check_text(p, "title", values.get("title"), required=True, max_len=500)
    for name in ("location", "objectives", "talking_points", "logistics"):
        check_text(p, name, values.get(name))
    check_enum(p, "kind", values.get("kind"), EngagementKind)
    check_enum(p, "status", values.get("status"), EngagementStatus)
    check_zone(p, "timezone", values.get("timezone"))
    start, end = values.get("start_utc"), values.get("end_utc")
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, datetime) or value.tzinfo is None:
            p.append(problem(name, "not_datetime"))
        else:
            check_year(p, name, value)
    if isinstance(start, datetime) and isinstance(end, datetime) and start.tzinfo and end.tzinfo:
        if end <= start:
            p.append(problem("end", "end_before_start" if end < start else "end_equals_start"))
        elif end - start > timedelta(days=14):
            p.append(problem("end", "too_long_span", days=14))
    travel = values.get("travel_minutes")
    if travel is not None and (not isinstance(travel, int) or isinstance(travel, bool) or not 0 <= travel <= 24 * 60):
        p.append(problem("travel_minutes", "minutes_range", minimum=0, maximum=1440, value=short_repr(travel)))
    raise_if(p)


def validate_attendance_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import AttendanceRole

    p: list[Problem] = []
    check_enum(p, "role", values.get("role"), AttendanceRole)
    raise_if(p)


def validate_note_fields(values: Mapping[str, object]) -> None:
    p: list[Problem] = []
    check_text(p, "author", values.get("author"), max_len=MAX_SHORT_TEXT)
    check_text(p, "text", values.get("text"), required=True)
    for name in ("created_at", "updated_at"):  # set by the services; given by bundles
        value = values.get(name)
        if value is None:
            continue
        if not isinstance(value, datetime) or value.tzinfo is None:
            p.append(problem(name, "not_datetime"))
        else:
            check_year(p, name, value)
    raise_if(p)


def validate_commitment_fields(values: Mapping[str, object]) -> None:
    from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus, MadeBy

    p: list[Problem] = []
    check_text(p, "description", values.get("description"), required=True)
    check_text(p, "follow_up", values.get("follow_up"))
    check_enum(p, "kind", values.get("kind"), CommitmentKind)
    check_enum(p, "made_by", values.get("made_by"), MadeBy)
    check_enum(p, "status", values.get("status"), CommitmentStatus)
    for name in ("due_date", "signed_date"):
        value = values.get(name)
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            p.append(problem(name, "not_date"))
        else:
            check_year(p, name, value)
    raise_if(p)


# --------------------------------------------------------------------------- trip dates

def _outside_trip(start_utc: datetime, end_utc: datetime, venue_zone: str,
                  trip_start: date, trip_end: date) -> dict | None:
    first = local_date(start_utc, venue_zone)
    last = local_date(end_utc - timedelta(microseconds=1), venue_zone) if end_utc > start_utc else first
    if first < trip_start:
        return {"side": "before", "day": first, "bound": trip_start}
    if last > trip_end:
        return {"side": "after", "day": last, "bound": trip_end}
    return None


def outside_trip_dates(start_utc: datetime, end_utc: datetime, venue_zone: str,
                       trip_start: date, trip_end: date, lang: str = "en") -> str | None:
    """A warning when an engagement falls outside the trip's dates (at the venue), else None."""
    params = _outside_trip(start_utc, end_utc, venue_zone, trip_start, trip_end)
    if not params:
        return None
    # the text in ``lang``; the code and params say it in the interface's language (domain.messages)
    return Notice(describe_conflict("outside_trip", params, lang), "outside_trip", params)


# --------------------------------------------------------------------------- conflicts

@dataclass(frozen=True)
class Slot:
    """What the conflict rule needs to know of an engagement."""

    id: int
    title: str
    start_utc: datetime
    end_utc: datetime
    timezone: str = "UTC"
    attendee_ids: frozenset[int] = frozenset()
    travel_minutes: int | None = None
    cancelled: bool = False
    venue: str = ""
    #: Attendees interpreting there (domain.interpreting.is_interpreter): a clash of theirs is an
    #: "interpreter" conflict, and an engagement with none and a language gap is warned of.
    interpreter_ids: frozenset[int] = frozenset()
    #: (our principal's languages, theirs) when they share none (domain.interpreting.interpreting_need).
    language_gap: tuple[frozenset[str], frozenset[str]] | None = None


#: Conflict sentences, in the languages of the interface and the reports.
_CONFLICT_TEXT = {
    "en": {
        "attendee": "{who} is also at “{other}” ({when})",
        "head": "overlaps “{other}” ({when}); {who} cannot be at both",
        "travel": "only {gap} min after “{other}” ends; travel needs {need} min",
        "before": "starts {day}, before the trip begins ({bound})",
        "after": "ends {day}, after the trip ends ({bound})",
        "interpreter": "{who} interprets here and is also booked at “{other}” ({when})",
        "no_interpreter": "no interpreter: the two sides share no language ({ours} / {theirs})",
        "head_default": "the head of delegation",
        "day": "%d %b %Y",
        "clock": "%d %b %H:%M",
    },
    "vi": {
        "attendee": "{who} cũng có mặt tại “{other}” ({when})",
        "head": "trùng giờ với “{other}” ({when}); {who} không thể dự cả hai",
        "travel": "chỉ cách lúc kết thúc “{other}” {gap} phút; cần {need} phút di chuyển",
        "before": "bắt đầu ngày {day}, trước ngày bắt đầu chuyến công tác ({bound})",
        "after": "kết thúc ngày {day}, sau ngày kết thúc chuyến công tác ({bound})",
        "interpreter": "{who} phiên dịch tại đây và cũng được xếp tại “{other}” ({when})",
        "no_interpreter": "chưa có phiên dịch: hai bên không có ngôn ngữ chung ({ours} / {theirs})",
        "head_default": "trưởng đoàn",
        "day": "%d/%m/%Y",
        "clock": "%d/%m %H:%M",
    },
}


def describe_conflict(kind: str, params: Mapping, lang: str = "en") -> str:
    """The sentence for a conflict in ``lang`` ("en" or "vi"); the one wording GUI and reports share."""
    text = _CONFLICT_TEXT.get(lang, _CONFLICT_TEXT["en"])
    if kind == "outside_trip":
        return text[params["side"]].format(day=params["day"].strftime(text["day"]),
                                           bound=params["bound"].strftime(text["day"]))
    values = dict(params)
    if kind == "no_interpreter":
        from delegation_planner.domain.interpreting import language_names

        return text[kind].format(ours=language_names(values["ours"], lang),
                                 theirs=language_names(values["theirs"], lang))
    if "start" in values:
        values["when"] = (f"{values.pop('start').strftime(text['clock'])}–{values.pop('end'):%H:%M}")
    if kind in ("attendee", "head") and not values.get("who"):
        values["who"] = text["head_default"]
    return text[kind].format(**values)


@dataclass(frozen=True)
class Conflict:
    kind: str  # "attendee", "interpreter", "head", "travel", "outside_trip", "no_interpreter"
    engagement_id: int
    other_id: int | None
    person_id: int | None
    params: Mapping = field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        """The conflict in English (``describe("vi")`` for Vietnamese)."""
        return self.describe("en")

    def describe(self, lang: str = "en") -> str:
        return describe_conflict(self.kind, self.params, lang)


@dataclass
class ConflictReport:
    conflicts: list[Conflict] = field(default_factory=list)

    def for_engagement(self, engagement_id: int) -> list[Conflict]:
        return [c for c in self.conflicts if c.engagement_id == engagement_id]

    def by_engagement(self) -> dict[int, list[Conflict]]:
        out: dict[int, list[Conflict]] = defaultdict(list)
        for c in self.conflicts:
            out[c.engagement_id].append(c)
        return dict(out)

    def __bool__(self) -> bool:
        return bool(self.conflicts)

    def __len__(self) -> int:
        return len(self.conflicts)


def _head_goes(s: Slot, head_person_id: int) -> bool:
    return head_person_id in s.attendee_ids or not s.attendee_ids


def find_conflicts(slots: Sequence[Slot], *, head_person_id: int | None = None,
                   person_names: Mapping[int, str] | None = None,
                   trip_start: date | None = None, trip_end: date | None = None) -> ConflictReport:
    """Every clash in a programme, reported on both engagements involved.

    * two engagements overlapping that share an attendee ("interpreter" when that attendee
      interprets at both: one interpreter booked in two places at once);
    * any two overlapping engagements in the head of delegation's programme: those
      the head attends, and those with no attendees listed yet (by default the
      whole delegation goes);
    * an engagement with ``travel_minutes`` set that starts sooner than that after
      the previous engagement (of a shared attendee) ends;
    * (warnings) engagements outside the trip's dates; engagements whose two sides' principals
      share no language and where no one interprets ("no_interpreter").
    Cancelled engagements never conflict.
    """
    names = person_names or {}
    active = sorted((s for s in slots if not s.cancelled), key=lambda s: (s.start_utc, s.id))
    report = ConflictReport()
    seen: set[tuple[str, int, int]] = set()

    def add(kind: str, a: Slot, b: Slot | None, person: int | None, params: dict) -> None:
        key = (kind, a.id, b.id if b else -1)
        if key in seen:
            return
        seen.add(key)
        report.conflicts.append(Conflict(kind, a.id, b.id if b else None, person, params))

    def other(s: Slot, **extra) -> dict:
        from delegation_planner.domain.timezones import to_local

        return {"other": s.title, "start": to_local(s.start_utc, s.timezone),
                "end": to_local(s.end_utc, s.timezone), **extra}

    # Sweep: only engagements that start before the current one ends can overlap it.
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            if b.start_utc >= a.end_utc:
                break
            shared = sorted(a.attendee_ids & b.attendee_ids)
            for person in shared:
                who = names.get(person, f"#{person}")
                kind = "interpreter" if person in a.interpreter_ids and person in b.interpreter_ids else "attendee"
                add(kind, a, b, person, other(b, who=who))
                add(kind, b, a, person, other(a, who=who))
            if (head_person_id is not None and head_person_id not in shared
                    and _head_goes(a, head_person_id) and _head_goes(b, head_person_id)):
                head = names.get(head_person_id)
                add("head", a, b, head_person_id, other(b, who=head))
                add("head", b, a, head_person_id, other(a, who=head))

    # Travel gaps: the previous engagement (in time) before each one with a travel time: of
    # those before it that end by its start and share an attendee (or either lists none), the
    # one ending last (the earliest in the sweep order on a tie). Scanned backwards; the scan
    # stops where even the longest engagement starting there would end before the best found.
    longest = max((s.end_utc - s.start_utc for s in active), default=timedelta(0))
    for i, b in enumerate(active):
        if not b.travel_minutes:
            continue
        a = None
        for j in range(i - 1, -1, -1):
            c = active[j]
            if a is not None and c.start_utc + longest < a.end_utc:
                break
            if (c.end_utc <= b.start_utc and (a is None or c.end_utc >= a.end_utc)
                    and (not c.attendee_ids or not b.attendee_ids or not c.attendee_ids.isdisjoint(b.attendee_ids))):
                a = c
        if a is None:
            continue
        gap = b.start_utc - a.end_utc
        need = timedelta(minutes=b.travel_minutes)
        if gap < need:
            add("travel", b, a, None, {"other": a.title, "gap": int(gap.total_seconds() // 60),
                                       "need": b.travel_minutes})

    for s in active:
        if s.language_gap is not None and not s.interpreter_ids:
            ours, theirs = s.language_gap
            add("no_interpreter", s, None, None, {"ours": tuple(sorted(ours)), "theirs": tuple(sorted(theirs))})

    if trip_start is not None and trip_end is not None:
        inside = _surely_inside(trip_start, trip_end)
        for s in active:
            if inside is not None and inside(s.start_utc, s.end_utc):
                continue  # more than a day inside the trip's dates in UTC: inside them in every zone
            params = _outside_trip(s.start_utc, s.end_utc, s.timezone, trip_start, trip_end)
            if params:
                add("outside_trip", s, None, None, params)
    return report


def _surely_inside(trip_start: date, trip_end: date):
    """A quick test that an engagement is within the trip's dates whatever its zone (no zone maths):
    UTC offsets stay within a day, so one starting at least a day after the first day's UTC
    midnight and ending by the last day's UTC midnight is inside them at any venue. None when
    the bounds overflow (years 1 and 9999); the zone rule (``_outside_trip``) decides the rest."""
    from datetime import timezone

    utc = timezone.utc
    try:
        low = datetime(trip_start.year, trip_start.month, trip_start.day, tzinfo=utc) + timedelta(days=1)
        high = datetime(trip_end.year, trip_end.month, trip_end.day, tzinfo=utc)
    except (OverflowError, ValueError):
        return None

    def inside(start_utc: datetime, end_utc: datetime) -> bool:
        if start_utc.tzinfo is None or end_utc.tzinfo is None:
            return False
        return low <= start_utc and start_utc <= high and end_utc <= high

    return inside


def commitment_is_overdue(due: date | None, status: str, today: date) -> bool:
    return due is not None and due < today and status not in CLOSED_COMMITMENT_STATUSES


def sort_by_precedence(members: Iterable, key=lambda m: (m.precedence, m.id)) -> list:
    return sorted(members, key=key)
