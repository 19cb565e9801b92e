"""Vietnamese reports: conflicts in Vietnamese from the domain rule; every enum value has a label."""
from pypdf import PdfReader

from delegation_planner.reports import build_briefing_pack
from delegation_planner.sample import load_sample


def test_vietnamese_briefing_pack_states_conflicts_in_vietnamese(db, tmp_path):
    trip_id = load_sample(db)  # the 911 centre is 15 min after Police HQ; travel needs 30 min
    result = build_briefing_pack(db, trip_id, tmp_path / "vi.pdf", lang="vi")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(result.path).pages)
    assert "cần 30 phút di chuyển" in text
    assert "travel needs" not in text


def test_every_enum_value_has_a_vietnamese_label():
    from delegation_planner.domain import enums
    from delegation_planner.reports.i18n import Labels

    vi, en = Labels("vi"), Labels("en")
    for enum_cls in (enums.TripStatus, enums.OrganizationKind, enums.Side, enums.MemberRole, enums.EngagementKind,
                     enums.EngagementStatus, enums.AttendanceRole, enums.CommitmentKind, enums.MadeBy,
                     enums.CommitmentStatus):
        for value in enum_cls:
            assert vi.enum(value) != en.enum(value), f"{enum_cls.__name__}.{value.name} has no Vietnamese label"
