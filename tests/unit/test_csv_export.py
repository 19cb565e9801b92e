"""Commitments tracker as CSV for Excel: read back with the csv module — BOM, separator, Vietnamese
exact, formula injection guarded, newlines kept in quoted cells, refused targets, the CLI."""
from __future__ import annotations

import csv
import io
import os
import stat
import unicodedata
from datetime import date

import pytest

from delegation_planner.cli import main
from delegation_planner.domain.enums import Side
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.reports.spreadsheet import (
    HEADERS, default_separator, export_commitments_csv, guard_cell, locale_separator,
)
from delegation_planner.services import commitments, directory, engagements, trips
from delegation_planner.storage.errors import KnownError

BOM = b"\xef\xbb\xbf"


def _read(path, sep) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(BOM) and not data.startswith(BOM * 2)
    text = data[len(BOM):].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))


@pytest.fixture
def tracker(db):
    hanoi = trips.create_trip(db, title="Đoàn công tác Hà Nội tại Paris", destination="Paris",
                              start_date=date(2026, 10, 22), end_date=date(2026, 10, 28))
    other = trips.create_trip(db, title="Boston 2017", destination="Boston",
                              start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    owner = directory.create_person(db, full_name=unicodedata.normalize("NFD", "Nguyễn Đức Chung"),
                                    side=Side.DELEGATION)
    org = directory.create_organization(db, name="Ủy ban nhân dân thành phố")
    from datetime import datetime

    eng = engagements.create_engagement(db, hanoi.id, title="Làm việc với Thị trưởng", timezone="Europe/Paris",
                                        start=datetime(2026, 10, 23, 10), end=datetime(2026, 10, 23, 11)).engagement
    first = commitments.create_commitment(
        db, hanoi.id, description="Ký biên bản ghi nhớ về y tế; đào tạo 20 bác sĩ", kind="mou", made_by="joint",
        owner_id=owner.id, organization_id=org.id, engagement_id=eng.id, due_date=date(2026, 12, 31),
        status="agreed", follow_up="Dòng 1\nDòng 2, có dấu phẩy \"và ngoặc kép\"",
        source_document=unicodedata.normalize("NFD", "Biên bản ghi nhớ ký ngày 23/10/2026"))
    evil = commitments.create_commitment(db, hanoi.id, description="=HYPERLINK(\"http://x\",\"click\")",
                                         follow_up="+1+2", due_date=date(2020, 1, 1), status="proposed")
    at = commitments.create_commitment(db, hanoi.id, description="@SUM(A1)", follow_up="-3")
    old = commitments.create_commitment(db, other.id, description="Training for 12 nurses", kind="training",
                                        status="done", completed_date=date(2017, 11, 30),
                                        source_document="=cmd|' /C calc'!A0")
    return {"trip_id": hanoi.id, "other_id": other.id, "first": first, "evil": evil, "at": at, "old": old}


def test_one_trip_semicolons_bom_vietnamese(db, tracker, tmp_path):
    out = tmp_path / "commitments.csv"
    result = export_commitments_csv(db, out, trip_id=tracker["trip_id"], sep=";", lang="vi",
                                    today=date(2026, 11, 1))
    assert result.rows == 3 and result.separator == ";"
    rows = _read(out, ";")
    assert rows[0] == list(HEADERS["vi"])
    assert all(len(r) == len(HEADERS["vi"]) for r in rows)
    by_id = {r[-1]: dict(zip(HEADERS["en"], r)) for r in rows[1:]}
    first = by_id[tracker["first"].uuid]
    assert first["Trip"] == "Đoàn công tác Hà Nội tại Paris"
    assert (first["Trip start"], first["Trip end"]) == ("2026-10-22", "2026-10-28")
    assert first["Engagement"] == "Làm việc với Thị trưởng"
    assert first["Commitment"] == "Ký biên bản ghi nhớ về y tế; đào tạo 20 bác sĩ"
    assert first["Kind"] == "Biên bản ghi nhớ (MoU)" and first["Status"] == "Đã thống nhất"
    assert first["Made by"] == "Hai bên" and first["Organization"] == "Ủy ban nhân dân thành phố"
    assert first["Responsible"] == "Nguyễn Đức Chung"  # typed NFD, written NFC
    assert unicodedata.is_normalized("NFC", first["Responsible"])
    assert first["Due date"] == "2026-12-31" and first["Overdue"] == ""
    assert first["Follow-up"] == "Dòng 1\nDòng 2, có dấu phẩy \"và ngoặc kép\""  # newline kept, quoted
    assert by_id[tracker["evil"].uuid]["Overdue"] == "có"
    # the reference officers quote, and where the commitment was written down (NFD in, NFC out)
    assert first["Reference"] == tracker["first"].reference and first["Reference"].startswith("CK-2026-")
    assert first["Source document"] == "Biên bản ghi nhớ ký ngày 23/10/2026" and first["Completed"] == ""
    assert len({r["Reference"] for r in by_id.values()}) == 3
    raw = out.read_bytes()[3:].decode("utf-8")
    assert raw.endswith("\r\n") and '"Dòng 1\nDòng 2' in raw
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_formula_injection_guarded(db, tracker, tmp_path):
    out = tmp_path / "evil.csv"
    export_commitments_csv(db, out, trip_id=tracker["trip_id"], sep=",")
    rows = {r[-1]: dict(zip(HEADERS["en"], r)) for r in _read(out, ",")[1:]}
    evil, at = rows[tracker["evil"].uuid], rows[tracker["at"].uuid]
    assert evil["Commitment"] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert evil["Follow-up"] == "'+1+2"
    assert at["Commitment"] == "'@SUM(A1)" and at["Follow-up"] == "'-3"
    for row in _read(out, ",")[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row
    assert guard_cell("\tcmd") == "'\tcmd" and guard_cell("a=b") == "a=b" and guard_cell(None) == ""


def test_every_trip_comma_english(db, tracker, tmp_path):
    out = tmp_path / "all.csv"
    result = export_commitments_csv(db, out, sep=",", lang="en")
    rows = _read(out, ",")
    assert rows[0] == list(HEADERS["en"]) and result.rows == 4
    assert rows[1][0] == "Boston 2017"  # trips by date
    assert rows[1][6] == "Training" and rows[1][9] == "Done"
    old = dict(zip(HEADERS["en"], rows[1]))
    assert old["Reference"] == tracker["old"].reference and old["Completed"] == "2017-11-30"
    assert old["Source document"] == "'=cmd|' /C calc'!A0"  # a formula-looking source document is text
    assert {r[0] for r in rows[1:]} == {"Boston 2017", "Đoàn công tác Hà Nội tại Paris"}


def test_tab_separator_and_empty_trip(db, tmp_path):
    empty = trips.create_trip(db, title="Empty", start_date=date(2026, 1, 1), end_date=date(2026, 1, 2))
    out = tmp_path / "empty.tsv"
    assert export_commitments_csv(db, out, trip_id=empty.id, sep="tab").rows == 0
    assert _read(out, "\t") == [list(HEADERS["en"])]


def test_default_separator_by_locale():
    for name in ("vi", "vi_VN.UTF-8", "fr_FR.UTF-8", "fr-CA", "French_France.1252", "Vietnamese_Vietnam.1258"):
        assert default_separator(name) == ";", name
    for name in ("en_US.UTF-8", "C", "POSIX", "", None, "de_DE.UTF-8"):
        assert default_separator(name) == ",", name
    assert locale_separator({"LANG": "fr_FR.UTF-8"}) == ";"
    assert locale_separator({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}) == ","
    assert locale_separator({"LC_NUMERIC": "vi_VN", "LANG": "en_GB"}) == ";"
    assert locale_separator({}, interface_lang="vi") == ";"
    assert locale_separator({}) == ","


def test_refusals(db, tracker, tmp_path):
    for bad in ("|", "", ";;", None, 5):
        with pytest.raises(ValidationError) as info:
            export_commitments_csv(db, tmp_path / "x.csv", sep=bad)
        assert info.value.field == "sep"
    with pytest.raises(NotFoundError):
        export_commitments_csv(db, tmp_path / "x.csv", trip_id=999999)
    with pytest.raises(ValidationError):
        export_commitments_csv(db, tmp_path / "x.csv", lang="fr")
    assert not (tmp_path / "x.csv").exists()
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(KnownError, match="not a regular file"):
        export_commitments_csv(db, fifo)
    if db.path is not None:
        before = db.path.read_bytes()
        with pytest.raises(KnownError, match="open database"):
            export_commitments_csv(db, db.path)
        link = tmp_path / "tracker.csv"
        link.symlink_to(str(db.path) + "-wal")
        with pytest.raises(KnownError, match="open database"):
            export_commitments_csv(db, link)
        assert db.path.read_bytes() == before


def test_cli_export_csv(capsys, db_path, tracker, tmp_path, monkeypatch):
    out = tmp_path / "cli.csv"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code = main(["--db", str(db_path), "export-csv", "commitments", "--trip", str(tracker["trip_id"]),
                 "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Wrote 3 commitment(s)" in captured.out and "';'" in captured.out  # French locale: semicolons
    assert len(_read(out, ";")) == 4
    code = main(["--db", str(db_path), "export-csv", "commitments", "--sep", ",", "-o", str(out)])
    assert code == 0 and len(_read(out, ",")) == 5
    capsys.readouterr()
    code = main(["--db", str(db_path), "--lang", "vi", "export-csv", "commitments", "-o", str(out)])
    assert code == 0 and _read(out, ";")[0] == list(HEADERS["vi"])
    capsys.readouterr()
    for bad in (["export-csv", "seats", "-o", str(out)], ["export-csv", "commitments", "--sep", "|", "-o", str(out)]):
        with pytest.raises(SystemExit) as info:
            main(["--db", str(db_path), *bad])
        assert info.value.code == 2
    capsys.readouterr()
    code = main(["--db", str(db_path), "export-csv", "commitments", "--trip", "999999", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
