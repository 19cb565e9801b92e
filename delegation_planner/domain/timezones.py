"""Time-zone maths, written once: venue local time, home time, DST gaps and folds.

Instants are stored as aware UTC datetimes. Wall-clock times are naive datetimes
read in an IANA zone. python-dateutil does the zone work (with tzdata's files).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from dateutil import tz

from delegation_planner.domain.errors import ValidationError

UTC = timezone.utc
DEFAULT_HOME_TIMEZONE = "Asia/Ho_Chi_Minh"

#: Short city names officers use in the programme ("09:00 Boston · 20:00 Hà Nội").
_CITY_LABELS = {
    "Asia/Ho_Chi_Minh": "Hà Nội",
    "Asia/Saigon": "Hà Nội",
    "Asia/Bangkok": "Bangkok",
    "America/New_York": "Boston",
    "Europe/Paris": "Paris",
    "Asia/Shanghai": "Nanning",
}


@lru_cache(maxsize=512)
def _gettz(name: str) -> tzinfo | None:
    return tz.gettz(name)


#: Names found among the zone files that are not IANA zones: "localtime" is this laptop's
#: own zone (one file would mean different instants on different laptops); "Factory" is
#: tzdata's "no zone set" placeholder.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory", "leapseconds", "tzdata.zi", "zone.tab", "zone1970.tab",
                        "iso3166.tab", "leap-seconds.list", "SECURITY"})


@lru_cache(maxsize=1)
def iana_names() -> frozenset[str]:
    """Every IANA zone name of the installed zone data: tzdata's own list when it is
    installed, else the zone files found (without ``localtime`` and other non-zones)."""
    try:
        from importlib.resources import files

        names = frozenset(files("tzdata").joinpath("zones").read_text("ascii").split())
        if names:
            return names
    except (ImportError, OSError, UnicodeError):
        pass
    import zoneinfo

    return frozenset(n for n in zoneinfo.available_timezones()
                     if n not in _NOT_ZONES and not n.startswith(("posix/", "right/")))


def is_valid_timezone(name: object) -> bool:
    """True for an IANA zone name ("Europe/Paris", "UTC") that the zone data knows.

    POSIX TZ strings that dateutil would also accept ("GMT+7", which means UTC−7
    there, or "EST5EDT,M3.2.0") are refused: they are not what an officer means.
    So is "localtime" (this laptop's zone, not a place)."""
    if not isinstance(name, str) or not name or len(name) > 64 or name != name.strip():
        return False
    if name in _NOT_ZONES or name.startswith(("posix/", "right/")):
        return False
    known = iana_names()
    if known and name not in known:
        return False
    return _gettz(name) is not None


def get_zone(name: str, field: str = "timezone") -> tzinfo:
    """The zone named ``name``; a ValidationError naming ``field`` if unknown."""
    if not is_valid_timezone(name):
        raise ValidationError.of(field, "unknown_time_zone", value=repr(name))
    zone = _gettz(name)
    assert zone is not None
    return zone


def city_label(zone_name: str) -> str:
    if zone_name in _CITY_LABELS:
        return _CITY_LABELS[zone_name]
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def to_utc(local: datetime, zone_name: str, field: str = "start") -> datetime:
    """Turn a wall-clock time at ``zone_name`` into an aware UTC instant.

    A time that does not exist (inside a spring-forward gap) is refused; an
    ambiguous time (autumn fold) means its first occurrence, as a printed
    programme would.
    """
    try:
        if local.tzinfo is not None:
            return local.astimezone(UTC)
        zone = get_zone(zone_name, "timezone")
        aware = local.replace(tzinfo=zone)
        if not tz.datetime_exists(aware):
            raise ValidationError.of(field, "dst_gap", time=f"{local:%Y-%m-%d %H:%M}", zone=zone_name)
        if tz.datetime_ambiguous(aware):
            aware = tz.enfold(aware, fold=0)
        return aware.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 shifted across the date line
        raise ValidationError.of(field, "time_out_of_range", time=f"{local:%Y-%m-%d %H:%M}") from None


def to_local(instant: datetime, zone_name: str) -> datetime:
    """Aware wall-clock time at ``zone_name`` for a UTC instant."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(get_zone(zone_name))


def wall_clock(instant: datetime, zone_name: str) -> datetime:
    """Naive wall-clock time at ``zone_name`` (for files and pickers)."""
    return to_local(instant, zone_name).replace(tzinfo=None)


def utc_offset_label(instant: datetime, zone_name: str) -> str:
    local = to_local(instant, zone_name)
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def dual_time_label(instant: datetime, venue_zone: str, home_zone: str) -> str:
    """"09:00 Boston · 20:00 Hà Nội", with "(+1)" when home is on another day."""
    venue = to_local(instant, venue_zone)
    home = to_local(instant, home_zone)
    day_shift = (home.date() - venue.date()).days
    shift = f" ({day_shift:+d})" if day_shift else ""
    if venue_zone == home_zone:
        return f"{venue:%H:%M} {city_label(venue_zone)}"
    return f"{venue:%H:%M} {city_label(venue_zone)} · {home:%H:%M}{shift} {city_label(home_zone)}"


def local_date(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()


def utc_now() -> datetime:
    return datetime.now(UTC)
