"""Attachments on the real main window: a programme attached to an engagement, the signed MoU to a
commitment (Commitments tab), a photo to a gift (Gifts register) — added from a file, opened through a
private owner-only copy, saved elsewhere, removed and undone; a FIFO or the database as a target refused
in the dialog with nothing written."""
from __future__ import annotations

import os
import stat
from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from delegation_planner.services import attachments, commitments, engagements, gifts

MOU = b"%PDF-1.4\n% MoU Partners HealthCare - Ha Noi\n%%EOF\n"


def _capture(window):
    opened = []
    window.exec_dialog = opened.append
    return opened


def test_attach_open_save_remove_undo_on_an_engagement(window, boston, qtbot, tmp_path, db_path):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Ký kết biên bản ghi nhớ",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15, 30),
                                        end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    assert window.select_engagement(eng_id)
    opened = _capture(window)
    window.findChild(QAction, "attachmentsAction").trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "attachmentsDialog"
    source = tmp_path / "Biên bản ghi nhớ.pdf"
    source.write_bytes(MOU)
    dialog.ask_open_path = lambda *a, **k: str(source)
    dialog.add()
    view = dialog.findChild(QTableView, "attachmentsView")
    assert view.model().index(0, 0).data() == "Biên bản ghi nhớ.pdf"
    # Open: a private copy handed to the system viewer
    shown = []
    dialog.open_file = shown.append
    view.selectRow(0)
    dialog.edit_button.click()
    (copy,) = shown
    assert copy.read_bytes() == MOU and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    # Save a copy…: onto the database refused and said; elsewhere written
    from tests.gui.dialog_helpers import refused_target

    target, untouched = refused_target(db_path, tmp_path)
    dialog.ask_save_path = lambda *a, **k: target
    dialog.save_button.click()
    assert dialog.empty.isVisibleTo(dialog) and untouched()
    dialog.ask_save_path = lambda *a, **k: str(tmp_path / "out.pdf")
    dialog.save_button.click()
    assert (tmp_path / "out.pdf").read_bytes() == MOU
    # a FIFO is refused in the dialog, nothing attached
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    dialog.ask_open_path = lambda *a, **k: str(fifo)
    dialog.add()
    assert "not a regular file" in dialog.empty.text()
    assert len(attachments.list_attachments(window.db, "engagement", eng_id)) == 1
    # remove, then undo: the same bytes come back
    view.selectRow(0)
    dialog.delete()
    assert attachments.list_attachments(window.db, "engagement", eng_id) == []
    window.ctx.undo_stack.undo()
    (back,) = attachments.list_attachments(window.db, "engagement", eng_id)
    assert attachments.attachment_bytes(window.db, back.id) == MOU


def test_commitments_and_gifts_have_attachments_too(window, boston, qtbot, tmp_path):
    com = commitments.create_commitment(window.db, boston["trip_id"], description="MoU with Partners HealthCare",
                                        kind="mou")
    gift = gifts.add_gift(window.db, boston["trip_id"], description="Tranh sơn mài")
    window.show_tab(2)
    panel = window.commitments_panel
    panel.reload()
    panel.view.selectRow(0)
    opened = _capture(window)
    panel.attachments_button.click()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert (dialog.owner, dialog.owner_id) == ("commitment", com.id)
    window.open_gifts_register()
    gifts_dialog = opened[-1]
    qtbot.addWidget(gifts_dialog)
    gifts_dialog.view.selectRow(0)
    gifts_dialog.attachments_button.click()
    assert (opened[-1].owner, opened[-1].owner_id) == ("gift", gift.id)
    qtbot.addWidget(opened[-1])


def test_undoing_an_engagement_delete_brings_back_everything_it_held(window, boston):
    from datetime import timezone

    from delegation_planner.services import motorcade, notes, scenario
    from delegation_planner.ui.operations import engagements as engagement_ops

    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Ký kết", kind="signing_ceremony",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15, 30),
                                        end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    taken = datetime(2017, 7, 12, 19, 40, tzinfo=timezone.utc)
    notes.add_note(db, eng_id, "Hai bên ký biên bản ghi nhớ", author="Trần Thị Mai Hương", taken_at=taken)
    scenario.add_step(db, eng_id, at_time="15:30", action="Đón đoàn tại cửa", performer="PHI")
    motorcade.add_vehicle(db, eng_id, plate="MA 1-GOV", driver="John Smith")
    attachments.add_attachment_bytes(db, "engagement", eng_id, "Biên bản.pdf", MOU)
    engagement_ops.delete_engagement(window.ctx, eng_id)
    assert all(i.title != "Ký kết" for i in engagements.programme(db, boston["trip_id"]).items)
    window.ctx.undo_stack.undo()
    (back,) = [i for i in engagements.programme(db, boston["trip_id"]).items if i.title == "Ký kết"]
    (note,) = notes.list_notes(db, back.id)
    assert note.taken_at == taken  # the meeting's time, not the moment of the undo
    assert [s.action for s in scenario.list_steps(db, back.id)] == ["Đón đoàn tại cửa"]
    assert [(v.plate, v.driver) for v in motorcade.list_vehicles(db, back.id)] == [("MA 1-GOV", "John Smith")]
    (a,) = attachments.list_attachments(db, "engagement", back.id)
    assert attachments.attachment_bytes(db, a.id) == MOU and a.filename == "Biên bản.pdf"


def test_the_delete_question_names_the_scenario_cars_and_files(window, boston):
    from delegation_planner.services import motorcade, scenario
    from delegation_planner.ui.edit_flows import engagement_delete_consequences

    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Ký kết", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 15, 30), end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    assert "Also deleted" not in engagement_delete_consequences(window.ctx, eng_id)
    scenario.add_step(window.db, eng_id, at_time="15:30", action="Đón đoàn")
    motorcade.add_vehicle(window.db, eng_id)
    attachments.add_attachment_bytes(window.db, "engagement", eng_id, "a.pdf", MOU)
    text = engagement_delete_consequences(window.ctx, eng_id)
    assert "Also deleted with it: 1 scenario step(s), 1 car(s), 1 attached file(s)." in text


def test_undoing_a_trip_delete_brings_back_its_gifts_cars_and_files(window, boston):
    from delegation_planner.services import motorcade, trips
    from delegation_planner.ui.operations import trips as trip_ops

    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Đưa đoàn ra sân bay", kind="travel",
                                        timezone="America/New_York", start=datetime(2017, 7, 14, 15),
                                        end=datetime(2017, 7, 14, 16))
    eng_id = getattr(eng, "engagement", eng).id
    motorcade.add_vehicle(db, eng_id, plate="MA 1-GOV")
    gift = gifts.add_gift(db, boston["trip_id"], description="Tranh sơn mài", engagement_id=eng_id)
    attachments.add_attachment_bytes(db, "gift", gift.id, "ảnh.jpg", MOU)
    trip_ops.delete_trip(window.ctx, boston["trip_id"])
    assert all(t.id != boston["trip_id"] for t in trips.list_trips(db))
    window.ctx.undo_stack.undo()
    (back,) = [t for t in trips.list_trips(db) if t.title == "Boston study visit 2017"]
    (g,) = gifts.list_gifts(db, back.id)
    assert (g.description, g.engagement_title) == ("Tranh sơn mài", "Đưa đoàn ra sân bay")
    (item,) = engagements.programme(db, back.id).items
    assert [v.plate for v in motorcade.list_vehicles(db, item.id)] == ["MA 1-GOV"]
    (a,) = attachments.trip_attachments(db, back.id)
    assert attachments.attachment_bytes(db, a.id) == MOU
