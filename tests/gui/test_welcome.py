"""First run: the welcome pane of an empty database, a window that fits a 1366×768 laptop, the
status bar naming the open database, and the About box."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from delegation_planner import __version__

ROOT = Path(__file__).resolve().parents[2]


def welcome(window) -> QWidget:
    pane = window.findChild(QWidget, "welcomePane")
    assert pane is not None
    return pane


def button(window, name: str) -> QPushButton:
    found = welcome(window).findChild(QPushButton, name)
    assert found is not None, name
    return found


# ------------------------------------------------------------------------------ welcome pane
def test_empty_database_shows_the_welcome_pane_with_three_ways_to_start(main_window, qtbot):
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.central_stack.showing_welcome()
    assert welcome(main_window).isVisible() and not main_window.trip_panel.isVisible()
    texts = [b.text() for b in welcome(main_window).findChildren(QPushButton)]
    assert texts == ["Load the sample trips", "New trip…", "Open a database file…"]
    assert main_window.trip_header.text() != "Opening database…"
    assert "Opening database…" not in main_window.statusBar().currentMessage()
    assert main_window.findChild(QWidget, "mainToolBar").isVisible()  # New trip stays at hand


def test_load_the_sample_trips_from_the_welcome_pane(main_window, qtbot):
    main_window.show()
    qtbot.mouseClick(button(main_window, "welcomeLoadSample"), Qt.MouseButton.LeftButton)
    assert main_window.trip_panel.model.rowCount() == 2
    assert not main_window.central_stack.showing_welcome()
    assert main_window.trip_panel.isVisible() and main_window.current_trip_id is not None


def test_new_trip_from_the_welcome_pane_then_deleting_it_brings_the_pane_back(main_window, dialogs, qtbot):
    from tests.gui.dialog_helpers import press_ok

    main_window.show()

    def fill(dialog):
        dialog.title_edit.setText("Đoàn công tác Cao Bằng")
        press_ok(dialog)

    dialogs.append(fill)
    qtbot.mouseClick(button(main_window, "welcomeNewTrip"), Qt.MouseButton.LeftButton)
    trip_id = main_window.current_trip_id
    assert trip_id is not None and not main_window.central_stack.showing_welcome()
    main_window.delete_trip(trip_id)
    main_window.trip_panel.refresh_if_stale()
    assert main_window.central_stack.showing_welcome()
    main_window.ctx.undo_stack.undo()  # the trip comes back, and the window with it
    main_window.trip_panel.refresh_if_stale()
    assert not main_window.central_stack.showing_welcome()


def test_open_a_database_file_from_the_welcome_pane(main_window, tmp_path, qtbot, monkeypatch):
    from datetime import date

    from delegation_planner.services import trips
    from delegation_planner.storage import open_database

    other = tmp_path / "office.sqlite3"
    db = open_database(other)
    trips.create_trip(db, title="Quảng Tây health talks", destination="Nanning",
                      start_date=date(2026, 5, 4), end_date=date(2026, 5, 6))
    db.dispose()
    asked = []
    monkeypatch.setattr(main_window, "ask_open_path", lambda *args: asked.append(args) or str(other))
    main_window.show()
    qtbot.mouseClick(button(main_window, "welcomeOpenDatabase"), Qt.MouseButton.LeftButton)
    assert asked and main_window.db.path == other
    main_window.trip_panel.refresh_if_stale()
    assert main_window.trip_panel.model.rowCount() == 1
    assert not main_window.central_stack.showing_welcome()
    assert main_window.database_label.text() == "Database: office.sqlite3"


def test_a_filter_that_hides_every_trip_is_not_an_empty_database(window, qtbot):
    window.show()
    qtbot.keyClicks(window.trip_panel.search, "no such trip anywhere")
    qtbot.waitUntil(lambda: window.trip_panel.view.model().rowCount() == 0, timeout=5_000)
    window.central_stack.update_page()
    assert not window.central_stack.showing_welcome()
    assert window.trip_panel.isVisible()  # the list says "No trip matches…"; the filter can be cleared


def test_window_opened_before_its_empty_database_ends_on_the_welcome_pane(tmp_path, qtbot):
    from delegation_planner.settings import Settings
    from delegation_planner.ui.main_window import MainWindow

    location = tmp_path / "first-run.sqlite3"
    window = MainWindow(None, Settings(tmp_path / "s.ini"), location=str(location))
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == "Opening database…"
    window.open_database_after_first_paint(location)
    window.show()
    qtbot.waitUntil(lambda: window.db is not None and window.central_stack.showing_welcome(), timeout=10_000)
    qtbot.waitUntil(lambda: window.delegation_panel is not None, timeout=5_000)
    assert window.statusBar().currentMessage() == ""
    assert window.trip_header.text() == "No trip selected"
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert not any("Opening database" in text for text in shown), shown
    window.close()
    window.db.dispose()


def test_welcome_pane_in_vietnamese_has_no_english_left(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from delegation_planner.app import install_translations
    from delegation_planner.ui.main_window import build_main_window
    from tests.gui.test_translation import english_ui_words

    app = QApplication.instance()
    translators = install_translations(app, "vi")
    try:
        window = build_main_window(str(tmp_path / "trong.sqlite3"), settings_path=tmp_path / "vi.ini")
        qtbot.addWidget(window)
        window.load_initial_data()
        window.show()
        assert window.central_stack.showing_welcome()
        pane = welcome(window)
        assert [b.text() for b in pane.findChildren(QPushButton)] == ["Nạp các chuyến công tác mẫu",
                                                                     "Chuyến công tác mới…",
                                                                     "Mở tệp cơ sở dữ liệu…"]
        english = english_ui_words()
        left = []
        for widget in pane.findChildren(QLabel) + pane.findChildren(QAbstractButton):
            text = widget.text().replace("Delegation Planner", "")  # the program's name
            left += [w for w in text.replace("&", "").split() if w.strip(".,…()").lower() in english]
        assert left == []
        assert pane.findChild(QLabel, "welcomeTitle").text() == "Chào mừng bạn đến với Delegation Planner"
        window.close()
        window.ctx.db.dispose()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


# ------------------------------------------------------------------------------ 1366×768
_FIT_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from delegation_planner.settings import Settings
from delegation_planner.ui.main_window import MainWindow, build_main_window
from delegation_planner.ui.tasks import SyncTaskRunner
db, settings = sys.argv[1], sys.argv[2]
out = {"screen": list(app.primaryScreen().availableGeometry().getRect())}
first = MainWindow(None, Settings(settings), location=db)   # a first run: no saved geometry
first.show(); app.processEvents()
out["first_frame"] = list(first.frameGeometry().getRect())
first.close()
big = MainWindow(None, Settings(settings), location=db)   # saved on a 1920x1200 monitor…
big.show(); big.resize(1900, 1150); app.processEvents(); big.close()
again = MainWindow(None, Settings(settings), location=db)  # …reopened on the laptop
again.show(); app.processEvents()
out["restored_frame"] = list(again.frameGeometry().getRect())
again.close()
window = build_main_window(db, settings_path=settings)
window.task_runner = SyncTaskRunner()
window.load_initial_data(); window.load_sample_trip()
out["min_hint"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
out["min_size"] = [window.minimumSize().width(), window.minimumSize().height()]
# a 1366x768 laptop with a 40 px taskbar and a 30 px title bar
window.resize(1366, 768 - 40 - 30); window.show(); app.processEvents()
out["size"] = [window.width(), window.height()]
def inside(w):
    if w is None or not w.isVisible():
        return False
    top_left = w.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, w.size()))
out["tabs"] = {}
for tab in range(4):
    window.show_tab(tab); app.processEvents()
    names = ["statusBar", "mainToolBar", "tripList", "databaseLabel"]
    names += {0: ["programmeView"], 1: [], 2: [], 3: ["newPersonButton", "directorySearch"]}[tab]
    out["tabs"][tab] = {n: inside(window.findChild(QWidget, n)) for n in names}
window.show_tab(0); window.select_engagement(window.programme_model.items()[0].id); app.processEvents()
buttons = [b for b in window.engagement_panel.findChildren(QWidget) if b.isVisible() and hasattr(b, "text")
           and b.metaObject().className() == "QPushButton"]
out["engagement_buttons_inside"] = all(inside(b) for b in buttons) and bool(buttons)
window.close()
print(json.dumps(out))
"""


def test_window_fits_a_1366x768_laptop(tmp_path):
    """A real 1366×768 screen (the offscreen platform's screen configuration), in a fresh process."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _FIT_SCRIPT, str(tmp_path / "laptop.sqlite3"),
                           str(tmp_path / "laptop.ini")], capture_output=True, text=True, env=env, timeout=120,
                          cwd=str(ROOT), stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["screen"] == [0, 0, 1366, 768]
    x, y, w, h = out["first_frame"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, out["first_frame"]  # the first window fits
    x, y, w, h = out["restored_frame"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, out["restored_frame"]  # a saved bigger size
    assert out["min_hint"][0] <= 1366 and out["min_hint"][1] <= 768 - 40 - 30, out["min_hint"]
    assert out["size"] == [1366, 698], out  # not pushed larger by a minimum size
    for tab, widgets in out["tabs"].items():
        assert all(widgets.values()), (tab, widgets)  # New person…, the status bar… on screen
    assert out["engagement_buttons_inside"]


def test_first_window_is_sized_from_the_screen(main_window, qtbot):
    """No saved geometry: at most 1280×800, inside the screen's available geometry."""
    from PySide6.QtCore import QRect, QSize

    class FakeScreen:
        def __init__(self, rect):
            self._rect = rect

        def availableGeometry(self):
            return self._rect

    main_window.setMinimumSize(QSize(0, 0))
    main_window.screen = lambda: FakeScreen(QRect(0, 0, 1366, 728))  # a taskbar of 40 px
    main_window.fit_to_screen()
    assert main_window.width() <= 1366 - 16 and main_window.height() <= 728 - 40
    assert main_window.width() == 1280 and main_window.height() == 688
    main_window.screen = lambda: FakeScreen(QRect(0, 0, 2560, 1440))
    main_window.fit_to_screen()
    assert (main_window.width(), main_window.height()) == (1280, 800)


# ------------------------------------------------------------------------------ status bar
def test_status_bar_names_the_open_database(main_window, db_path):
    label = main_window.findChild(QLabel, "databaseLabel")
    assert label is not None and label.isVisibleTo(main_window)
    if isinstance(db_path, Path):
        assert label.text() == f"Database: {db_path.name}"
        assert label.toolTip() == str(db_path)
    else:  # a PostgreSQL run: host/database, never a password
        assert label.text().startswith("Database: ") and ":" not in label.toolTip().split("@")[0].split("//")[-1]


@pytest.mark.parametrize("url, shown, short", [
    ("postgresql+psycopg://anna:s3cr%40t@db.office.vn:5432/trips",
     "postgresql+psycopg://anna@db.office.vn:5432/trips", "db.office.vn:5432/trips"),
    ("postgresql+psycopg://postgres@/trips?host=/run/postgresql",
     "postgresql+psycopg://postgres@/trips?host=/run/postgresql", "/run/postgresql/trips"),
    ("postgresql+psycopg://:only-a-password@server/db", "postgresql+psycopg://server/db", "server/db"),
    ("/home/anna/Tài liệu/kế hoạch.sqlite3", "/home/anna/Tài liệu/kế hoạch.sqlite3", "kế hoạch.sqlite3"),
])
def test_database_location_shown_without_password(url, shown, short):
    from delegation_planner.ui.main_window import display_location, short_location

    assert display_location(url) == shown
    assert short_location(display_location(url)) == short
    assert "s3cr" not in display_location(url) and "only-a-password" not in display_location(url)


def test_recent_menu_never_shows_a_password(main_window):
    from delegation_planner.settings import RECENT_DATABASES

    url = "postgresql+psycopg://anna:s3cret@db.office.vn/trips"
    main_window.settings.set(RECENT_DATABASES, [url])
    main_window.rebuild_recent_menu()
    texts = [a.text() for a in main_window.recent_menu.actions()]
    assert texts == ["postgresql+psycopg://anna@db.office.vn/trips"]


# ------------------------------------------------------------------------------ About
def test_about_box_gives_versions_and_licences(main_window, dialogs):
    seen = []
    dialogs.append(lambda dialog: seen.append(dialog) or dialog.reject())
    main_window.actions_.about.trigger()
    dialog = seen[0]
    assert dialog.objectName() == "aboutDialog"
    summary = dialog.summary.text()
    for version in (__version__, qVersion(), pyside_version, platform.python_version()):
        assert version in summary
    assert "DejaVu" in summary and "MIT" in summary
    licences = dialog.licences.toPlainText()
    assert "Bitstream Vera" in licences and "LICENSE_ICONS" in licences and "MIT License" in licences
    assert str(main_window.db_location_for_display()).replace("&", "&amp;") in summary or \
        Path(str(main_window.db_location())).name in summary


def test_about_box_in_vietnamese(vi_window):
    from PySide6.QtWidgets import QTabBar

    from tests.gui.test_translation import english_ui_words

    seen = []
    vi_window.exec_dialog = lambda dialog: seen.append(dialog) or 0
    vi_window.actions_.about.trigger()
    dialog = seen[0]
    assert dialog.windowTitle() == "Giới thiệu Delegation Planner"
    import re

    text = re.sub(r"<[^>]+>", " ", dialog.summary.text())
    text = text.replace("Delegation Planner", "").replace(vi_window.db_location_for_display(), "")
    english = english_ui_words()
    left = [w for w in text.split() if w.strip(".,:;()").lower() in english]
    tabs = dialog.tabs.findChild(QTabBar)
    left += [w for i in range(tabs.count()) for w in tabs.tabText(i).replace("&", "").split() if w.lower() in english]
    assert left == []
    assert "Phiên bản" in text and "Giấy phép: MIT." in text
