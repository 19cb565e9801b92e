"""Time-zone rules: venue and home time, DST gaps and folds (python-dateutil)."""
from datetime import datetime, timezone

import pytest

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.timezones import (
    dual_time_label, is_valid_timezone, to_local, to_utc, utc_offset_label, wall_clock,
)

UTC = timezone.utc


def test_boston_morning_is_evening_in_hanoi():
    start = to_utc(datetime(2017, 7, 12, 9, 0), "America/New_York")
    assert start == datetime(2017, 7, 12, 13, 0, tzinfo=UTC)
    assert dual_time_label(start, "America/New_York", "Asia/Ho_Chi_Minh") == "09:00 Boston · 20:00 Hà Nội"


def test_home_time_on_the_next_day_is_marked():
    start = to_utc(datetime(2017, 7, 12, 14, 0), "America/New_York")
    assert dual_time_label(start, "America/New_York", "Asia/Ho_Chi_Minh") == "14:00 Boston · 01:00 (+1) Hà Nội"


def test_night_paris_leaves_summer_time():
    # 25 Oct 2026: at 03:00 CEST clocks go back to 02:00 CET.
    start = to_utc(datetime(2026, 10, 24, 23, 0), "Europe/Paris")   # CEST, UTC+2
    end = to_utc(datetime(2026, 10, 25, 4, 0), "Europe/Paris")      # CET, UTC+1
    assert (end - start).total_seconds() == 6 * 3600  # 5 h on the clock, 6 h elapsed
    assert dual_time_label(start, "Europe/Paris", "Asia/Ho_Chi_Minh") == "23:00 Paris · 04:00 (+1) Hà Nội"
    assert dual_time_label(end, "Europe/Paris", "Asia/Ho_Chi_Minh") == "04:00 Paris · 10:00 Hà Nội"
    assert utc_offset_label(start, "Europe/Paris") == "UTC+02:00"
    assert utc_offset_label(end, "Europe/Paris") == "UTC+01:00"


def test_repeated_hour_means_first_occurrence():
    first = to_utc(datetime(2026, 10, 25, 2, 30), "Europe/Paris")
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # The second 02:30 exists too and displays the same wall clock.
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert wall_clock(second, "Europe/Paris") == datetime(2026, 10, 25, 2, 30)


def test_time_in_spring_gap_is_refused_with_field():
    with pytest.raises(ValidationError) as err:
        to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Paris", "start")
    assert err.value.field == "start"
    assert "does not exist" in str(err.value)


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "EST5EDT,M3.2.0,M11.1.0", "../etc/passwd", "Europe/Paris\x00",
                                  " Europe/Paris", None, 42])
def test_unknown_zones_are_refused(name):
    assert not is_valid_timezone(name)


@pytest.mark.parametrize("name", ["Asia/Ho_Chi_Minh", "America/New_York", "Europe/Paris", "Asia/Shanghai", "UTC"])
def test_known_zones(name):
    assert is_valid_timezone(name)
    assert to_local(datetime(2020, 1, 1, tzinfo=UTC), name).tzinfo is not None


@pytest.mark.parametrize("name", ["GMT+7", "UTC+7", "FOO3", "ABC3DEF"])
def test_posix_style_strings_are_not_zones(name):
    assert not is_valid_timezone(name)


def test_engagement_times_are_kept_to_the_second(db):
    from datetime import date

    from delegation_planner.bundles import trip_to_bundle
    from delegation_planner.services import engagements, trips

    trip = trips.create_trip(db, title="t", start_date=date(2026, 1, 1), end_date=date(2026, 1, 2))
    e = engagements.create_engagement(db, trip.id, title="x", timezone="Europe/Paris",
                                      start=datetime(2026, 1, 1, 9, 0, 5, 500000),
                                      end=datetime(2026, 1, 1, 10)).engagement
    assert e.start_utc.microsecond == 0
    assert trip_to_bundle(db, trip.id)["engagements"][0]["start"] == "2026-01-01T09:00:05"


def test_checked_zones_are_remembered_and_unknown_ones_still_refused():
    """get_zone remembers a zone it checked (a programme converts thousands of times); an unknown
    or odd name is refused every time, before and after a good one was remembered."""
    import pytest as _pytest

    from delegation_planner.domain.errors import ValidationError
    from delegation_planner.domain.timezones import get_zone

    first = get_zone("Asia/Ho_Chi_Minh")
    assert get_zone("Asia/Ho_Chi_Minh") is first
    for bad in ("Asia/Ho_Chi_Minhh", "GMT+7", "localtime", " Asia/Ho_Chi_Minh", None, 7):
        for _ in range(2):
            with _pytest.raises(ValidationError):
                get_zone(bad)
