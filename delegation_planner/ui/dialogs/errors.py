"""Showing errors: validation problems name the field; known storage errors are a
plain message; anything else is a crash report with the traceback to copy."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication

from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.ui.labels import ui_language

log = logging.getLogger(__name__)


def field_label(field: str) -> str:
    """A field name of the services ("start_date", "engagements[0].end") in the interface language."""
    from delegation_planner.domain.messages import field_label as label

    return label(field, ui_language())


def problem_text(problem) -> str:
    """A problem's sentence (without its field) in the interface language."""
    from delegation_planner.domain.messages import message_of

    return message_of(problem, ui_language())


def describe(exc: BaseException) -> str:
    """One readable text for an error the user can act on, in the interface language
    (coded problems through the catalogue of ``domain.messages``)."""
    from delegation_planner.domain.messages import render_error

    text = render_error(exc, ui_language())
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("panels", "That record no longer exists (deleted elsewhere?): %s") % text
    return text


def is_user_error(exc: BaseException) -> bool:
    if isinstance(exc, (ValidationError, NotFoundError)):
        return True
    # storage.errors is imported with the database (after the first paint); until then
    # no KnownError can exist, and importing it here would pull SQLAlchemy in early.
    storage_errors = sys.modules.get("delegation_planner.storage.errors")
    return storage_errors is not None and isinstance(exc, storage_errors.KnownError)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A message box for ``exc``: user errors as they are, others as a crash report."""
    if is_user_error(exc):
        QMessageBox.warning(parent, title, describe(exc))
    else:
        show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Unexpected error"),
        QCoreApplication.translate(
            "errors",
            "Something went wrong inside Delegation Planner. Your data is safe: every edit is saved "
            "as it is made.\n\nPlease send the details below to whoever supports the program.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots become a crash dialog instead of a silent console trace."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if is_user_error(exc):
            QMessageBox.warning(None, QCoreApplication.translate("errors", "Delegation Planner"), describe(exc))
        else:
            show_crash(None, exc)

    sys.excepthook = hook


def notice_text(notice) -> str:
    """A warning of the services or the importer (outside the trip's dates…) in the interface language."""
    from delegation_planner.domain.messages import render_notice

    return render_notice(notice, ui_language())
