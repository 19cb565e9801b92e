"""Conflicts print in the report's language, with the same wording as the domain rule."""
from pypdf import PdfReader

from delegation_planner.reports import build_briefing_pack
from delegation_planner.sample import load_sample


def test_vietnamese_briefing_pack_states_conflicts_in_vietnamese(db, tmp_path):
    trip_id = load_sample(db)  # the 911 centre is 15 min after Police HQ; travel needs 30 min
    result = build_briefing_pack(db, trip_id, tmp_path / "vi.pdf", lang="vi")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(result.path).pages)
    assert "cần 30 phút di chuyển" in text
    assert "travel needs" not in text
