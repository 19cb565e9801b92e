"""Reports → Briefing pack / Post-trip report: ask where, build in the background, open the PDF.

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


def build_report(w: "MainWindow", kind: str, path: str | None = None, *, lang: str | None = None) -> None:
    """Build the briefing pack (``kind="briefing"``) or post-trip report of the current trip
    through the window's task runner, in ``lang`` (None: :func:`default_report_language`);
    ``path`` None asks for it. Results go to ``w.last_report``."""
    trip_id = w.current_trip_id
    if trip_id is None:
        return
    lang = lang or default_report_language(w)
    title = tr("Briefing pack") if kind == "briefing" else tr("Post-trip report")
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
                                       reports.suggested_file_name(w.ctx, trip_id, kind, lang), "PDF file")
        if not path:
            return
    try:
        job = reports.report_job(w.ctx, kind, trip_id, path, lang=lang, paper=default_paper(w))
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
        w.open_file(written)

    def failed(exc: BaseException) -> None:
        w.last_report = exc
        if reports.is_cancelled(exc):
            w.statusBar().showMessage(tr("Cancelled; no file was written."), 8000)
            return
        log.info("%s failed: %s", title, exc)  # a bug's traceback: logged by the runner and the crash report
        show_error(w, title, exc)

    w.task_runner.run(title_in, job, on_done=done, on_error=failed, parent=w)
