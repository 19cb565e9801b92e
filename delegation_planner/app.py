"""Composition root of the desktop app (``delegation-planner-gui``).

Order: arguments → QApplication (names, icon, translations) → database location
(paths.resolve_db: --db, then DELEGATION_PLANNER_DB, then the data folder) →
main window (opens and migrates the database) → show → trip list loads after the
first paint. A database that cannot be opened (KnownError) is a message box,
not a traceback.
"""
from __future__ import annotations

import argparse
import logging
import sys
from typing import Sequence

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="delegation-planner-gui", description="Delegation Planner desktop app")
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL "
                                                     "(default: $DELEGATION_PLANNER_DB, else the data folder)")
    parser.add_argument("--settings", metavar="FILE", help="settings file (INI) instead of the per-user settings")
    parser.add_argument("--lang", metavar="CODE", help='language of the interface, e.g. "vi" or "en" '
                                                       "(default: the system's)")
    return parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))


def install_translations(app, lang: str | None = None) -> list:
    """Load resources/translations/delegation_planner_<locale>.qm and Qt's own, when present."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from delegation_planner.resources import resource_path

    locale = QLocale(lang) if lang else QLocale.system()
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    ours = QTranslator(app)
    try:
        folder = str(resource_path("translations"))
    except FileNotFoundError:
        folder = ""
    if folder and ours.load(locale, "delegation_planner", "_", folder):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from delegation_planner import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setOrganizationDomain(ORG_DOMAIN)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    install_translations(app, args.lang)

    from delegation_planner.paths import resolve_db
    from delegation_planner.storage.errors import KnownError
    from delegation_planner.ui import icons
    from delegation_planner.ui.dialogs.errors import install_excepthook

    app.setWindowIcon(icons.app_icon())
    location = resolve_db(args.db)
    log.info("opening database %s", location)
    from delegation_planner.ui.main_window import build_main_window

    try:
        window = build_main_window(location, settings_path=args.settings)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME,
                             app.translate("app", "The database could not be opened:\n\n%1\n\n%2")
                             .replace("%1", str(exc)).replace("%2", location))
        return 1
    install_excepthook()
    window.show()
    log.info("window shown")
    code = app.exec()
    window.ctx.db.dispose()
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
