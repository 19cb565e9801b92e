"""``delegation-planner smoke-test``: does this installation (or frozen build) work, offline?

Checks, in order: time-zone data, a fresh database migrated with the sample
trip, a Vietnamese briefing pack rendered with the embedded font, and the main
window built offscreen. Prints one line per check; exit status 0 when all pass.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable


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
            ("zones", _check_zones), ("database", database), ("report", report), ("window", window)]
        failures = 0
        for name, check in checks:
            try:
                print(f"ok    {name}: {check()}", file=out)
            except Exception as exc:  # report every failing check, not just the first
                failures += 1
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
        if "db" in state:
            state["db"].dispose()
    return 1 if failures else 0
