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

#: Short city names officers use in the programme ("09:00 Boston · 20:00 Hà Nội") when the venue's
#: own city is not known: the zone's city (Vietnam's zone reads Hà Nội, where the offices are).
_CITY_LABELS = {
    "Asia/Ho_Chi_Minh": "Hà Nội",
    "Asia/Saigon": "Hà Nội",
    "Asia/Bangkok": "Bangkok",
    "America/New_York": "Boston",
    "Europe/Paris": "Paris",
    "Asia/Shanghai": "Shanghai",
}

#: The Vietnamese names of cities that Vietnamese documents write in Vietnamese (the venue clock of a
#: Nanning engagement reads "Nam Ninh" in the Vietnamese interface and reports); others stay as written.
_VI_CITY_NAMES = {
    "Nanning": "Nam Ninh", "Shanghai": "Thượng Hải", "Beijing": "Bắc Kinh", "Peking": "Bắc Kinh",
    "Guangzhou": "Quảng Châu", "Kunming": "Côn Minh", "Shenzhen": "Thâm Quyến", "Chongqing": "Trùng Khánh",
    "Hong Kong": "Hồng Kông", "Macau": "Ma Cao", "Taipei": "Đài Bắc", "Pingxiang": "Bằng Tường",
    "Dongxing": "Đông Hưng", "Baise": "Bách Sắc", "Chengdu": "Thành Đô", "Nanjing": "Nam Kinh",
    "Vientiane": "Viêng Chăn", "Phnom Penh": "Phnôm Pênh", "Bangkok": "Băng Cốc", "Moscow": "Mát-xcơ-va",
    "Hanoi": "Hà Nội", "Ha Noi": "Hà Nội", "Ho Chi Minh City": "Thành phố Hồ Chí Minh", "Saigon": "Sài Gòn",
    "Pyongyang": "Bình Nhưỡng", "Seoul": "Xơ-un", "Berlin": "Béc-lin", "London": "Luân Đôn",
    "Singapore": "Xinh-ga-po", "Jakarta": "Gia-các-ta", "Kuala Lumpur": "Cua-la Lăm-pơ", "Yangon": "Y-an-gun",
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


#: Zones already checked by get_zone (name -> zone): a programme converts thousands of times in a
#: handful of zones, and the check (the IANA list, dateutil's lookup) gives the same answer each time.
_CHECKED: dict[str, tzinfo] = {}


def get_zone(name: str, field: str = "timezone") -> tzinfo:
    """The zone named ``name``; a ValidationError naming ``field`` if unknown."""
    zone = _CHECKED.get(name) if isinstance(name, str) else None
    if zone is not None:
        return zone
    if not is_valid_timezone(name):
        raise ValidationError.of(field, "unknown_time_zone", value=repr(name))
    zone = _gettz(name)
    assert zone is not None
    _CHECKED[name] = zone
    return zone


def city_label(zone_name: str, lang: str = "en", city: str = "") -> str:
    """The place a clock is read at: the venue's own ``city`` when known (an engagement's organization
    city), else the zone's city ("Asia/Shanghai" -> "Shanghai"); in Vietnamese, the Vietnamese name
    of a city that has one ("Nanning" -> "Nam Ninh"). The one rule of the GUI, the reports and the CLI."""
    name = " ".join(city.split()) if isinstance(city, str) and city.strip() else ""
    if not name:
        name = _CITY_LABELS.get(zone_name) or zone_name.rsplit("/", 1)[-1].replace("_", " ")
    return _VI_CITY_NAMES.get(name, name) if lang == "vi" else name


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


def dual_time_label(instant: datetime, venue_zone: str, home_zone: str, *, venue_city: str = "",
                    lang: str = "en") -> str:
    """"09:00 Boston · 20:00 Hà Nội", with "(+1)" when home is on another day; the venue named by
    its own city when given (``city_label``), in ``lang``."""
    venue = to_local(instant, venue_zone)
    home = to_local(instant, home_zone)
    day_shift = (home.date() - venue.date()).days
    shift = f" ({day_shift:+d})" if day_shift else ""
    where = city_label(venue_zone, lang, venue_city)
    if venue_zone == home_zone:
        return f"{venue:%H:%M} {where}"
    return f"{venue:%H:%M} {where} · {home:%H:%M}{shift} {city_label(home_zone, lang)}"


def local_date(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()


def utc_now() -> datetime:
    return datetime.now(UTC)
