"""Reports → Briefing pack / Post-trip report / Day cards / Itineraries: ask where, build in the
background (the task runner's progress dialog, Cancel), open the PDF.

The language of a report follows the interface by default (Ctrl+P in the Vietnamese window builds the
Vietnamese pack), or the Settings' report language when it names one; the menu's "… in English" /
"… in Vietnamese" items choose explicitly. The status bar names the language that was built."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.ui.dialogs.errors import show_error
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.window_text import tr

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def default_report_language(w: "MainWindow") -> str:
    """"en" or "vi": the Settings' report language ("interface", the default, means the interface's)."""
    choice = "interface"
    settings = getattr(w, "settings", None)
    setting = getattr(sys.modules.get("delegation_planner.settings"), "REPORT_LANGUAGE", None)
    if settings is not None and setting is not None:
        choice = settings.get(setting)
    return choice if choice in ("en", "vi") else ui_language()


def default_paper(w: "MainWindow") -> str:
    """The Settings' default paper size ("a4" or "letter")."""
    from delegation_planner.settings import PAPER_SIZE

    settings = getattr(w, "settings", None)
    return settings.get(PAPER_SIZE) if settings is not None else PAPER_SIZE.default


def language_name(lang: str) -> str:
    return tr("Vietnamese") if lang == "vi" else tr("English")


def office_settings(w: "MainWindow") -> dict[str, str]:
    """The office's identity as Edit → Settings holds it (issuing bodies, address, logo)."""
    from delegation_planner.settings import ISSUING_BODY_EN, ISSUING_BODY_VI, OFFICE_ADDRESS, OFFICE_LOGO

    settings = getattr(w, "settings", None)
    if settings is None:
        return {}
    return {"issuing_body_vi": settings.get(ISSUING_BODY_VI), "issuing_body_en": settings.get(ISSUING_BODY_EN),
            "address": settings.get(OFFICE_ADDRESS), "logo": settings.get(OFFICE_LOGO)}


def report_title(kind: str) -> str:
    return {"briefing": tr("Briefing pack"), "trip_report": tr("Post-trip report"),
            "day_cards": tr("Day cards"), "itinerary": tr("Itineraries")}.get(kind, tr("Post-trip report"))


def build_report(w: "MainWindow", kind: str, path: str | None = None, *, lang: str | None = None,
                 person_id: int | None = None, person_name: str = "") -> None:
    """Build the briefing pack (``kind="briefing"``), post-trip report (``"trip_report"``), the day
    cards (``"day_cards"``) or the itineraries (``"itinerary"``: of ``person_id``, None every member)
    of the current trip through the window's task runner, in ``lang`` (None:
    :func:`default_report_language`) on the Settings' paper, the office of the Settings on the
    letterhead; ``path`` None asks for it. Results go to ``w.last_report``."""
    trip_id = w.current_trip_id
    if trip_id is None:
        return
    lang = lang or default_report_language(w)
    title = report_title(kind)
    title_in = f"{title} ({language_name(lang)})"
    try:
        from delegation_planner.ui.operations import reports  # ReportLab: only when a report is asked for
    except ImportError as exc:
        log.error("reports unavailable: %s", exc)
        from delegation_planner.ui.operations.files import known_error

        show_error(w, title, known_error(tr("Reports are not available in this build (%1).")
                                        .replace("%1", str(exc))))
        return
    if path is None:
        path = w.files.ask_save_target(title, tr("PDF files (*.pdf)"),
                                       reports.suggested_file_name(w.ctx, trip_id, kind, lang, person_name),
                                       "PDF file")
        if not path:
            return
    try:
        job = reports.report_job(w.ctx, kind, trip_id, path, lang=lang, paper=default_paper(w),
                                 office=reports.office_identity(**office_settings(w)), person_id=person_id)
    except Exception as exc:  # KnownError: the target is refused
        log.info("report target %s refused: %s", path, exc)
        show_error(w, title, exc)
        return

    def done(result) -> None:
        w.last_report = result
        if result is None:
            w.statusBar().showMessage(tr("Cancelled."), 5000)
            return
        pages = getattr(result, "pages", None)
        written = Path(getattr(result, "path", path))
        w.statusBar().showMessage(tr("%1 written: %2 (%3 pages)").replace("%1", title_in)
                                  .replace("%2", str(written)).replace("%3", str(pages)), 15000)
        missing = reports.missing_glyphs_text(result)
        if missing:  # printed as "�": say which, before the officer hands the paper over
            from PySide6.QtWidgets import QMessageBox

            w.last_report_warning = tr("Some characters have no glyph in the report's fonts and are printed "
                                       "as �: %1").replace("%1", missing)
            QMessageBox.warning(w, title, w.last_report_warning)
        w.open_file(written)

    def failed(exc: BaseException) -> None:
        w.last_report = exc
        if reports.is_cancelled(exc):
            w.statusBar().showMessage(tr("Cancelled; no file was written."), 8000)
            return
        log.info("%s failed: %s", title, exc)  # a bug's traceback: logged by the runner and the crash report
        show_error(w, title, exc)

    w.task_runner.run(title_in, job, on_done=done, on_error=failed, parent=w)


def build_itinerary(w: "MainWindow", path: str | None = None, *, lang: str | None = None) -> None:
    """Reports → Itineraries…: choose one member or every member (one file), then build."""
    trip_id = w.current_trip_id
    if trip_id is None:
        return
    from delegation_planner.ui.dialogs.itinerary_dialog import ItineraryDialog

    dialog = ItineraryDialog(w.ctx, trip_id, w)
    w.exec_dialog(dialog)
    choice = dialog.result_value
    if not choice:
        return
    build_report(w, "itinerary", path, lang=lang, person_id=choice["person_id"],
                 person_name=choice.get("person_name", ""))
