"""The main toolbar (mainToolBar) and its SVG icons; the desktop entry; the smoke test's check of
Qt's X11 plugin libraries."""
from __future__ import annotations

import configparser
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolBar, QToolButton

from delegation_planner.ui import icons
from delegation_planner.ui.toolbar import toolbar_actions

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
EXPECTED = ["actionNewTrip", "actionAddEngagement", "actionWriteNote", "actionAddCommitment", "actionBriefingPack",
            "actionTripReport", "actionSearchEverything"]


def toolbar(window) -> QToolBar:
    bar = window.findChild(QToolBar, "mainToolBar")
    assert bar is not None
    return bar


def button_of(window, name: str) -> QToolButton:
    bar = toolbar(window)
    action = next(a for a in bar.actions() if a.objectName() == name)
    return bar.widgetForAction(action)


# ---------------------------------------------------------------------------- the toolbar
def test_toolbar_has_the_daily_actions_in_order_with_icons(window):
    bar = toolbar(window)
    names = [a.objectName() for a in bar.actions() if not a.isSeparator()]
    assert names == EXPECTED
    assert bar.isVisibleTo(window) and window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    for action in bar.actions():
        if action.isSeparator():
            continue
        assert not action.icon().isNull(), action.objectName()
        assert action.toolTip(), action.objectName()
        assert bar.widgetForAction(action).accessibleName(), action.objectName()
    # the same QActions as the menus: shortcut and tooltip once
    assert window.actions_.new_trip in bar.actions() and window.actions_.briefing_pack in bar.actions()
    assert "Ctrl+N" in button_of(window, "actionNewTrip").toolTip()


def test_toolbar_buttons_follow_the_selection(window):
    assert button_of(window, "actionAddEngagement").isEnabled()  # the Boston trip is selected
    assert button_of(window, "actionAddCommitment").isEnabled()
    assert not button_of(window, "actionWriteNote").isEnabled()  # no engagement selected yet
    window.trip_panel.select_trip(None)
    window.select_trip(None)
    window.forget_selection()
    window._update_actions()
    assert not button_of(window, "actionAddEngagement").isEnabled()
    assert button_of(window, "actionNewTrip").isEnabled() and button_of(window, "actionSearchEverything").isEnabled()


def test_toolbar_new_trip_and_add_engagement_open_their_dialogs(window, dialogs, qtbot):
    from tests.gui.dialog_helpers import press_ok

    def fill_trip(dialog):
        dialog.title_edit.setText("Hải Phòng port visit")
        press_ok(dialog)

    dialogs.append(fill_trip)
    qtbot.mouseClick(button_of(window, "actionNewTrip"), Qt.MouseButton.LeftButton)
    assert window.last_dialog.windowTitle() == "New trip"
    row = window.trip_panel.model.trip_at(window.trip_panel.model.row_of(window.current_trip_id))
    assert row.title == "Hải Phòng port visit"

    dialogs.append(lambda dialog: dialog.reject())
    qtbot.mouseClick(button_of(window, "actionAddEngagement"), Qt.MouseButton.LeftButton)
    assert window.last_dialog.windowTitle() == "Add engagement"


def test_write_note_and_add_commitment_act_on_the_visible_engagement(window, dialogs, qtbot):
    from datetime import datetime

    from tests.gui.dialog_helpers import add_through_dialog

    add_through_dialog(window, dialogs, "Courtesy call", "America/New_York", datetime(2017, 7, 12, 9),
                       datetime(2017, 7, 12, 10))
    engagement_id = window.current_engagement_id or window.programme_model.items()[0].id
    window.select_engagement(engagement_id)
    opened = []
    window.engagement_panel.run_dialog = lambda dialog: opened.append(dialog) or False
    window.commitments_panel.run_dialog = lambda dialog: opened.append(dialog) or False
    assert button_of(window, "actionWriteNote").isEnabled()
    qtbot.mouseClick(button_of(window, "actionWriteNote"), Qt.MouseButton.LeftButton)
    assert type(opened[-1]).__name__ == "NoteDialog"
    qtbot.mouseClick(button_of(window, "actionAddCommitment"), Qt.MouseButton.LeftButton)
    assert type(opened[-1]).__name__ == "CommitmentDialog"
    assert opened[-1].parent() is window.engagement_panel  # linked to the engagement shown
    window.show_tab(2)  # the Commitments tab: a commitment of the trip
    qtbot.mouseClick(button_of(window, "actionAddCommitment"), Qt.MouseButton.LeftButton)
    assert opened[-1].parent() is window.commitments_panel


# ---------------------------------------------------------------------------- the icons
def test_every_toolbar_icon_is_a_shipped_svg_under_the_icons_licence():
    licence = (ICONS / "LICENSE_ICONS").read_text(encoding="utf-8")
    assert "MIT License" in licence and "*.svg" in licence
    for name in (*icons.TOOLBAR_ICONS, "delegation-planner"):
        path = ICONS / f"{name}.svg"
        root = ET.parse(path).getroot()  # well-formed SVG
        assert root.tag.endswith("svg") and root.get("viewBox"), name
        assert "<image" not in path.read_text() and "href" not in path.read_text(), name  # nothing embedded


def test_svg_icon_engine_is_available_and_icons_are_sharp_at_2x(qapp):
    assert icons.svg_engine_available(), "PySide6-Essentials ships iconengines/libqsvgicon.so"
    for name in icons.TOOLBAR_ICONS:
        icon = icons.svg_icon(name)
        pm = icon.pixmap(QSize(24, 24), 2.0)
        assert (pm.width(), pm.height()) == (48, 48), name  # drawn at the device pixels, not upscaled
        # a 2x rendering has detail a blown-up 1x one lacks
        small = icon.pixmap(QSize(24, 24), 1.0).toImage().scaled(48, 48)
        assert pm.toImage().convertToFormat(small.format()) != small, name


def test_fallback_without_svg_engine_renders_1x_and_2x(qapp):
    icon = icons._rendered_svg(icons.icon_file("search"))
    assert not icon.isNull()
    assert icon.pixmap(QSize(24, 24), 2.0).width() == 48


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def contrasting_share(icon: QIcon, background: QColor, size: int = 24) -> float:
    """The share of the icon's square whose pixels stand 3:1 (WCAG, graphics) from the background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    icon.paint(painter, 0, 0, size, size)
    painter.end()
    good = sum(1 for y in range(size) for x in range(size) if _contrast(image.pixelColor(x, y), background) >= 3)
    return good / (size * size)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Base, "#252525"), (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#f0f0f0")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("name", icons.TOOLBAR_ICONS)
def test_icons_keep_contrast_on_light_and_dark_windows(qapp, name):
    icon = icons.svg_icon(name)
    for background in ("#efefef", "#ffffff", "#353535", "#1e1e1e"):
        share = contrasting_share(icon, QColor(background))
        assert share >= 0.05, (name, background, share)
    # control: a dark-navy icon vanishes on the dark window (the measure can fail)
    navy = QImage(24, 24, QImage.Format.Format_ARGB32)
    navy.fill(QColor("#1b2733"))
    from PySide6.QtGui import QPixmap

    assert contrasting_share(QIcon(QPixmap.fromImage(navy)), QColor("#1e1e1e")) == 0


def test_toolbar_in_a_dark_palette_draws_its_icons_visibly(window, qtbot):
    window.setPalette(dark_palette())
    bar = toolbar(window)
    window.show()
    qtbot.waitExposed(window)
    image = bar.grab().toImage()
    background = QColor("#353535")
    button = button_of(window, "actionAddEngagement")
    rect = button.geometry()
    good = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            if _contrast(image.pixelColor(x, y), background) >= 3:
                good += 1
    assert good >= 40, good  # the calendar's outline and badge, not a blank button


_HIDPI_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from delegation_planner.ui.main_window import build_main_window
window = build_main_window(sys.argv[1], settings_path=sys.argv[2])
window.load_initial_data(); window.show(); app.processEvents()
bar = window.toolbar
button = bar.widgetForAction(window.actions_.new_trip)
icon = window.actions_.new_trip.icon()
pm = icon.pixmap(bar.iconSize(), window.devicePixelRatio())
grab = button.grab()
print(json.dumps({"dpr": window.devicePixelRatio(), "icon_px": [pm.width(), pm.height()],
                  "grab_dpr": grab.devicePixelRatio(), "grab_px": [grab.width(), grab.height()],
                  "button": [button.width(), button.height()]}))
window.close(); window.ctx.db.dispose()
"""


def test_toolbar_icons_are_drawn_at_device_pixels_on_a_2x_screen(tmp_path):
    """A 2x display (Qt's QT_SCALE_FACTOR=2: offscreen windows ignore a screen's own ratio), in a fresh process."""
    import json
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _HIDPI_SCRIPT, str(tmp_path / "h.sqlite3"), str(tmp_path / "h.ini")],
                          capture_output=True, text=True, env=env, timeout=120, cwd=str(ROOT),
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["dpr"] == 2
    assert out["icon_px"] == [44, 44]  # 22 px icons drawn with 44 device pixels, not scaled up
    assert out["grab_dpr"] == 2 and out["grab_px"][0] == out["button"][0] * 2


# ---------------------------------------------------------------------------- desktop entry
def test_desktop_entry_is_valid_and_installed_by_the_build():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "resources" / "delegation-planner.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Delegation Planner"
    assert entry["Exec"] == "delegation-planner" and entry["Icon"] == "delegation-planner"
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment[vi]"] and entry["GenericName[vi]"]
    spec = (ROOT / "build_app.spec").read_text(encoding="utf-8")
    assert '"delegation-planner.desktop"' in spec and "delegation-planner.svg" in spec


# ---------------------------------------------------------------------------- smoke: xcb libraries
def fake_ldd(tmp_path: Path, output: str) -> str:
    script = tmp_path / "ldd"
    script.write_text("#!/bin/sh\ncat <<'EOF'\n" + output + "\nEOF\n")
    script.chmod(0o755)
    return str(script)


def test_missing_libraries_reads_ldd_not_found_lines(tmp_path):
    from delegation_planner.smoke import missing_libraries

    ldd = fake_ldd(tmp_path, "\tlinux-vdso.so.1 (0x00007ffd)\n"
                             "\tlibxcb-icccm.so.4 => not found\n"
                             "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
                             "\tlibxcb-keysyms.so.1 => not found\n"
                             "\tlibxcb-icccm.so.4 => not found\n")
    assert missing_libraries(Path("/bin/true"), ldd=ldd) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries(Path("/bin/true"), ldd=fake_ldd(tmp_path, "\tlibc.so.6 => /lib/libc.so.6")) == []


def test_xcb_check_is_a_warning_line_naming_the_debian_packages(monkeypatch):
    from io import StringIO

    from delegation_planner import smoke

    if not smoke.sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    monkeypatch.setattr(smoke, "missing_libraries", lambda binary, ldd=None: ["libxcb-cursor.so.0",
                                                                            "libxcb-icccm.so.4"])
    with pytest.raises(smoke.SmokeWarning) as caught:
        smoke._check_xcb()
    assert "libxcb-cursor0" in str(caught.value) and "libxcb-icccm4" in str(caught.value)
    assert "apt install" in str(caught.value)
    # in the run: a "warn" line, and it does not count as a failure (a FAIL line does)
    out = StringIO()
    failures = smoke.run_checks([("zones", lambda: "stub"), ("xcb", smoke._check_xcb),
                                 ("boom", lambda: 1 / 0)], out)
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("warn  xcb: Qt's X11 window cannot start here: missing libxcb-cursor.so.0, ")
    assert lines[2].startswith("FAIL  boom: ZeroDivisionError") and failures == 1


def test_xcb_plugin_of_this_installation_is_found_and_checked():
    from delegation_planner import smoke

    if not smoke.sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    plugin = smoke.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    missing = smoke.missing_libraries(plugin)
    assert all(name.endswith(tuple(f".so.{n}" for n in range(10))) for name in missing)
    assert set(missing) <= set(smoke.DEBIAN_PACKAGES), missing  # every missing one has its package named


@pytest.mark.skipif(os.environ.get("DP_RUN_SMOKE") != "1", reason="the whole smoke test takes ~10 s; DP_RUN_SMOKE=1")
def test_smoke_test_prints_an_xcb_line_and_passes():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "delegation_planner", "smoke-test"], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(line.startswith(("ok    xcb", "warn  xcb")) for line in done.stdout.splitlines())
    assert "ok    icons" in done.stdout


def test_toolbar_actions_helper_lists_the_bar(window):
    assert [a.objectName() for a in toolbar_actions(window.actions_) if a is not None] == EXPECTED
