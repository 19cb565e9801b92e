"""The command line: commands work, mistakes give one clear line and a non-zero status."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from delegation_planner import __version__
from delegation_planner.cli import main
from tests.helpers import file_state


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_trips_export_import_backup(capsys, tmp_path, db_path):
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    assert run(capsys, "--db", db, "demo")[0] == 0  # idempotent
    code, out, _ = run(capsys, "--db", db, "trips")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert "2017-07-12 – 2017-07-14  Hà Nội People's Committee delegation to Massachusetts" in out
    trip_id = next(line.split()[0] for line in lines if "Massachusetts" in line)
    bundle = tmp_path / "boston.json"
    assert run(capsys, "--db", db, "export", trip_id, "-o", str(bundle))[0] == 0
    assert json.loads(bundle.read_text(encoding="utf-8"))["people"][0]["full_name"] == "Nguyễn Đức Chung"
    code, out, err = run(capsys, "--db", db, "import", str(bundle))  # the same trip: never a second copy
    assert code == 1 and "--update" in err and out == ""
    code, out, _ = run(capsys, "--db", db, "import", str(bundle), "--update", "--dry-run")
    assert code == 0 and "nothing to change" in out
    assert len(run(capsys, "--db", db, "trips")[1].strip().splitlines()) == 2
    code, out, _ = run(capsys, "--db", db, "programme", trip_id)
    assert "09:00 Boston · 20:00 Hà Nội" in out and "travel needs 30 min" in out
    assert run(capsys, "--db", db, "backup", "-o", str(tmp_path / "copy.sqlite3"))[0] == 0
    assert (tmp_path / "copy.sqlite3").stat().st_size > 0


def test_environment_variable_selects_the_database(capsys, tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DELEGATION_PLANNER_DB", str(target))
    assert run(capsys, "demo")[0] == 0
    assert target.exists()


@pytest.mark.parametrize("args, expected", [
    (["export", "99", "-o", "x.json"], "no trip with id 99"),
    (["import", "/does/not/exist.json"], "does not exist"),
    (["programme", "7"], "no trip with id 7"),
])
def test_user_errors_are_one_line(capsys, db_path, args, expected):
    run(capsys, "--db", str(db_path), "demo")
    before = file_state(db_path)
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 1
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    assert file_state(db_path) == before


@pytest.mark.parametrize("args", [["export", "abc", "-o", "x"], ["frobnicate"], ["export", "1"], []])
def test_usage_errors(capsys, db_path, args):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), *args])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err


def test_not_a_database_is_refused(capsys, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 1000)
    before = file_state(path)
    code, _, err = run(capsys, "--db", str(path), "trips")
    assert code == 1 and "not a Delegation Planner database" in err
    assert file_state(path) == before


def test_version_and_help_from_a_real_process(tmp_path):
    done = subprocess.run([sys.executable, "-m", "delegation_planner", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and __version__ in done.stdout
    done = subprocess.run([sys.executable, "-m", "delegation_planner", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "import" in done.stdout and "report" in done.stdout
