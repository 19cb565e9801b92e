"""``delegation-planner smoke-test``: does this installation (or frozen build) work, offline?

Checks, in order: time-zone data, a fresh database migrated with the sample
trip, a Vietnamese briefing pack rendered with the embedded font, the main
window built offscreen, the SVG icons, and the system libraries Qt's X11 window
(the ``xcb`` platform plugin) needs. Prints one line per check; exit status 0 when
all pass. A missing system library is a ``warn`` line, not a failure: the
offscreen check cannot use the X11 window, and the fix is on the machine (apt).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

#: Shared libraries of Qt's xcb plugin that a bare Debian/Ubuntu lacks, and their packages.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


class SmokeWarning(Exception):
    """A check that found something to fix on the machine, not in the build: printed as ``warn``."""


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin (platforms/libqxcb.so) of this installation or frozen build."""
    from PySide6.QtCore import QLibraryInfo

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders += [Path(frozen) / "PySide6" / "Qt" / "plugins", Path(frozen) / "PySide6" / "plugins"]
    for folder in folders:
        candidate = folder / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(binary: Path, ldd: str | None = None) -> list[str]:
    """The shared libraries ``binary`` needs that the dynamic loader does not find (``ldd``'s
    "not found" lines, its own and its dependencies'), sorted, without repeats."""
    import shutil
    import subprocess

    ldd = ldd or shutil.which("ldd")
    if ldd is None:
        raise SmokeWarning("ldd not found; cannot list the libraries of " + binary.name)
    done = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=30, check=False,
                          stdin=subprocess.DEVNULL)
    missing = set()
    for line in done.stdout.splitlines():
        name, sep, where = line.strip().partition("=>")
        if sep and where.strip() == "not found":
            missing.add(name.strip())
    return sorted(missing)


def _check_xcb() -> str:
    if not sys.platform.startswith("linux"):
        return "not Linux: no X11 plugin to check"
    plugin = xcb_plugin()
    if plugin is None:
        raise SmokeWarning("Qt's X11 plugin (platforms/libqxcb.so) is not in this build: the window needs "
                       "Wayland or the offscreen platform")
    missing = missing_libraries(plugin)
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
        raise SmokeWarning(f"Qt's X11 window cannot start here: missing {', '.join(missing)} "
                       f"(Debian/Ubuntu: sudo apt install {' '.join(packages)})")
    return f"{plugin.name} finds all its system libraries"


def _check_icons() -> str:
    from PySide6.QtWidgets import QApplication

    from delegation_planner.ui import icons

    QApplication.instance() or QApplication(["delegation-planner"])
    drawn = [name for name in icons.TOOLBAR_ICONS if not icons.svg_icon(name).pixmap(48, 48).isNull()]
    if len(drawn) != len(icons.TOOLBAR_ICONS):
        missing = sorted(set(icons.TOOLBAR_ICONS) - set(drawn))
        raise RuntimeError(f"toolbar icons not drawn: {', '.join(missing)}")
    if not icons.svg_engine_available():
        raise SmokeWarning(f"{len(drawn)} toolbar icons drawn, but without Qt's SVG icon engine "
                       "(iconengines/libqsvgicon.so): fixed sizes only")
    return f"{len(drawn)} SVG toolbar icons drawn by Qt's SVG icon engine"


def _check_zones() -> str:
    from dateutil import tz

    for name in ("Asia/Ho_Chi_Minh", "America/New_York", "Europe/Paris"):
        if tz.gettz(name) is None:
            raise RuntimeError(f"no time-zone data for {name} (is tzdata bundled?)")
    return "time zones found"


def _show_window(app, build_main_window, folder: Path):
    """Build the main window on a fresh database, let the post-paint steps run, return its size."""
    import time

    win = build_main_window(str(folder / "smoke.sqlite3"), settings_path=str(folder / "settings.ini"))
    win.resize(1280, 800)
    win.show()
    # the panels are built on later turns of the event loop, after the first paint:
    # let them all be built (and their modules imported) before judging the window
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    size = win.grab().size()
    win.close()
    win.deleteLater()
    app.processEvents()
    return size


def run_checks(checks: list[tuple[str, Callable[[], str]]], out) -> int:
    """Run every check (not just up to the first failure), one line each; returns the failures.
    ``ok`` and ``warn`` lines pass, ``FAIL`` lines count."""
    failures = 0
    for name, check in checks:
        try:
            print(f"ok    {name}: {check()}", file=out)
        except SmokeWarning as exc:  # to fix on the machine; the build itself is fine
            print(f"warn  {name}: {exc}", file=out)
        except Exception as exc:  # report every failing check, not just the first
            failures += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
    return failures


def run_smoke_test(out=sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dp-smoke-") as tmp:
        folder = Path(tmp)
        state: dict = {}

        def database() -> str:
            from delegation_planner.sample import load_sample
            from delegation_planner.storage import open_database
            from delegation_planner.storage.migrations import current_revision, head_revision

            db = open_database(folder / "smoke.sqlite3")
            state["db"] = db
            state["trip"] = load_sample(db)
            assert current_revision(db) == head_revision()
            return f"database migrated to {head_revision()}, sample trip {state['trip']} loaded"

        def report() -> str:
            from delegation_planner.reports import build_briefing_pack

            result = build_briefing_pack(state["db"], state["trip"], folder / "briefing.pdf", lang="vi")
            data = result.path.read_bytes()
            if b"DejaVu" not in data:
                raise RuntimeError("the Vietnamese font is not embedded in the PDF")
            return f"Vietnamese briefing pack rendered ({result.pages} pages)"

        def window() -> str:
            from PySide6.QtWidgets import QApplication

            from delegation_planner.ui.main_window import build_main_window

            app = QApplication.instance() or QApplication(["delegation-planner"])
            errors: list[BaseException] = []
            previous_hook = sys.excepthook
            sys.excepthook = lambda kind, exc, tb: errors.append(exc)  # errors raised in Qt slots and timers
            try:
                size = _show_window(app, build_main_window, folder)
            finally:
                sys.excepthook = previous_hook
            if errors:
                raise RuntimeError(f"{len(errors)} error(s) while the window was built: "
                                   f"{type(errors[0]).__name__}: {errors[0]}")
            return f"main window built ({size.width()}×{size.height()})"

        checks: list[tuple[str, Callable[[], str]]] = [
            ("zones", _check_zones), ("database", database), ("report", report), ("window", window),
            ("icons", _check_icons), ("xcb", _check_xcb)]
        failures = run_checks(checks, out)
        if "db" in state:
            state["db"].dispose()
    return 1 if failures else 0
