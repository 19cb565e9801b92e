"""Issue 12, trips that come back, in the window: File → Import trip bundle… of a trip already
here opens bundleUpdateDialog with the difference; Cancel writes nothing, *Update trip* applies it
in one transaction (no second copy), and the window shows the updated programme."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from delegation_planner.bundles import export_trip
from delegation_planner.domain.models import Engagement
from delegation_planner.services import engagements, trips


def _answer(qtbot, button_name: str, seen: dict) -> None:
    """When the modal dialog is up, read it and press one of its buttons (as the officer would)."""
    def later():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "bundleUpdateDialog":
            QTimer.singleShot(20, later)
            return
        seen["title"] = dialog.windowTitle()
        seen["diff"] = dialog.findChild(QPlainTextEdit, "bundleUpdateDiff").toPlainText()
        dialog.findChild(QPushButton, button_name).click()
    QTimer.singleShot(0, later)


@pytest.mark.parametrize("choice", ["bundleUpdateCancel", "bundleUpdateButton"])
def test_importing_a_trip_that_came_back_offers_the_update(main_window, boston, tmp_path, qtbot, monkeypatch,
                                                            choice):
    db = main_window.db
    trip_id = boston["trip_id"]
    engagements.create_engagement(db, trip_id, title="Gặp Nguyễn Đức Chung", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 0))
    bundle = export_trip(db, trip_id, tmp_path / "boston.json")
    data = json.loads(bundle.read_text("utf-8"))  # edited on the road
    data["engagements"][0]["title"] = "Gặp Nguyễn Đức Chung và Sở Y tế"
    bundle.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    main_window.select_trip(trip_id)
    before = len(trips.list_trips(db))

    seen: dict = {}
    _answer(qtbot, choice, seen)
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(bundle))
    main_window.actions_.import_bundle.trigger()

    assert seen["title"] == "Update trip from bundle"
    assert "engagement changed: Gặp Nguyễn Đức Chung và Sở Y tế" in seen["diff"] and "(Title)" in seen["diff"]
    assert len(trips.list_trips(db)) == before  # never a second copy
    with db.reading() as s:
        titles = list(s.execute(sa.select(Engagement.title).where(Engagement.trip_id == trip_id)).scalars())
    if choice == "bundleUpdateCancel":
        assert titles == ["Gặp Nguyễn Đức Chung"]
    else:
        assert titles == ["Gặp Nguyễn Đức Chung và Sở Y tế"]
        assert main_window.current_trip_id == trip_id
        qtbot.waitUntil(lambda: [i.title for i in main_window.programme_model.items()]
                        == ["Gặp Nguyễn Đức Chung và Sở Y tế"])


def test_the_update_dialog_speaks_vietnamese(vi_window, tmp_path, qtbot, monkeypatch):
    db = vi_window.db
    trip_id = trips.list_trips(db)[-1].id
    bundle = export_trip(db, trip_id, tmp_path / "chuyen.json")
    data = json.loads(bundle.read_text("utf-8"))
    data["engagements"][0]["title"] = "Làm việc với Nguyễn Đức Chung"
    bundle.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    seen: dict = {}
    _answer(qtbot, "bundleUpdateCancel", seen)
    monkeypatch.setattr(vi_window, "ask_open_path", lambda *a, **k: str(bundle))
    vi_window.actions_.import_bundle.trigger()
    assert seen["title"] == "Cập nhật chuyến đi từ gói"
    assert "hoạt động sửa: Làm việc với Nguyễn Đức Chung" in seen["diff"] and "(Tiêu đề)" in seen["diff"]
    for english in ("changed", "added", "removed", "engagement", "nothing to change"):
        assert english not in seen["diff"], english
