"""Trip packages (export TRIP_ID -o FILE.zip / import FILE.zip): the bundle with its gifts, cars and
attached files round-trips into another database; hostile ZIPs (escaping names, links, bombs, bad
checksums, unsafe file names, dangling owners) are refused with nothing imported."""
from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from datetime import date, datetime

import pytest

from delegation_planner.bundles.package import export_package, import_package
from delegation_planner.domain.errors import ValidationError
from delegation_planner.services import attachments, commitments, engagements, gifts, motorcade, trips
from delegation_planner.storage import open_database

MOU = b"%PDF-1.4\n% MoU signed\n%%EOF\n"
PHOTO = b"\xff\xd8\xff photo"


@pytest.fixture
def package(db, tmp_path):
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    eng = engagements.create_engagement(db, trip.id, title="MoU signing", kind="signing_ceremony",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15, 30),
                                        end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    com = commitments.create_commitment(db, trip.id, description="MoU with Partners HealthCare", kind="mou")
    gift = gifts.add_gift(db, trip.id, description="Tranh sơn mài Hồ Gươm", direction="given", engagement_id=eng_id,
                          given_on=date(2017, 7, 12), estimated_value=3_000_000)
    motorcade.add_vehicle(db, eng_id, plate="MA 1-GOV", driver="John Smith")
    attachments.add_attachment_bytes(db, "commitment", com.id, "Biên bản ghi nhớ.pdf", MOU)
    attachments.add_attachment_bytes(db, "gift", gift.id, "ảnh.jpg", PHOTO)
    path = export_package(db, trip.id, tmp_path / "boston.zip")
    return path


def _count_trips(path):
    db = open_database(path)
    try:
        return len(trips.list_trips(db))
    finally:
        db.dispose()


def test_a_package_round_trips_into_another_database(package, tmp_path):
    assert stat.S_IMODE(package.stat().st_mode) == 0o600
    names = zipfile.ZipFile(package).namelist()
    photo = hashlib.sha256(PHOTO).hexdigest()
    assert set(names) == {"trip.json", "protocol.json", f"files/{hashlib.sha256(MOU).hexdigest()}", f"files/{photo}"}
    other = open_database(tmp_path / "other.sqlite3")
    try:
        result = import_package(other, package)
        (gift,) = gifts.list_gifts(other, result.trip_id)
        assert (gift.description, gift.engagement_title, gift.estimated_value) == (
            "Tranh sơn mài Hồ Gươm", "MoU signing", 3_000_000)
        (item,) = engagements.programme(other, result.trip_id).items
        assert [v.plate for v in motorcade.list_vehicles(other, item.id)] == ["MA 1-GOV"]
        files = {a.filename: a for a in attachments.trip_attachments(other, result.trip_id)}
        assert set(files) == {"Biên bản ghi nhớ.pdf", "ảnh.jpg"}
        assert attachments.attachment_bytes(other, files["Biên bản ghi nhớ.pdf"].id) == MOU
    finally:
        other.dispose()


def _rewrite(package, tmp_path, change):
    """A copy of the package with ``change(members: dict) -> dict`` applied (name -> bytes or ZipInfo, bytes)."""
    members = {i.filename: zipfile.ZipFile(package).read(i.filename) for i in zipfile.ZipFile(package).infolist()}
    out = tmp_path / "hostile.zip"
    with zipfile.ZipFile(out, "w") as z:
        for name, data in change(members).items():
            if isinstance(name, zipfile.ZipInfo):
                z.writestr(name, data)
            else:
                z.writestr(name, data)
    return out


def _link(name):
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize("change", [
    lambda m: {**m, "../evil.txt": b"x"},
    lambda m: {**m, "/etc/cron.d/evil": b"x"},
    lambda m: {**m, "files/../../evil": b"x"},
    lambda m: {**m, "files/": b""},
    lambda m: {**m, _link("files/" + "0" * 64): b"/etc/passwd"},
    lambda m: {k: (b"tampered" if k.startswith("files/") else v) for k, v in m.items()},
    lambda m: {k: v for k, v in m.items() if k != "trip.json"},
    lambda m: {**m, "protocol.json": json.dumps({**json.loads(m["protocol.json"]), "attachments": [
        {**a, "filename": "../../.bashrc"} for a in json.loads(m["protocol.json"])["attachments"]]}).encode()},
    lambda m: {**m, "protocol.json": json.dumps({**json.loads(m["protocol.json"]), "vehicles": [
        {"engagement": "00000000-0000-4000-8000-000000000000", "number": 1}]}).encode()},
    lambda m: {**m, "protocol.json": b"{not json"},
], ids=["dotdot", "absolute", "nested-dotdot", "folder", "symlink", "checksum", "no-trip", "unsafe-name",
        "dangling-car", "bad-json"])
def test_hostile_packages_are_refused_with_nothing_imported(package, tmp_path, change):
    hostile = _rewrite(package, tmp_path, change)
    other_path = tmp_path / "other.sqlite3"
    other = open_database(other_path)
    try:
        with pytest.raises(ValidationError):
            import_package(other, hostile)
        assert trips.list_trips(other) == []
    finally:
        other.dispose()
    assert not (tmp_path / "evil.txt").exists()


def test_a_zip_bomb_stops_at_the_cap(package, tmp_path, monkeypatch):
    from delegation_planner.services import attachments as attachment_service

    monkeypatch.setattr(attachment_service, "MAX_BYTES", 1000)
    big = tmp_path / "bomb.zip"
    with zipfile.ZipFile(big, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("trip.json", zipfile.ZipFile(package).read("trip.json"))
        z.writestr("files/" + "a" * 64, b"\0" * 5_000_000)  # 5 MB of zeros: a few KB compressed
    other = open_database(tmp_path / "o.sqlite3")
    try:
        with pytest.raises(ValidationError, match="too large"):
            import_package(other, big)
    finally:
        other.dispose()


def test_not_a_zip_and_the_cli(package, tmp_path, capsys, db_path):
    from delegation_planner.cli import main

    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK not really")
    other = open_database(tmp_path / "o.sqlite3")
    try:
        with pytest.raises(ValidationError, match="not a ZIP"):
            import_package(other, fake)
    finally:
        other.dispose()
    code = main(["--db", str(tmp_path / "cli.sqlite3"), "import", str(package)])
    out = capsys.readouterr().out
    assert code == 0 and "Imported trip" in out
    assert _count_trips(tmp_path / "cli.sqlite3") == 1
    code = main(["--db", str(tmp_path / "cli.sqlite3"), "import", str(fake)])
    assert code == 1 and _count_trips(tmp_path / "cli.sqlite3") == 1
