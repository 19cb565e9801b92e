"""The office on the letterhead from the CLI: ``--office``, else the desktop application's Settings
(``report --settings FILE``, default the per-user settings the window's Edit → Settings writes),
else the dotted placeholders of the Vietnamese format. PDFs read back with pypdf."""
from __future__ import annotations

import unicodedata

import pytest

from delegation_planner.cli import main

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PySide6")

BODY_VI = "SỞ NGOẠI VỤ TỈNH THÁI NGUYÊN"
BODY_EN = "Thai Nguyen Department of Foreign Affairs"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _first_page(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return unicodedata.normalize("NFC", reader.pages[0].extract_text() or "")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


OFFICE_KEYS = ("ISSUING_BODY_VI", "ISSUING_BODY_EN", "OFFICE_ADDRESS", "OFFICE_LOGO")


@pytest.fixture(autouse=True)
def _no_office_in_the_per_user_settings():
    """Qt fixes the per-user settings path at its first use in the process (the first test's temporary
    config folder, tests/conftest.py): what one test writes there, the next would read. Cleared
    before and after each test."""
    from delegation_planner import settings as S

    def clear():
        st = S.Settings()
        for name in OFFICE_KEYS:
            st.reset(getattr(S, name))
        st.sync()

    clear()
    yield
    clear()


@pytest.fixture
def demo(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0
    trip_id = out.split(" is trip ")[1].split(":")[0]
    return str(db_path), trip_id


def _write_settings(path=None, **values):
    from delegation_planner import settings as S

    st = S.Settings(path)
    for name, value in values.items():
        st.set(getattr(S, name), value)
    st.sync()
    return st.file_name


def test_vietnamese_trip_report_takes_the_office_from_the_per_user_settings(capsys, demo, tmp_path):
    db, trip_id = demo
    written = _write_settings(ISSUING_BODY_VI=BODY_VI, ISSUING_BODY_EN=BODY_EN)
    assert written.startswith(str(tmp_path.parent))  # a test's config folder (tests/conftest.py), never the user's
    out = tmp_path / "report-vi.pdf"
    code, stdout, err = run(capsys, "--db", db, "report", "trip", trip_id, "--lang", "vi", "-o", str(out))
    assert code == 0, err
    first = _first_page(out)
    assert BODY_VI in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Thái Nguyên, ngày" in first  # the địa danh from the issuing body's province
    assert "……" not in first  # no dotted placeholder left
    assert "/BC-SNVTTN" in first.replace(" ", "").replace("\u00a0", "")
    assert pypdf.PdfReader(str(out)).metadata.author == BODY_VI
    out_en = tmp_path / "report-en.pdf"
    assert run(capsys, "--db", db, "report", "trip", trip_id, "--lang", "en", "-o", str(out_en))[0] == 0
    assert BODY_EN.upper() in _flat(_first_page(out_en))


def test_office_from_a_settings_file_given_on_the_command_line(capsys, demo, tmp_path):
    db, trip_id = demo
    ini = tmp_path / "office.ini"
    _write_settings(ini, ISSUING_BODY_VI="SỞ Y TẾ TỈNH CAO BẰNG", OFFICE_ADDRESS="Phường Hợp Giang, Cao Bằng")
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", db, "report", "trip", trip_id, "--lang", "vi", "--settings", str(ini),
                       "-o", str(out))
    assert code == 0, err
    first = _first_page(out)
    assert "SỞ Y TẾ TỈNH CAO BẰNG" in first and "Cao Bằng, ngày" in first and "……" not in first
    # the briefing pack and the day cards take it as their author too
    for kind in ("briefing", "day-cards", "itinerary"):
        pdf = tmp_path / f"{kind}.pdf"
        code, _, err = run(capsys, "--db", db, "report", kind, trip_id, "--settings", str(ini), "-o", str(pdf))
        assert code == 0, err
        assert pypdf.PdfReader(str(pdf)).metadata.author == "SỞ Y TẾ TỈNH CAO BẰNG", kind


def test_office_option_wins_over_the_settings(capsys, demo, tmp_path):
    db, trip_id = demo
    _write_settings(ISSUING_BODY_VI=BODY_VI)
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", db, "report", "trip", trip_id, "--lang", "vi", "--office",
                       "UBND tỉnh Cao Bằng", "--office", "Sở Ngoại vụ", "-o", str(out))
    assert code == 0, err
    first = _first_page(out)
    assert "UBND TỈNH CAO BẰNG" in first and "SỞ NGOẠI VỤ" in first and BODY_VI not in first


def test_no_office_anywhere_keeps_the_dotted_placeholders(capsys, demo, tmp_path):
    db, trip_id = demo
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", db, "report", "trip", trip_id, "--lang", "vi", "-o", str(out))
    assert code == 0, err
    first = _first_page(out)
    assert "……" in first  # Số and địa danh left to be filled in by hand
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first


def test_a_settings_file_that_is_not_there_is_refused_in_one_line_and_nothing_written(capsys, demo, tmp_path):
    db, trip_id = demo
    out = tmp_path / "r.pdf"
    missing = tmp_path / "nowhere.ini"
    code, stdout, err = run(capsys, "--db", db, "report", "trip", trip_id, "--settings", str(missing),
                            "-o", str(out))
    assert code == 1 and stdout == ""
    assert "--settings" in err and "nowhere.ini" in err and len(err.strip().splitlines()) == 1
    assert not out.exists() and not missing.exists()  # not created by reading it either
    code, _, err = run(capsys, "--db", db, "report", "day-cards", trip_id, "--settings", str(tmp_path),
                       "-o", str(out))  # a folder
    assert code == 1 and "--settings" in err and not out.exists()


def test_office_from_settings_values():
    from delegation_planner.reports.letterhead import office_from

    assert office_from("", "  ", "") is None
    office = office_from(unicodedata.normalize("NFD", BODY_VI), "", "")
    assert office is not None and office.lines("vi") == [BODY_VI]  # NFC
    assert office.lines("en") == [BODY_VI]  # no English name: the Vietnamese one
    assert office.place_name() == "Thái Nguyên" and office.code("vi") == "SNVTTN"
    assert office_from("", "", "12 Trần Phú, Hà Nội").place_name() == "Hà Nội"
