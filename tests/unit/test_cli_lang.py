"""The CLI's global --lang (default: the locale), errors in that language, report --lang following it,
and output cut short by its reader (``trips | head -1``, ``| grep -q X``) ending quietly."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from delegation_planner.cli import EXIT_BROKEN_PIPE, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def test_errors_in_the_language_of_lang(demo_db, capsys):
    code, _out, err = run(capsys, "--db", demo_db, "--lang", "vi", "programme", "99")
    assert code == 1 and err == "delegation-planner: lỗi: không có chuyến công tác nào mang mã số 99\n"
    code, _out, err = run(capsys, "--db", demo_db, "programme", "99")
    assert code == 1 and err == "delegation-planner: error: no trip with id 99\n"


def test_the_locale_is_the_default(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert "không có chuyến công tác nào" in run(capsys, "--db", demo_db, "programme", "99")[2]
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL wins over LANG
    assert "no trip with id 99" in run(capsys, "--db", demo_db, "programme", "99")[2]
    assert "không có" in run(capsys, "--db", demo_db, "--lang", "vi", "programme", "99")[2]  # --lang wins


def test_programme_in_vietnamese(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "--lang", "vi", "programme", "1")
    assert code == 0
    assert "Thứ Tư, ngày 12/07/2017" in out and "09:00 Boston · 20:00 Hà Nội" in out
    assert "cần 30 phút di chuyển" in out and "[Đã thực hiện]" in out
    code, out, _ = run(capsys, "--db", demo_db, "programme", "1")
    assert "Wednesday 12 July 2017" in out and "travel needs 30 min" in out


def test_a_bad_bundle_names_the_file_and_the_engagement_in_one_line(demo_db, capsys, tmp_path):
    bundle = tmp_path / "boston.json"
    assert run(capsys, "--db", demo_db, "export", "1", "-o", str(bundle))[0] == 0
    data = json.loads(bundle.read_text(encoding="utf-8"))
    bad = data["engagements"][1]
    bad["end"] = bad["start"][:11] + "00:00"
    bundle.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(capsys, "--db", demo_db, "--lang", "vi", "import", str(bundle))
    assert code == 1 and err.count("\n") == 1, err
    assert f"boston.json: hoạt động “{bad['title']}”: Kết thúc: trước thời điểm bắt đầu" in err
    code, _out, err = run(capsys, "--db", demo_db, "import", str(bundle))
    assert f"boston.json: engagement “{bad['title']}”: End: before start" in err


@pytest.mark.parametrize("global_lang, report_lang, heading", [
    ("vi", None, "Tài liệu chuẩn bị chuyến công tác"),
    ("vi", "en", "Briefing pack"),
    (None, None, "Briefing pack"),
    (None, "vi", "Tài liệu chuẩn bị chuyến công tác"),
])
def test_report_language_defaults_to_the_global_one(demo_db, capsys, tmp_path, global_lang, report_lang, heading):
    pdf = tmp_path / "pack.pdf"
    args = ["--db", demo_db] + (["--lang", global_lang] if global_lang else []) + \
        ["report", "briefing", "1", "-o", str(pdf)] + (["--lang", report_lang] if report_lang else [])
    assert run(capsys, *args)[0] == 0
    first = PdfReader(str(pdf)).pages[0].extract_text()
    assert heading in first


def _cli(*args: str, **kwargs) -> list[str]:
    return [sys.executable, "-m", "delegation_planner.cli", *args]


def test_a_reader_that_goes_away_ends_quietly(demo_db):
    """stdout closed before anything is written (as `| head -1` or `| grep -q` do once they have
    what they want): no "internal error", no traceback, status 141 like a tool stopped by SIGPIPE."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    for command in (["trips"], ["programme", "1"], ["--help"]):
        proc = subprocess.Popen(_cli("--db", demo_db, *command), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env)
        proc.stdout.close()  # the reader is gone
        err = proc.stderr.read().decode()
        proc.stderr.close()
        expected = (0, EXIT_BROKEN_PIPE) if command == ["--help"] else (EXIT_BROKEN_PIPE,)  # argparse exits itself
        assert proc.wait(timeout=60) in expected, (command, err)
        assert err == "", (command, err)


def test_head_and_grep_q_in_a_shell_pipeline(demo_db):
    for pipeline in ("{cli} trips | head -1", "{cli} programme 1 | grep -q Boston", "{cli} programme 1 | head -c 1"):
        cli = " ".join(f"'{a}'" for a in _cli("--db", demo_db))
        proc = subprocess.run(["bash", "-c", "set -o pipefail; " + pipeline.format(cli=cli)],
                              capture_output=True, text=True, timeout=60)
        assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr == "", proc.stderr
        assert proc.returncode in (0, EXIT_BROKEN_PIPE), (pipeline, proc.returncode)


def test_a_refused_output_in_vietnamese(demo_db, capsys, tmp_path):
    code, _out, err = run(capsys, "--db", demo_db, "--lang", "vi", "backup", "-o", demo_db)
    assert code == 1 and err.count("\n") == 1
    assert "đó là cơ sở dữ liệu đang mở hoặc một tệp của nó" in err, err
    code, _out, err = run(capsys, "--db", demo_db, "--lang", "vi", "export", "1", "-o", str(tmp_path / "no" / "x.json"))
    assert code == 1 and "thư mục" in err and "không tồn tại" in err, err
    code, _out, err = run(capsys, "--db", demo_db, "backup", "-o", demo_db)
    assert "it is the open database or one of its own files" in err  # English stays English
