#!/usr/bin/env python3
"""Screenshots of each main view with the sample trips loaded, taken offscreen.

    python tools/screenshots.py [--out docs/screenshots] [--size 1280x800]
    python tools/screenshots.py --lang vi          # Vietnamese, into docs/screenshots/vi/

Builds the real main window (build_main_window) on a temporary database and a
temporary settings file, loads Help → Load sample trip, and saves one PNG per
view. Nothing of the user's data or settings is touched.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=None,
                        help="folder for the PNG files (default docs/screenshots, or docs/screenshots/<lang>)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", default="en", help='interface language: "en" or "vi"')
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    default = ROOT / "docs" / "screenshots"
    out = Path(args.out) if args.out else (default if args.lang == "en" else default / args.lang)
    out.mkdir(parents=True, exist_ok=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    with tempfile.TemporaryDirectory(prefix="dp-screens-") as tmp:
        os.environ["DELEGATION_PLANNER_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ.pop("DELEGATION_PLANNER_DB", None)
        return _take(Path(tmp), out, width, height, args.lang)


def _take(tmp: Path, out: Path, width: int, height: int, lang: str = "en") -> int:
    from PySide6.QtWidgets import QApplication

    from delegation_planner import APP_NAME
    from delegation_planner.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if lang != "en":
        from delegation_planner.app import install_translations

        if not any(t.filePath().endswith(f"_{lang}.qm") for t in install_translations(app, lang)):
            print(f"no translation for {lang!r}", file=sys.stderr)
            return 2
    from delegation_planner.ui.main_window import build_main_window

    window = build_main_window(str(tmp / "sample.sqlite3"), settings_path=tmp / "settings.ini")
    window.task_runner = SyncTaskRunner()
    window.load_initial_data()
    trip_id = window.load_sample_trip()
    window.resize(width, height)
    window.show()
    window.select_trip(trip_id)
    window.statusBar().clearMessage()
    items = window.programme_model.items()
    conflicted = next((i for i in items if i.conflicts), items[0])
    noted = _with_most_notes(window, items)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(name: str) -> None:
        settle()
        path = out / name
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # 1. trip list + programme list (an engagement with a conflict selected: tooltip text in the status bar)
    window.show_programme_as("list")
    window.select_engagement(conflicted.id)
    save("programme.png")
    # 2. timeline
    window.show_programme_as("timeline")
    window.select_engagement(noted.id)
    save("timeline.png")
    # 3. engagement detail with notes: give the detail panel more room
    window.show_programme_as("list")
    window.select_engagement(noted.id)
    total = sum(window.detail_splitter.sizes())
    window.detail_splitter.setSizes([int(total * 0.34), total - int(total * 0.34)])
    save("engagement-detail.png")
    window.detail_splitter.setSizes([int(total * 0.48), total - int(total * 0.48)])
    # 4-6. the other tabs
    window.show_tab(1)
    save("delegation.png")
    window.show_tab(2)
    save("commitments.png")
    window.commitments_panel.all_trips.setChecked(True)
    save("commitments-all-trips.png")
    window.commitments_panel.all_trips.setChecked(False)
    window.show_tab(3)
    save("directory.png")
    # the organizations with one's history across trips
    from delegation_planner.services.directory import list_organizations, organization_history

    busiest = max(list_organizations(window.db), key=lambda o: (len(organization_history(window.db, o.id)), -o.id))
    window.directory_panel.tabs.setCurrentIndex(1)
    window.directory_panel.show_organization(busiest.id)
    save("organization-history.png")
    window.directory_panel.tabs.setCurrentIndex(0)
    window.show_tab(0)
    # 7. the engagement dialog (shown, grabbed, closed: never exec'd)
    from delegation_planner.ui.dialogs.engagement_dialog import EngagementDialog
    from delegation_planner.domain.timezones import wall_clock
    from delegation_planner.services.engagements import get_engagement
    from delegation_planner.ui.operations.engagements import organization_choices

    eng = get_engagement(window.db, conflicted.id)
    values = {k: getattr(eng, k) for k in ("title", "kind", "status", "organization_id", "location", "timezone",
                                           "travel_minutes", "objectives", "talking_points", "logistics")}
    values["start"] = wall_clock(eng.start_utc, eng.timezone)
    values["end"] = wall_clock(eng.end_utc, eng.timezone)
    dialog = EngagementDialog(window, engagement=values, home_timezone=window.programme_model.programme.trip
                              .home_timezone, organizations=organization_choices(window.ctx))
    dialog.show()
    settle()
    dialog.grab().save(str(out / "engagement-dialog.png"))
    print(f"wrote {out / 'engagement-dialog.png'}")
    dialog.close()
    window.close()
    window.ctx.db.dispose()
    return 0


def _with_most_notes(window, items):
    from delegation_planner.services.notes import list_notes

    return max(items, key=lambda i: (len(list_notes(window.db, i.id)), -i.id))


if __name__ == "__main__":
    raise SystemExit(main())
