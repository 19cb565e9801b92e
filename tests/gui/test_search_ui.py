"""Search everything (SearchPanel / SearchDialog) over the sample trips: results as you type,
Vietnamese names found without their accents, "This trip only", opening a result."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from delegation_planner.sample import load_sample
from delegation_planner.services import commitments, notes, trips
from delegation_planner.ui.models.search import ID_COLUMN, KIND_COLUMN, SNIPPET_COLUMN, TRIP_COLUMN, SegmentsRole


@pytest.fixture
def trip_id(db):
    return load_sample(db)


@pytest.fixture
def panel(qtbot, ctx, trip_id):
    from delegation_planner.ui.views.search import SearchPanel

    p = SearchPanel(ctx)
    qtbot.addWidget(p)
    p.resize(760, 440)
    p.show()
    return p


def search_now(qtbot, panel, text: str) -> None:
    """Type ``text`` (setText: QTest.keyClicks cannot type Vietnamese) and press Enter."""
    panel.search_box.setText(text)
    QTest.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert panel.last_query == text


def cells(panel, column: int) -> list[str]:
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def other_trip_id(db, trip_id: int) -> int:
    others = [t.id for t in trips.list_trips(db) if t.id != trip_id]
    assert others, "the sample has a second trip"
    return others[0]


def test_widgets_are_named_and_empty_query_shows_nothing(panel):
    assert panel.objectName() == "searchPanel"
    assert panel.search_box.objectName() == "searchBox"
    assert panel.search_box.placeholderText() == "Search notes, commitments and people…"
    assert panel.view.objectName() == "searchResults"
    assert panel.view.isColumnHidden(ID_COLUMN)
    assert not panel.trip_only.isEnabled()  # no trip told yet
    assert panel.model.rowCount() == 0


def test_vietnamese_name_found_without_accents(qtbot, panel, db):
    search_now(qtbot, panel, "nguyen")
    rows = panel.model.rows()
    people = [r for r in rows if r.kind == "person"]
    assert any("Nguyễn Đức Chung" in panel.model.snippet_text(panel.model.rows().index(r)) for r in people)
    row = panel.model.rows().index(people[0])
    assert panel.model.index(row, KIND_COLUMN).data() == "Person"
    assert panel.model.index(row, TRIP_COLUMN).data() == "—"
    # the matched word is marked for the delegate (bold), and no marker leaks into the text
    segments = panel.model.index(row, SNIPPET_COLUMN).data(SegmentsRole)
    assert ("Nguyễn", True) in segments
    assert "\x02" not in panel.model.index(row, SNIPPET_COLUMN).data()
    assert panel.model.index(row, ID_COLUMN).data() == str(people[0].id)
    # "Duc" finds "Đức" (đ is a letter of its own; the service tries both)
    search_now(qtbot, panel, "Duc Chung")
    assert "person" in panel.model.kinds()


def test_results_mix_kinds_with_trip_titles(qtbot, panel, db, trip_id):
    search_now(qtbot, panel, "health")
    kinds = set(panel.model.kinds())
    assert {"note", "commitment", "person"} <= kinds
    title = trips.get_trip(db, trip_id).title
    for r, row in enumerate(panel.model.rows()):
        text = panel.model.index(r, KIND_COLUMN).data()
        assert text == {"note": "Note", "commitment": "Commitment", "person": "Person"}[row.kind]
        if row.kind == "person":
            assert panel.model.index(r, TRIP_COLUMN).data() == "—"
        else:
            assert panel.model.index(r, TRIP_COLUMN).data() == title
            assert "health" in panel.model.index(r, SNIPPET_COLUMN).data().lower()
    assert str(panel.model.rowCount()) in panel.status.text() and "ms" in panel.status.text()


def test_this_trip_only_keeps_that_trips_notes_and_commitments(qtbot, panel, db, trip_id):
    other = other_trip_id(db, trip_id)
    search_now(qtbot, panel, "and")  # a word of both sample trips
    trips_seen = {r.trip_id for r in panel.model.rows()}
    assert {trip_id, other} <= trips_seen
    panel.set_trip(trip_id)
    assert panel.trip_only.isEnabled() and not panel.trip_only.isChecked()
    panel.trip_only.setChecked(True)  # searches again at once
    rows = panel.model.rows()
    assert rows and {r.trip_id for r in rows if r.kind != "person"} == {trip_id}
    # another trip told: the filter follows it
    panel.set_trip(other)
    assert {r.trip_id for r in panel.model.rows() if r.kind != "person"} == {other}
    # no trip: the box is off, every trip again
    panel.set_trip(None)
    assert not panel.trip_only.isEnabled() and not panel.trip_only.isChecked()
    search_now(qtbot, panel, "and")
    assert {trip_id, other} <= {r.trip_id for r in panel.model.rows()}


def test_activated_signal_payload_on_double_click_and_enter(qtbot, panel, db):
    search_now(qtbot, panel, "health")
    rows = panel.model.rows()
    note_row = next(i for i, r in enumerate(rows) if r.kind == "note")
    note = rows[note_row]
    expected_engagement = note.engagement_id
    assert expected_engagement is not None
    assert note.id in [n.id for n in notes.list_notes(db, expected_engagement)]  # the note's real engagement
    rect = panel.view.visualRect(panel.model.index(note_row, SNIPPET_COLUMN))
    with qtbot.waitSignal(panel.activated, timeout=2000) as blocker:
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["note", note.id, note.trip_id, expected_engagement]

    commitment_row = next(i for i, r in enumerate(rows) if r.kind == "commitment")
    commitment = rows[commitment_row]
    stored = commitments.get_commitment(db, commitment.id)
    # keyboard: Down from the search box goes to the results, Enter opens the current one
    panel.search_box.setFocus()
    QTest.keyClick(panel.search_box, Qt.Key.Key_Down)
    panel.view.setCurrentIndex(panel.model.index(commitment_row, KIND_COLUMN))
    with qtbot.waitSignal(panel.activated, timeout=2000) as blocker:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == ["commitment", stored.id, stored.trip_id, stored.engagement_id]

    person_row = next(i for i, r in enumerate(rows) if r.kind == "person")
    with qtbot.waitSignal(panel.activated, timeout=2000) as blocker:
        panel.activate_row(person_row)
    assert blocker.args == ["person", rows[person_row].id, None, None]


@pytest.mark.parametrize("text", ['"AND (', "NEAR(", "a* OR -b:", '"', "\x00", "))((", "🙂"])
def test_fts_syntax_in_the_query_never_raises(qtbot, panel, text):
    search_now(qtbot, panel, text)
    assert "failed" not in panel.status.text()
    assert panel.model.rowCount() >= 0


def test_quote_and_operator_words_are_plain_words(qtbot, panel):
    search_now(qtbot, panel, '"AND (')
    # "and" is searched as a word, not as an operator
    assert panel.model.rowCount() > 0
    assert any(("and", True) in [(t.lower(), m) for t, m in panel.model.index(r, SNIPPET_COLUMN).data(SegmentsRole)]
               for r in range(panel.model.rowCount()))


def test_results_appear_while_typing_after_the_debounce(qtbot, panel):
    panel.search_box.setText("Hương")
    assert panel.model.rowCount() == 0  # nothing yet: waits for the pause in typing
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    assert panel.last_query == "Hương"
    assert panel.last_elapsed_ms is not None
    assert "result" in panel.status.text()


def test_results_follow_edits_made_elsewhere(qtbot, panel, db, trip_id):
    search_now(qtbot, panel, "zeppelinword")
    assert panel.model.rowCount() == 0
    from delegation_planner.services import panels

    engagement_id = panels.engagement_choices(db, trip_id)[0][0]
    notes.add_note(db, engagement_id, text="The zeppelinword came up over lunch")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    assert panel.model.rows()[0].kind == "note"


def test_model_passes_qtmodeltester(qtmodeltester, qtbot, panel):
    search_now(qtbot, panel, "health")
    assert panel.model.rowCount() > 0
    qtmodeltester.check(panel.model, force_py=True)


def test_dialog_wraps_the_panel_and_forwards_activated(qtbot, ctx, trip_id):
    from delegation_planner.ui.views.search import SearchDialog

    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_trip(trip_id)
    dialog.show()
    assert dialog.objectName() == "searchDialog"
    assert not dialog.isModal()
    assert dialog.width() >= 700 and dialog.height() >= 440
    assert dialog.findChild(type(dialog.panel), "searchPanel") is dialog.panel
    assert dialog.panel.trip_only.isEnabled()
    dialog.panel.set_query("nguyen")
    assert dialog.panel.model.rowCount() > 0
    # Enter in the search box searches; it must not close the dialog
    QTest.keyClick(dialog.panel.search_box, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.activated, timeout=2000) as blocker:
        dialog.panel.activate_row(0)
    assert blocker.args[0] == dialog.panel.model.rows()[0].kind
    # what the view shows: the matched name is drawn inside its cell
    rect = dialog.panel.view.visualRect(dialog.panel.model.index(0, SNIPPET_COLUMN))
    assert rect.width() > dialog.panel.view.fontMetrics().horizontalAdvance("Nguyễn Đức Chung")


def test_results_open_in_the_main_window(qtbot, main_window):
    """The main window's side (open_search_dialog / show_search_result), on the real window."""
    from delegation_planner.ui.main_window import PROGRAMME_TAB
    from delegation_planner.ui.views.directory import PEOPLE_TAB
    from delegation_planner.ui.views.search import open_search_dialog

    window = main_window
    window.load_sample_trip()
    window.show()
    qtbot.waitExposed(window)
    dialog = open_search_dialog(window)
    assert open_search_dialog(window) is dialog  # one dialog per window
    assert dialog.isVisible() and window.current_trip_id is not None
    assert dialog.panel.trip_id() == window.current_trip_id and dialog.panel.trip_only.isEnabled()
    rows_of = lambda: dialog.panel.model.rows()  # noqa: E731

    dialog.panel.set_query("health")
    rows = rows_of()
    note = next(r for r in rows if r.kind == "note")
    dialog.panel.activate_row(rows.index(note))
    assert window.tabs.currentIndex() == PROGRAMME_TAB
    assert window.current_trip_id == note.trip_id
    assert window.current_engagement_id == note.engagement_id

    commitment = next(r for r in rows if r.kind == "commitment")
    dialog.panel.activate_row(rows.index(commitment))
    assert window.tabs.currentWidget() is window.commitments_panel
    assert window.commitments_panel.selected_commitment().id == commitment.id

    dialog.panel.set_query("nguyen")
    person = next(r for r in rows_of() if r.kind == "person")
    window.directory_panel.search.setText("zzz no one")  # a filter that hides the person
    window.directory_panel.reload()
    dialog.panel.activate_row(rows_of().index(person))
    assert window.tabs.currentWidget() is window.directory_panel
    assert window.directory_panel.tabs.currentIndex() == PEOPLE_TAB
    assert window.directory_panel.selected_person().id == person.id
    dialog.close()


def test_search_everything_from_the_main_window_menu(main_window, qtbot):
    from delegation_planner.sample import load_sample

    load_sample(main_window.db)
    main_window.refresh_all()
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QTableView

    action = main_window.findChild(QAction, "actionSearchEverything")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    dialog = main_window.search_dialog
    assert dialog is not None and dialog.objectName() == "searchDialog" and dialog.isVisible()
    dialog.findChild(QLineEdit, "searchBox").setText("nguyen")
    results = dialog.findChild(QTableView, "searchResults")
    qtbot.waitUntil(lambda: results.model().rowCount() > 0, timeout=5000)
    dialog.close()
