"""A returned edit was synced (issue 8 point 3): synchronous=FULL on every connection,
and strace shows an fsync/fdatasync inside every add_note call before it returns."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from delegation_planner.storage import open_database


def test_every_connection_is_synchronous_full(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    try:
        for _ in range(3):  # NullPool: each connect() is a new SQLite connection
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with db.transaction() as session:
            assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        db.dispose()


SCRIPT = textwrap.dedent("""
    import os, sqlite3, sys
    from delegation_planner.storage import open_database
    from delegation_planner.services import notes
    db = open_database(sys.argv[1])
    # Another connection stays open (a second window, a search): closing the last one would
    # checkpoint and fsync anyway, hiding a commit that was not synced.
    other = sqlite3.connect(sys.argv[1])
    other.execute("SELECT count(*) FROM trip").fetchone()
    eng_id = db.engine.connect().exec_driver_sql("SELECT min(id) FROM engagement").scalar()
    for i in range(5):
        os.access(f"/dp-mark-before-{i}", os.F_OK)
        notes.add_note(db, eng_id, f"Nguyễn Đức Chung {i}")
        os.access(f"/dp-mark-after-{i}", os.F_OK)
    db.dispose()
    other.close()
""")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_each_returned_add_note_was_fsynced(tmp_path, _template):
    db_path = tmp_path / "s.sqlite3"
    shutil.copy(_template, db_path)
    trace = tmp_path / "trace.txt"
    done = subprocess.run(["strace", "-f", "-qq", "-o", str(trace),
                           "-e", "trace=fsync,fdatasync,access,faccessat,faccessat2",
                           sys.executable, "-c", SCRIPT, str(db_path)],
                          capture_output=True, text=True, timeout=120, cwd=os.getcwd())
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    text = trace.read_text()
    for i in range(5):
        start = text.index(f"/dp-mark-before-{i}")
        end = text.index(f"/dp-mark-after-{i}")
        syncs = re.findall(r"\b(fsync|fdatasync)\(", text[start:end])
        assert syncs, f"add_note #{i} returned without any fsync/fdatasync"
