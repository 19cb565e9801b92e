"""A shared office database on PostgreSQL: full-text search with unaccent, backups with pg_dump (or
a ZIP of every trip's bundle), the test-server switch; and the CLI ``search`` on both engines.

The tests that need a server run in the PostgreSQL run of the suite (``.ci/run``:
DELEGATION_PLANNER_TEST_DB=postgresql+psycopg://… from tools/pg_test_server.sh) and are skipped,
saying why, in the SQLite run; the CLI tests at the end run on whichever engine the run uses.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from delegation_planner import cli
from delegation_planner.services import commitments, directory, engagements, notes, search, trips
from delegation_planner.storage import KnownError, open_database
from delegation_planner.storage import database as storage_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_db(db, uses_server):
    if not uses_server:
        pytest.skip("needs a PostgreSQL server: DELEGATION_PLANNER_TEST_DB=postgresql+psycopg://... "
                    "(tools/pg_test_server.sh start DIR prints it)")
    return db


@pytest.fixture
def boston(db):
    t = trips.create_trip(db, title="Boston study visit 2017", start_date=date(2017, 7, 12),
                          end_date=date(2017, 7, 14))
    e = engagements.create_engagement(db, t.id, title="Gặp Bệnh viện Đa khoa Massachusetts",
                                      timezone="America/New_York", start=datetime(2017, 7, 12, 9),
                                      end=datetime(2017, 7, 12, 10)).engagement
    other = trips.create_trip(db, title="Paris 2026", start_date=date(2026, 10, 20), end_date=date(2026, 10, 24))
    return t, e, other


# ------------------------------------------------------------------------ the test switch

def test_pytest_header_names_the_engine(monkeypatch):
    from tests import conftest

    monkeypatch.delenv(conftest.TEST_DB_ENV, raising=False)
    assert conftest.pytest_report_header(None).startswith("database engine: SQLite")
    monkeypatch.setenv(conftest.TEST_DB_ENV, "postgresql+psycopg://officer:secret@/trips?host=/run/pg")
    header = conftest.pytest_report_header(None)
    assert header.startswith("database engine: PostgreSQL at postgresql+psycopg://officer:***@/trips")
    assert "secret" not in header
    monkeypatch.setenv(conftest.TEST_DB_ENV, "mysql://x@localhost/y")
    with pytest.raises(pytest.UsageError, match="postgresql"):
        conftest.pytest_report_header(None)


def test_db_path_is_a_server_url_or_a_file(db_path, uses_server, request):
    if uses_server:
        assert isinstance(db_path, str) and db_path.startswith("postgresql")
    else:
        assert isinstance(db_path, Path) and db_path.suffix == ".sqlite3"


@pytest.mark.sqlite_only
def test_sqlite_only_tests_keep_a_file(db_path, db):
    assert isinstance(db_path, Path) and db.path == db_path and db.engine.dialect.name == "sqlite"


# ------------------------------------------------------------------- search on PostgreSQL

def test_migration_made_the_search_objects(server_db):
    with server_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").first()
        assert conn.exec_driver_sql("SELECT 1 FROM pg_ts_config WHERE cfgname = 'dp_search'").first()
        indexes = {r[0] for r in conn.execute(
            sa.text("SELECT indexname FROM pg_indexes WHERE indexname LIKE :p"), {"p": "%\\_search"})}
        assert indexes == {"ix_meeting_note_search", "ix_commitment_search", "ix_person_search"}
        assert conn.exec_driver_sql("SELECT to_tsvector('dp_search', 'Nguyễn Đức Chung')::text").scalar() \
            == "'chung':3 'duc':2 'nguyen':1"


def test_creating_the_search_objects_again_changes_nothing(server_db):
    import importlib

    module = importlib.import_module("delegation_planner.storage.migrations.versions.0002_fulltext_search")
    with server_db.engine.begin() as conn:
        assert module.create_pg_search(conn) is True
        count = conn.exec_driver_sql("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'dp_search'").scalar()
    assert count == 1


def test_accents_d_stroke_case_and_prefixes_are_folded(server_db, boston):
    t, e, _other = boston
    person = directory.create_person(server_db, full_name="Nguyễn Đức Chung", title="Chủ tịch")
    note = notes.add_note(server_db, e.id, "Ông Nguyễn Đức Chung đề nghị hợp tác đào tạo bác sĩ cấp cứu.")
    for query in ("nguyen duc", "NGUYỄN ĐỨC", "Nguyen Duc Chung", "nguy", "Đức", "duc chung"):
        found = {(h.kind, h.id) for h in search.search(server_db, query)}
        assert ("person", person.id) in found and ("note", note.id) in found, query
    hit = next(h for h in search.search(server_db, "dao tao") if h.kind == "note")
    assert hit.trip_id == t.id and hit.engagement_id == e.id and "[đào] [tạo]" in hit.snippet
    assert [h.kind for h in search.search(server_db, "chu tich")] == ["person"]
    assert search.search(server_db, "nguyen zebra") == []  # every word must match


def test_nfd_query_finds_nfc_text(server_db, boston):
    import unicodedata

    directory.create_person(server_db, full_name="Phạm Văn Đồng")
    assert [h.kind for h in search.search(server_db, unicodedata.normalize("NFD", "Phạm Văn"))] == ["person"]


def test_trip_filter_is_applied_before_the_limit(server_db, boston):
    t, _e, other = boston
    for i in range(20):
        commitments.create_commitment(server_db, other.id, description=f"budget budget budget {i}")
    mine = commitments.create_commitment(server_db, t.id, description="budget for the laboratory")
    hits = search.search(server_db, "budget", 3, trip_id=t.id, kinds=("commitment",))
    assert [h.id for h in hits] == [mine.id]
    assert len(search.search(server_db, "budget", 5)) == 5


def test_best_match_first_and_the_index_follows_edits(server_db, boston):
    t, e, _other = boston
    once = notes.add_note(server_db, e.id, "laboratory visit, then lunch and a long walk around the harbour")
    often = notes.add_note(server_db, e.id, "laboratory laboratory laboratory")
    assert [h.id for h in search.search(server_db, "laboratory", kinds=("note",))] == [often.id, once.id]
    notes.update_note(server_db, often.id, text="travel plans only")
    assert [h.id for h in search.search(server_db, "laboratory")] == [once.id]
    engagements.delete_engagement(server_db, e.id)  # cascades to the notes
    assert search.search(server_db, "laboratory") == []


def test_a_word_the_parser_drops_is_still_required(server_db, boston):
    directory.create_person(server_db, full_name="Phòng ½ B")
    directory.create_person(server_db, full_name="Phòng A")
    assert [h.kind for h in search.search(server_db, "phong ½")] == ["person"]
    assert len(search.search(server_db, "phong")) == 2


@pytest.mark.parametrize("query", ["'", "\\", "a:*", "!x", "a & b", "a | b", "<->", "(", "'; DROP TABLE trip; --",
                                   "\x00", "x" * 5000, "ꮳꮃꭹ ᏣᎳᎩ", "½ ¼", "_"])
def test_odd_queries_never_raise_on_postgresql(server_db, boston, query):
    notes.add_note(server_db, boston[1].id, "a normal note")
    assert isinstance(search.search(server_db, query, 10), list)
    assert trips.get_trip(server_db, boston[0].id).title == "Boston study visit 2017"


def test_the_gin_index_is_used(server_db, boston):
    directory.create_person(server_db, full_name="Nguyễn Đức Chung")
    with server_db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(sa.text(
            "EXPLAIN SELECT id FROM person p WHERE to_tsvector('dp_search'::regconfig, "
            "p.full_name || ' ' || p.title || ' ' || p.bio) @@ to_tsquery('dp_search', 'nguyen:*')")))
    assert "ix_person_search" in plan, plan


def test_the_commitment_index_is_used_with_the_services_expression(server_db, boston):
    """Migration 0010's index (reference with spaces for its hyphens) is the expression
    services.search builds, so a search by reference uses it."""
    from delegation_planner.services import commitments
    from delegation_planner.services.search import COMMITMENT_COLUMNS, _pg_document

    c = commitments.create_commitment(server_db, boston[0].id, description="MoU with Partners HealthCare")
    vector = f"to_tsvector('dp_search'::regconfig, {_pg_document('c', COMMITMENT_COLUMNS)})"
    with server_db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(sa.text(
            f"EXPLAIN SELECT id FROM commitment c WHERE {vector} @@ to_tsquery('dp_search', '2017:* & ck:*')")))
    assert "ix_commitment_search" in plan, plan
    assert [h.id for h in search.search(server_db, c.reference, 10)] == [c.id]


def test_a_database_without_the_configuration_still_searches(server_db, boston, caplog):
    directory.create_person(server_db, full_name="Nguyễn Đức Chung")
    with server_db.engine.begin() as conn:
        for index in ("ix_meeting_note_search", "ix_commitment_search", "ix_person_search"):
            conn.exec_driver_sql(f"DROP INDEX {index}")
        conn.exec_driver_sql("DROP TEXT SEARCH CONFIGURATION dp_search")
    fresh = open_database(server_db.engine.url.render_as_string(hide_password=False))  # a new engine: no cache
    try:
        assert search.pg_config(fresh) == "simple"
        assert [h.kind for h in search.search(fresh, "Nguyễn")] == ["person"]  # accent-sensitive now
    finally:
        fresh.dispose()
    assert any("accent-sensitive" in r.getMessage() for r in caplog.records)


# ------------------------------------------------------------------------- writers, URLs

def test_two_writers_on_one_record_are_serialised_not_stale(server_db, boston):
    """Read-check-write of two threads on the same trip: each waits for the other (the writer lock),
    so neither save is refused as stale and every edit lands."""
    t = boston[0]
    errors: list[BaseException] = []

    def work(who: str) -> None:
        try:
            for i in range(25):
                trips.update_trip(server_db, t.id, notes=f"{who}-{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in "AB"]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors
    assert trips.get_trip(server_db, t.id).notes in {"A-24", "B-24"}


def test_environment_variable_url_is_used_by_the_cli(db_path, tmp_path):
    db = open_database(db_path)
    trips.create_trip(db, title="Hà Nội – Boston", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    db.dispose()
    env = dict(os.environ, DELEGATION_PLANNER_DB=str(db_path),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "delegation_planner.cli", "trips"], capture_output=True,
                          text=True, env=env, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Hà Nội – Boston" in done.stdout


def test_a_wrong_database_name_is_one_line(server_db, pg_server):
    url = pg_server.url_for("dp_no_such_database")
    with pytest.raises(KnownError) as err:
        open_database(url)
    assert "\n" not in str(err.value) and "dp_no_such_database" in str(err.value)


# ------------------------------------------------------------------------------ backups

def _tool(name: str) -> str:
    dump = storage_database.find_pg_dump()
    assert dump is not None
    return str(Path(dump).with_name(name))


def test_backup_is_a_pg_dump_that_restores(server_db, boston, pg_server, tmp_path, capsys):
    notes.add_note(server_db, boston[1].id, "Biên bản ghi nhớ về đào tạo")
    target = tmp_path / "office.dump"
    assert cli.main(["--db", pg_server.url_for(server_db.engine.url.database), "backup", "-o", str(target)]) == 0
    assert "Backup written to" in capsys.readouterr().out
    data = target.read_bytes()
    assert data[:5] == b"PGDMP"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["office.dump"]  # no temporary file left
    # restore into an empty database on the same server: the same trips and the note come back
    name = server_db.engine.url.database + "_restored"
    pg_server._exec(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        restore_url = sa.make_url(pg_server.url_for(name)).set(drivername="postgresql")
        done = subprocess.run([_tool("pg_restore"), "--no-owner",
                               f"--dbname={restore_url.render_as_string(hide_password=False)}", str(target)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        restored = open_database(pg_server.url_for(name))
        try:
            assert sorted(r.title for r in trips.list_trips(restored)) == ["Boston study visit 2017", "Paris 2026"]
            assert [h.kind for h in search.search(restored, "bien ban dao tao")] == ["note"]
        finally:
            restored.dispose()
    finally:
        pg_server.drop(name)


def test_backup_refuses_a_fifo_and_a_failing_pg_dump_leaves_nothing(server_db, tmp_path, monkeypatch):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(KnownError):
        storage_database.backup_to(server_db, fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    monkeypatch.setattr(storage_database, "find_pg_dump", lambda: "/bin/false")
    with pytest.raises(KnownError, match="pg_dump failed"):
        storage_database.backup_to(server_db, tmp_path / "x.dump")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_without_pg_dump_the_backup_is_every_trip_as_bundles(server_db, boston, tmp_path, monkeypatch, capsys):
    t, e, _other = boston
    notes.add_note(server_db, e.id, "Ghi chú: hợp tác đào tạo")
    monkeypatch.setattr(storage_database, "find_pg_dump", lambda: None)
    target = tmp_path / "office-backup.zip"
    url = server_db.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "backup", "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "pg_dump is not installed" in err and "Bundles of 2 trips" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert names[0] == "README.txt" and len(names) == 3
        bundles = {n: archive.read(n) for n in names[1:]}
    # each member is a trip bundle the importer takes back (into a fresh file here)
    from delegation_planner.bundles import import_bundle

    copy = open_database(tmp_path / "copy.sqlite3")
    try:
        for name, data in bundles.items():
            (tmp_path / name).write_bytes(data)
            import_bundle(copy, tmp_path / name)
        assert sorted(r.title for r in trips.list_trips(copy)) == ["Boston study visit 2017", "Paris 2026"]
        assert "Ghi chú: hợp tác đào tạo" in json.dumps(json.loads(bundles[names[1]]), ensure_ascii=False)
    finally:
        copy.dispose()


def test_no_automatic_backup_on_a_server(server_db, boston):
    from delegation_planner.storage import backups

    assert backups.auto_backup(server_db) is None  # the server's own backups are the office's job


# ------------------------------------------------------------------- CLI search, both engines

def _search(capsys, db_path, *args):
    code = cli.main(["--db", str(db_path), "search", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_cli_search_prints_one_tab_separated_hit_per_line(db, db_path, boston, capsys):
    t, e, other = boston
    directory.create_person(db, full_name="Nguyễn Đức Chung", title="Chủ tịch")
    notes.add_note(db, e.id, "Ông Nguyễn Đức Chung đề nghị hợp tác đào tạo.")
    commitments.create_commitment(db, other.id, description="Đào tạo bác sĩ cấp cứu")
    code, lines, err = _search(capsys, db_path, "nguyen duc")
    assert code == 0 and err == ""
    rows = [line.split("\t") for line in lines]
    assert sorted(r[0] for r in rows) == ["note", "person"]
    note = next(r for r in rows if r[0] == "note")
    assert note[1] == str(t.id) and note[2].startswith("Gặp Bệnh viện Đa khoa Massachusetts: ")
    assert "[Nguyễn] [Đức]" in note[2]
    person = next(r for r in rows if r[0] == "person")
    assert person[1] == "-" and "[Nguyễn] [Đức] Chung" in person[2]
    code, lines, _ = _search(capsys, db_path, "dao tao", "--trip", str(other.id))
    assert code == 0 and [line.split("\t")[:2] for line in lines] == [["commitment", str(other.id)]]
    assert lines[0].split("\t")[2].startswith("Paris 2026: ")


def test_cli_search_no_hit_unknown_trip_and_odd_text(db, db_path, boston, capsys):
    code, lines, err = _search(capsys, db_path, "zebra")
    assert code == 0 and lines == [] and err.strip() == "no hits for zebra"
    code, lines, err = _search(capsys, db_path, "zebra", "--trip", "999")
    assert code == 1 and lines == [] and len(err.strip().splitlines()) == 1 and "999" in err
    code, lines, err = _search(capsys, db_path, "\x1b[31m\u202e")
    assert code == 0 and "\x1b" not in err and "\u202e" not in err
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--db", str(db_path), "search", "x", "--trip", "abc"])
    assert exit_.value.code == 2


def test_cli_search_escapes_control_characters_in_stored_text(db, db_path, boston, capsys):
    directory.create_person(db, full_name="Evil \x1b[2J Name")
    code, lines, _ = _search(capsys, db_path, "evil")
    assert code == 0 and len(lines) == 1 and "\x1b" not in lines[0] and "\\x1b" in lines[0]


def test_a_database_migrated_by_the_old_0002_gets_the_search_objects_in_0003(server_db, pg_server):
    """0002 did nothing on PostgreSQL before it made the search objects: such a database, upgraded
    to head, gets them from 0003 (and its existing rows are found)."""
    import importlib

    from alembic import command

    from delegation_planner.storage import migrations

    name = server_db.engine.url.database + "_old"
    pg_server._exec(f'CREATE DATABASE "{name}" TEMPLATE template0')
    old = None
    try:
        old = storage_database.Database(engine=storage_database.url_engine(pg_server.url_for(name)))
        module = importlib.import_module("delegation_planner.storage.migrations.versions.0002_fulltext_search")
        with old.engine.begin() as conn:
            command.upgrade(migrations.alembic_config(conn), "0002")
            module.drop_pg_search(conn)  # 0002 as it was: nothing on PostgreSQL
            assert conn.exec_driver_sql("SELECT 1 FROM pg_ts_config WHERE cfgname = 'dp_search'").first() is None
        with old.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO person (full_name, title, side, email, phone, languages, bio, "
                                 "organization_id) VALUES ('Nguyễn Đức Chung', '', 'host', '', '', '', '', NULL)")
        old.dispose()
        upgraded = open_database(pg_server.url_for(name))  # 0003 and later
        try:
            assert search.pg_config(upgraded) == "dp_search"
            assert [h.kind for h in search.search(upgraded, "nguyen duc")] == ["person"]
        finally:
            upgraded.dispose()
    finally:
        if old is not None:
            old.dispose()
        pg_server.drop(name)


def test_two_programs_opening_a_new_server_database_at_once_both_work(server_db, pg_server):
    """Two officers start a new version on the same (here: empty) database at the same moment: one
    migrates, the other waits for it and finds the schema current; neither fails."""
    name = server_db.engine.url.database + "_race"
    pg_server._exec(f'CREATE DATABASE "{name}" TEMPLATE template0')
    results: list = []
    barrier = threading.Barrier(3)

    def start() -> None:
        barrier.wait()
        try:
            db = open_database(pg_server.url_for(name))
            results.append(db.engine.dialect.name)
            db.dispose()
        except BaseException as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    try:
        threads = [threading.Thread(target=start) for _ in range(3)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(120)
        assert results == ["postgresql"] * 3, results
    finally:
        pg_server.drop(name)
