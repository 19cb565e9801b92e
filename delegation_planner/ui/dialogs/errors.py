"""Showing errors: validation problems name the field; known storage errors are a
plain message; anything else is a crash report with the traceback to copy."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication

from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.domain.errors import NotFoundError, ValidationError

log = logging.getLogger(__name__)


# Field names used by the services, in the words on screen.
def field_label(field: str) -> str:
    labels = {
        "title": QCoreApplication.translate("errors", "Title"),
        "purpose": QCoreApplication.translate("errors", "Purpose"),
        "destination": QCoreApplication.translate("errors", "Destination"),
        "start_date": QCoreApplication.translate("errors", "Start date"),
        "end_date": QCoreApplication.translate("errors", "End date"),
        "home_timezone": QCoreApplication.translate("errors", "Home time zone"),
        "status": QCoreApplication.translate("errors", "Status"),
        "notes": QCoreApplication.translate("errors", "Notes"),
        "kind": QCoreApplication.translate("errors", "Kind"),
        "organization_id": QCoreApplication.translate("errors", "Organization"),
        "location": QCoreApplication.translate("errors", "Place"),
        "timezone": QCoreApplication.translate("errors", "Time zone"),
        "start": QCoreApplication.translate("errors", "Start"),
        "end": QCoreApplication.translate("errors", "End"),
        "start_utc": QCoreApplication.translate("errors", "Start"),
        "end_utc": QCoreApplication.translate("errors", "End"),
        "objectives": QCoreApplication.translate("errors", "Objectives"),
        "talking_points": QCoreApplication.translate("errors", "Talking points"),
        "logistics": QCoreApplication.translate("errors", "Logistics"),
        "travel_minutes": QCoreApplication.translate("errors", "Travel time"),
    }
    return labels.get(field, field.replace("_", " ").capitalize())


def describe(exc: BaseException) -> str:
    """One readable text for an error the user can act on."""
    if isinstance(exc, ValidationError):
        return "\n".join(f"{field_label(p.field)}: {p.message}" if p.field else p.message for p in exc.problems)
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("panels", "That record no longer exists (deleted elsewhere?): %s") % exc
    return str(exc)


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
