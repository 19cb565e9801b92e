"""Crash test: SIGKILL a process in the middle of a long series of edits, many times.

A "zygote" subprocess imports the application once, then forks one child per
round. The child opens the database and makes edits through the services; after
each service call *returns* it appends one line to a log (an ``os.write`` to an
O_APPEND file: a SIGKILL cannot take back a finished write). The test kills the
child at a random moment (during open, during a transaction, between calls),
then checks ``PRAGMA integrity_check`` and that every logged edit is in the
database (and every logged delete is not).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from delegation_planner.services import engagements, trips
from delegation_planner.storage import open_database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")]

ZYGOTE = textwrap.dedent(r'''
    import os, sys
    from delegation_planner.storage import open_database
    from delegation_planner.services import commitments, directory, notes, trips

    db_path, log_dir, trip_id, eng_id = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

    # Warm the imports (Alembic scripts) so that children spend their time editing.
    from delegation_planner.storage import migrations
    migrations.head_revision()


    def child(round_no):
        fd = os.open(os.path.join(log_dir, f"round-{round_no:03d}.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

        def log(line):
            os.write(fd, (line + "\n").encode("utf-8"))

        db = open_database(db_path)
        org_id = None
        i = 0
        while True:
            tag = f"R{round_no:03d}-E{i:05d}"
            op = i % 5
            if op == 0:
                org_id = directory.create_organization(db, name=f"org {tag}", city="Hà Nội").id
                org_tag = tag
                log(f"org\t{tag}\t{org_id}")
            elif op == 1:
                n = notes.add_note(db, eng_id, f"note {tag}: ông Nguyễn Đức Chung " + "x" * (i % 300))
                log(f"note\t{tag}\t{n.id}")
            elif op == 2:
                trips.update_trip(db, trip_id, title=f"title {tag}")
                log(f"title\t{tag}\t{trip_id}")
            elif op == 3:
                c = commitments.create_commitment(db, trip_id, description=f"commitment {tag}", engagement_id=eng_id)
                log(f"commitment\t{tag}\t{c.id}")
            else:
                directory.delete_organization(db, org_id)
                log(f"deleted-org\t{org_tag}\t{org_id}")  # the tag of the organization deleted
            i += 1


    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    child(int(arg))
                except BaseException:  # a child that fails on its own says why (the test prints it)
                    import traceback
                    with open(os.path.join(log_dir, f"round-{int(arg):03d}.err"), "w", encoding="utf-8") as err:
                        traceback.print_exc(file=err)
                finally:
                    os._exit(3)
            print(pid, flush=True)
        elif cmd == "reap":
            _, status = os.waitpid(int(arg), 0)
            print(status, flush=True)
        elif cmd == "quit":
            break
''')


def _setup(path: Path) -> tuple[int, int]:
    db = open_database(path)
    try:
        trip = trips.create_trip(db, title="title R000-start", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
        eng = engagements.create_engagement(db, trip.id, title="Meeting", timezone="America/New_York",
                                            start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
        return trip.id, eng.id
    finally:
        db.dispose()


def _read_logs(log_dir: Path) -> list[tuple[str, str, int]]:
    entries = []
    for log in sorted(log_dir.glob("round-*.log")):
        text = log.read_text("utf-8")
        for line in text.split("\n")[:-1]:  # only complete lines
            kind, tag, record_id = line.split("\t")
            entries.append((kind, tag, int(record_id)))
    return entries


def test_sigkill_during_edits_loses_nothing_and_never_corrupts(tmp_path):
    rounds = 30
    rng = random.Random(int(os.environ.get("CRASH_SEED", "5")))
    db_path = tmp_path / "crash.sqlite3"
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    trip_id, eng_id = _setup(db_path)
    script = tmp_path / "zygote.py"
    script.write_text(ZYGOTE, "utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                       os.environ.get("PYTHONPATH", "")]))
    zygote = subprocess.Popen([sys.executable, str(script), str(db_path), str(log_dir), str(trip_id), str(eng_id)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    statuses = []
    try:
        for round_no in range(1, rounds + 1):
            zygote.stdin.write(f"fork {round_no}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            if round_no % 2:
                # Odd rounds: let the child start editing first (even on a loaded machine),
                # then kill it mid-stream.
                log = log_dir / f"round-{round_no:03d}.log"
                deadline = time.monotonic() + 20
                while (not log.exists() or log.stat().st_size == 0) and time.monotonic() < deadline:
                    time.sleep(0.005)
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                # Even rounds: kill anywhere, including while the database is being opened.
                time.sleep(rng.uniform(0.02, 0.45))
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write(f"reap {pid}\n")
            zygote.stdin.flush()
            statuses.append(int(zygote.stdout.readline()))
            with sqlite3.connect(db_path) as conn:  # the file is healthy after every single kill
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"round {round_no}"
        zygote.stdin.write("quit\n")
        zygote.stdin.flush()
        zygote.wait(timeout=10)
    finally:
        if zygote.poll() is None:
            zygote.kill()
            zygote.wait()
        zygote.stdin.close()
        zygote.stdout.close()

    # Every child died of our SIGKILL (none crashed on its own first).
    errors = "\n".join(f"{p.name}:\n{p.read_text('utf-8')}" for p in sorted(log_dir.glob("round-*.err")))
    assert all(os.WIFSIGNALED(s) and os.WTERMSIG(s) == signal.SIGKILL for s in statuses), (statuses, errors)

    entries = _read_logs(log_dir)
    print(f"{len(entries)} edits logged over {rounds} rounds")
    rounds_with_edits = len({p.name for p in log_dir.glob("round-*.log") if p.stat().st_size})
    assert rounds_with_edits >= rounds // 2, f"only {rounds_with_edits} rounds got to edit"
    assert len(entries) >= rounds, f"too few edits reached the log ({len(entries)})"

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("fts_note", "fts_commitment", "fts_person"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        orgs = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM organization")}
        notes = {r[0]: r[1] for r in conn.execute("SELECT id, text FROM meeting_note")}
        commitments = {r[0]: r[1] for r in conn.execute("SELECT id, description FROM commitment")}
        title = conn.execute("SELECT title FROM trip WHERE id = ?", (trip_id,)).fetchone()[0]
    finally:
        conn.close()

    # SQLite reuses the highest rowid after a delete: compare by the unique tag, not by id.
    deleted = {tag for kind, tag, _id in entries if kind == "deleted-org"}
    org_names = set(orgs.values())
    last_org_of_round = {}
    for kind, tag, _id in entries:
        if kind == "org":
            last_org_of_round[tag[:4]] = tag
    last_org_of_round = set(last_org_of_round.values())
    last_title = None
    for kind, tag, record_id in entries:
        if kind == "org" and tag not in deleted:
            if tag in last_org_of_round:
                continue  # its delete may have committed just before the kill, unlogged
            assert f"org {tag}" in org_names, f"lost: {kind} {tag}"
        elif kind == "deleted-org":
            assert f"org {tag}" not in org_names, f"delete came back: {tag}"
        elif kind == "note":
            assert notes.get(record_id, "").startswith(f"note {tag}:"), f"lost: {kind} {tag}"
        elif kind == "commitment":
            assert commitments.get(record_id) == f"commitment {tag}", f"lost: {kind} {tag}"
        elif kind == "title":
            last_title = tag
    # The title is the last logged one, or one written later whose log line the kill prevented.
    assert last_title is not None
    assert title.removeprefix("title ") >= last_title
    # The index holds exactly the rows (no ghost from a half transaction).
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM fts_note").fetchone()[0] == len(notes)
    finally:
        conn.close()
