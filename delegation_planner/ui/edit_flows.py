"""Trip and engagement commands of the window: open the dialog, confirm, call the operation.

Built by the main window after its first paint (it imports the trip and engagement
operations, hence SQLAlchemy). Writing is done only by ``ui.operations``.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from delegation_planner.ui.dialogs.engagement_dialog import EngagementDialog
from delegation_planner.ui.dialogs.errors import notice_text
from delegation_planner.ui.dialogs.trip_dialog import DuplicateTripDialog, TripDialog
from delegation_planner.ui.main_window import PROGRAMME_TAB
from delegation_planner.ui.models.trips import format_dates
from delegation_planner.ui.operations import activity as activity_ops
from delegation_planner.ui.operations import engagements as engagement_ops
from delegation_planner.ui.operations import trips as trip_ops
from delegation_planner.ui.window_text import tr

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often a window looks whether another officer changed the database (ms).
POLL_MS = 2000


class EditFlows(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.w = window
        # An edit by another officer (window, process) shows here within POLL_MS: one integer read.
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("otherEditsPollTimer")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_other_edits)
        self.poll_timer.start()

    def poll_other_edits(self) -> bool:
        """Reload every view if someone else changed the database since the last look (a shown
        window only; the first look takes note). True if it reloaded."""
        if self.w.ctx.db is None or not self.w.isVisible():
            return False
        try:
            changed = activity_ops.changed_elsewhere(self.w.ctx)
        except Exception as exc:  # noqa: BLE001 (busy, a server gone: try again at the next tick)
            log.warning("could not look for other officers' changes: %s", exc)
            return False
        if changed:
            self.w.refresh_all()
        return changed

    def _accepted(self, dialog: QDialog) -> bool:
        return self.w.exec_dialog(dialog) == QDialog.DialogCode.Accepted and bool(dialog.result_value)

    # ------------------------------------------------------------------ operations
    def create_trip(self, values: dict[str, Any]) -> int:
        return trip_ops.create_trip(self.w.ctx, values)

    def update_trip(self, trip_id: int, values: dict[str, Any], expected_version: int | None = None) -> None:
        trip_ops.update_trip(self.w.ctx, trip_id, values, expected_version)

    def copy_trip(self, trip_id: int, *, start_date, title: str | None = None) -> int:
        return trip_ops.duplicate_trip(self.w.ctx, trip_id, start_date=start_date, title=title)

    def delete_trip(self, trip_id: int) -> None:
        trip_ops.delete_trip(self.w.ctx, trip_id, restored=self._select_later)

    def create_engagement(self, trip_id: int, values: dict[str, Any]) -> int:
        saved = engagement_ops.create_engagement(self.w.ctx, trip_id, values)
        self._show_warnings(saved.warnings)
        return saved.engagement_id

    def update_engagement(self, engagement_id: int, values: dict[str, Any], expected_version: int | None = None) -> None:
        self._show_warnings(engagement_ops.update_engagement(self.w.ctx, engagement_id, values,
                                                             expected_version).warnings)

    def delete_engagement(self, engagement_id: int) -> None:
        engagement_ops.delete_engagement(self.w.ctx, engagement_id)

    def trip_of_engagement(self, engagement_id: int) -> int | None:
        return engagement_ops.trip_of(self.w.ctx, engagement_id)

    def trip_of_commitment(self, commitment_id: int) -> int | None:
        return trip_ops.trip_of_commitment(self.w.ctx, commitment_id)

    def _show_warnings(self, warnings) -> None:
        if warnings:
            self.w.statusBar().showMessage(tr("Saved, but: %1").replace("%1", "; ".join(notice_text(w) for w in warnings)),
                                           15000)

    def _select_later(self, trip_id: int) -> None:
        """Show a trip brought back by Undo (once the trip list has seen it)."""
        def select() -> None:
            if trip_ops.trip_exists(self.w.ctx, trip_id):
                self.w.select_trip(trip_id)

        QTimer.singleShot(0, self, select)

    # ------------------------------------------------------------------ trips
    def new_trip(self) -> None:
        from delegation_planner.settings import HOME_TIMEZONE

        dialog = TripDialog(self.w, save=self.w.create_trip)
        dialog.zone_combo.setCurrentText(self.w.settings.get(HOME_TIMEZONE))  # Settings: home time zone
        if self._accepted(dialog):
            self.w.select_trip(dialog.result_value)

    def edit_trip(self) -> None:
        trip_id = self.w.current_trip_id
        if trip_id is None:
            return
        values, version = trip_ops.editable(self.w.ctx, trip_id)  # the version the dialog opens with
        dialog = TripDialog(self.w, trip=values, save=lambda v: self.update_trip(trip_id, v, version))
        self.w.exec_dialog(dialog)

    def duplicate_trip(self) -> None:
        trip_id = self.w.current_trip_id
        if trip_id is None:
            return
        trip = trip_ops.get_trip(self.w.ctx, trip_id)
        dialog = DuplicateTripDialog(self.w, title=trip_ops.duplicate_title(self.w.ctx, trip_id),
                                     start_date=trip.start_date,
                                     save=lambda v: self.w.duplicate_trip(trip_id, **v))
        if self._accepted(dialog):
            self.w.select_trip(dialog.result_value)

    def delete_current_trip(self) -> None:
        trip_id = self.w.current_trip_id
        if trip_id is None:
            return
        from delegation_planner.ui.operations.files import trip_holdings

        trip = trip_ops.get_trip(self.w.ctx, trip_id)
        held = trip_holdings(self.w.ctx, trip_id)
        question = tr("Delete the trip “%1” (%2) with its programme, delegation list, meeting notes and "
                      "commitments?\n\nEdit → Undo brings it back.").replace("%1", trip.title).replace(
            "%2", format_dates(trip))
        also = [text.replace("%1", str(n)) for n, text in (
            (held.gifts, tr("1 gift") if held.gifts == 1 else tr("%1 gifts")),
            (held.cars, tr("1 car") if held.cars == 1 else tr("%1 cars")),
            (held.attachments, tr("1 attached file") if held.attachments == 1 else tr("%1 attached files")),
        ) if n]
        if also:  # the protocol records go with the trip too: named before the undo line
            head, sep, undo_line = question.rpartition("\n\n")
            extra = tr("Deleted with it: %1.").replace("%1", ", ".join(also))
            question = f"{head}\n\n{extra}\n\n{undo_line}" if sep else f"{question}\n\n{extra}"
        if self.w.ctx.confirm(self.w, tr("Delete trip"), question):
            self.w.delete_trip(trip_id)

    # ------------------------------------------------------------------ engagements
    def add_engagement(self) -> None:
        w = self.w
        trip_id = w.current_trip_id
        if trip_id is None:
            return
        trip = trip_ops.get_trip(w.ctx, trip_id)
        zone = engagement_ops.default_timezone(w.ctx, trip_id)
        dialog = EngagementDialog(w, default_start=self._suggested_start(trip, zone), default_timezone=zone,
                                  home_timezone=trip.home_timezone,
                                  organizations=engagement_ops.organization_choices(w.ctx),
                                  save=lambda values: w.create_engagement(trip_id, values))
        if self._accepted(dialog):
            w.select_engagement(dialog.result_value)

    def _suggested_start(self, trip, zone: str) -> datetime:
        """After the selected engagement (or the last one), else 09:00 on the first day."""
        model = self.w.programme_model
        selected = self.w.current_engagement_id
        item = model.item(selected) if selected else None
        if item is None:
            items = model.items()
            item = items[-1] if items else None
        if item is not None and item.timezone == zone:
            end = item.local_end.replace(tzinfo=None)
            return end + timedelta(minutes=(30 - end.minute % 30) % 30)
        return datetime(trip.start_date.year, trip.start_date.month, trip.start_date.day, 9, 0)

    def edit_engagement(self) -> None:
        w = self.w
        engagement_id = w.current_engagement_id
        if engagement_id is None:
            return
        eng = engagement_ops.get_engagement(w.ctx, engagement_id)
        trip = trip_ops.get_trip(w.ctx, eng.trip_id)
        values, version = engagement_ops.editable(w.ctx, engagement_id)  # the version the dialog opens with
        dialog = EngagementDialog(w, engagement=values, home_timezone=trip.home_timezone,
                                  organizations=engagement_ops.organization_choices(w.ctx),
                                  save=lambda v: self.update_engagement(engagement_id, v, version))
        w.exec_dialog(dialog)

    def delete_current_engagement(self) -> None:
        engagement_id = self.w.current_engagement_id
        if engagement_id is None:
            return
        eng = engagement_ops.get_engagement(self.w.ctx, engagement_id)
        question = tr("Delete the engagement “%1”?").replace("%1", eng.title) + "\n\n" + \
            engagement_delete_consequences(self.w.ctx, engagement_id)
        if self.w.ctx.confirm(self.w, tr("Delete engagement"), question):
            self.w.delete_engagement(eng.id)

    # ------------------------------------------------------------------ Edit → Edit… / Delete (by focus)
    def _focus_in(self, widget: QWidget) -> bool:
        focus = self.w.focusWidget()
        while focus is not None:
            if focus is widget:
                return True
            focus = focus.parentWidget()
        return False

    def _focused_panel(self) -> QObject | None:
        w = self.w
        for panel in (w.engagement_panel, w.delegation_panel, w.commitments_panel, w.directory_panel):
            if panel is not None and self._focus_in(panel):
                return panel
        return None

    def edit_selected(self) -> None:
        """F2: edit what has the focus (trip list: the trip; programme/timeline: the engagement)."""
        self._on_focus("edit_selected", self.edit_trip, self.edit_engagement, self.edit_trip)

    def delete_selected(self) -> None:
        """Delete: what has the focus (trip list: the trip; programme/timeline: the engagement)."""
        self._on_focus("delete_selected", self.delete_current_trip, self.delete_current_engagement, None)

    def _on_focus(self, panel_method: str, on_trip_list, on_engagement, otherwise) -> None:
        if self._focus_in(self.w.trip_panel):
            on_trip_list()
            return
        panel = self._focused_panel()
        if panel is not None:
            if hasattr(panel, panel_method):
                getattr(panel, panel_method)()
            return
        if self.w.tabs.currentIndex() == PROGRAMME_TAB and self.w.current_engagement_id is not None:
            on_engagement()
        elif otherwise is not None and self.w.current_trip_id is not None:
            otherwise()


def engagement_delete_consequences(ctx, engagement_id: int) -> str:
    """What goes with a deleted engagement, said before it goes (as for a trip): its notes and
    attendees are deleted with it, the commitments made there stay with the trip, unlinked."""
    from delegation_planner.ui.operations import commitments as commitment_ops
    from delegation_planner.ui.operations import members as member_ops
    from delegation_planner.ui.operations import notes as note_ops

    notes = len(note_ops.list_notes(ctx, engagement_id))
    attendees = len(member_ops.list_attendees(ctx, engagement_id))
    linked = len(commitment_ops.list_commitments(ctx, engagement_id=engagement_id))
    lines = [tr("Deleted with it: %1 meeting note(s) and %2 attendee(s) and counterpart(s).")
             .replace("%1", str(notes)).replace("%2", str(attendees))]
    from delegation_planner.ui.operations import attachments as attachment_ops
    from delegation_planner.ui.operations import logistics as logistics_ops

    more = [(len(logistics_ops.list_steps(ctx, engagement_id)), tr("%1 scenario step(s)")),
            (len(logistics_ops.list_vehicles(ctx, engagement_id)), tr("%1 car(s)")),
            (len(attachment_ops.list_for(ctx, "engagement", engagement_id)), tr("%1 attached file(s)"))]
    also = [text.replace("%1", str(n)) for n, text in more if n]
    if also:
        lines.append(tr("Also deleted with it: %1.").replace("%1", ", ".join(also)))
    if linked:
        lines.append(tr("%1 commitment(s) made there stay with the trip, no longer linked to an engagement.")
                     .replace("%1", str(linked)))
    lines.append(tr("Edit → Undo brings it all back."))
    return "\n".join(lines)
