"""Every script the users write prints: Vietnamese, Chinese (simplified, traditional), Japanese,
Korean, read back with pypdf; characters no font has (emoji) are drawn "�", warned about (the
build result, the CLI's stderr) and do not corrupt their neighbours."""
from __future__ import annotations

import pypdf
import pytest

from delegation_planner.reports import build_briefing_pack, build_trip_report
from delegation_planner.reports.fonts import CJK, HANGUL, collecting_missing, runs
from delegation_planner.reports.text import esc
from delegation_planner.sample import load_sample
from delegation_planner.services import notes, report_data

NOTE = ("Gặp ông 杜振宗 (广西壮族自治区) tại 東京 và ソウル, sau đó bay đi 서울 cùng Nguyễn Đức Chung 👍🏽 "
        "— ký kết xong😀ngay. 臺灣 <b>R&D</b>")


def _text(path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def trip_with_note(db):
    trip_id = load_sample(db)
    first = report_data.gather(db, trip_id, with_notes=True).engagements[0].item.id
    notes.add_note(db, first, NOTE, author="Lê Thu Hà 김민수")
    return trip_id


def test_every_script_is_extracted_back_from_both_reports(db, tmp_path, trip_with_note):
    for lang in ("en", "vi"):
        trip = build_trip_report(db, trip_with_note, tmp_path / f"trip-{lang}.pdf", lang=lang)
        text = _squash(_text(trip.path))
        for word in ("杜振宗", "广西壮族自治区", "東京", "ソウル", "서울", "Nguyễn Đức Chung", "臺灣", "김민수",
                     "<b>R&D</b>"):
            assert word in text, (lang, word)
        # Neighbours of the emoji are intact; each emoji is one replacement character.
        assert "Nguyễn Đức Chung \ufffd — ký kết xong\ufffdngay." in text
        assert "\U0001f44d" not in text and "\U0001f3fd" not in text
        assert trip.missing_glyphs == ("\U0001f44d", "\U0001f600")


def test_the_fallback_fonts_are_embedded_subsets(db, tmp_path, trip_with_note):
    result = build_trip_report(db, trip_with_note, tmp_path / "trip.pdf")
    reader = pypdf.PdfReader(result.path)
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    assert any(n.endswith("+" + CJK) for n in names), names
    assert any(n.endswith("+" + HANGUL) for n in names), names


def test_a_clean_vietnamese_build_warns_nothing(db, tmp_path):
    trip_id = load_sample(db)
    result = build_briefing_pack(db, trip_id, tmp_path / "b.pdf", lang="vi")
    assert result.missing_glyphs == ()


def test_markup_stays_escaped_around_fallback_runs():
    with collecting_missing() as found:
        markup = esc("<i>杜</i> & 서울 😀 x")
    assert markup == ('&lt;i&gt;<font name="DroidSansFallback">杜</font>&lt;/i&gt; &amp; '
                      '<font name="NanumGothic">서울</font> \ufffd x')
    assert found == {"\U0001f600": 1}
    assert esc("Nguyễn Đức Chung & <b>") == "Nguyễn Đức Chung &amp; &lt;b&gt;"  # the fast path


def test_emoji_sequences_become_one_replacement_each():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    with collecting_missing() as found:
        pieces = runs(f"a{family}b\U0001f44d\U0001f3fdc\u2764\ufe0fd")
    assert "".join(p for _, p in pieces) == "a\ufffdb\ufffdc\u2764\ufe0fd"  # DejaVu has the heart
    assert set(found) == {"\U0001f468", "\U0001f469", "\U0001f467", "\U0001f44d"}


def test_hangul_in_a_bold_style_uses_the_bold_face(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from delegation_planner.reports.paragraph import Paragraph
    from delegation_planner.reports.styles import make_styles

    st = make_styles()
    para = Paragraph(esc("Kim 김민수"), st.cell_bold)
    assert {f.fontName for f in para.frags} == {"DejaVuSans-Bold", "NanumGothic-Bold"}
    SimpleDocTemplate(str(tmp_path / "x.pdf")).build([para])
    assert "김민수" in _text(tmp_path / "x.pdf")


def test_cli_warns_about_characters_without_glyph(db_path, tmp_path, capsys):
    from delegation_planner.cli import main
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    try:
        trip_id = load_sample(db)
        first = report_data.gather(db, trip_id, with_notes=True).engagements[0].item.id
        notes.add_note(db, first, "xong 😀 và \U0001f916.")
    finally:
        db.dispose()
    code = main(["--db", str(db_path), "report", "trip", str(trip_id), "-o", str(tmp_path / "r.pdf")])
    captured = capsys.readouterr()
    assert code == 0
    assert "warning: 2 characters have no glyph: 😀 (U+1F600 GRINNING FACE), 🤖 (U+1F916" in captured.err
    assert "xong \ufffd và \ufffd." in _squash(_text(tmp_path / "r.pdf"))
