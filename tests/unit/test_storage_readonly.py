"""A read-only database can still be read (issue 8 point 9): a 0400 file or a read-only
folder opens with mode=ro; trips, export and report work; edits are one clear line; a file
that would need a migration is refused in one line, untouched."""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.unit.test_disk_errors import NOBODY, _prepare, _run_isolated, shared_dir  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _digest(path: Path) -> tuple:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def _cli(*argv: str) -> tuple[int, str, str]:
    from delegation_planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _reading_scenario(path: Path, trip_id: int, out_dir: Path):
    def scenario():
        from delegation_planner.services import trips
        from delegation_planner.storage import KnownError, open_database

        results = {
            "trips": _cli("--db", str(path), "trips"),
            "export": _cli("--db", str(path), "export", str(trip_id), "-o", str(out_dir / "t.json")),
            "report": _cli("--db", str(path), "report", "briefing", str(trip_id), "-o", str(out_dir / "b.pdf")),
        }
        db = open_database(path)
        try:
            results["read_only"] = db.read_only
            try:
                trips.update_trip(db, trip_id, title="changed")
                results["edit"] = "saved"
            except KnownError as exc:
                results["edit"] = str(exc)
        finally:
            db.dispose()
        return results
    return scenario


def _warm_imports(tmp_path: Path, path: Path, trip_id: int) -> None:
    """The child runs as nobody, who may not read the Python installation (under /root):
    import everything the commands need (lazily imported report modules) in the parent first."""
    copy = tmp_path / "warm.sqlite3"
    shutil.copy(path, copy)
    code, _out, err = _cli("--db", str(copy), "report", "briefing", str(trip_id), "-o", str(tmp_path / "w.pdf"))
    assert code == 0, err


def _check(result, out_dir: Path) -> None:
    assert result[0] == "ok", result
    res = result[1]
    code, out, err = res["trips"]
    assert code == 0 and "Nguyễn Đức Chung in Boston" in out, (code, out, err)
    for name in ("export", "report"):
        code, out, err = res[name]
        assert code == 0, (name, code, out, err)
    assert (out_dir / "t.json").stat().st_size > 0 and (out_dir / "b.pdf").read_bytes()[:4] == b"%PDF"
    assert res["read_only"] is True
    assert "read-only" in res["edit"] and "\n" not in res["edit"], res["edit"]


@pytest.mark.skipif(os.geteuid() != 0, reason="drops privileges to nobody (needs root)")
def test_read_only_file_can_be_read(shared_dir, tmp_path):  # noqa: F811
    path, trip_id, _eng = _prepare(shared_dir)
    _warm_imports(tmp_path, path, trip_id)
    out_dir = shared_dir / "out"
    out_dir.mkdir()
    os.chown(out_dir, NOBODY, NOBODY)
    os.chmod(path, 0o400)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = _run_isolated(_reading_scenario(path, trip_id, out_dir), drop_privileges=True)
    _check(result, out_dir)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(str(path) + "-wal").exists() and not Path(str(path) + "-journal").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="drops privileges to nobody (needs root)")
def test_database_in_read_only_folder_can_be_read(shared_dir, tmp_path):  # noqa: F811
    path, trip_id, _eng = _prepare(shared_dir)
    _warm_imports(tmp_path, path, trip_id)
    out_dir = Path(str(shared_dir) + "-out")
    out_dir.mkdir()
    os.chown(out_dir, NOBODY, NOBODY)
    try:
        os.chmod(shared_dir, 0o500)
        before = _digest(path)
        result = _run_isolated(_reading_scenario(path, trip_id, out_dir), drop_privileges=True)
        after = _digest(path)
        os.chmod(shared_dir, 0o700)
        _check(result, out_dir)
        assert after == before
    finally:
        os.chmod(shared_dir, 0o700)
        shutil.rmtree(out_dir, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="drops privileges to nobody (needs root)")
def test_read_only_file_needing_a_migration_is_one_line(shared_dir):  # noqa: F811
    path, _trip_id, _eng = _prepare(shared_dir)
    conn = sqlite3.connect(path)  # pretend it is an older revision
    conn.execute("UPDATE alembic_version SET version_num='0001'")
    conn.commit()
    conn.close()
    os.chmod(path, 0o400)
    before = _digest(path)

    def scenario():
        return _cli("--db", str(path), "trips")
    result = _run_isolated(scenario, drop_privileges=True)
    code, out, err = result[1]
    assert code != 0 and len(err.strip().splitlines()) == 1 and "read-only" in err, err
    assert "internal error" not in err
    assert _digest(path) == before
