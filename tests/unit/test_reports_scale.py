"""Reports stay linear in the size of one list (issue 8 point 10): structural checks, no timing."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("reportlab")

from delegation_planner.domain.enums import AttendanceRole, Side  # noqa: E402
from delegation_planner.reports.common import CHUNK_ROWS, RecordTable, people_lines, records_table  # noqa: E402
from delegation_planner.reports.i18n import Labels  # noqa: E402
from delegation_planner.reports.styles import make_styles  # noqa: E402
from delegation_planner.reports.trip_report import LISTED_HOSTS, _attendees_line  # noqa: E402


def test_a_long_record_table_comes_in_bounded_chunks_each_with_its_header():
    st = make_styles()
    rows = [["Name", "Title"]] + [[f"Nguyễn Văn {i}", "x"] for i in range(3000)]
    tables = records_table(rows, [100, 100])
    assert len(tables) >= 3000 // CHUNK_ROWS
    assert all(len(t._cellvalues) <= CHUNK_ROWS + 1 for t in tables)  # one split never copies n rows
    assert all(t._cellvalues[0] == ["Name", "Title"] for t in tables)
    assert sum(len(t._cellvalues) - 1 for t in tables) == 3000
    assert tables[0]._cellvalues[1] == ["Nguyễn Văn 0", "x"] and tables[-1]._cellvalues[-1][0] == "Nguyễn Văn 2999"
    assert st is not None


def test_a_record_continued_on_extra_rows_is_never_cut_between_chunks():
    from delegation_planner.reports.paragraph import Paragraph

    st = make_styles()
    builder = RecordTable(["Text"], [300], max_chars=50)
    long_cell = [Paragraph("word " * 8, st.cell) for _ in range(30)]  # 30 rows for one record
    for _ in range(40):
        builder.add([long_cell])
    tables = builder.flowables(chunk_rows=100)
    assert [len(t._cellvalues) - 1 for t in tables] == [90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 30]


def test_an_empty_table_is_still_its_header():
    tables = records_table([["Name"]], [100])
    assert len(tables) == 1 and tables[0]._cellvalues == [["Name"]]


def test_a_forum_is_summarised_in_the_engagement_our_side_in_full():
    row = SimpleNamespace
    ours = [row(full_name=f"Đại biểu {i}", role=AttendanceRole.ATTENDEE, side=Side.DELEGATION) for i in range(12)]
    hosts = [row(full_name=f"Khách {i:05d}", role=AttendanceRole.ATTENDEE, side=Side.HOST) for i in range(10_000)]
    for lang, count in (("en", "9,975"), ("vi", "9.975")):
        text = _attendees_line(ours + hosts, Labels(lang))
        assert all(f"Đại biểu {i} (" in text for i in range(12))
        assert text.count("Khách ") == LISTED_HOSTS and count in text
    few = _attendees_line(ours[:2] + hosts[:3], Labels("en"))
    assert few.count("Khách ") == 3 and "more" not in few


def test_people_lines_keep_every_person_and_escape_them():
    st = make_styles()
    lines = people_lines([("Nguyễn Đức Chung", "R&D <b>"), ("A", "")], st)
    assert len(lines) == 2 and "Nguyễn Đức Chung" in lines[0].text and "R&amp;D &lt;b&gt;" in lines[0].text
    assert lines[1].text == "2. <b>A</b>"
