"""The table of contents laid out in one pass (reports.layout.Contents): every entry's page number,
drawn at save time, is the page on which that heading prints; read back with pypdf."""
from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from reportlab.platypus import PageBreak, Spacer  # noqa: E402

from delegation_planner.reports.layout import _Counter, contents, heading, write_pdf  # noqa: E402
from delegation_planner.reports.paragraph import Paragraph  # noqa: E402
from delegation_planner.reports.styles import make_styles  # noqa: E402


def _squash(text: str) -> str:
    return " ".join(text.split())


def _check_contents(path, titles, first_contents_page: int = 0):
    reader = pypdf.PdfReader(str(path))
    pages = [_squash(p.extract_text()) for p in reader.pages]
    total = len(pages)
    outline = [(item.title, reader.get_destination_page_number(item) + 1)
               for item in _flat(reader.outline)]
    assert [t for t, _ in outline] == titles
    # the contents: from the "Contents" page up to the first heading's page (exclusive)
    first_heading_page = min(p for _, p in outline)
    text = " ".join(pages[first_contents_page:first_heading_page - 1])
    printed = []
    pos = 0
    for title in titles:
        # ReportLab draws an entry's dots and number before its text: pypdf reads "… . 12 Title"
        m = re.compile(r"\.\s+(\d+)\s+" + re.escape(_squash(title)) + r"(?=\s|$)").search(text, pos)
        assert m is not None, f"{title!r} not in the contents"
        printed.append(int(m.group(1)))
        pos = m.end()
    for (title, bookmark_page), number in zip(outline, printed):
        assert number == bookmark_page, title
        assert _squash(title) in pages[number - 1], f"{title!r} is not printed on page {number}"
        assert f"Page {number} of {total}" in pages[number - 1]
    return printed, total, first_heading_page


def _flat(items):
    for item in items:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            yield item


def _story(st, titles, filler):
    counter = _Counter()
    out = [Paragraph("Contents", st.h2), contents(st.toc_levels), PageBreak()]
    for i, title in enumerate(titles):
        out.append(heading(title, st.h1 if i % 5 == 0 else st.h2, 0 if i % 5 == 0 else 1, counter))
        out += [Paragraph(f"Body text {i} " * 40, st.body) for _ in range(filler[i])]
    return out


def test_contents_over_two_pages_and_a_heading_on_the_last_page(tmp_path):
    st = make_styles()
    titles = [f"Heading {i}: Nguyễn Đức Chung — 会談 회담 & <more>" if i % 7 == 0 else f"Heading {i}"
              for i in range(70)]
    filler = [(i * 7) % 5 for i in range(70)]
    filler[-1] = 0  # the last heading alone at the end: on the last page
    result = write_pdf(tmp_path / "c.pdf", _story(st, titles, filler), paper="a4", title="T", subject="S",
                       header_right="", footer_format="Page {x} of {y}", footer_left="", progress=None,
                       cancelled=None)
    printed, total, first_heading_page = _check_contents(result.path, titles)
    assert first_heading_page >= 3  # the contents took two pages (1 and 2)
    assert printed[-1] == total == result.pages
    assert len(set(printed)) > 10  # the numbers really differ from entry to entry


def test_progress_reports_one_pass(tmp_path):
    st = make_styles()
    titles = [f"Part {i}" for i in range(30)]
    seen = []
    write_pdf(tmp_path / "p.pdf", _story(st, titles, [3] * 30), paper="a4", title="T", subject="S",
              header_right="", footer_format="Page {x} of {y}", footer_left="",
              progress=lambda f, m: seen.append((f, m)), cancelled=None)
    messages = {m for _, m in seen}
    assert "Laying out pages (pass 1)" in messages and not any("pass 2" in m for m in messages)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)


def test_trip_report_contents_page_numbers_on_a_large_trip(tmp_path):
    from delegation_planner.devtools.largedb import generate
    from delegation_planner.reports import build_trip_report
    from delegation_planner.services import trips
    from delegation_planner.storage import open_database

    path = tmp_path / "large.sqlite3"
    generate(path, seed=2017, scale=0.15)
    db = open_database(path)
    try:
        best = max(trips.list_trips(db), key=lambda r: (r.engagement_count, -r.id))
        result = build_trip_report(db, best.id, tmp_path / "r.pdf", lang="en")
    finally:
        db.dispose()
    reader = pypdf.PdfReader(str(result.path))
    titles = [item.title for item in _flat(reader.outline)]
    assert len(titles) > 40
    # the contents start on the letterhead page (page 1)
    _printed, total, first_heading_page = _check_contents(result.path, titles)
    assert first_heading_page >= 3  # the contents spill onto a second page
