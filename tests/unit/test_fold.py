"""domain.text.fold: the one matching rule of every filter and picker (and SQL's dp_fold)."""
from __future__ import annotations

import unicodedata

import pytest

from delegation_planner.domain.text import fold, fold_matches


@pytest.mark.parametrize("typed, stored", [
    ("cao bang", "Cao Bằng"),
    ("quang tay", "Quảng Tây"),
    ("nong tuan phong", "Nông Tuấn Phong"),
    ("duc", "Đức"),
    ("DUC", "đức"),
    ("nguyen duc chung", "Nguyễn Đức Chung"),
    ("ha noi", "Hà Nội"),
    ("nguyen", unicodedata.normalize("NFD", "Nguyễn")),  # typed on a Mac
    ("Nguyễn", unicodedata.normalize("NFD", "Nguyễn")),
    ("Đức", "Duc"),  # accents typed, none stored
    ("strasse", "Straße"),  # case folding, not lower()
])
def test_typed_without_accents_matches(typed, stored):
    assert fold(typed) in fold(stored)
    assert fold_matches(fold(typed), fold(stored))


def test_fold_values():
    assert fold("  Nông   Tuấn\tPhong \n") == "nong tuan phong"
    assert fold("Ðặng") == "dang"  # the Icelandic look-alike some keyboards give for Đ
    assert fold("") == ""
    assert fold(None) == "" and fold(42) == ""
    assert fold("广西壮族自治区") == "广西壮族自治区"  # no accents to drop: unchanged
    assert fold("\u200bx") == "\u200bx"  # not a mark: kept (a zero-width space is not a combining mark)


def test_words_in_any_order_all_required():
    hay = fold("Nông Tuấn Phong")
    assert fold_matches(fold("phong nong"), hay)
    assert not fold_matches(fold("phong lan"), hay)
    assert fold_matches("", hay)


def test_not_a_substring_of_other_letters():
    assert fold("d") not in fold("Ấn Độ".replace("Đ", "Z"))  # no "d" without the đ
    assert "o" in fold("Độ")


def test_sqlite_dp_fold(db):
    """The same rule registered on every SQLite connection as dp_fold(text)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("dp_fold is a SQLite connection function")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT dp_fold('Cao Bằng')").scalar() == "cao bang"
        assert conn.exec_driver_sql("SELECT dp_fold(?)", (unicodedata.normalize("NFD", "Đức"),)).scalar() == "duc"
        assert conn.exec_driver_sql("SELECT dp_fold(NULL)").scalar() is None
        assert conn.exec_driver_sql("SELECT dp_fold(7)").scalar() == 7
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT 'Quảng Tây' AS t) WHERE dp_fold(t) LIKE '%' || dp_fold(?) || '%'",
            ("quang tay",)).scalar()
        assert found == 1
