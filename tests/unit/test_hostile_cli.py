"""Hostile command lines: non-zero exit, one clear line on stderr, no traceback, and
the database file byte-for-byte unchanged."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from delegation_planner import cli
from delegation_planner.storage import open_database
from tests.helpers import file_state as fingerprint

ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture
def dbfile(_template, tmp_path):
    path = tmp_path / "planner.sqlite3"
    shutil.copyfile(_template, path)
    return path


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def _bad_bundle(tmp: Path) -> str:
    f = tmp / "bad.json"
    f.write_bytes(b'{"format": "delegation-planner/trip", "version": 1, "trip": {"title": "x"')
    return str(f)


def _utf16(tmp: Path) -> str:
    f = tmp / "utf16.json"
    f.write_text('{"format": "delegation-planner/trip"}', "utf-16")
    return str(f)


def _export_under_a_file(db: str, tmp: Path) -> list[str]:
    blocker = tmp / "o.json"
    blocker.write_text("x")
    return ["--db", db, "export", "1", "-o", str(blocker / "inside-a-file.json")]


# (name, args builder(db, tmp), words the one line must contain)
CASES = [
    ("no command", lambda db, tmp: ["--db", db], "required"),
    ("unknown command", lambda db, tmp: ["--db", db, "explode"], "invalid choice"),
    ("export without -o", lambda db, tmp: ["--db", db, "export", "1"], "-o"),
    ("export id not a number", lambda db, tmp: ["--db", db, "export", "abc", "-o", str(tmp / "o.json")], "TRIP_ID"),
    ("export negative id", lambda db, tmp: ["--db", db, "export", "-5", "-o", str(tmp / "o.json")], ""),
    ("export id zero", lambda db, tmp: ["--db", db, "export", "0", "-o", str(tmp / "o.json")], "TRIP_ID"),
    ("export huge id", lambda db, tmp: ["--db", db, "export", str(10 ** 30), "-o", str(tmp / "o.json")], "trip"),
    ("export missing trip", lambda db, tmp: ["--db", db, "export", "9999", "-o", str(tmp / "o.json")], "9999"),
    ("export under a path that is a file", lambda db, tmp: _export_under_a_file(db, tmp), ""),
    ("programme missing trip", lambda db, tmp: ["--db", db, "programme", "4242"], "4242"),
    ("import missing file", lambda db, tmp: ["--db", db, "import", str(tmp / "nope.json")], "does not exist"),
    ("import a folder", lambda db, tmp: ["--db", db, "import", str(tmp)], "folder"),
    ("import malformed JSON", lambda db, tmp: ["--db", db, "import", _bad_bundle(tmp)], "malformed JSON"),
    ("import UTF-16", lambda db, tmp: ["--db", db, "import", _utf16(tmp)], "UTF-8"),
    ("import the database itself", lambda db, tmp: ["--db", db, "import", db], "UTF-8"),
    ("backup onto the database", lambda db, tmp: ["--db", db, "backup", "-o", db], "open database"),
    ("report unknown kind", lambda db, tmp: ["--db", db, "report", "summary", "1", "-o", str(tmp / "r.pdf")],
     "invalid choice"),
    ("report unknown language", lambda db, tmp: ["--db", db, "report", "briefing", "1", "-o", str(tmp / "r.pdf"),
                                                 "--lang", "fr"], "invalid choice"),
    ("unknown option", lambda db, tmp: ["--db", db, "trips", "--all"], "unrecognized"),
]


@pytest.mark.parametrize("name,build,words", CASES, ids=[c[0] for c in CASES])
def test_bad_command_lines(dbfile, tmp_path, capsys, name, build, words):
    args = build(str(dbfile), tmp_path)
    before = fingerprint(dbfile)
    code, out, err = run_cli(args, capsys)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert fingerprint(dbfile) == before


def _text_file(tmp: Path) -> Path:
    f = tmp / "notes.txt"
    f.write_text("Gặp ông Nguyễn Đức Chung\n" * 100, "utf-8")
    return f


def _corrupt(tmp: Path, template: Path) -> Path:
    f = tmp / "corrupt.sqlite3"
    data = bytearray(template.read_bytes())
    data[100:4096 * 4] = b"\xa5" * (4096 * 4 - 100)
    f.write_bytes(bytes(data))
    return f


def _newer(tmp: Path, template: Path) -> Path:
    f = tmp / "newer.sqlite3"
    shutil.copyfile(template, f)
    with sqlite3.connect(f) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return f


def _truncated(tmp: Path, template: Path) -> Path:
    f = tmp / "half.sqlite3"
    data = template.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    return f


DB_CASES = [
    ("db is a text file", lambda tmp, t: _text_file(tmp), "not a Delegation Planner database"),
    ("db is corrupt", lambda tmp, t: _corrupt(tmp, t), "damaged"),
    ("db from a newer version", lambda tmp, t: _newer(tmp, t), "newer version"),
    ("db truncated", lambda tmp, t: _truncated(tmp, t), ""),
]


@pytest.mark.parametrize("name,build,words", DB_CASES, ids=[c[0] for c in DB_CASES])
def test_bad_database_files_are_refused_untouched(_template, tmp_path, capsys, name, build, words):
    path = build(tmp_path, _template)
    before = fingerprint(path)
    code, out, err = run_cli(["--db", str(path), "trips"], capsys)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert fingerprint(path) == before


def test_db_is_a_folder(tmp_path, capsys):
    code, out, err = run_cli(["--db", str(tmp_path), "trips"], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "folder" in err


def test_db_in_a_missing_place_that_cannot_be_created(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out, err = run_cli(["--db", str(blocker / "sub" / "db.sqlite3"), "trips"], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err


def test_real_process_prints_one_line_and_exit_status(dbfile, tmp_path):
    """The installed entry point behaves the same in a real process (no traceback on stderr)."""
    before = fingerprint(dbfile)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "delegation_planner.cli", "--db", str(dbfile), "import",
                           _bad_bundle(tmp_path)], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "malformed JSON" in proc.stderr
    assert fingerprint(dbfile) == before


def test_real_process_with_invalid_utf8_arguments(dbfile, tmp_path):
    """File names that are not UTF-8 (possible on Linux): a clear line, no traceback."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    bad_name = os.fsencode(str(tmp_path)) + b"/bundle-\xff\xfe.json"
    with open(bad_name, "wb") as fh:
        fh.write(b'{"format": "delegation-planner/trip", "version": 1, "trip": {"title": "\xff"}}')
    before = fingerprint(dbfile)
    for args in ([b"--db", os.fsencode(str(dbfile)), b"import", bad_name],
                 [b"--db", os.fsencode(str(tmp_path)) + b"/db-\xff.sqlite3", b"export", b"1", b"-o", b"x.json"],
                 [b"--db", os.fsencode(str(dbfile)), b"export", b"\xff", b"-o", b"x.json"]):
        proc = subprocess.run([os.fsencode(sys.executable), b"-m", b"delegation_planner.cli", *args],
                              capture_output=True, env=env, timeout=60, cwd=tmp_path)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode != 0, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert fingerprint(dbfile) == before


_TOKENS = ["--db", "import", "export", "trips", "programme", "backup", "demo", "-o", "--output", "1", "0", "-1",
           "99999", "x.json", "out/", "--lang", "vi", "--paper", "--version", "--help", "-", "--", "=", ""]
_NEVER = {"gui", "smoke-test", "report", "--help", "-h", "--version"}  # event loop, slow, or exit 0 by design


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(st.one_of(st.sampled_from(_TOKENS),
                                st.text(max_size=12), st.just("a\nb")), max_size=6))
def test_fuzz_random_command_lines(dbfile, tmp_path_factory, capsys, monkeypatch, argv):
    """Random argument lists (on a copy of the sample database): exit 0, or non-zero with one
    line on stderr and never a traceback or an internal error."""
    if _NEVER & set(argv) or any("\x00" in a for a in argv):  # NUL cannot reach a real argv
        return
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    args = ["--db", str(dbfile), *argv] if "--db" not in argv else argv
    code, out, err = run_cli(args, capsys)
    if code == 0:
        return
    lines = err.strip("\n").split("\n")  # a terminal breaks lines at \n only (not \r, \x1c, \u2028…)
    assert len(lines) == 1, (args, err)
    assert "Traceback" not in err and "internal error" not in err, (args, err)


def test_an_argument_with_a_newline_still_gives_one_line(dbfile, capsys):
    code, out, err = run_cli(["--db", str(dbfile), "trips", "a\nb"], capsys)
    assert code != 0
    assert len(err.strip("\n").split("\n")) == 1, err
