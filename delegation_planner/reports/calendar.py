"""A trip's programme as an iCalendar file (.ics), built with the ``icalendar`` library.

One VEVENT per engagement (with a person: only the engagements they attend):

* ``DTSTART``/``DTEND`` in the venue's IANA zone (``TZID=Europe/Paris``), with one VTIMEZONE
  per zone used (``Calendar.add_missing_timezones``, covering the trip's years), never UTC-only
  or floating, so that a phone shows 10:00 in Paris whatever zone it is in;
* ``UID`` = the engagement's stable ``uuid``: importing a newer file updates the event instead
  of adding a second one; ``SEQUENCE`` from ``services.exchange.calendar_sequences`` (raised
  when time, place or status changed since the last export);
* ``LOCATION`` "Organization, place"; ``DESCRIPTION`` objectives, logistics, who attends, kind,
  status and trip, in English or Vietnamese; ``STATUS`` TENTATIVE (planned), CONFIRMED
  (confirmed, held) or CANCELLED (also every engagement of a cancelled trip); an optional
  reminder (VALARM, ``minutes`` before the start, not on cancelled events).

Text is written in Unicode NFC with control characters removed (RFC 5545 allows none in TEXT);
icalendar escapes commas, semicolons and newlines and folds long lines. The file is written
through ``storage.outputs`` (never onto the database, a FIFO or a device; 0600; atomic).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from delegation_planner import APP_NAME, __version__
from delegation_planner.domain.enums import EngagementStatus, Side
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.text import clean_text
from delegation_planner.reports.i18n import Labels, check_lang
from delegation_planner.services.exchange import CalendarEntry, CalendarSource, calendar_sequences, calendar_source
from delegation_planner.storage.database import Database
from delegation_planner.storage.outputs import atomic_output, check_output_target

#: A reminder from 0 minutes (at the start) up to four weeks before.
MAX_REMINDER_MINUTES = 4 * 7 * 24 * 60

_STATUS = {EngagementStatus.PLANNED: "TENTATIVE", EngagementStatus.CONFIRMED: "CONFIRMED",
           EngagementStatus.HELD: "CONFIRMED", EngagementStatus.CANCELLED: "CANCELLED"}
# C0 controls but tab and newline, DEL, C1 controls: not allowed in iCalendar TEXT values.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    events: int
    cancelled: int
    zones: tuple[str, ...]


def check_reminder(minutes: object) -> int | None:
    """None (no reminder) or whole minutes from 0 to four weeks; ValidationError naming ``reminder``."""
    if minutes is None:
        return None
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= MAX_REMINDER_MINUTES:
        raise ValidationError.of("reminder", "minutes_range", minimum=0, maximum=MAX_REMINDER_MINUTES,
                                 value=repr(minutes))
    return minutes


def _text(value: str) -> str:
    value = clean_text(value or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value).strip()


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError.of("timezone", "unknown_time_zone", value=repr(name)) from None


def describe(entry: CalendarEntry, source: CalendarSource, labels: Labels) -> str:
    """DESCRIPTION: objectives, logistics, who attends, kind · status, trip."""
    parts: list[str] = []
    for key, text in (("objectives", entry.objectives), ("logistics", entry.logistics)):
        text = _text(text)
        if text:
            parts.append(f"{labels(key)}:\n{text}")
    ours = [_text(name) for name, side in entry.attendees if side != Side.HOST]
    theirs = [_text(name) for name, side in entry.attendees if side == Side.HOST]
    for key, names in (("our_side", ours), ("counterparts", theirs)):
        if names:
            parts.append(f"{labels(key)}: {', '.join(names)}")
    parts.append(f"{labels('kind')}: {labels.enum(entry.kind)} · {labels('status')}: {labels.enum(entry.status)}")
    parts.append(f"{labels('trip')}: {_text(source.trip_title)}")
    return "\n\n".join(parts)


def calendar_name(source: CalendarSource) -> str:
    title = _text(source.trip_title)
    return f"{title} — {_text(source.person_name)}" if source.person_id is not None else title


def build_calendar(source: CalendarSource, sequences: dict[str, int], *, reminder_minutes: int | None = None,
                   lang: str = "en", now: datetime | None = None):
    """The ``icalendar.Calendar`` of ``source`` (VTIMEZONEs included)."""
    from icalendar import Alarm, Calendar, Event

    labels = Labels(check_lang(lang))
    reminder_minutes = check_reminder(reminder_minutes)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = calendar_name(source)
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    years: list[int] = []
    for entry in source.entries:
        zone = _zone(entry.timezone)
        start = entry.start_utc.astimezone(zone)
        end = entry.end_utc.astimezone(zone)
        years += [start.year, end.year]
        event = Event()
        event.add("uid", entry.uuid)
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", _text(entry.title))
        if entry.place:
            event.add("location", _text(entry.place))
        event.add("description", describe(entry, source, labels))
        event.add("categories", [labels.enum(entry.kind)])
        event.add("status", _STATUS.get(entry.status, "CONFIRMED"))
        event.add("sequence", sequences.get(entry.uuid, 0))
        event.add("transp", "TRANSPARENT" if entry.status == EngagementStatus.CANCELLED else "OPAQUE")
        if reminder_minutes is not None and entry.status != EngagementStatus.CANCELLED:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _text(entry.title) or "Reminder")
            alarm.add("trigger", timedelta(minutes=-reminder_minutes))
            event.add_component(alarm)
        cal.add_component(event)
    if years:
        cal.add_missing_timezones(first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 1, 12, 31))
    return cal


def export_calendar(db: Database, trip_id: int, target: str | os.PathLike, *, person_id: int | None = None,
                    reminder_minutes: int | None = None, lang: str = "en") -> CalendarResult:
    """Write the trip's (or one member's) programme to ``target`` as .ics; SEQUENCE counters are
    raised where the time, place or status changed since the previous export."""
    check_lang(lang)
    check_reminder(reminder_minutes)
    check_output_target(target, database=db.path, what="calendar file")  # refused before any work
    source = calendar_source(db, trip_id, person_id)
    for entry in source.entries:
        _zone(entry.timezone)
    sequences = calendar_sequences(db, source.entries)
    cal = build_calendar(source, sequences, reminder_minutes=reminder_minutes, lang=lang)
    data = cal.to_ical()
    with atomic_output(target, database=db.path, what="calendar file") as fh:
        fh.write(data)
    path = check_output_target(target, database=db.path, what="calendar file")
    cancelled = sum(1 for e in source.entries if e.status == EngagementStatus.CANCELLED)
    zones = tuple(sorted({e.timezone for e in source.entries}))
    return CalendarResult(path=path, events=len(source.entries), cancelled=cancelled, zones=zones)
