#!/usr/bin/env python3
"""Screenshots of the first-run pieces: the welcome pane, the Settings dialog, the toolbar in a
light and a dark palette, and the window at 1366×698 (a 1366×768 laptop with its taskbar).

    python tools/screenshots_first_run.py [--lang vi]   # docs/screenshots/ or docs/screenshots/vi/

Offscreen, on a temporary database and settings file (nothing of the user's is touched).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {QPalette.ColorRole.Window: "#353535", QPalette.ColorRole.WindowText: "#f0f0f0",
               QPalette.ColorRole.Base: "#252525", QPalette.ColorRole.AlternateBase: "#303030",
               QPalette.ColorRole.Text: "#f0f0f0", QPalette.ColorRole.Button: "#3c3c3c",
               QPalette.ColorRole.ButtonText: "#f0f0f0", QPalette.ColorRole.Highlight: "#2f65ca",
               QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
               QPalette.ColorRole.ToolTipText: "#f0f0f0", QPalette.ColorRole.PlaceholderText: "#a0a0a0"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    default = ROOT / "docs" / "screenshots"
    out = Path(args.out) if args.out else (default if args.lang == "en" else default / args.lang)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    with tempfile.TemporaryDirectory(prefix="dp-first-run-") as tmp:
        os.environ["DELEGATION_PLANNER_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ.pop("DELEGATION_PLANNER_DB", None)
        return _take(Path(tmp), out, args.lang)


def _take(tmp: Path, out: Path, lang: str) -> int:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from delegation_planner import APP_NAME

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if lang != "en":
        from delegation_planner.app import install_translations

        install_translations(app, lang)
    from delegation_planner.ui.dialogs.settings_dialog import SettingsDialog
    from delegation_planner.ui.main_window import build_main_window
    from delegation_planner.ui.tasks import SyncTaskRunner

    window = build_main_window(str(tmp / "first.sqlite3"), settings_path=tmp / "settings.ini")
    window.task_runner = SyncTaskRunner()
    window.load_initial_data()
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    saved = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    save(window, "welcome")
    dialog = SettingsDialog(window.settings, window)
    dialog.body_vi_edit.setText("SỞ Y TẾ TỈNH CAO BẰNG")
    dialog.body_en_edit.setText("Cao Bang Department of Health")
    dialog.address_edit.setPlainText("Số 1, đường Hoàng Đình Giong,\nphường Hợp Giang, thành phố Cao Bằng")
    dialog.show()
    dialog.adjustSize()
    save(dialog, "settings-dialog")
    dialog.zone_combo.setCurrentText("GMT+7")
    dialog.accept()  # refused: the message under the form
    dialog.adjustSize()
    save(dialog, "settings-dialog-refused")
    dialog.close()

    window.load_sample_trip()
    window.select_engagement(window.programme_model.items()[0].id)
    save(window.toolbar, "toolbar-light")
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette())
    window.setPalette(dark_palette())
    save(window.toolbar, "toolbar-dark")
    save(window, "window-dark")
    app.setPalette(app.style().standardPalette())
    window.setPalette(app.style().standardPalette())
    window.resize(1366, 698)
    save(window, "window-1366x698")
    window.close()
    window.ctx.db.dispose()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
