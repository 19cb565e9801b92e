"""The post-trip report as an official document: the Vietnamese administrative format
(Nghị định 30/2020/NĐ-CP, Phụ lục I) in Vietnamese, the equivalent letterhead and sign-off in
English; figures that agree with the lists; attendees by side; follow-up by due date; the
officer's evaluation."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pypdf
import pytest

from delegation_planner.cli.cmd_core import EVALUATION_MAX_BYTES, read_evaluation
from delegation_planner.domain.enums import EngagementStatus
from delegation_planner.reports import build_trip_report
from delegation_planner.reports.letterhead import OfficeIdentity, official_date
from delegation_planner.sample import load_sample
from delegation_planner.services import engagements, report_data
from delegation_planner.storage.errors import KnownError

OFFICE = OfficeIdentity(issuing_body_vi="UBND tỉnh Thái Nguyên\nSở Ngoại vụ",
                        issuing_body_en="Thai Nguyen Provincial People's Committee\nDepartment of Foreign Affairs")


def _pages(path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(path).pages]


@pytest.fixture
def sample(db):
    return load_sample(db)


def test_vietnamese_official_elements(db, tmp_path, sample):
    result = build_trip_report(db, sample, tmp_path / "vi.pdf", lang="vi", office=OFFICE,
                               evaluation="Chuyến công tác đạt kết quả tốt.\n\nKiến nghị: ký thỏa thuận 杜振宗.")
    pages = _pages(result.path)
    first, text = pages[0], " ".join(pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Độc lập - Tự do - Hạnh phúc" in first
    assert "UBND TỈNH THÁI NGUYÊN" in first and "SỞ NGOẠI VỤ" in first
    assert re.search(r"Số: /BC-SNV", first)
    today = date.today()
    assert official_date("Thái Nguyên", today) in first
    assert re.search(r"Thái Nguyên, ngày \d\d tháng \d{1,2} năm \d{4}", first)
    assert "BÁO CÁO" in first and "Kết quả chuyến công tác: Hà Nội People's Committee" in first
    assert "Nơi nhận:" in text and "- Lưu: VT, SNV." in text
    assert "TRƯỞNG ĐOÀN" in text and "Nguyễn Đức Chung" in text
    assert "Đánh giá và kiến nghị" in text and "Kiến nghị: ký thỏa thuận 杜振宗." in text
    # The sign-off comes after the evaluation and before the annex.
    assert text.index("Đánh giá và kiến nghị") < text.index("Nơi nhận:") < text.rindex("Phụ lục A")


def test_english_letterhead_and_sign_off(db, tmp_path, sample):
    result = build_trip_report(db, sample, tmp_path / "en.pdf", lang="en", office=OFFICE)
    pages = _pages(result.path)
    first, text = pages[0], " ".join(pages)
    assert "THAI NGUYEN PROVINCIAL PEOPLE'S COMMITTEE" in first and "DEPARTMENT OF FOREIGN AFFAIRS" in first
    assert "Ref. No.: /BC-DOFA" in first
    assert "REPORT" in first and "Results of the visit: Hà Nội People's Committee" in first
    assert "Distribution:" in text and "HEAD OF DELEGATION" in text
    assert "Evaluation and recommendations" in text and "(To be written by the officer" in text
    assert "CỘNG HÒA" not in text


def test_official_date_pads_days_and_early_months():
    assert official_date("Hà Nội", date(2026, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2026"
    assert official_date("Huế", date(2026, 2, 15)) == "Huế, ngày 15 tháng 02 năm 2026"
    assert official_date("Huế", date(2026, 12, 31)) == "Huế, ngày 31 tháng 12 năm 2026"


def test_office_identity_place_code_and_author():
    assert OFFICE.place_name() == "Thái Nguyên" and OFFICE.code("vi") == "SNV"
    assert OfficeIdentity(address="12 Lê Lợi, Huế").place_name() == "Huế"
    assert OfficeIdentity().author() == "Delegation Planner"
    assert OfficeIdentity(issuing_body_vi="Sở Ngoại vụ").author("vi") == "Sở Ngoại vụ"


def test_held_figure_equals_held_engagements_listed(db, tmp_path, sample):
    data = report_data.gather(db, sample, with_notes=True)
    # Two past engagements still "planned"/"confirmed": flagged, counted apart.
    for detail, status in zip(data.engagements[:2], (EngagementStatus.PLANNED, EngagementStatus.CONFIRMED)):
        engagements.update_engagement(db, detail.item.id, status=status)
    held_titles = [d.item.title for d in data.engagements[2:] if not d.item.cancelled]
    for lang, held_label, confirm_label in (
            ("en", "Engagements held", "Past, still marked planned (to confirm)"),
            ("vi", "Số hoạt động đã thực hiện", "Đã qua, còn ở trạng thái dự kiến (cần xác nhận)")):
        result = build_trip_report(db, sample, tmp_path / f"{lang}.pdf", lang=lang)
        text = " ".join(_pages(result.path))
        held = int(re.search(re.escape(held_label) + r" (\d+)", text).group(1))
        assert held == len(held_titles) == 9
        assert int(re.search(re.escape(confirm_label) + r" (\d+)", text).group(1)) == 2
        heading = "Engagements held (9)" if lang == "en" else "Các hoạt động đã thực hiện (9)"
        assert heading in text
        section = text[text.index(heading):]
        for title in held_titles:
            assert title in section
        flag = "TO CONFIRM" if lang == "en" else "CẦN XÁC NHẬN"
        assert text.count(flag) == 2


def test_upcoming_engagements_are_not_to_confirm(db, tmp_path, sample):
    from delegation_planner.reports import trip_report
    data = report_data.gather(db, sample, with_notes=True)
    split = trip_report._split_engagements(data, datetime(2017, 7, 13, 12, tzinfo=timezone.utc))
    assert all(d.item.end_utc > datetime(2017, 7, 13, 12, tzinfo=timezone.utc) for d in split["upcoming"])
    assert not split["to_confirm"]  # the sample's engagements are all held


def test_attendees_grouped_by_side_and_follow_up_by_due_date(db, tmp_path, sample):
    result = build_trip_report(db, sample, tmp_path / "en.pdf", lang="en")
    text = " ".join(_pages(result.path))
    first = text[text.index("1. Courtesy call"):]
    assert first.index("Our delegation") < first.index("Host side") < first.index("Meeting notes")
    # The contents on page 1 also name the section: read the section itself (English dates: 12 Jul 2017).
    body = " ".join(_pages(result.path)[1:])
    follow = body[body.index("Follow-up actions"):body.index("Evaluation and recommendations")]
    dates = [datetime.strptime(d, "%d %b %Y").date() for d in re.findall(r"\b(\d{1,2} [A-Z][a-z]{2} \d{4})\b", follow)]
    assert dates == sorted(dates) and len(dates) >= 3


def test_evaluation_file_is_read_capped_and_checked(tmp_path):
    good = tmp_path / "e.txt"
    good.write_bytes("\ufeffĐánh giá: tốt.\n".encode())
    assert read_evaluation(str(good)) == "Đánh giá: tốt.\n"
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (EVALUATION_MAX_BYTES + 1))
    with pytest.raises(KnownError, match="larger than"):
        read_evaluation(str(big))
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Đánh giá".encode("cp1258", errors="replace") + b"\xff\xfe\x00")
    with pytest.raises(KnownError, match="not UTF-8"):
        read_evaluation(str(bad))
    import os
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(KnownError, match="not a regular file"):
        read_evaluation(str(fifo))
    with pytest.raises(KnownError, match="cannot read"):
        read_evaluation(str(tmp_path / "missing.txt"))


def test_cli_trip_report_takes_classification_office_and_evaluation(db_path, tmp_path, capsys):
    from delegation_planner.cli import main
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    try:
        trip_id = load_sample(db)
    finally:
        db.dispose()
    evaluation = tmp_path / "eval.txt"
    evaluation.write_text("Kiến nghị: mở văn phòng đại diện.", encoding="utf-8")
    out = tmp_path / "r.pdf"
    code = main(["--db", str(db_path), "report", "trip", str(trip_id), "-o", str(out), "--lang", "vi",
                 "--classification", "Mật", "--office", "UBND thành phố Hà Nội", "--office", "Sở Ngoại vụ",
                 "--evaluation-file", str(evaluation)])
    captured = capsys.readouterr()
    assert code == 0 and "warning" not in captured.err
    pages = _pages(out)
    assert all(p.count("Mật") >= 2 for p in pages)
    assert "UBND THÀNH PHỐ HÀ NỘI" in pages[0] and "Hà Nội, ngày" in pages[0]
    assert "Kiến nghị: mở văn phòng đại diện." in " ".join(pages)
    assert pypdf.PdfReader(out).metadata.author == "Sở Ngoại vụ"


def test_follow_up_without_due_date_listed_last_and_marked(db, tmp_path, sample):
    from delegation_planner.services.commitments import create_commitment
    create_commitment(db, sample, description="Gửi danh sách Nguyễn Đức Chung", due_date=None)
    result = build_trip_report(db, sample, tmp_path / "en.pdf", lang="en")
    body = " ".join(_pages(result.path)[1:])
    follow = body[body.index("Follow-up actions"):body.index("Evaluation and recommendations")]
    undated = follow.index("No due date set")
    assert follow.index("Gửi danh sách Nguyễn Đức Chung") > undated > follow.index("30 Sep 2018")
    assert "no due date" in follow[undated:]
