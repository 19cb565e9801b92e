"""Kill test over every SQL statement of a migration (issue 8 point 2).

A forked child opens the database (creating it from nothing, or migrating an
0001-stamped file with data to head) and SIGKILLs itself right after its k-th
SQL statement (an ``after_cursor_execute`` listener), for every k. After each
kill, opening the file must migrate it to head or refuse in one line (never an
internal error), and every row of the 0001 file must still be there.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from delegation_planner.storage import KnownError, open_database
from delegation_planner.storage import schema_version

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")]

NAME = "Nguyễn Đức Chung"


def _make_0001(path: Path) -> None:
    from alembic import command

    from delegation_planner.storage import migrations
    from delegation_planner.storage.database import sqlite_engine

    engine = sqlite_engine(path, create=True)
    with engine.connect() as conn:
        with conn.begin():
            command.upgrade(migrations.alembic_config(conn), "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO trip VALUES (1, 'Hà Nội visit', '', 'Hà Nội', '2026-03-01', '2026-03-05', "
                     "'Asia/Ho_Chi_Minh', 'draft', '', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')")
        conn.execute("INSERT INTO organization VALUES (1, 'Bộ Y tế', '', 'other', '', '', '', '', '', '')")
        conn.execute("INSERT INTO person VALUES (1, ?, '', 1, 'host', '', '', '', '')", (NAME,))
        conn.execute("INSERT INTO engagement VALUES (1, 1, 'Meeting', 'meeting', 1, '', 'Asia/Ho_Chi_Minh', "
                     "'2026-03-02 02:00:00.000000', '2026-03-02 03:00:00.000000', '', '', '', NULL, 'planned')")
        for i in range(20):
            conn.execute("INSERT INTO meeting_note VALUES (?, 1, ?, ?, '2026-03-02 03:00:00.000000', "
                         "'2026-03-02 03:00:00.000000')", (i + 1, NAME, f"note {i} {NAME}"))
    conn.close()


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def _rows(path: Path, like: Path | None = None) -> dict:
    """Every row of the 0001 tables, in the columns ``like`` (default: ``path``) has
    (later revisions add columns: uuid, version, taken_at)."""
    tables = ("trip", "organization", "person", "engagement", "meeting_note")
    columns = {t: ", ".join(_columns(like or path, t)) for t in tables}
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT {columns[t]} FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        conn.close()


def _run_killed_at(path: Path, k: int) -> str:
    """Open ``path`` in a forked child that SIGKILLs itself after SQL statement k (0: never)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        count = 0

        def bomb(*_args):
            nonlocal count
            count += 1
            if count == k:
                os.kill(os.getpid(), signal.SIGKILL)

        sa.event.listen(sa.engine.Engine, "after_cursor_execute", bomb)
        code = 0
        try:
            open_database(path).dispose()
        except BaseException:  # noqa: BLE001
            code = 3
        os.write(write, str(count).encode())
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        out = fh.read().decode()
    _, status = os.waitpid(pid, 0)
    if k:
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (k, status)
    else:
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    return out


def _reopen(path: Path) -> str:
    """Open after a kill: migrated to head (returns 'ok') or a one-line KnownError."""
    try:
        db = open_database(path)
    except KnownError as exc:
        message = str(exc)
        assert "\n" not in message and "internal error" not in message.lower(), message
        return "refused: " + message
    db.dispose()
    assert schema_version.stamped_revisions(path) == [schema_version.HEAD]
    return "ok"


def _kill_everywhere(tmp_path: Path, template: Path | None) -> tuple[int, list[str]]:
    work = tmp_path / "db.sqlite3"
    if template is not None:
        shutil.copy(template, work)
    total = int(_run_killed_at(work, 0))  # a clean run counts the statements
    assert total > 10
    outcomes = []
    for k in range(1, total + 1):
        for leftover in tmp_path.glob("db.sqlite3*"):
            leftover.unlink()
        if template is not None:
            shutil.copy(template, work)
        _run_killed_at(work, k)
        outcomes.append(_reopen(work))
        if template is not None:
            after = _rows(work, like=template)
            before = _rows(template)
            assert after == before, f"rows changed after a kill at statement {k}"
    return total, outcomes


def test_kill_at_every_statement_while_creating_a_new_database(tmp_path):
    total, outcomes = _kill_everywhere(tmp_path, None)
    assert outcomes == ["ok"] * total, [o for o in outcomes if o != "ok"][:3]
    print(f"new database: {total} kill points, all reopened to head")


def test_kill_at_every_statement_while_migrating_0001_to_head(tmp_path):
    template = tmp_path / "template" / "v1.sqlite3"
    template.parent.mkdir()
    _make_0001(template)
    assert schema_version.stamped_revisions(template) == ["0001"]
    work_dir = tmp_path / "work"
    work_dir.mkdir()
    total, outcomes = _kill_everywhere(work_dir, template)
    assert outcomes == ["ok"] * total, [o for o in outcomes if o != "ok"][:3]
    print(f"0001 -> head: {total} kill points, all reopened to head with every row")


def test_retries_keep_one_pre_migration_copy(tmp_path):
    template = tmp_path / "v1.sqlite3"
    _make_0001(template)
    work = tmp_path / "w" / "db.sqlite3"
    work.parent.mkdir()
    shutil.copy(template, work)
    total = int(_run_killed_at(shutil.copy(template, tmp_path / "count.sqlite3"), 0))
    # Kill late (after the copy was written) several times on the same file, then open.
    for _ in range(4):
        _run_killed_at(work, total - 1)
    assert _reopen(work) == "ok"
    copies = sorted(p.name for p in work.parent.glob("db.sqlite3.before-*.bak"))
    assert len(copies) == 1, copies


def test_half_migrated_file_is_one_line_with_what_to_do(tmp_path):
    """A file left half-migrated by an older version: tables of 0002 but alembic_version 0001."""
    path = tmp_path / "half.sqlite3"
    _make_0001(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE fts_note USING fts5(text, author, content='meeting_note', "
                 "content_rowid='id')")
    conn.commit()
    conn.close()
    before = _rows(path)
    with pytest.raises(KnownError) as info:
        open_database(path)
    message = str(info.value)
    assert "\n" not in message and "half-migrated" in message and f".before-{schema_version.HEAD}-" in message, message
    assert _rows(path) == before
    assert schema_version.stamped_revisions(path) == ["0001"]
