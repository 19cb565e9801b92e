"""Trip → Import from spreadsheet…: the preview dialog on the real main window."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.unit.test_csv_import import ENGAGEMENTS_VI, to_cp1258

SHOTS = Path(os.environ.get("CSV_IMPORT_SHOTS", "")) if os.environ.get("CSV_IMPORT_SHOTS") else None


def _members(window, trip_id):
    from delegation_planner.services import members

    return [m.full_name for m in members.list_members(window.ctx.db, trip_id)]


def _open(window, dialogs, monkeypatch, path, fill):
    monkeypatch.setattr(window, "ask_open_path", lambda *a, **k: str(path))
    dialogs.append(fill)
    window.actions_.import_spreadsheet.trigger()
    return window.last_dialog


def test_people_preview_then_import(window, dialogs, monkeypatch, tmp_path, boston, qtmodeltester):
    from delegation_planner.services import directory

    huy = directory.create_person(window.ctx.db, full_name="Lê Quang Huy", side="delegation")
    path = tmp_path / "doan.csv"
    path.write_bytes(to_cp1258("STT;Họ tên;Chức vụ;Cơ quan;Ghi chú\n"
                               "1;Nguyễn Đức Chung;Chủ tịch;;x\n"          # already the head of this delegation
                               "2;Lê Quang Huy;Phó Chủ tịch;;\n"           # in the directory: matched
                               "3;Trần Thị Mai Hương;Phó Giám đốc;Sở Ngoại vụ Hà Nội;\n"
                               "4;Phạm Minh Tuấn;Chuyên viên;Sở Ngoại vụ Hà Nội;\n"))
    seen = {}

    def fill(dialog):
        assert dialog.objectName() == "csvImportDialog"
        qtmodeltester.check(dialog.rows_model)
        qtmodeltester.check(dialog.bad_model)
        model = dialog.rows_model
        seen["rows"] = [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
        seen["summary"] = dialog.summary_label.text()
        seen["columns"] = dialog.columns_label.text()
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["bad_visible"] = dialog.bad_view.isVisible()
        if SHOTS:
            dialog.show()
            dialog.grab().save(str(SHOTS / "csv-import-people.png"))
        dialog.import_button.click()

    dialog = _open(window, dialogs, monkeypatch, path, fill)
    assert seen["rows"] == [("Already there", "Nguyễn Đức Chung"), ("Matched", "Lê Quang Huy"),
                            ("New", "Trần Thị Mai Hương"), ("New", "Phạm Minh Tuấn")]
    assert "cp1258 (guessed)" in seen["summary"] and "semicolon" in seen["summary"]
    assert "2 new · 1 matched in the directory · 1 already there" in seen["summary"]
    assert "1 new organizations" in seen["summary"] and "0 bad rows" in seen["summary"]
    assert "Họ tên → name" in seen["columns"] and "not imported: Ghi chú" in seen["columns"]
    assert seen["enabled"] and not seen["bad_visible"]
    assert dialog.result() == dialog.DialogCode.Accepted
    names = _members(window, boston["trip_id"])
    assert names == ["Nguyễn Đức Chung", "Lê Quang Huy", "Trần Thị Mai Hương", "Phạm Minh Tuấn"]
    assert len(directory.list_people(window.ctx.db, search="Chung")) == 1  # not duplicated
    assert [p.id for p in directory.list_people(window.ctx.db) if p.full_name == "Lê Quang Huy"] == [huy.id]
    assert "Imported 3 people from doan.csv (2 new, 1 matched in the directory)" in window.statusBar().currentMessage()


def test_bad_rows_disable_import_and_nothing_is_written(window, dialogs, monkeypatch, tmp_path, boston):
    from tests.unit.test_csv_import import counts

    path = tmp_path / "programme.csv"
    path.write_bytes(ENGAGEMENTS_VI.encode("utf-8"))
    before = counts(window.ctx.db)
    seen = {}

    def fill(dialog):
        assert dialog.what == "people"  # people first; the sheet has no name column
        seen["people_error"] = dialog.error_label.text()
        seen["people_enabled"] = dialog.import_button.isEnabled()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("engagements"))
        assert not dialog.side_combo.isEnabled()
        bad = dialog.bad_model
        seen["bad"] = [(bad.index(r, 0).data(), bad.index(r, 1).data()) for r in range(bad.rowCount())]
        seen["rows"] = dialog.rows_model.rowCount()
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["title"] = dialog.bad_title.text()
        seen["summary"] = dialog.summary_label.text()
        if SHOTS:
            dialog.show()
            dialog.grab().save(str(SHOTS / "csv-import-bad-rows.png"))
        dialog.import_button.click()  # disabled: does nothing
        seen["still_open"] = dialog.result() != dialog.DialogCode.Accepted
        dialog.reject()

    _open(window, dialogs, monkeypatch, path, fill)
    assert "no column for Họ tên / Full name" in seen["people_error"] and not seen["people_enabled"]
    assert [line for line, _ in seen["bad"]] == ["4", "5", "6", "7", "8", "9"]
    assert seen["bad"][0] == ("4", "End: before start")
    assert seen["bad"][1][1].startswith("Time zone: unknown time zone 'Europe/Parris'")
    assert seen["rows"] == 2 and not seen["enabled"] and seen["still_open"]
    assert "2 outside the trip's dates" in seen["summary"]  # a 2024 programme in the 2017 Boston trip
    assert seen["title"].startswith("Bad rows: 6")
    assert counts(window.ctx.db) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_and_huge_files_are_refused_before_any_dialog(window, dialogs, monkeypatch, tmp_path):
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(1 << 30)
    for path, message in ((fifo, "not a regular file"), (big, "too large")):
        window.messages.clear()
        monkeypatch.setattr(window, "ask_open_path", lambda *a, p=path, **k: str(p))
        window.actions_.import_spreadsheet.trigger()  # no dialog queued: one would fail the test
        assert any(message in m for m in window.messages), window.messages


def test_action_needs_a_trip(main_window):
    main_window.select_trip(None)
    assert not main_window.actions_.import_spreadsheet.isEnabled()


def test_the_dialog_in_vietnamese_has_no_english_left(vi_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    from tests.gui.test_translation import WORD, data_strings, english_ui_words

    window = vi_window
    window.load_initial_data()
    window.task_runner = __import__("delegation_planner.ui.tasks", fromlist=["SyncTaskRunner"]).SyncTaskRunner()
    trip_id = window.trip_panel.model.trip_ids[0]
    assert window.select_trip(trip_id)
    path = tmp_path / "doan.csv"
    path.write_bytes(to_cp1258("Họ tên;Chức vụ;Cơ quan\nNguyễn Văn Bình;Chuyên viên;Bộ Ngoại giao\n"))
    seen = {}

    def fill(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        texts += [c.itemText(i) for c in dialog.findChildren(QComboBox) for i in range(c.count())]
        for model in (dialog.rows_model, dialog.bad_model):
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
            texts += [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
        texts.append(dialog.windowTitle())
        seen["texts"] = texts
        if SHOTS:
            dialog.grab().save(str(SHOTS / "csv-import-vi.png"))
        dialog.reject()

    from PySide6.QtCore import Qt

    monkeypatch.setattr(window, "ask_open_path", lambda *a, **k: str(path))
    window.exec_dialog = lambda dialog: (fill(dialog), dialog.result())[1]
    window.actions_.import_spreadsheet.trigger()
    words, data = english_ui_words(), data_strings(window.db) + ["Nguyễn Văn Bình", "Chuyên viên", "Bộ Ngoại giao",
                                                                 "doan.csv", "cp1258"]
    left = []
    for text in seen["texts"]:
        rest = text.replace("&", "")
        for value in data:
            rest = rest.replace(value, " ")
        left += [(w, text) for w in WORD.findall(rest) if w.lower() in words]
    assert left == []
    assert "Nhập từ bảng tính" in seen["texts"] and "Mới" in seen["texts"]


def test_bad_rows_in_vietnamese_name_the_field_in_vietnamese(vi_window, qtbot):
    from delegation_planner.ui.dialogs.csv_import import CsvImportDialog

    vi_window.load_initial_data()
    trip_id = vi_window.trip_panel.model.trip_ids[0]
    data = ("Tiêu đề;Ngày;Bắt đầu;Kết thúc;Múi giờ\n"
            "Họp;05/03/2024;11:00;10:00;Europe/Paris\n"
            "Giờ không tồn tại;31/03/2024;02:30;03:30;Europe/Paris\n").encode()
    dialog = CsvImportDialog(vi_window.ctx, trip_id, data, "chuong-trinh.csv", vi_window, what="engagements")
    qtbot.addWidget(dialog)
    reasons = [dialog.bad_model.index(r, 1).data() for r in range(dialog.bad_model.rowCount())]
    assert reasons[0] == "Kết thúc: trước thời điểm bắt đầu"
    assert reasons[1].startswith("Bắt đầu: ") and "Europe/Paris" in reasons[1]
    assert not dialog.import_button.isEnabled()
    assert dialog.bad_title.text().startswith("Dòng lỗi: 2")


def _big_sheet(path, rows: int) -> None:
    lines = ["STT;Họ tên;Chức vụ;Cơ quan"] + [f"{i + 2};Nguyễn Văn Thành {i:05d};Chuyên viên;Sở Ngoại vụ {i % 40}"
                                              for i in range(rows)]
    path.write_bytes("\n".join(lines).encode("utf-8"))


def test_cancelled_import_writes_nothing_and_the_dialog_stays_open(window, dialogs, monkeypatch, tmp_path, boston):
    from tests.unit.test_csv_import import counts

    path = tmp_path / "doan.csv"
    _big_sheet(path, 250)
    before = counts(window.ctx.db)
    window.task_runner.cancel_requested = True  # the SyncTaskRunner answers "Cancel" at the first check
    seen = {}

    def fill(dialog):
        dialog.import_button.click()
        seen["open"] = dialog.result() != dialog.DialogCode.Accepted and not dialog.importing
        seen["message"] = dialog.error_label.text()
        seen["enabled"] = dialog.import_button.isEnabled() and dialog.cancel_button.isEnabled()
        seen["after_cancel"] = counts(window.ctx.db)
        window.task_runner.cancel_requested = False
        dialog.import_button.click()  # the same file again, not cancelled: imported whole

    dialog = _open(window, dialogs, monkeypatch, path, fill)
    assert seen["open"] and seen["enabled"]
    assert seen["message"] == "Import cancelled: nothing was imported."
    assert seen["after_cancel"] == before
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(_members(window, boston["trip_id"])) == 1 + 250


def test_import_runs_on_the_task_thread_with_progress_and_a_real_cancel(window, dialogs, monkeypatch, tmp_path,
                                                                       boston, qtbot):
    """The real ThreadTaskRunner: the rows are written on its pool thread (the window stays
    responsive), the progress dialog's Cancel stops the job mid-way with nothing written, and a
    second Import writes every row; the delegation panel hears of it through the hub."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from delegation_planner.services import csv_import
    from delegation_planner.ui.tasks import ThreadTaskRunner
    from tests.unit.test_csv_import import counts

    path = tmp_path / "doan.csv"
    _big_sheet(path, 3000)
    window.task_runner = ThreadTaskRunner(window)
    threads, fractions = [], []
    real = csv_import.import_people

    def recording(*args, progress=None, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())

        def progress_(fraction, message=""):
            fractions.append(fraction)
            progress(fraction, message)
        return real(*args, progress=progress_, **kwargs)

    monkeypatch.setattr(csv_import, "import_people", recording)
    before = counts(window.ctx.db)
    seen = {}

    def fill(dialog):
        dialog.import_button.click()
        assert dialog.importing and not dialog.import_button.isEnabled()
        progress = dialog.findChildren(QProgressDialog)
        assert len(progress) == 1
        from PySide6.QtWidgets import QPushButton

        buttons = progress[0].findChildren(QPushButton)
        assert [b.text() for b in buttons] == ["Cancel"]
        buttons[0].click()  # the user's Cancel: the worker stops at its next 100-row check
        qtbot.waitUntil(lambda: not dialog.importing, timeout=60_000)
        seen["message"] = dialog.error_label.text()
        seen["after_cancel"] = counts(window.ctx.db)
        dialog.reject()
        seen["rejected_while_idle"] = dialog.result() == dialog.DialogCode.Rejected

    _open(window, dialogs, monkeypatch, path, fill)
    assert seen["message"] == "Import cancelled: nothing was imported."
    assert seen["after_cancel"] == before and seen["rejected_while_idle"]
    assert threads == [False]  # written on the pool thread, not the UI thread

    def fill_again(dialog):
        closed = []
        dialog.finished.connect(closed.append)
        dialog.import_button.click()
        dialog.reject()  # Esc while it runs does not close the dialog under the job
        assert dialog.importing and closed == []
        qtbot.waitUntil(lambda: not dialog.importing, timeout=120_000)

    dialog = _open(window, dialogs, monkeypatch, path, fill_again)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert threads == [False, False]
    assert fractions == sorted(fractions) and fractions[-1] >= 0.95
    assert len(_members(window, boston["trip_id"])) == 1 + 3000
    from PySide6.QtWidgets import QTableView

    panel = window.findChild(QTableView, "delegationView")  # told by the hub's queued signal
    qtbot.waitUntil(lambda: panel.model().rowCount() == 1 + 3000, timeout=10_000)
