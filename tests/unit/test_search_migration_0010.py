"""Migration 0010 (search a commitment by its reference and source document) on a 0009 database
holding commitments: the index rebuilt from the rows already there, the triggers following the new
columns, every row kept; the downgrade gives 0009's two-column index back, and upgrades again."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from delegation_planner.services import commitments, search, trips
from delegation_planner.storage import open_database, schema_check, schema_version
from tests.helpers import downgrade_to

pytestmark = pytest.mark.sqlite_only


def _fts_columns(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute("PRAGMA table_info(fts_commitment)")]
    finally:
        conn.close()


def _rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM commitment ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_0009_database_is_reindexed_and_found_by_reference(tmp_path):
    if not search.has_fts(open_database(tmp_path / "probe.sqlite3")):
        pytest.skip("this SQLite has no FTS5")
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    mou = commitments.create_commitment(db, trip.id, description="Ký biên bản ghi nhớ với Partners HealthCare",
                                        source_document="Biên bản ghi nhớ ký ngày 12/7/2017")
    db.dispose()
    downgrade_to(path, "0009")
    assert _fts_columns(path) == ["description", "follow_up"]
    before = _rows(path)

    db = open_database(path)  # migrates to the head
    try:
        assert schema_version.stamped_revisions(path) == [schema_version.HEAD]
        assert _fts_columns(path) == ["description", "follow_up", "source_document", "reference"]
        assert _rows(path) == before
        conn = sqlite3.connect(path)
        try:
            findings = schema_check._compare(conn, schema_check.expected_schema())
            assert findings.problems == [] and findings.repairs == []
        finally:
            conn.close()
        assert [h.id for h in search.search(db, mou.reference, 10)] == [mou.id]  # indexed from the rows
        assert [h.id for h in search.search(db, "bien ban ky ngay", 10)] == [mou.id]
        later = commitments.create_commitment(db, trip.id, description="Đào tạo 20 điều dưỡng",
                                              source_document="Công văn 45/SNgV")
        assert [h.id for h in search.search(db, "công văn", 10)] == [later.id]  # the new triggers
    finally:
        db.dispose()

    downgrade_to(path, "0009")
    assert _fts_columns(path) == ["description", "follow_up"]
    conn = sqlite3.connect(path)
    try:  # 0009's two-column index, rebuilt from the rows: descriptions found, references not
        assert [r[0] for r in conn.execute("SELECT rowid FROM fts_commitment WHERE fts_commitment MATCH "
                                           "'dưỡng'")] == [later.id]
        assert list(conn.execute("SELECT rowid FROM fts_commitment WHERE fts_commitment MATCH 'SNgV'")) == []
    finally:
        conn.close()
    db = open_database(path)  # upgraded again on open
    try:
        assert _fts_columns(path)[-1] == "reference"
        assert [h.id for h in search.search(db, "SNgV", 10)] == [later.id]
    finally:
        db.dispose()
