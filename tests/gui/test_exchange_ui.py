"""Trip → Export calendar (.ics)… and Commitments → Export to spreadsheet…, driven in the real main
window; the files are read back (icalendar, csv)."""
from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtWidgets import QDialogButtonBox

from delegation_planner.domain.enums import MemberRole, Side
from delegation_planner.services import commitments, directory, engagements, members
from tests.gui.dialog_helpers import press_ok


def _programme(db, boston):
    huong = directory.create_person(db, full_name="Trần Thị Mai Hương", side=Side.DELEGATION)
    members.add_member(db, boston["trip_id"], huong.id, role=MemberRole.MEMBER)
    first = engagements.create_engagement(db, boston["trip_id"], title="Massachusetts General Hospital",
                                          timezone="America/New_York", start=datetime(2017, 7, 12, 9),
                                          end=datetime(2017, 7, 12, 10), organization_id=boston["org_id"],
                                          objectives="MoU on hospital management").engagement
    engagements.create_engagement(db, boston["trip_id"], title="Harvard Kennedy School", timezone="America/New_York",
                                  start=datetime(2017, 7, 13, 14), end=datetime(2017, 7, 13, 15))
    engagements.set_attendance(db, first.id, huong.id)
    return huong


def test_export_calendar_whole_trip_and_one_member(window, dialogs, boston, tmp_path):
    huong = _programme(window.db, boston)
    action = window.actions_.export_calendar
    assert action.objectName() == "actionExportCalendar" and action.isEnabled()
    [trip_menu] = [a.menu() for a in window.menuBar().actions() if a.menu() and action in a.menu().actions()]
    assert trip_menu.title() == "&Trip"

    whole = tmp_path / "whole.ics"

    def fill_whole(dialog):
        assert dialog.objectName() == "icsExportDialog"
        assert dialog.whole_trip.isChecked() and not dialog.member_combo.isEnabled()
        assert dialog.file_edit.text().endswith(".ics")
        dialog.file_edit.setText(str(whole))
        dialog.grab().save(str(tmp_path / "ics_dialog.png"))
        press_ok(dialog)

    dialogs.append(fill_whole)
    action.trigger()
    cal = Calendar.from_ical(whole.read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["Harvard Kennedy School",
                                                                     "Massachusetts General Hospital"]
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    assert not cal.walk("VALARM")
    assert "whole.ics" in window.statusBar().currentMessage()

    own = tmp_path / "huong.ics"

    def fill_member(dialog):
        dialog.one_member.setChecked(True)
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(huong.id))
        assert dialog.member_combo.isEnabled()
        assert "tran-thi-mai-huong" in os.path.basename(dialog.file_edit.text())  # the name follows the choice
        dialog.reminder_check.setChecked(True)
        dialog.reminder_minutes.setValue(20)
        dialog.file_edit.setText(str(own))
        press_ok(dialog)

    dialogs.append(fill_member)
    action.trigger()
    cal = Calendar.from_ical(own.read_bytes())
    [event] = cal.walk("VEVENT")
    assert str(event["summary"]) == "Massachusetts General Hospital"
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=-4)
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(minutes=-20)
    assert str(cal["x-wr-calname"]).endswith("Trần Thị Mai Hương")


def test_export_calendar_refuses_the_database_and_keeps_the_dialog_open(window, dialogs, boston, tmp_path):
    _programme(window.db, boston)
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    seen: list[str] = []

    def fill(dialog):
        for target in ([str(window.db.path)] if window.db.path is not None else []) + [str(fifo), ""]:
            dialog.file_edit.setText(target)
            press_ok(dialog)
            assert dialog.isVisible() or dialog.result() == 0  # not accepted
            assert dialog.message.isVisibleTo(dialog)
            seen.append(dialog.message.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    before = window.db.path.read_bytes() if window.db.path is not None else None
    dialogs.append(fill)
    window.actions_.export_calendar.trigger()
    if before is not None:
        assert "open database" in seen[0]
        assert window.db.path.read_bytes() == before
    assert any("not a regular file" in text for text in seen)
    assert os.path.exists(fifo) and not os.path.isfile(fifo)


def test_commitments_tab_exports_to_spreadsheet(window, boston, tmp_path):
    db = window.db
    huong = _programme(db, boston)
    commitments.create_commitment(db, boston["trip_id"], description="=cmd|' /C calc'!A0", owner_id=huong.id,
                                  due_date=date(2017, 10, 31), status="agreed",
                                  follow_up="Gửi dự thảo\nhọp lại tháng 9")
    commitments.create_commitment(db, boston["other_id"], description="Another trip's promise")
    panel = window.commitments_panel
    window.show_tab(2)
    panel.set_trip(boston["trip_id"])
    button = panel.export_button
    assert button.objectName() == "exportCommitmentsButton" and button.isEnabled()
    out = tmp_path / "tracker.csv"
    chosen: dict = {}

    def run(dialog):
        assert dialog.objectName() == "csvExportDialog"
        chosen["default"] = dialog.separator_combo.currentData()
        dialog.separator_combo.setCurrentIndex(dialog.separator_combo.findData(";"))
        dialog.file_edit.setText(str(out))
        dialog.grab().save(str(tmp_path / "csv_dialog.png"))
        press_ok(dialog)
        return dialog.result() == 1

    panel.run_dialog = run
    button.click()
    assert chosen["default"] in (",", ";")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert len(rows) == 2  # this trip only
    header, row = rows
    cell = dict(zip(header, row))
    assert cell["Commitment"] == "'=cmd|' /C calc'!A0"
    assert cell["Follow-up"] == "Gửi dự thảo\nhọp lại tháng 9"
    assert cell["Responsible"] == "Trần Thị Mai Hương"
    assert "tracker.csv" in window.statusBar().currentMessage()

    panel.all_trips.setChecked(True)
    every = tmp_path / "every.csv"

    def run_all(dialog):
        dialog.file_edit.setText(str(every))
        dialog.separator_combo.setCurrentIndex(dialog.separator_combo.findData(","))
        press_ok(dialog)
        return dialog.result() == 1

    panel.run_dialog = run_all
    button.click()
    rows = list(csv.reader(io.StringIO(every.read_bytes()[3:].decode("utf-8"), newline="")))
    assert len(rows) == 3 and {r[0] for r in rows[1:]} == {"Boston study visit 2017", "Paris visit 2026"}


def test_vietnamese_dialogs(vi_window, tmp_path, qtbot):
    from delegation_planner.ui.dialogs.csv_export import CsvExportDialog
    from delegation_planner.ui.dialogs.ics_export import IcsExportDialog

    trip_id = vi_window.current_trip_id or vi_window.trip_panel.model.trip_ids[0]
    ics = IcsExportDialog(vi_window.ctx, trip_id, vi_window)
    qtbot.addWidget(ics)
    assert ics.windowTitle() != "Export calendar (.ics)"
    assert ics.whole_trip.text() != "&Whole trip"
    ics.grab().save(str(tmp_path / "ics_vi.png"))
    sheet = CsvExportDialog(vi_window.ctx, trip_id, vi_window)
    qtbot.addWidget(sheet)
    assert sheet.separator_combo.currentData() == ";"  # Vietnamese interface: Excel's separator there
    assert vi_window.commitments_panel.export_button.text() != "E&xport to spreadsheet…"
    sheet.grab().save(str(tmp_path / "csv_vi.png"))


class _RecordingRunner:
    """The window's task runner as a test sees it: which jobs went through it (then run inline)."""

    def __init__(self, before=None):
        from delegation_planner.ui.tasks import SyncTaskRunner

        self.inner = SyncTaskRunner()
        self.titles: list[str] = []
        self.before = before

    def run(self, title, job, *, on_done, on_error, parent=None):
        self.titles.append(title)
        if self.before is not None:
            self.before()
        self.inner.run(title, job, on_done=on_done, on_error=on_error, parent=parent)

    def wait(self, msecs=-1):
        return True


def test_the_files_are_written_by_the_task_runner_and_its_errors_shown(window, dialogs, boston, tmp_path):
    huong = _programme(window.db, boston)
    out = tmp_path / "late.ics"
    # the member leaves the delegation (another officer) between the dialog and the writing
    member_id = next(m.id for m in members.list_members(window.db, boston["trip_id"]) if m.person_id == huong.id)
    attending = [e.id for e in engagements.programme(window.db, boston["trip_id"]).items
                 if any(a.person_id == huong.id for a in e.attendees)]

    def leave():
        members.remove_member(window.db, member_id)
        for eng_id in attending:
            engagements.remove_attendance(window.db, eng_id, huong.id)

    window.task_runner = _RecordingRunner(before=leave)

    def fill(dialog):
        dialog.one_member.setChecked(True)
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(huong.id))
        dialog.file_edit.setText(str(out))
        press_ok(dialog)

    dialogs.append(fill)
    window.actions_.export_calendar.trigger()
    assert window.task_runner.titles == ["Export calendar (.ics)"]
    assert not out.exists()
    assert window.messages and "Trần Thị Mai Hương" in window.messages[-1]

    window.task_runner = _RecordingRunner()
    sheet = tmp_path / "bg.csv"

    def run(dialog):
        dialog.file_edit.setText(str(sheet))
        press_ok(dialog)
        return dialog.result() == 1

    window.commitments_panel.run_dialog = run
    window.commitments_panel.export_button.click()
    assert window.task_runner.titles == ["Export commitments to a spreadsheet"]
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")


def test_trip_list_context_menu_and_file_names(window):
    from delegation_planner.ui.dialogs.csv_export import CsvExportDialog

    assert window.actions_.export_calendar in window.trip_panel.view.actions()
    assert os.path.basename(CsvExportDialog(window.ctx, None, window).file_edit.text()) == "commitments.csv"


def test_vietnamese_file_name(vi_window):
    from delegation_planner.ui.dialogs.csv_export import CsvExportDialog

    trip_id = vi_window.trip_panel.model.trip_ids[0]
    name = os.path.basename(CsvExportDialog(vi_window.ctx, trip_id, vi_window).file_edit.text())
    assert name.startswith("cam-ket-") and name.endswith(".csv")
