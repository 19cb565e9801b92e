"""Full-text search: FTS5 kept in sync by triggers, sanitised queries, Vietnamese."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from delegation_planner.domain.errors import ValidationError
from delegation_planner.services import commitments, directory, engagements, notes, search, trips
from tests.helpers import downgrade_to


@pytest.fixture
def trip(db):
    t = trips.create_trip(db, title="Boston visit", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    e = engagements.create_engagement(db, t.id, title="Meeting at MGH", timezone="America/New_York",
                                      start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    return t, e


def test_note_commitment_person_found_with_trip_and_snippet(db, trip):
    t, e = trip
    n = notes.add_note(db, e.id, "Ông Nguyễn Đức Chung đề nghị hợp tác đào tạo bác sĩ cấp cứu.")
    c = commitments.create_commitment(db, t.id, description="Sign an MoU on emergency training", engagement_id=e.id)
    p = directory.create_person(db, full_name="Nguyễn Đức Chung", title="Chủ tịch")
    hits = search.search(db, "Nguyễn Đức", 20)
    kinds = {(h.kind, h.id) for h in hits}
    assert ("note", n.id) in kinds and ("person", p.id) in kinds
    note_hit = next(h for h in hits if h.kind == "note")
    assert note_hit.trip_id == t.id and note_hit.engagement_id == e.id
    assert "[Nguyễn]" in note_hit.snippet
    person_hit = next(h for h in hits if h.kind == "person")
    assert person_hit.trip_id is None
    hits = search.search(db, "emergency mou", 20)
    assert [(h.kind, h.id, h.trip_id) for h in hits] == [("commitment", c.id, t.id)]


def test_diacritics_and_d_stroke_folded(db, trip):
    directory.create_person(db, full_name="Nguyễn Đức Chung")
    assert [h.kind for h in search.search(db, "nguyen duc chung")] == ["person"]
    assert [h.kind for h in search.search(db, "NGUYEN")] == ["person"]
    assert search.search(db, "Đức")  # the written form still matches


def test_prefix_match(db, trip):
    directory.create_person(db, full_name="Massachusetts General")
    assert search.search(db, "massach")


def test_index_follows_updates_and_deletes(db, trip):
    t, e = trip
    n = notes.add_note(db, e.id, "budget for the laboratory")
    assert search.search(db, "laboratory")
    notes.update_note(db, n.id, text="travel plans only")
    assert not search.search(db, "laboratory")
    assert [h.id for h in search.search(db, "travel")] == [n.id]
    notes.delete_note(db, n.id)
    assert not search.search(db, "travel")


def test_cascade_delete_of_engagement_and_trip_clears_index(db, trip):
    t, e = trip
    notes.add_note(db, e.id, "zebra crossing")
    commitments.create_commitment(db, t.id, description="zebra study", engagement_id=e.id)
    assert len(search.search(db, "zebra")) == 2
    engagements.delete_engagement(db, e.id)
    assert [h.kind for h in search.search(db, "zebra")] == ["commitment"]
    trips.delete_trip(db, t.id)
    assert search.search(db, "zebra") == []
    if db.path is None:  # PostgreSQL: expression indexes, nothing of our own to check
        return
    with sqlite3.connect(db.path) as conn:
        for fts in ("fts_note", "fts_commitment", "fts_person"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


def test_trip_filter_and_limit(db, trip):
    t, e = trip
    other = trips.create_trip(db, title="Paris", start_date=date(2018, 1, 1), end_date=date(2018, 1, 2))
    commitments.create_commitment(db, t.id, description="apple one")
    commitments.create_commitment(db, other.id, description="apple two")
    assert {h.trip_id for h in search.search(db, "apple", trip_id=other.id)} == {other.id}
    assert len(search.search(db, "apple", 1)) == 1


@pytest.mark.parametrize("query", ['"', '""', "*", "AND", "NOT x", "a OR", "NEAR(a b", "col:val", "(((", ")", "-x",
                                   "^start", "a + b", "'; DROP TABLE trip; --", "\x00", "\ud800", "", "   ",
                                   "x" * 10_000, "a" * 65, "{x}", "fts_note:abc"])
def test_odd_queries_never_raise(db, trip, query):
    t, e = trip
    notes.add_note(db, e.id, "a normal note with col val and x")
    result = search.search(db, query, 10)
    assert isinstance(result, list)
    assert trips.get_trip(db, t.id).title == "Boston visit"  # nothing dropped


@pytest.mark.parametrize("limit", [0, -1, 10_001, "10", None, True, 2.5])
def test_bad_limit_is_a_validation_error(db, limit):
    with pytest.raises(ValidationError) as err:
        search.search(db, "x", limit)
    assert err.value.field == "limit"


def test_like_fallback_without_fts_tables(db, trip, monkeypatch):
    t, e = trip
    notes.add_note(db, e.id, "the fallback path works")
    monkeypatch.setattr(search, "has_fts", lambda _db: False)
    hits = search.search(db, "fallback works")
    assert [(h.kind, h.trip_id) for h in hits] == [("note", t.id)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(db, text):
    assert isinstance(search.search(db, text, 5), list)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(categories=("L", "N")), min_size=3, max_size=20))
def test_a_stored_word_is_found(db, word):
    person = directory.create_person(db, full_name=f"Person {word}")
    try:
        assert person.id in {h.id for h in search.search(db, word, 1000, kinds=("person",))}
    finally:
        directory.delete_person(db, person.id)


@pytest.mark.sqlite_only
def test_upgrading_a_0001_database_indexes_existing_rows(db_path, tmp_path):
    """A database written before the search migration: its rows are indexed on upgrade."""
    db = open_database_at(db_path)
    t = trips.create_trip(db, title="Old trip", start_date=date(2016, 1, 1), end_date=date(2016, 1, 2))
    e = engagements.create_engagement(db, t.id, title="M", timezone="UTC", start=datetime(2016, 1, 1, 9),
                                      end=datetime(2016, 1, 1, 10)).engagement
    notes.add_note(db, e.id, "written before full-text search existed")
    directory.create_person(db, full_name="Phạm Văn Đồng")
    db.dispose()
    downgrade_to(db_path, "0002")  # later revisions first (0003: identities), with their own downgrade
    with sqlite3.connect(db_path) as conn:  # turn it back into a 0001 database
        for fts in ("fts_note", "fts_commitment", "fts_person"):
            for suffix in ("ai", "ad", "au"):
                conn.execute(f"DROP TRIGGER {fts}_{suffix}")
            conn.execute(f"DROP TABLE {fts}")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    db = open_database_at(db_path)  # migrates to head (with a backup first)
    try:
        assert [h.kind for h in search.search(db, "before full text")] == ["note"]
        assert [h.kind for h in search.search(db, "pham van dong")] == ["person"]
        assert list(tmp_path.glob("*.before-*.bak"))  # the pre-migration backup
    finally:
        db.dispose()


def test_migration_is_skipped_on_other_dialects():
    """Neither FTS5 nor PostgreSQL's search (tests/unit/test_postgres.py) on a third dialect."""
    import importlib

    module = importlib.import_module("delegation_planner.storage.migrations.versions.0002_fulltext_search")

    class Dialect:
        name = "mysql"

    class Bind:
        dialect = Dialect()

        def exec_driver_sql(self, sql):  # would fail the test if anything ran
            raise AssertionError(f"ran on {self.dialect.name}: {sql}")

    assert module._fts5_available(Bind()) is False

    class Op:
        @staticmethod
        def get_bind():
            return Bind()

    real_op = module.op
    module.op = Op
    try:
        module.upgrade()  # returns without touching the database
        module.downgrade()
    finally:
        module.op = real_op


def open_database_at(path):
    from delegation_planner.storage import open_database

    return open_database(path)


def test_trip_filter_is_applied_before_the_limit(db, trip):
    t, e = trip
    other = trips.create_trip(db, title="Paris", start_date=date(2018, 1, 1), end_date=date(2018, 1, 2))
    for i in range(30):  # many better-ranked hits in the other trip
        commitments.create_commitment(db, other.id, description=f"budget budget budget {i}")
    mine = commitments.create_commitment(db, t.id, description="budget for the Boston laboratory visit")
    hits = search.search(db, "budget", 5, trip_id=t.id, kinds=("commitment",))
    assert [h.id for h in hits] == [mine.id]
    with pytest.raises(ValidationError):
        search.search(db, "budget", 5, trip_id="1")


def test_trip_filter_in_the_like_fallback(db, trip, monkeypatch):
    t, e = trip
    other = trips.create_trip(db, title="Paris", start_date=date(2018, 1, 1), end_date=date(2018, 1, 2))
    commitments.create_commitment(db, other.id, description="budget elsewhere")
    mine = commitments.create_commitment(db, t.id, description="budget here")
    monkeypatch.setattr(search, "has_fts", lambda _db: False)
    assert [h.id for h in search.search(db, "budget", 1, trip_id=t.id, kinds=("commitment",))] == [mine.id]


@pytest.mark.parametrize("fts", [True, False], ids=["index", "like-fallback"])
def test_a_commitment_is_found_by_its_reference_and_its_source_document(db, trip, monkeypatch, fts):
    """Migration 0010: the reference officers quote (CK-2017-001) and the source document (NFD
    typed, NFC stored) are searched too; a hit on the reference alone shows the description."""
    import unicodedata

    t, e = trip
    mou = commitments.create_commitment(
        db, t.id, description="Sign an MoU on emergency training", engagement_id=e.id,
        source_document=unicodedata.normalize("NFD", "Biên bản ghi nhớ ký ngày 12/7/2017 tại Boston"))
    other = commitments.create_commitment(db, t.id, description="Send 20 nurses for training")
    if not fts:
        monkeypatch.setattr(search, "has_fts", lambda _db: False)
    assert mou.reference and other.reference and mou.reference != other.reference
    hits = search.search(db, mou.reference, 20, kinds=("commitment",))
    assert [h.id for h in hits] == [mou.id]
    if fts:
        assert hits[0].snippet == f"[{mou.reference}] · Sign an MoU on emergency training"
    hits = search.search(db, unicodedata.normalize("NFD", "biên bản ghi nhớ"), 20, kinds=("commitment",))
    assert [h.id for h in hits] == [mou.id]
    assert [h.id for h in search.search(db, "bien ban", 20, kinds=("commitment",))] == ([mou.id] if fts else [])
    # edits reach the index (the triggers cover the new columns), deletes leave it
    commitments.update_commitment(db, other.id, source_document="Công văn số 123/SNgV")
    assert [h.id for h in search.search(db, "công văn", 20, kinds=("commitment",))] == [other.id]
    commitments.delete_commitment(db, mou.id)
    assert search.search(db, mou.reference, 20, kinds=("commitment",)) == []
