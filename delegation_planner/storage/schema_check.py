"""Is this file's schema the one our migrations make? Checked at open and before a restore.

The expected schema is read from a fresh in-memory database migrated to the same
revision (built once per process and revision). Compared by name and normalised
SQL: tables (so columns), indexes, triggers, views. Any difference is refused in
one line naming it (a planted ``AFTER INSERT ON trip ... DELETE FROM meeting_note``
trigger, a dropped table or column, an extra index), except a missing FTS trigger,
which is recreated from the expected SQL and its index rebuilt (one transaction):
otherwise search would silently miss new notes. Rows are checked too: one
``alembic_version`` row, enum values, date texts, no dangling foreign keys.
Everything here reads; the file is changed only by :func:`repair`.
"""
from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from delegation_planner.storage.errors import KnownError

# SQLAlchemy is imported where it is used (building a schema, the row rules): comparing a file's
# schema with expected_schema.json needs only sqlite3 (services/reads.py's light path does that).

log = logging.getLogger(__name__)

_FTS_TRIGGER = re.compile(r"^fts_[a-z]+_(ai|ad|au)$")
_cache: dict[str, dict[str, tuple[str, str, str]]] = {}


_QUOTED_TABLE = re.compile(r'^CREATE TABLE "([A-Za-z_][A-Za-z0-9_]*)"')


def _normalise(sql: str | None) -> str:
    # A table rebuilt by a migration (new table renamed into place) is stored as CREATE TABLE "name":
    # the same table as CREATE TABLE name.
    return _QUOTED_TABLE.sub(r"CREATE TABLE \1", " ".join((sql or "").split()))


def _read_schema(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return {name: (kind, table, _normalise(sql)) for kind, name, table, sql in rows}


def snapshot_path() -> Path:
    from delegation_planner.resources import migrations_dir

    return migrations_dir() / "expected_schema.json"


def expected_schema(revision: str | None = None) -> dict[str, tuple[str, str, str]]:
    """name -> (type, table, normalised SQL) of a fresh database migrated to ``revision`` (head).

    For the head revision it is read from ``migrations/expected_schema.json`` (no Alembic
    import on the way to a current database; tests/unit/test_schema_tamper.py checks the
    snapshot equals a fresh migration); other revisions are migrated in memory."""
    from delegation_planner.storage import schema_version

    revision = revision or schema_version.HEAD
    if revision not in _cache:
        try:
            snap = json.loads(snapshot_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            snap = {}
        if snap.get("revision") == revision and _fts5_available() == snap.get("fts5"):
            _cache[revision] = {k: tuple(v) for k, v in snap["schema"].items()}
        else:
            _cache[revision] = build_expected_schema(revision)
    return _cache[revision]


def _fts5_available() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        return any(r[0] == "ENABLE_FTS5" for r in conn.execute("PRAGMA compile_options"))
    finally:
        conn.close()


def write_snapshot() -> Path:
    """Regenerate ``expected_schema.json`` (after adding a migration)."""
    from delegation_planner.storage import schema_version

    data = {"revision": schema_version.HEAD, "fts5": _fts5_available(),
            "schema": build_expected_schema(schema_version.HEAD)}
    path = snapshot_path()
    path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def build_expected_schema(revision: str) -> dict[str, tuple[str, str, str]]:
    """Migrate a fresh in-memory database to ``revision`` with Alembic and read its schema."""
    import sqlalchemy as sa

    from delegation_planner.storage import migrations
    from delegation_planner.storage.database import install_sqlite_listeners

    if True:
        engine = install_sqlite_listeners(sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool))
        try:
            with engine.connect() as conn:
                with conn.begin():
                    migrations.command.upgrade(migrations.alembic_config(conn), revision)
            raw = engine.raw_connection()
            try:
                return _read_schema(raw.driver_connection)
            finally:
                raw.close()
        finally:
            engine.dispose()


@dataclass
class _Findings:
    problems: list[str]
    repairs: list[str]


def _column_diff(conn: sqlite3.Connection, table: str, expected_sql: str) -> list[str]:
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.execute(expected_sql)
        want = [r[1] for r in scratch.execute(f'PRAGMA table_info("{table}")')]
    finally:
        scratch.close()
    have = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    out = [f"column {table}.{c} missing" for c in want if c not in have]
    out += [f"unexpected column {table}.{c}" for c in have if c not in want]
    return out or [f"table {table} is defined differently"]


def _compare(conn: sqlite3.Connection, expected: dict) -> _Findings:
    actual = _read_schema(conn)
    problems: list[str] = []
    repairs: list[str] = []
    for name, (kind, table, sql) in expected.items():
        if name not in actual:
            if kind == "trigger" and _FTS_TRIGGER.match(name):
                repairs.append(name)
            else:
                problems.append(f"{kind} {name} missing")
        elif actual[name] != (kind, table, sql):
            if kind == "table" and actual[name][0] == "table" and "VIRTUAL" not in sql.upper():
                problems.extend(_column_diff(conn, name, sql))
            else:
                problems.append(f"{kind} {name} is defined differently")
    for name, (kind, table, _sql) in actual.items():
        if name not in expected:
            problems.append(f"unexpected {kind} {name}" + (f" on {table}" if kind in ("trigger", "index") else ""))
    return _Findings(problems, repairs)


def _model_columns():
    from sqlmodel import SQLModel

    import delegation_planner.domain.models  # noqa: F401  (registers the tables)

    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            yield table.name, column


def _column_rules(column) -> tuple[str, str] | None:
    """(SQL condition true for a bad value, what a bad value is) for enum, date, time and HH:MM columns."""
    import sqlalchemy as sa

    col = f'"{column.name}"'
    kind = column.type
    if column.info.get("hhmm"):  # a clock time "HH:MM" (scenario_step.at_time)
        return (f"{col} IS NOT NULL AND (typeof({col}) != 'text' OR length({col}) != 5 "
                f"OR {col} >= '24:00' OR substr(time({col}), 1, 5) IS NOT {col})", "a time of day that is not HH:MM")
    if isinstance(kind, sa.Enum):
        allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in kind.enums)
        return f"{col} IS NOT NULL AND {col} NOT IN ({allowed})", "a value that is not one of its choices"
    if isinstance(kind, sa.Date):
        return (f"{col} IS NOT NULL AND (typeof({col}) != 'text' OR date({col}, '+0 days') IS NOT {col})",
                "a date that is not YYYY-MM-DD")
    if isinstance(getattr(kind, "impl_instance", kind), sa.DateTime) or isinstance(kind, sa.DateTime):
        return (f"{col} IS NOT NULL AND (typeof({col}) != 'text' OR datetime({col}) IS NULL "
                f"OR substr({col}, 1, 19) IS NOT datetime(substr({col}, 1, 19), '+0 days'))",
                "a time that is not YYYY-MM-DD HH:MM:SS")  # whole seconds: SQLite rounds .9995 s up
    return None


def _row_problems(conn: sqlite3.Connection, tables: set[str]) -> list[str]:
    problems = []
    rules: dict[str, list[tuple[str, str, str]]] = {}
    present: dict[str, set[str]] = {}
    for table, column in _model_columns():
        rule = _column_rules(column)
        if rule and table in tables and table not in present:
            present[table] = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        # Only columns the file has: an older revision's backup lacks later ones (and SQLite
        # reads a double-quoted unknown column name as a string literal).
        if rule and table in tables and column.name in present[table]:
            rules.setdefault(table, []).append((column.name, *rule))
    for table, checks in rules.items():  # one scan per table
        which = " ".join(f"WHEN {where} THEN {i}" for i, (_n, where, _w) in enumerate(checks))
        row = conn.execute(f'SELECT id, CASE {which} END FROM "{table}" WHERE '
                           + " OR ".join(f"({where})" for _n, where, _w in checks) + " LIMIT 1").fetchone()
        if row:
            name, _where, what = checks[row[1]]
            value = conn.execute(f'SELECT "{name}" FROM "{table}" WHERE id = ?', (row[0],)).fetchone()[0]
            problems.append(f"{table}.{name} of row {row[0]} holds {what} ({str(value)[:40]!r})")
    dangling = conn.execute("PRAGMA foreign_key_check").fetchone()
    if dangling:
        table, rowid, parent, _fk = dangling
        problems.append(f"row {rowid} of {table} points to a missing {parent}")
    return problems


def check_connection(conn: sqlite3.Connection, where: object, *, revision: str | None = None,
                     verb: str = "it was left untouched") -> list[str]:
    """Raise KnownError naming the first differences; returns the FTS triggers to recreate."""
    from delegation_planner.storage import schema_version

    revision = revision or schema_version.HEAD
    try:
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError:
        versions = []
    if versions != [revision]:
        problems = [f"alembic_version holds {versions or 'no row'} instead of one row {revision!r}"]
        findings = _Findings(problems, [])
    else:
        findings = _compare(conn, expected_schema(revision))
        if not findings.problems:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            findings.problems.extend(_row_problems(conn, tables))
    if findings.problems:
        shown = "; ".join(findings.problems[:3])
        more = f" and {len(findings.problems) - 3} more" if len(findings.problems) > 3 else ""
        raise KnownError(f"{where} is not a database this version can trust ({shown}{more}); {verb}: "
                         "restore a backup, or ask for help")
    return findings.repairs


def check_file(path: Path, *, revision: str | None = None, verb: str = "it was left untouched") -> list[str]:
    """:func:`check_connection` over a read-only connection to ``path`` (nothing is written)."""
    from delegation_planner.storage.database import readonly_uri

    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return check_connection(conn, path, revision=revision, verb=verb)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise KnownError(f"{path} is damaged or not a database ({exc}); {verb}") from exc


def repair_refused_message(path: Path, names: list[str]) -> str:
    return (f"{path} lacks the search trigger(s) {', '.join(names)} and is read-only, so they cannot be "
            "recreated: make it writable and open it once")


def repair(db, names: list[str]) -> None:
    """Recreate missing FTS triggers from the expected SQL and rebuild their indexes, in one transaction."""
    expected = expected_schema()
    indexes = sorted({name.rsplit("_", 1)[0] for name in names})
    with db.engine.begin() as conn:
        for name in names:
            conn.exec_driver_sql(expected_sql(expected, name))
        for fts in indexes:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    log.warning("recreated the missing search triggers %s of %s and rebuilt %s", names, db.path, indexes)


def expected_sql(expected: dict, name: str) -> str:
    return expected[name][2]
