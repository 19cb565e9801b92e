"""A proper PDF: title, author (the office), subject, keywords, /Lang, the outline shown on
opening, only embedded TrueType subsets (no base-14 font), and the classification at the
top and bottom of every page of both reports."""
from __future__ import annotations

import pypdf
import pytest

from delegation_planner.reports import build_briefing_pack, build_trip_report
from delegation_planner.reports.letterhead import OfficeIdentity
from delegation_planner.sample import load_sample

OFFICE = OfficeIdentity(name="Sở Ngoại vụ Hà Nội", issuing_body_vi="UBND THÀNH PHỐ HÀ NỘI\nSỞ NGOẠI VỤ",
                        issuing_body_en="HA NOI PEOPLE'S COMMITTEE\nDEPARTMENT OF FOREIGN AFFAIRS")


@pytest.fixture
def sample(db):
    return load_sample(db)


@pytest.mark.parametrize("kind", ["briefing", "trip"])
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_metadata_language_outline_and_fonts(db, tmp_path, sample, kind, lang):
    build = build_briefing_pack if kind == "briefing" else build_trip_report
    result = build(db, sample, tmp_path / "r.pdf", lang=lang, office=OFFICE)
    reader = pypdf.PdfReader(result.path)
    meta = reader.metadata
    assert meta.title == "Hà Nội People's Committee delegation to Massachusetts"
    assert meta.author == "Sở Ngoại vụ Hà Nội"
    assert meta.subject.endswith(": " + meta.title)
    assert meta.subject.startswith(("Briefing pack", "Post-trip report") if lang == "en"
                                   else ("Tài liệu", "Báo cáo"))
    assert "Boston, Massachusetts, United States" in meta["/Keywords"]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == lang
    assert catalog["/PageMode"] == "/UseOutlines"
    assert reader.outline  # the outline is there to show
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            # Embedded TrueType subsets only ("AAAAAA+DejaVuSans"), never a base-14 font.
            assert font["/Subtype"] in ("/TrueType", "/Type0"), font["/BaseFont"]
            assert "+" in str(font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_author_defaults_to_the_application(db, tmp_path, sample):
    result = build_trip_report(db, sample, tmp_path / "r.pdf")
    assert pypdf.PdfReader(result.path).metadata.author == "Delegation Planner"


@pytest.mark.parametrize("kind", ["briefing", "trip"])
def test_classification_on_every_page_of_both_reports(db, tmp_path, sample, kind):
    build = build_briefing_pack if kind == "briefing" else build_trip_report
    mark = "Mật — 内部 — <b>For official use</b>"
    result = build(db, sample, tmp_path / "r.pdf", lang="vi", classification=mark + "\n")
    reader = pypdf.PdfReader(result.path)
    assert len(reader.pages) == result.pages > 3
    for number, page in enumerate(reader.pages, start=1):
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
        # Top and bottom band: at least twice on every page (the cover has its box as well).
        assert sum(1 for line in lines if mark in line) >= 2, (number, lines[:3], lines[-3:])
    assert result.missing_glyphs == ()


def test_the_band_is_big_and_bold(db, tmp_path, sample):
    """≥ 12 pt bold: the band's text is drawn in DejaVu Sans Bold at 12 pt."""
    result = build_trip_report(db, sample, tmp_path / "r.pdf", classification="SECRET")
    page = pypdf.PdfReader(result.path).pages[1]
    seen = []

    def visitor(text, cm, tm, font_dict, font_size):
        if "SECRET" in text and font_dict is not None:
            seen.append((str(font_dict["/BaseFont"]), font_size * tm[0]))

    page.extract_text(visitor_text=visitor)
    assert len(seen) == 2
    assert all(name.endswith("DejaVuSans-Bold") and size >= 12 for name, size in seen), seen
