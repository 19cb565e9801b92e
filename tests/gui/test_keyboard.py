"""Keyboard first: forms open on their first field, Tab follows the layout, a space never
presses OK, access keys never clash (English and Vietnamese), Ctrl+1…4 reach the tab's table,
dates refuse 30 February, and a whole trip is walked with key events only."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu, QPushButton

from delegation_planner.services import engagements, notes, trips
from delegation_planner.ui.access_keys import mnemonic_of, mnemonics

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def type_text(widget, text: str) -> None:
    """Key presses with their text, one per character (QTest.keyClicks cannot send "ọ")."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # (activateWindow() leaves it inactive under pytest)
    from PySide6.QtTest import QTest

    assert QTest.qWaitForWindowActive(window.windowHandle(), 5000)
    return window


# ------------------------------------------------------------------ access keys

def _clashes(window):
    keys = Counter(k for k, _text in mnemonics(window))
    return {k: [t for kk, t in mnemonics(window) if kk == k] for k, n in keys.items() if n > 1}


def _check_access_keys(window):
    items = window.programme_model.items()
    if items:
        window.select_engagement(items[0].id)
    for tab in range(4):
        window.switch_to_tab(tab)
        assert _clashes(window) == {}, f"tab {tab}"
        keys = dict(mnemonics(window))
        assert len(keys) >= 10  # the menu bar and tabs keep keys, not just lose them
    for page in range(3):
        window.show_engagement_page(page)
        assert _clashes(window) == {}
    for menu in window.menuBar().findChildren(QMenu):
        letters = [mnemonic_of(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        letters = [k for k in letters if k]
        assert len(letters) == len(set(letters)), menu.title()


def test_access_keys_unique_in_english(window):
    _check_access_keys(window)
    bar = {mnemonic_of(a.text()): a.text() for a in window.menuBar().actions()}
    assert bar["r"] == "&Reports" and bar["p"] == "&Programme"  # Alt+R, Alt+P: the menus, not tabs


def test_access_keys_unique_in_vietnamese(vi_window):
    _check_access_keys(vi_window)


# ------------------------------------------------------------------ forms

@pytest.mark.parametrize("action", ["new_trip", "add_engagement", "edit_engagement"])
def test_forms_open_on_their_first_field_and_space_does_not_press_ok(window, qtbot, action):
    shown(window, qtbot)
    eng = engagements.create_engagement(window.db, window.current_trip_id, title="Cũ", timezone="UTC",
                                        start=__import__("datetime").datetime(2017, 7, 12, 9),
                                        end=__import__("datetime").datetime(2017, 7, 12, 10)).engagement
    window.refresh_all()
    window.select_engagement(eng.id)
    seen = {}

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        focus = dialog.focusWidget()
        seen["focus"] = focus
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_auto_default"] = ok.autoDefault()
        focus.selectAll() if isinstance(focus, QLineEdit) else None
        type_text(focus, "Họp với Sở Y tế")
        seen["visible_after_typing"] = dialog.isVisible()
        seen["text"] = focus.text() if isinstance(focus, QLineEdit) else None
        # Tab goes down the form, not to OK first
        chain, w = [], focus
        for _ in range(40):
            w = w.nextInFocusChain()
            if w is focus:
                break
            if w.isVisibleTo(dialog) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled():
                chain.append(w)
        seen["chain"] = chain
        dialog.reject()
        return dialog.result()

    window.exec_dialog = run
    getattr(window.actions_, action).trigger()
    assert seen["focus"] is getattr(window.last_dialog if hasattr(window, "last_dialog") else None, "title_edit",
                                    seen["focus"])
    assert seen["focus"].objectName() != "" or isinstance(seen["focus"], QLineEdit)
    assert isinstance(seen["focus"], QLineEdit) and seen["text"] == "Họp với Sở Y tế"
    assert seen["visible_after_typing"] and not seen["ok_auto_default"]
    buttons = [w for w in seen["chain"] if isinstance(w, QPushButton)]
    assert buttons and seen["chain"].index(buttons[0]) > 3  # OK/Cancel come after the fields


def test_note_dialog_opens_on_the_note(window, qtbot):
    from datetime import datetime

    from delegation_planner.ui.dialogs.note_dialog import NoteDialog

    eng = engagements.create_engagement(window.db, window.current_trip_id, title="X", timezone="UTC",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    dialog = NoteDialog(window.ctx, eng.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.widget("text")


def test_thirty_february_is_refused_and_said(main_window, qtbot):
    from delegation_planner.ui.dialogs.trip_dialog import TripDialog

    dialog = TripDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDate(QDate(2026, 2, 10))
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.start_edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "30")
    assert edit.date() == QDate(2026, 2, 10)  # not 03 February
    assert "30" in dialog.message.text() and "February" in dialog.message.text() and dialog.message.isVisibleTo(dialog)
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "28")
    assert edit.date() == QDate(2026, 2, 28)


# ------------------------------------------------------------------ tabs

def test_ctrl_1_to_4_move_focus_into_the_tab_table(window, qtbot):
    shown(window, qtbot)
    keys = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4}
    for n, name in ((2, "delegationView"), (3, "commitmentsView"), (4, "directoryView"), (1, "programmeView")):
        qtbot.keySequence(QApplication.focusWidget() or window, QKeySequence(f"Ctrl+{n}"))
        focus = QApplication.focusWidget()
        assert window.tabs.currentIndex() == n - 1
        assert focus is not None and (focus.objectName() == name or focus is window.tab_focus_widget(n - 1)), name


# ------------------------------------------------------------------ the whole walk

def _modal(qtbot, steps):
    """Run ``steps(dialog)`` on the next modal dialog (a real exec()), from the event loop."""
    def later():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, later)
            return
        steps(dialog)
    QTimer.singleShot(0, later)


def test_a_whole_trip_with_the_keyboard_only(main_window, qtbot):
    w = shown(main_window, qtbot)
    w.exec_dialog = lambda dialog: dialog.exec()  # real modal dialogs, typed into
    key = qtbot.keyClick

    def press(k, mods=Qt.KeyboardModifier.NoModifier):
        """A key to the window's focused widget (the offscreen platform does not give the window
        back its activation when a modal dialog closes: asked for, as the window manager would)."""
        from PySide6.QtTest import QTest

        if QApplication.activeWindow() is not w:
            w.windowHandle().requestActivate()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
        key(w.focusWidget() or w, k, mods)

    # New trip (Ctrl+N): title, Tab to the start date …, Enter
    def trip_form(d):
        type_text(d.focusWidget(), "Hội đàm y tế biên giới Cao Bằng")
        key(d.focusWidget(), Qt.Key.Key_Tab)  # destination
        type_text(d.focusWidget(), "Cao Bang")
        key(d.focusWidget(), Qt.Key.Key_Return)
    _modal(qtbot, trip_form)
    press(Qt.Key.Key_N, CTRL)  # a window shortcut: from wherever the focus is at start
    rows = trips.list_trips(w.db)
    assert [r.title for r in rows] == ["Hội đàm y tế biên giới Cao Bằng"]
    trip_id = rows[0].id
    assert w.current_trip_id == trip_id

    # Add engagement (Ctrl+Shift+N)
    def engagement_form(d):
        type_text(d.focusWidget(), "Họp với Ủy ban Y tế Quảng Tây")
        key(d.focusWidget(), Qt.Key.Key_Return)

    _modal(qtbot, engagement_form)
    press(Qt.Key.Key_N, CTRL | SHIFT)
    items = engagements.programme(w.db, trip_id).items
    assert [i.title for i in items] == ["Họp với Ủy ban Y tế Quảng Tây"]

    # Ctrl+1: the programme's table; Down selects the engagement
    press(Qt.Key.Key_1, CTRL)
    assert w.focusWidget() is w.programme_view
    if w.current_engagement_id is None:
        press(Qt.Key.Key_Down)
    assert w.current_engagement_id == items[0].id

    # Alt+2: People page; Tab to "Add attendee…", Space; the picker: New person… is Alt+N
    press(Qt.Key.Key_2, ALT)
    panel = w.engagement_panel
    assert panel.tabs.currentIndex() == 1

    def person_form(d):
        type_text(d.focusWidget(), "Nông Tuấn Phong")
        key(d.focusWidget(), Qt.Key.Key_Return)

    def picker(d):
        type_text(d.focusWidget(), "Nông Tuấn Phong")
        _modal(qtbot, person_form)
        key(d.focusWidget(), Qt.Key.Key_Tab)  # beside the search box: New person…
        assert d.focusWidget() is d.new_person_button
        key(d.focusWidget(), Qt.Key.Key_Space)  # the name typed is kept
        key(d.focusWidget(), Qt.Key.Key_Return)  # the new person chosen: Enter adds
    _modal(qtbot, picker)
    for _ in range(15):  # Tab from the people table to "Add attendee…", then Space
        if w.focusWidget() is panel.add_ours_button:
            break
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert [a.full_name for a in engagements.list_attendees(w.db, items[0].id)] == ["Nông Tuấn Phong"]

    # Ctrl+Shift+W: write a note; Tab leaves the text; Enter on… the form's OK via Ctrl+Enter-free path
    def note_form(d):
        assert d.focusWidget() is d.widget("text")  # the note, not the author
        type_text(d.focusWidget(), "Hai bên thống nhất trao đổi số liệu")
        for _ in range(10):  # Tab out of the text: OK is the first button after the fields
            if isinstance(d.focusWidget(), QPushButton):
                break
            key(d.focusWidget(), Qt.Key.Key_Tab)
        key(d.focusWidget(), Qt.Key.Key_Space)  # OK
    _modal(qtbot, note_form)
    press(Qt.Key.Key_W, CTRL | SHIFT)
    assert [n.text for n in notes.list_notes(w.db, items[0].id)] == ["Hai bên thống nhất trao đổi số liệu"]

    # Ctrl+Shift+C: add a commitment (linked to the engagement on the Programme tab)
    def commitment_form(d):
        type_text(d.focusWidget(), "Trao đổi số liệu dịch bệnh hằng tháng")
        for _ in range(30):
            if isinstance(d.focusWidget(), QPushButton):
                break
            key(d.focusWidget(), Qt.Key.Key_Tab)
        key(d.focusWidget(), Qt.Key.Key_Space)
    _modal(qtbot, commitment_form)
    press(Qt.Key.Key_C, CTRL | SHIFT)
    from delegation_planner.services import commitments

    rows = commitments.list_commitments(w.db, trip_id=trip_id)
    assert [(r.description, r.engagement_id) for r in rows] == [("Trao đổi số liệu dịch bệnh hằng tháng",
                                                                 items[0].id)]

    # Ctrl+P: the briefing pack. Qt's own save dialog opens on the file name (in the database's
    # folder); the name is typed and Enter saves.
    from pathlib import Path

    target = Path(w._default_dir()) / "briefing-keyboard.pdf"  # where the save dialog opens

    def save_dialog(d):
        from PySide6.QtWidgets import QFileDialog

        assert isinstance(d, QFileDialog)
        name = d.focusWidget()
        assert isinstance(name, QLineEdit) and name.objectName() == "fileNameEdit"
        name.selectAll()
        type_text(name, target.name)
        key(name, Qt.Key.Key_Return)
    _modal(qtbot, save_dialog)
    press(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Quảng Tây" in text and "Nông Tuấn Phong" in text
