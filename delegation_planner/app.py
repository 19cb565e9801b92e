"""Composition root of the desktop app (``delegation-planner-gui``).

Order: arguments → QApplication (names, icon, translations) → database location
(paths.resolve_db: --db, then DELEGATION_PLANNER_DB, then the data folder) →
main window built and shown **without** a database → first paint → on the next
event-loop turn the database is opened and migrated (this is where SQLAlchemy,
SQLModel, Alembic and the services are imported) → trip list filled. Nothing
heavy is imported before the first paint. A database that cannot be opened
(KnownError) is a message box and exit code 1, not a traceback.
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
    from delegation_planner.settings import INTERFACE_LANGUAGE, Settings

    settings = Settings(args.settings)
    # --lang, else the Settings dialog's interface language, else the system's (read once: a
    # language chosen in Settings applies at the next start)
    chosen = args.lang or settings.get(INTERFACE_LANGUAGE) or None
    install_translations(app, chosen)
    if chosen:  # Qt's own formatting in that language too (the file dialog's file kinds: "Tài liệu PDF")
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(chosen))

    from delegation_planner.paths import resolve_db
    from delegation_planner.ui import icons
    from delegation_planner.ui.dialogs.errors import install_excepthook
    from delegation_planner.ui.main_window import MainWindow

    app.setWindowIcon(icons.app_icon())
    location = resolve_db(args.db)
    window = MainWindow(None, settings, location=location)
    could_not_open: list[BaseException] = []

    def failed(exc: BaseException) -> None:
        from delegation_planner.ui.dialogs.errors import is_user_error, show_error

        could_not_open.append(exc)
        if is_user_error(exc):  # KnownError: a message, not a traceback
            QMessageBox.critical(window, APP_NAME,
                                 app.translate("app", "The database could not be opened:\n\n%1\n\n%2")
                                 .replace("%1", str(exc)).replace("%2", location))
        else:
            log.error("opening %s failed", location, exc_info=exc)
            show_error(window, APP_NAME, exc)  # a crash report with the details
        app.exit(1)

    install_excepthook()
    log.info("opening database %s after the first paint", location)
    window.open_database_after_first_paint(location, failed=failed)
    window.show()
    log.info("window shown")
    code = app.exec()
    if could_not_open:
        window.hide()
        return 1
    if window.ctx.db is not None:
        window.ctx.db.dispose()
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
