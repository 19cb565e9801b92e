"""Constants and value codecs of the trip bundle format (version 3; versions 1 and 2 still read).

Version 2 adds each record's stable ``uuid`` (trip, organization, person, member, engagement,
note, commitment) and each note's ``taken_at`` (when the meeting was held / the note taken).
Version 3 (issue 11) adds the trip's ``direction``, a commitment's ``reference``, ``source_document``,
``their_contact`` and ``completed_date``, the trip's logistics ``contacts`` and each engagement's
``scenario``; an older file reads as an outbound trip without them."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

FORMAT = "delegation-planner/trip"
VERSION = 3
#: Versions this application reads.
READABLE_VERSIONS = (1, 2, 3)
SCHEMA_PATH = Path(__file__).with_name("trip-bundle.schema.json")

#: Limits that keep a hostile file from eating the laptop. A real trip is far below.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ITEMS = 10_000  # per list (engagements, people, notes of one engagement…)
MAX_RECORDS = 50_000  # in the whole bundle, nested attendees and notes included
MAX_KEY = 200  # characters in one key ("org-nguyen-duc-chung")
#: JSON structure counted in the raw bytes before decoding (objects and lists; members and
#: elements): a real bundle at MAX_RECORDS is far below, a file of 20 million ``{}`` is refused
#: without building them (the cost of refusing stays near the file's size).
MAX_CONTAINERS = 4 * MAX_RECORDS
MAX_SEPARATORS = 40 * MAX_RECORDS

_LOCAL_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:([+-])(\d{2}):(\d{2}))?", re.ASCII)
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_INSTANT_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z", re.ASCII)


def format_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(text: str) -> date:
    m = _DATE_RE.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def format_local(local: datetime, *, with_offset: bool = False) -> str:
    """Venue wall-clock time: "2017-07-12T09:00" (offset only where the clock repeats)."""
    text = f"{local.year:04d}-{local.month:02d}-{local.day:02d}T{local.hour:02d}:{local.minute:02d}"
    if local.second:
        text += f":{local.second:02d}"
    if with_offset:
        offset = local.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


def parse_local(text: str) -> tuple[datetime, timedelta | None]:
    """A naive wall-clock datetime and the explicit UTC offset if the text has one."""
    m = _LOCAL_RE.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a local date and time (YYYY-MM-DDTHH:MM)")
    try:
        local = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError:
        raise ValueError(f"{text!r} is not a real date and time") from None
    offset = None
    if m[7]:
        hours, minutes = int(m[8]), int(m[9])
        if hours > 18 or minutes > 59:
            raise ValueError(f"{text!r} has an impossible UTC offset")
        offset = timedelta(hours=hours, minutes=minutes) * (1 if m[7] == "+" else -1)
    return local, offset


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)


def parse_uuid(text: str) -> str:
    """A stable identifier as stored: 36 characters, lower-case hex with hyphens."""
    if not isinstance(text, str) or not _UUID_RE.fullmatch(text.lower()):
        raise ValueError(f"{text!r} is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)")
    return text.lower()


def format_instant(value: datetime) -> str:
    value = value.astimezone(timezone.utc)
    # Not strftime("%Y"): it writes year 1 as "1", which parse_instant rightly refuses.
    text = (f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
            f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def parse_instant(text: str) -> datetime:
    m = _INSTANT_RE.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)")
    try:
        micro = int((m[7] or "0").ljust(6, "0"))
        return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), micro,
                        tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date and time") from None
