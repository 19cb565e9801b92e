"""The message catalogue (domain.messages): every coded problem in English and Vietnamese, the codes
the code raises all in it, English ``str()`` unchanged, the file and record named, one weekday rule
and one venue-city rule."""
from __future__ import annotations

import re
import string
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from delegation_planner.domain import messages, rules
from delegation_planner.domain.errors import Notice, Problem, ValidationError, coded, not_found, problem
from delegation_planner.domain.messages import (
    language_from_locale, render_error, render_notice, render_problem, weekday_name,
)
from delegation_planner.domain.timezones import city_label, dual_time_label, to_utc

PACKAGE = Path(__file__).resolve().parents[2] / "delegation_planner"


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
def test_both_languages_take_the_same_params(code):
    en, vi = messages.MESSAGES[code]
    assert en and vi and en != vi
    assert placeholders(en) == placeholders(vi), code


def test_every_code_the_program_raises_is_in_the_catalogue():
    pattern = re.compile(r"""(?:ValidationError\.of\(\s*[^,]+,\s*|problem\(\s*[^,()]+,\s*|coded\([^"]*?,\s*"""
                         r"""|code=)"([a-z_0-9]+)"|"([a-z_0-9]+)" if end < start else "([a-z_0-9]+)\"""")
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            found |= {g for g in match.groups() if g}
    assert len(found) > 40, sorted(found)  # the scan is not vacuous
    missing = sorted(found - set(messages.MESSAGES))
    assert missing == [], missing


def test_english_str_is_what_it_was():
    exc = ValidationError([problem("title", "required"), problem("end_date", "end_before_start"),
                           problem("title", "too_long", length=1200, limit=500)])
    assert str(exc) == ("title: is required; end_date: before start; "
                        "title: is too long (1,200 characters; at most 500)")
    assert [p.code for p in exc.problems] == ["required", "end_before_start", "too_long"]
    assert ValidationError("free text", "x").problems == [Problem("x", "free text")]  # old calls still work


def test_rendered_in_vietnamese_with_vietnamese_numbers():
    exc = ValidationError([problem("title", "required"), problem("notes", "too_long", length=1_000_001,
                                                                    limit=1_000_000)])
    assert render_error(exc, "vi") == ("Tiêu đề: không được để trống\n"
                                        "Ghi chú: quá dài (1.000.001 ký tự; tối đa 1.000.000)")
    assert render_error(exc, "vi", sep="; ").count("\n") == 0
    assert render_error(exc, "en") == "Title: is required\nNotes: is too long (1,000,001 characters; at most 1,000,000)"
    assert render_error(exc, "fr") == render_error(exc, "en")  # an unknown language falls back to English


def test_a_problem_without_a_code_is_shown_as_it_is():
    exc = ValidationError("chọn một người trong danh sách", "person_id")  # already translated by the UI
    assert render_error(exc, "vi") == "Người: chọn một người trong danh sách"


def test_rules_and_time_zones_raise_coded_problems():
    with pytest.raises(ValidationError) as info:
        rules.validate_trip_fields({"title": "", "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 1),
                                    "home_timezone": "Mars/Base", "status": "nope"})
    codes = {p.field: p.code for p in info.value.problems}
    assert codes == {"title": "required", "end_date": "end_before_start", "home_timezone": "unknown_time_zone",
                     "status": "unknown_value"}
    with pytest.raises(ValidationError) as info:
        to_utc(datetime(2017, 3, 12, 2, 30), "America/New_York")
    assert info.value.code == "dst_gap"
    assert render_error(info.value, "vi") == ("Bắt đầu: 2017-03-12 02:30 không tồn tại ở múi giờ America/New_York "
                                               "(đêm đó đồng hồ được vặn nhanh lên)")
    assert "does not exist in America/New_York" in str(info.value)


def test_not_found_and_other_errors_carry_a_code():
    exc = not_found("engagement", 42)
    assert str(exc) == "no engagement with id 42"
    assert render_error(exc, "vi") == "không có hoạt động nào mang mã số 42"
    known = coded(RuntimeError("the backup is the database itself"), "backup_is_database")
    assert render_error(known, "vi") == "bản sao lưu chính là cơ sở dữ liệu đang mở"
    assert render_error(RuntimeError("plain"), "vi") == "plain"


def test_a_problem_found_in_a_file_names_the_file_and_the_record():
    exc = ValidationError([problem("end", "end_before_start")]).prefixed("engagements[0]").located(
        file="boston.json", record_kind="engagement", record="Meeting with the Governor")
    assert str(exc) == "engagements[0].end: before start"  # the path stays for logs and old tests
    assert render_error(exc, "en") == "boston.json: engagement “Meeting with the Governor”: End: before start"
    assert render_error(exc, "vi") == ("boston.json: hoạt động “Meeting with the Governor”: "
                                        "Kết thúc: trước thời điểm bắt đầu")
    numbered = Problem("people[3].full_name", code="required",
                       params={"file": "x.json", "record_kind": "person", "record_number": 4})
    assert render_problem(numbered, "vi") == "x.json: người thứ 4: Họ và tên: không được để trống"


def test_the_outside_the_trip_warning_is_a_notice():
    warning = rules.outside_trip_dates(datetime(2017, 7, 20, 13, tzinfo=timezone.utc),
                                       datetime(2017, 7, 20, 14, tzinfo=timezone.utc), "America/New_York",
                                       date(2017, 7, 12), date(2017, 7, 14))
    assert isinstance(warning, Notice) and warning == "ends 20 Jul 2017, after the trip ends (14 Jul 2017)"
    assert "; ".join([warning]) == str(warning)
    assert render_notice(warning, "vi") == "kết thúc ngày 20/07/2017, sau ngày kết thúc chuyến công tác (14/07/2017)"
    located = Notice(warning, warning.code, {**warning.params, "file": "b.json", "record_kind": "engagement",
                                             "record": "Late"})
    assert render_notice(located, "vi").startswith("b.json: hoạt động “Late”: kết thúc ngày 20/07/2017")
    assert render_notice("plain text", "vi") == "plain text"


@pytest.mark.parametrize("env, lang", [
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
    ({"LC_ALL": "C", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANGUAGE": "vi"}, "vi"),
])
def test_language_from_locale(env, lang):
    assert language_from_locale(env) == lang


def test_one_weekday_rule():
    assert [weekday_name(date(2026, 11, 30 + i) if i < 1 else date(2026, 12, i), "vi") for i in range(7)] == \
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    assert weekday_name(date(2017, 7, 12), "vi", short=True) == "Thứ Tư"  # never "Thứ 4" or "T4"
    assert weekday_name(date(2017, 7, 12), "en", short=True) == "Wed"
    from delegation_planner.reports.i18n import Labels

    assert Labels("vi").day(date(2017, 7, 12)) == "Thứ Tư, ngày 12/07/2017"
    assert Labels("en").day(date(2017, 7, 12)) == "Wednesday 12 July 2017"


def test_the_venue_clock_follows_the_venue_city():
    instant = datetime(2026, 12, 1, 1, tzinfo=timezone.utc)
    assert dual_time_label(instant, "Asia/Shanghai", "Asia/Ho_Chi_Minh") == "09:00 Shanghai · 08:00 Hà Nội"
    assert dual_time_label(instant, "Asia/Shanghai", "Asia/Ho_Chi_Minh", venue_city="Nanning") == \
        "09:00 Nanning · 08:00 Hà Nội"
    assert dual_time_label(instant, "Asia/Shanghai", "Asia/Ho_Chi_Minh", venue_city="Nanning", lang="vi") == \
        "09:00 Nam Ninh · 08:00 Hà Nội"
    assert dual_time_label(instant, "Asia/Shanghai", "Asia/Ho_Chi_Minh", lang="vi") == "09:00 Thượng Hải · 08:00 Hà Nội"
    assert city_label("America/New_York", "vi", "  Cambridge ") == "Cambridge"  # a city with no Vietnamese name
    assert city_label("Europe/Berlin") == "Berlin" and city_label("Europe/Berlin", "vi") == "Béc-lin"
