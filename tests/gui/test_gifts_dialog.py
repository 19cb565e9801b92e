"""Trip → Gifts register… on the real main window: gifts added at once (on disk), a received gift
worth the threshold shows its report's due date, a late one says so; bad values keep the form open
at the field with nothing written; Export… writes the declaration's CSV; undo; Vietnamese."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QTableView

from delegation_planner.services import gifts
from delegation_planner.storage import open_database
from tests.gui.dialog_helpers import press_ok


def fill(dialog, **values):
    for name, value in values.items():
        widget = dialog.widget(name)
        if hasattr(widget, "set_value"):
            widget.set_value(value)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "findData"):
            index = widget.findData(value)
            assert index >= 0, (name, value)
            widget.setCurrentIndex(index)
        else:
            widget.setText(value)


def open_register(window):
    seen = []
    window.exec_dialog = seen.append
    window.open_gifts_register()
    (dialog,) = seen
    return dialog


def stored(db_path, trip_id):
    db = open_database(db_path)
    try:
        return gifts.list_gifts(db, trip_id)
    finally:
        db.dispose()


def test_gifts_register_on_the_window(window, boston, db_path, qtbot, tmp_path):
    trip_id = boston["trip_id"]
    dialog = open_register(window)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "giftsDialog" and "500,000 VND" in dialog.heading.text()
    view = dialog.findChild(QTableView, "giftsView")
    outcome = {}

    def form(values, keep=None):
        def run(f):
            assert f.objectName() == "giftForm"
            fill(f, **values)
            press_ok(f)
            if keep is not None:
                keep["open"] = f.isVisible() or f.result() == 0
                keep["errors"] = {w.objectName(): w.text() for w in f.findChildren(QLabel) if w.text()
                                  and w.objectName().endswith("_error")}
            return f.result()
        return run

    dialog.run_dialog = form({"direction": "received", "description": "Đĩa kỷ niệm Tòa nhà Quốc hội bang",
                              "counterpart": "Office of the Governor", "given_on": date(2017, 7, 12),
                              "estimated_value": "2.000.000", "currency": "vnd"})
    dialog.add()
    (row,) = stored(db_path, trip_id)
    assert (row.description, row.estimated_value, row.currency, row.counterpart) == (
        "Đĩa kỷ niệm Tòa nhà Quốc hội bang", 2_000_000, "VND", "Office of the Governor")
    report = view.model().index(0, view.model().column_of("report")).data()
    assert report.startswith("LATE") and "19" in report  # due Wednesday 19 July 2017, long past

    # a value that is not a number, a made-up currency: refused at their fields, nothing written
    dialog.run_dialog = form({"description": "Khăn lụa", "estimated_value": "nhiều", "currency": "XX"}, keep=outcome)
    dialog.add()
    assert outcome["open"] and {"estimated_value_error", "currency_error"} <= set(outcome["errors"])
    assert len(stored(db_path, trip_id)) == 1

    # reported: the late mark goes
    view.selectRow(0)
    dialog.run_dialog = form({"reported_on": date(2017, 7, 18), "disposition": "handed_to_state"})
    dialog.edit()
    assert view.model().index(0, view.model().column_of("report")).data().startswith("reported")
    window.ctx.undo_stack.undo()
    assert stored(db_path, trip_id)[0].reported_on is None

    # Export…: the declaration's spreadsheet, read back
    target = tmp_path / "khai báo quà tặng.csv"
    dialog.ask_save_path = lambda *a, **k: str(target)
    dialog.export_button.click()
    text = target.read_bytes().decode("utf-8-sig")
    assert "Đĩa kỷ niệm Tòa nhà Quốc hội bang" in text and "Office of the Governor" in text
    assert "1 gift(s)" in dialog.empty.text()
    # Export onto the database itself is refused and said; the database is untouched
    from tests.gui.dialog_helpers import refused_target

    target, untouched = refused_target(db_path, tmp_path)
    dialog.ask_save_path = lambda *a, **k: target
    dialog.export_button.click()
    assert dialog.empty.text() and untouched()
    dialog.grab().save(str(tmp_path / "gifts.png"))


def test_the_register_in_vietnamese(vi_window, qtbot):
    trip_id = vi_window.trip_panel.model.trip_ids[0]
    assert vi_window.select_trip(trip_id)
    dialog = open_register(vi_window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sổ theo dõi quà tặng"
    headers = [dialog.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
               for c in range(dialog.model.columnCount())]
    assert headers == ["Ngày", "Tặng hay nhận", "Quà tặng", "Người tặng hoặc nhận", "Giá trị ước tính", "Xử lý",
                       "Báo cáo bằng văn bản"]
    form = dialog.form()
    qtbot.addWidget(form)
    assert form.windowTitle() == "Quà tặng mới"
    assert "500.000 VND" in dialog.heading.text()  # Vietnamese thousands
