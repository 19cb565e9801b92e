"""services.trips.delete_summary: what deleting a trip deletes with it (the delete question's counts)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.domain.errors import NotFoundError
from delegation_planner.services import attachments, commitments, engagements, gifts, motorcade, notes, trips


def test_counts_everything_the_trip_holds_and_nothing_of_another_trip(db):
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    other = trips.create_trip(db, title="Paris 2026", start_date=date(2026, 3, 1), end_date=date(2026, 3, 2))
    empty = trips.delete_summary(db, trip.id)
    assert (empty.engagements, empty.gifts, empty.cars, empty.attachments) == (0, 0, 0, 0)
    for t in (trip, other):
        eng = engagements.create_engagement(db, t.id, title="Ký kết", kind="signing_ceremony",
                                            timezone="America/New_York", start=datetime(2017, 7, 12, 15, 0),
                                            end=datetime(2017, 7, 12, 16, 0))
        eng_id = getattr(eng, "engagement", eng).id
        com = commitments.create_commitment(db, t.id, description="MoU", kind="mou")
        gift = gifts.add_gift(db, t.id, description="Tranh sơn mài", direction="given")
        motorcade.add_vehicle(db, eng_id, plate="MA 1-GOV")
        attachments.add_attachment_bytes(db, "engagement", eng_id, "chương trình.pdf", b"%PDF-1.4 a")
        if t is trip:
            motorcade.add_vehicle(db, eng_id, plate="MA 2-GOV")
            notes.add_note(db, eng_id, "Ghi chú")
            attachments.add_attachment_bytes(db, "commitment", com.id, "Biên bản ghi nhớ.pdf", b"%PDF-1.4 b")
            attachments.add_attachment_bytes(db, "gift", gift.id, "ảnh.jpg", b"\xff\xd8\xff")
    s = trips.delete_summary(db, trip.id)
    assert (s.engagements, s.commitments, s.notes, s.gifts, s.cars, s.attachments) == (1, 1, 1, 1, 2, 3)
    o = trips.delete_summary(db, other.id)
    assert (o.gifts, o.cars, o.attachments, o.notes) == (1, 1, 1, 0)


def test_a_trip_that_is_not_there_is_refused(db):
    with pytest.raises(NotFoundError):
        trips.delete_summary(db, 999_999)
