"""The one conflict rule and the trip-date warning."""
from datetime import date, datetime, timedelta, timezone

from delegation_planner.domain.rules import Slot, find_conflicts, outside_trip_dates

UTC = timezone.utc
T0 = datetime(2017, 7, 12, 13, 0, tzinfo=UTC)  # 09:00 Boston


def slot(id_, start_h, end_h, people=(), **kw):
    return Slot(id=id_, title=f"E{id_}", start_utc=T0 + timedelta(hours=start_h), end_utc=T0 + timedelta(hours=end_h),
                timezone="America/New_York", attendee_ids=frozenset(people), **kw)


def test_shared_attendee_overlap_flags_both_sides():
    report = find_conflicts([slot(1, 0, 2, {7}), slot(2, 1, 3, {7, 8})], person_names={7: "Lê Quang Huy"})
    kinds = {(c.engagement_id, c.other_id, c.kind) for c in report.conflicts}
    assert kinds == {(1, 2, "attendee"), (2, 1, "attendee")}
    assert "Lê Quang Huy is also at “E2”" in report.for_engagement(1)[0].message


def test_touching_engagements_do_not_overlap():
    assert not find_conflicts([slot(1, 0, 1, {7}), slot(2, 1, 2, {7})])


def test_parallel_tracks_without_shared_people_are_fine():
    assert not find_conflicts([slot(1, 0, 2, {7}), slot(2, 1, 3, {8})], head_person_id=9)


def test_head_of_delegation_overlap_when_head_goes_to_both():
    # The head attends E1; E2 has no attendees yet (whole delegation by default).
    report = find_conflicts([slot(1, 0, 2, {1}), slot(2, 1, 3)], head_person_id=1,
                            person_names={1: "Nguyễn Đức Chung"})
    assert {c.kind for c in report.conflicts} == {"head"}
    assert "Nguyễn Đức Chung cannot be at both" in report.for_engagement(2)[0].message


def test_head_overlap_not_reported_twice_when_head_is_shared_attendee():
    report = find_conflicts([slot(1, 0, 2, {1}), slot(2, 1, 3, {1})], head_person_id=1)
    assert [c.kind for c in report.for_engagement(1)] == ["attendee"]


def test_cancelled_engagements_never_conflict():
    assert not find_conflicts([slot(1, 0, 2, {7}), slot(2, 1, 3, {7}, cancelled=True)], head_person_id=7)


def test_travel_gap_too_short():
    report = find_conflicts([slot(1, 0, 1, {7}), slot(2, 1.25, 2, {7}, travel_minutes=30)])
    [conflict] = report.conflicts
    assert conflict.kind == "travel" and conflict.engagement_id == 2 and conflict.other_id == 1
    assert "only 15 min" in conflict.message and "30 min" in conflict.message
    assert not find_conflicts([slot(1, 0, 1, {7}), slot(2, 1.5, 2, {7}, travel_minutes=30)])


def test_outside_trip_dates_is_a_warning_kind():
    report = find_conflicts([slot(1, -48, -47, {7})], trip_start=date(2017, 7, 12), trip_end=date(2017, 7, 14))
    assert [c.kind for c in report.conflicts] == ["outside_trip"]
    assert "before the trip begins" in report.conflicts[0].message


def test_outside_trip_dates_uses_the_venue_day():
    # 22:00 on 14 July in Boston is already 15 July in UTC: still inside the trip.
    start = datetime(2017, 7, 15, 2, 0, tzinfo=UTC)
    assert outside_trip_dates(start, start + timedelta(hours=1), "America/New_York",
                              date(2017, 7, 12), date(2017, 7, 14)) is None
    assert outside_trip_dates(start, start + timedelta(hours=1), "Asia/Ho_Chi_Minh",
                              date(2017, 7, 12), date(2017, 7, 14)) is not None


def test_conflicts_read_in_vietnamese_too():
    report = find_conflicts([slot(1, 0, 1, {7}), slot(2, 1.25, 2, {7}, travel_minutes=30),
                             slot(3, 1.5, 2.5, {7})], person_names={7: "Lê Quang Huy"},
                            trip_start=date(2017, 7, 13), trip_end=date(2017, 7, 14))
    by_kind = {c.kind: c for c in report.for_engagement(2)}
    assert by_kind["attendee"].describe("vi") == "Lê Quang Huy cũng có mặt tại “E3” (12/07 10:30–11:30)"
    assert by_kind["attendee"].message == "Lê Quang Huy is also at “E3” (12 Jul 10:30–11:30)"
    assert "cần 30 phút di chuyển" in by_kind["travel"].describe("vi")
    assert by_kind["outside_trip"].describe("vi") == (
        "bắt đầu ngày 12/07/2017, trước ngày bắt đầu chuyến công tác (13/07/2017)")
    head = find_conflicts([slot(1, 0, 2, {1}), slot(2, 1, 3)], head_person_id=1).conflicts[0]
    assert head.describe("vi").endswith("trưởng đoàn không thể dự cả hai")
