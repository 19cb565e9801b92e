"""Attachments: a signed MoU attached to a commitment, a photo to a gift, a programme to an
engagement — stored inside the database with their SHA-256, read back checked, copied out safely;
hostile files and names refused with nothing written; deleted with their owner."""
from __future__ import annotations

import hashlib
import os
import stat
from datetime import date, datetime

import pytest

from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.services import attachments
from delegation_planner.storage.errors import KnownError

PDF = b"%PDF-1.4\n% Bi\xc3\xaan b\xe1\xba\xa3n ghi nh\xe1\xbb\x9b\n%%EOF\n"


@pytest.fixture
def owners(db):
    from delegation_planner.services import commitments, engagements, gifts, trips

    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    eng = engagements.create_engagement(db, trip.id, title="MoU signing", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 15, 30), end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    com = commitments.create_commitment(db, trip.id, description="MoU with Partners HealthCare", kind="mou")
    gift = gifts.add_gift(db, trip.id, description="Tranh sơn mài")
    return {"trip": trip.id, "engagement": eng_id, "commitment": com.id, "gift": gift.id}


def _count(db):
    import sqlalchemy as sa

    from delegation_planner.domain.models import Attachment, AttachmentData

    with db.reading() as s:
        return (s.execute(sa.select(sa.func.count()).select_from(Attachment)).scalar(),
                s.execute(sa.select(sa.func.count()).select_from(AttachmentData)).scalar())


def test_attach_list_read_back_and_copy(db, owners, tmp_path):
    source = tmp_path / "Biên bản ghi nhớ Partners HealthCare.pdf"
    source.write_bytes(PDF)
    added = attachments.add_attachment(db, "commitment", owners["commitment"], source)
    assert added.sha256 == hashlib.sha256(PDF).hexdigest() and added.media_type == "application/pdf"
    (row,) = attachments.list_attachments(db, "commitment", owners["commitment"])
    assert (row.filename, row.size, row.owner) == ("Biên bản ghi nhớ Partners HealthCare.pdf", len(PDF), "commitment")
    assert attachments.attachment_bytes(db, row.id) == PDF
    copy = attachments.save_attachment_copy(db, row.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == PDF and stat.S_IMODE(copy.stat().st_mode) == 0o600
    attachments.add_attachment_bytes(db, "gift", owners["gift"], "ảnh.jpg", b"\xff\xd8\xff\xe0photo")
    attachments.add_attachment_bytes(db, "engagement", owners["engagement"], "programme.txt", b"09:00 welcome")
    assert sorted(a.filename for a in attachments.trip_attachments(db, owners["trip"])) == [
        "Biên bản ghi nhớ Partners HealthCare.pdf", "programme.txt", "ảnh.jpg"]


@pytest.mark.parametrize("name", ["../evil.pdf", "/etc/passwd", "C:\\Windows\\x.pdf", "..", "a\x1bb.pdf",
                                  "CON.txt", "x" * 300, "", "  ", "mou.pdf\u202e", "ends with dot."])
def test_unsafe_names_are_refused_and_nothing_written(db, owners, name):
    with pytest.raises(ValidationError) as err:
        attachments.add_attachment_bytes(db, "gift", owners["gift"], name, b"x")
    assert err.value.problems[0].field == "filename"
    assert _count(db) == (0, 0)


def test_hostile_files_are_refused(db, owners, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:
        fh.truncate(attachments.MAX_BYTES + 1)  # sparse: refused by its size, never read
    for path in (fifo, big, tmp_path, tmp_path / "missing.pdf"):
        with pytest.raises(ValidationError):
            attachments.add_attachment(db, "engagement", owners["engagement"], path)
    with pytest.raises(ValidationError):
        attachments.add_attachment_bytes(db, "gift", owners["gift"], "x.pdf", b"x", sha256="0" * 64)
    with pytest.raises(ValidationError):
        attachments.add_attachment_bytes(db, "trip", owners["trip"], "x.pdf", b"x")
    with pytest.raises(NotFoundError):
        attachments.add_attachment_bytes(db, "gift", 999, "x.pdf", b"x")
    assert _count(db) == (0, 0)


def test_bytes_changed_behind_the_programs_back_are_refused(db, owners, tmp_path):
    import sqlalchemy as sa

    from delegation_planner.domain.models import AttachmentData

    a = attachments.add_attachment_bytes(db, "gift", owners["gift"], "ảnh.jpg", b"original")
    with db.engine.begin() as conn:
        conn.execute(sa.update(AttachmentData).where(AttachmentData.attachment_id == a.id).values(data=b"tampered"))
    with pytest.raises(KnownError, match="checksum"):
        attachments.attachment_bytes(db, a.id)
    with pytest.raises(KnownError):
        attachments.save_attachment_copy(db, a.id, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()


def test_deleted_with_its_owner_or_alone(db, owners):
    from delegation_planner.services import gifts

    a = attachments.add_attachment_bytes(db, "gift", owners["gift"], "ảnh.jpg", b"photo")
    b = attachments.add_attachment_bytes(db, "commitment", owners["commitment"], "mou.pdf", PDF)
    gifts.delete_gift(db, owners["gift"])
    assert _count(db) == (1, 1)
    attachments.delete_attachment(db, b.id)
    assert _count(db) == (0, 0)
    with pytest.raises(NotFoundError):
        attachments.attachment_bytes(db, a.id)


def test_a_bundle_update_keeps_the_gifts_cars_and_attachments_it_does_not_carry(db, owners, tmp_path):
    """import --update replaces the rows a bundle carries; the trip's gifts, cars and files (not in
    bundles yet) stay, on the records of the same uuid."""
    import json

    from delegation_planner.bundles.export import export_trip
    from delegation_planner.bundles.update import update_from_bundle
    from delegation_planner.services import gifts, motorcade

    path = export_trip(db, owners["trip"], tmp_path / "trip.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["engagements"][0]["title"] = "MoU signing (moved)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    motorcade.add_vehicle(db, owners["engagement"], plate="MA 1-GOV")
    attachments.add_attachment_bytes(db, "commitment", owners["commitment"], "mou.pdf", PDF)
    attachments.add_attachment_bytes(db, "gift", owners["gift"], "ảnh.jpg", b"photo")
    diff, result = update_from_bundle(db, path)
    assert result.trip_id == owners["trip"]
    (gift,) = gifts.list_gifts(db, owners["trip"])
    assert gift.description == "Tranh sơn mài"
    (engagement,) = engagements_of(db, owners["trip"])
    assert engagement.title == "MoU signing (moved)"
    assert [v.plate for v in motorcade.list_vehicles(db, engagement.id)] == ["MA 1-GOV"]
    files = sorted((a.owner, a.filename) for a in attachments.trip_attachments(db, owners["trip"]))
    assert files == [("commitment", "mou.pdf"), ("gift", "ảnh.jpg")]
    (mou,) = [a for a in attachments.trip_attachments(db, owners["trip"]) if a.filename == "mou.pdf"]
    assert attachments.attachment_bytes(db, mou.id) == PDF


def engagements_of(db, trip_id):
    from delegation_planner.services import engagements

    return engagements.programme(db, trip_id).items
