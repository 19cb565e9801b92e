"""A meeting note's time (taken_at) edited through the note dialog on the real main window:
shown and typed in the venue's zone, refused inside a DST gap (dialog stays open, database
unchanged), undone and redone; the Vietnamese dialog has no English word left."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import QLabel

from delegation_planner.domain.timezones import to_utc
from delegation_planner.services import engagements, notes, trips
from tests.gui.dialog_helpers import press_ok

NY = "America/New_York"


def set_time(dialog, when: datetime) -> None:
    dialog.widget("taken_at").setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                                    QTime(when.hour, when.minute)))


def open_spring_engagement(window) -> int:
    trip = trips.create_trip(window.db, title="Boston 2017", start_date=date(2017, 3, 10), end_date=date(2017, 3, 14))
    eng = engagements.create_engagement(window.db, trip.id, title="Gặp Thống đốc Massachusetts", timezone=NY,
                                        start=datetime(2017, 3, 11, 10, 0), end=datetime(2017, 3, 11, 11, 0))
    eng = getattr(eng, "engagement", eng)
    assert window.select_engagement(eng.id)
    return eng.id


def test_edit_a_notes_time_in_the_dialog_see_it_and_undo(main_window, qtbot):
    main_window.show()
    qtbot.waitExposed(main_window)
    eng_id = open_spring_engagement(main_window)
    panel = main_window.engagement_panel
    seen = {}

    def write(dialog):
        # a past engagement: a new note defaults to its start, in the venue's wall clock
        seen["default"] = dialog.widget("taken_at").dateTime().toString("yyyy-MM-dd HH:mm")
        seen["caption"] = dialog.form.labelForField(dialog.widget("taken_at").parentWidget()).text()
        dialog.widget("text").setPlainText("Nguyễn Đức Chung mở đầu buổi gặp")
        dialog.accept()
        return True

    panel.run_dialog = write
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    assert seen["default"] == "2017-03-11 10:00"
    assert seen["caption"].replace("&", "") == "Time (Boston)"  # domain.timezones.city_label's rule
    (note,) = notes.list_notes(main_window.db, eng_id)
    assert note.taken_at == datetime(2017, 3, 11, 15, 0, tzinfo=timezone.utc)

    def refuse_then_fix(dialog):
        set_time(dialog, datetime(2017, 3, 12, 2, 30))  # clocks jump 02:00 -> 03:00 in New York
        press_ok(dialog)
        assert dialog.isVisible() or dialog.result() == 0
        error = dialog.findChild(QLabel, "taken_at_error")
        seen["error"] = error.text()
        seen["stored_after_refusal"] = notes.list_notes(main_window.db, eng_id)[0].taken_at
        set_time(dialog, datetime(2017, 3, 13, 9, 30))
        press_ok(dialog)
        return dialog.result() == 1

    panel.run_dialog = refuse_then_fix
    assert panel.selected_note().id == note.id
    qtbot.mouseClick(panel.edit_note_button, Qt.MouseButton.LeftButton)
    assert "2017-03-12 02:30" in seen["error"] and NY in seen["error"]
    assert seen["stored_after_refusal"] == datetime(2017, 3, 11, 15, 0, tzinfo=timezone.utc)
    edited = datetime(2017, 3, 13, 13, 30, tzinfo=timezone.utc)  # EDT (UTC-4) after the change
    assert notes.list_notes(main_window.db, eng_id)[0].taken_at == edited
    assert panel.notes_model.note_at(0).taken_at == edited  # the list holds the edited note

    main_window.actions_.undo.trigger()
    assert notes.list_notes(main_window.db, eng_id)[0].taken_at == datetime(2017, 3, 11, 15, 0, tzinfo=timezone.utc)
    assert panel.notes_model.note_at(0).taken_at == datetime(2017, 3, 11, 15, 0, tzinfo=timezone.utc)
    main_window.actions_.redo.trigger()
    assert notes.list_notes(main_window.db, eng_id)[0].taken_at == edited


def test_the_notes_list_heads_a_note_with_its_time(main_window, qtbot):
    from delegation_planner.ui.models.notes import NoteHeaderRole

    eng_id = open_spring_engagement(main_window)
    notes.add_note(main_window.db, eng_id, "x", taken_at=datetime(2017, 3, 11, 10, 15))
    panel = main_window.engagement_panel
    header = panel.notes_model.index(0, 0).data(NoteHeaderRole)
    assert header == "11 Mar 2017 10:15 (Boston)"  # the venue's clock, as typed, and named


def test_vietnamese_note_dialog_has_no_english_word(vi_window, qtbot):
    from delegation_planner.ui.dialogs.note_dialog import NoteDialog
    from tests.gui.test_messages_vi import catalogue_english_words, english_in
    from tests.gui.test_translation import english_ui_words

    words = english_ui_words() | catalogue_english_words()
    eng_id = open_spring_engagement(vi_window)
    dialog = NoteDialog(vi_window.ctx if hasattr(vi_window, "ctx") else vi_window.engagement_panel.ctx, eng_id,
                        parent=vi_window)
    qtbot.addWidget(dialog)
    dialog.show()
    set_time(dialog, datetime(2017, 3, 12, 2, 30))
    dialog.widget("text").setPlainText("Ghi chú")
    press_ok(dialog)
    texts = [dialog.windowTitle()] + [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [b.text() for b in dialog.buttons.buttons()]
    error = dialog.findChild(QLabel, "taken_at_error").text()
    assert error and "Thời gian" in dialog.form.labelForField(dialog.widget("taken_at").parentWidget()).text()
    leftover = [w for t in texts for w in english_in(t, words, data=("America/New_York", "New York", "Ghi chú"))]
    assert "không tồn tại" in error or "không có" in error, error
    assert leftover == [], (leftover, texts)
    dialog.grab().save("/tmp/note_dialog_vi.png")
    dialog.reject()


@pytest.fixture
def laptop_in_hanoi():
    """The laptop's own clock set to Hanoi's (TZ + tzset), restored afterwards."""
    import os
    import time

    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_the_notes_list_reads_the_venue_clock_the_dialog_asked_for(main_window, qtbot, laptop_in_hanoi):
    """A note typed as 10:00 on Boston's clock is listed as 10:00 (Boston), not as the laptop's 22:00."""
    eng_id = open_spring_engagement(main_window)
    notes.add_note(main_window.db, eng_id, "Gặp Thống đốc", author="Nguyễn Đức Chung",
                   taken_at=datetime(2017, 3, 11, 15, 0, tzinfo=timezone.utc))
    main_window.engagement_panel.reload()
    model = main_window.engagement_panel.notes_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    header = model.header(model.note_at(0))
    assert header.startswith("11 Mar 2017 10:00 (Boston)"), header
    assert "22:00" not in header and "Nguyễn Đức Chung" in header
