"""The main window: trip list on the left; Programme | Delegation | Commitments |
Directory tabs on the right.

``build_main_window(db_location)`` opens the database and builds the window
without starting an event loop (a QApplication must exist), for the app, tests
and scripts alike. Every edit goes through the services (saved at once) and the
undo stack; every view refreshes itself from ``ctx.hub.changed``.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QSizePolicy, QSplitter, QStackedWidget,
    QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from delegation_planner import APP_NAME, __version__
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.lazy import engagements as engagement_service
from delegation_planner.ui.lazy import trips as trip_service
from delegation_planner.settings import (
    DETAIL_SPLITTER, LAST_DATABASE, LAST_TRIP, MAIN_SPLITTER, PROGRAMME_MODE, RECENT_DATABASES, WINDOW_GEOMETRY,
    WINDOW_STATE, Settings,
)
from delegation_planner.changes import Change
from delegation_planner.ui.lazy import storage
from delegation_planner.ui import icons
from delegation_planner.ui.backups_ui import install_backup_support
from delegation_planner.ui.actions import Actions, build_menus
from delegation_planner.ui.context import ChangeHub, UiContext
from delegation_planner.ui.dialogs.errors import show_error
from delegation_planner.ui.labels import conflict_text
from delegation_planner.ui.models.programme import ProgrammeModel
from delegation_planner.ui.models.trips import format_dates
from delegation_planner.ui.tasks import TaskCancelled, ThreadTaskRunner
from delegation_planner.ui import undo as undo_ids
from delegation_planner.ui.undo import (
    create_with_undo, forget_ids, linked, ref, run_command, set_failure_handler, update_undoable,
)
from delegation_planner.ui.views.programme import ProgrammeView
from delegation_planner.ui.views.timeline import TimelineView, timeline_scroll_area
from delegation_planner.ui.views.trips import TripListPanel

if TYPE_CHECKING:
    from delegation_planner.storage.database import Database
    from delegation_planner.ui.views.commitments import CommitmentsPanel
    from delegation_planner.ui.views.delegation import DelegationPanel
    from delegation_planner.ui.views.directory import DirectoryPanel
    from delegation_planner.ui.views.engagement_detail import EngagementDetailPanel

log = logging.getLogger(__name__)

# Changes that make the programme (and timeline) of a trip stale.
_PROGRAMME_ENTITIES = {"engagement", "attendance", "member", "trip", "person", "organization", "*"}
_ENGAGEMENT_FIELDS = ("title", "kind", "status", "organization_id", "location", "timezone", "start_utc", "end_utc",
                      "travel_minutes", "objectives", "talking_points", "logistics")
PROGRAMME_TAB, DELEGATION_TAB, COMMITMENTS_TAB, DIRECTORY_TAB = range(4)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when the text does not fit (full text in the tooltip)."""

    def minimumSizeHint(self):  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class _AfterPaint(QObject):
    """Calls ``then`` (once) on the event-loop turn after ``widget``'s next paint event,
    or after ``fallback_ms`` if it is not painted by then (minimized, hidden)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            then()


class _InputBlocker(QObject):
    """Swallows keyboard and mouse input to the window while it has no database yet."""

    _BLOCKED = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        return event.type() in self._BLOCKED


class MainWindow(QMainWindow):
    """The main window over ``db``. ``db`` may be None: the window is then built and painted
    first, and ``attach_database`` (or ``open_database_after_first_paint``) gives it its
    database and fills the views; until then it says "Opening database…" and takes no input."""

    def __init__(self, db: Database | None, settings: Settings, parent: QWidget | None = None, *,
                 location: str | os.PathLike | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self._pending_location = str(location) if location is not None else ""
        self.search_dialog = None  # "Search everything…", created on first use
        self._input_blocker: _InputBlocker | None = None
        self.ctx = UiContext(db=db, hub=ChangeHub(self), undo_stack=QUndoStack(self))
        if db is not None:
            self.ctx.hub.attach(db)
        self.ctx.undo_stack.setUndoLimit(200)
        set_failure_handler(self.ctx.undo_stack, self._undo_failed)
        # Runs background work (report builds); tests put a SyncTaskRunner here.
        self.task_runner: Any = ThreadTaskRunner(self)
        # Shows a modal dialog and returns its result code; tests replace it to fill dialogs in.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        # Opens a written file (PDF) with the desktop; tests replace it.
        self.open_file: Callable[[Path], None] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._trip_id: int | None = None
        self._engagement_id: int | None = None
        self._programme_stale = False
        self._initial_loaded = False
        self.last_report: Any = None

        # -- widgets ---------------------------------------------------------------------
        self.trip_panel = TripListPanel(self.ctx, self)
        self.programme_model = ProgrammeModel(self)
        self.programme_view = ProgrammeView(self.programme_model, self)
        self.timeline_view = TimelineView(self.programme_model, self)
        self.timeline_area = timeline_scroll_area(self.timeline_view, self)
        # The engagement panel shows only "Choose an engagement…" until one is selected: a
        # window built without its database paints that text and builds the panel afterwards.
        self.engagement_panel: EngagementDetailPanel | None = None
        # The Delegation, Commitments and Directory tabs are hidden at start: a window built
        # without its database (painted first) gets them in attach_database, after the paint.
        self.delegation_panel: DelegationPanel | None = None
        self.commitments_panel: CommitmentsPanel | None = None
        self.directory_panel: DirectoryPanel | None = None

        self.trip_header = QLabel(self)
        self.trip_header.setObjectName("tripHeader")
        self.trip_header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.trip_header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.trip_header.setFont(font)
        self.trip_subheader = QLabel(self)
        self.trip_subheader.setObjectName("tripSubheader")
        self.trip_subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label = ElidedLabel(self)
        self.conflict_label.setObjectName("conflictSummary")
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.setStyleSheet("color: #a65a00;")
        self.conflict_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for text_label in (self.trip_header, self.trip_subheader):
            # long titles are elided by the layout instead of widening the window
            text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text_label.setMinimumWidth(120)

        self.actions_ = Actions(self)
        build_menus(self, self.actions_)
        self.backup_support = install_backup_support(self)  # Restore from backup…, daily backups
        new_trip_button = QToolButton(self)
        new_trip_button.setDefaultAction(self.actions_.new_trip)
        new_trip_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trip_panel.footer.addWidget(new_trip_button)

        header_box = QVBoxLayout()
        header_box.setContentsMargins(0, 0, 0, 0)
        header_box.setSpacing(2)
        header_box.addWidget(self.trip_header)
        header_box.addWidget(self.trip_subheader)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 4, 0, 0)
        header_box.addLayout(controls)
        for action in (self.actions_.show_list, self.actions_.show_timeline):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.conflict_label, 1)
        for action, short in ((self.actions_.add_engagement, self.tr("Add…")),
                              (self.actions_.edit_engagement, self.tr("Edit…")),
                              (self.actions_.delete_engagement, self.tr("Delete…"))):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setText(short)
            action.changed.connect(lambda b=button, t=short: b.setText(t))
            button.setToolTip(action.toolTip())
            controls.addWidget(button)

        # List and timeline share one model and one place: a toggle switches between them.
        self.programme_stack = QStackedWidget(self)
        self.programme_stack.setObjectName("programmeStack")
        self.programme_stack.addWidget(self.programme_view)
        self.programme_stack.addWidget(self.timeline_area)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(self.programme_stack)
        self.detail_splitter.addWidget(_engagement_placeholder(self))
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        programme_tab = QWidget(self)
        programme_layout = QVBoxLayout(programme_tab)
        programme_layout.setContentsMargins(6, 6, 6, 6)
        programme_layout.addLayout(header_box)
        programme_layout.addWidget(self.detail_splitter, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(programme_tab, self.tr("&Programme"))
        for text in (self.tr("&Delegation"), self.tr("&Commitments"), self.tr("Di&rectory")):
            self.tabs.addTab(QWidget(self), text)  # placeholders until _install_tab_panels

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.trip_panel)
        self.main_splitter.addWidget(self.tabs)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.trip_panel.setMinimumWidth(240)
        self.main_splitter.setSizes([330, 950])
        self.detail_splitter.setSizes([310, 345])
        self.detail_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.statusBar().setObjectName("statusBar")

        # right-click menus: the same actions as the menu bar
        a = self.actions_
        for widget, actions in ((self.trip_panel.view, [a.new_trip, a.edit_trip, a.duplicate_trip, a.export_bundle,
                                                        a.delete_trip]),
                                (self.programme_view, [a.add_engagement, a.edit_engagement, a.delete_engagement]),
                                (self.timeline_view, [a.add_engagement, a.edit_engagement, a.delete_engagement])):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addActions(actions)

        # -- signals ---------------------------------------------------------------------
        self.trip_panel.tripSelected.connect(self._on_trip_selected)
        self.trip_panel.tripActivated.connect(lambda _id: self.edit_trip_dialog())
        self.programme_view.engagementSelected.connect(self._on_engagement_selected)
        self.programme_view.engagementActivated.connect(lambda _id: self.edit_engagement_dialog())
        self.timeline_view.engagementClicked.connect(self.select_engagement)
        self.timeline_view.engagementActivated.connect(
            lambda engagement_id: (self.select_engagement(engagement_id), self.edit_engagement_dialog()))
        if db is not None:
            self._install_tab_panels()
        self.ctx.hub.changed.connect(lambda change: undo_ids.forget_deleted(self.ctx.undo_stack, change))
        self.ctx.hub.changed.connect(self._on_changed)
        self.ctx.hub.reloaded.connect(self._on_reloaded)
        self._programme_timer = QTimer(self)
        self._programme_timer.setSingleShot(True)
        self._programme_timer.setInterval(0)
        self._programme_timer.timeout.connect(self.refresh_programme_if_stale)

        self.resize(1280, 800)
        self._update_header()
        self._restore_geometry()
        self._update_title()
        self._update_actions()
        self._rebuild_recent_menu()
        if db is None:
            self._show_opening()
        else:
            # The trip list loads after the first paint (start-up stays fast).
            QTimer.singleShot(0, self.load_initial_data)

    # ======================================================================= public API
    @property
    def db(self) -> Database | None:
        """The open database (None only while the window waits for it at start-up)."""
        return self.ctx.db

    def attach_database(self, db: Database) -> None:
        """Give a window built without a database its database: the trip list is filled at
        once; the other panels are built and the last trip opened after the list painted."""
        if self.ctx.db is not None:
            raise RuntimeError("the window already has a database; use switch_database")
        self.ctx.db = db
        self.ctx.hub.attach(db, announce=False)  # nothing was loaded yet: no "reloaded"
        self._stop_blocking_input()
        self.backup_support.database_attached()
        self.settings.add_recent_database(self._db_location())
        self._rebuild_recent_menu()
        self._update_title()
        self._update_actions()
        self.statusBar().clearMessage()
        # The trip list first, painted on its own; then the other panels and the rest of
        # load_initial_data (last trip, its programme) on the turn after that paint.
        self.trip_panel.refresh()
        viewport = self.trip_panel.view.viewport()
        if viewport.isVisible():
            _AfterPaint(viewport, self.load_initial_data, fallback_ms=200)
        else:
            self.load_initial_data()

    def open_database_after_first_paint(self, location: str | os.PathLike, *, create: bool = True,
                                        failed: Callable[[BaseException], None] | None = None) -> None:
        """Open ``location`` (and import the services, SQLAlchemy, Alembic) on the event-loop
        turn after the window's first paint, then ``attach_database``. An error opening it
        (``KnownError``: not a database, damaged, newer version, locked; or a bug) goes to
        ``failed`` (default: raised from the event loop)."""
        self._pending_location = str(location)

        def open_now() -> None:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                try:
                    db = storage.open_database(location, create=create)
                except Exception as exc:  # KnownError (not a database, damaged…) or a bug
                    if failed is None:
                        raise
                    failed(exc)
                    return
                self.attach_database(db)
            finally:
                QGuiApplication.restoreOverrideCursor()

        # not shown (or never painted, e.g. minimized): open anyway, a second later
        _AfterPaint(self, open_now, fallback_ms=1000)

    @property
    def current_trip_id(self) -> int | None:
        return self._trip_id

    @property
    def current_engagement_id(self) -> int | None:
        return self._engagement_id

    def load_initial_data(self) -> None:
        """Fill the trip list and reopen the last trip (once; called after the first paint)."""
        if self._initial_loaded or self.ctx.db is None:
            return
        self._install_tab_panels()
        self._initial_loaded = True
        self.backup_support.schedule_auto_backup()
        self.trip_panel.refresh_if_stale()  # already filled by attach_database on the fast path
        for panel in (self.commitments_panel, self.directory_panel):
            panel.refresh_soon()  # at once in scripts and tests; on first show when on a hidden tab
        if self._trip_id is not None:  # picked in the list while the rest was loading (fast path)
            return
        last = self.settings.get(LAST_TRIP)
        if last and self.settings.get(LAST_DATABASE) == self._db_location() and self.trip_panel.select_trip(last):
            return
        ids = self.trip_panel.model.trip_ids
        if ids:
            self.trip_panel.select_trip(ids[0])

    def select_trip(self, trip_id: int | None) -> bool:
        self.load_initial_data()
        ok = self.trip_panel.select_trip(trip_id)
        if ok and trip_id != self._trip_id:  # e.g. the panel already had it current
            self._on_trip_selected(trip_id)
        return ok

    def select_engagement(self, engagement_id: int | None) -> bool:
        if engagement_id is None:
            return self.programme_view.select_engagement(None)
        self.refresh_programme_if_stale()
        if self.programme_model.item(engagement_id) is None:
            try:
                engagement = engagement_service.get_engagement(self.db, engagement_id)
            except NotFoundError:
                return False
            if not self.select_trip(engagement.trip_id):
                return False
            self.refresh_programme_if_stale()
        return self.programme_view.select_engagement(engagement_id)

    def show_engagement(self, engagement_id: int) -> bool:
        """Switch to the engagement's trip and the Programme tab, and select it."""
        if not self.select_engagement(engagement_id):
            self.statusBar().showMessage(self.tr("That engagement no longer exists."), 8000)
            return False
        self.show_tab(PROGRAMME_TAB)
        self.programme_view.setFocus()
        return True

    def show_commitment(self, commitment_id: int, trip_id: int | None = None) -> bool:
        """Switch to the commitment's trip and the Commitments tab, and select it."""
        if trip_id is None or trip_id < 0:
            from delegation_planner.services.commitments import get_commitment

            try:
                trip_id = get_commitment(self.db, commitment_id).trip_id
            except NotFoundError:
                trip_id = None
        if trip_id is None or not self.select_trip(trip_id):
            self.statusBar().showMessage(self.tr("That commitment no longer exists."), 8000)
            return False
        self.show_tab(COMMITMENTS_TAB)
        if not self.commitments_panel.select_commitment(commitment_id):
            self.statusBar().showMessage(self.tr("That commitment no longer exists."), 8000)
            return False
        self.commitments_panel.view.setFocus()
        return True

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def show_programme_as(self, mode: str) -> None:
        """"list" or "timeline": what the Programme tab shows above the engagement detail."""
        timeline = mode == "timeline"
        self.programme_stack.setCurrentWidget(self.timeline_area if timeline else self.programme_view)
        self.actions_.show_timeline.setChecked(timeline)
        self.actions_.show_list.setChecked(not timeline)
        self.tabs.setCurrentIndex(PROGRAMME_TAB)

    def programme_mode(self) -> str:
        return "timeline" if self.programme_stack.currentWidget() is self.timeline_area else "list"

    def refresh_all(self) -> None:
        """F5: reload every view from the database."""
        self.ctx.hub.changed.emit(Change("*", (), None, "reload"))
        self.trip_panel.refresh()
        self._programme_stale = True
        self.refresh_programme_if_stale()

    def open_search_dialog(self) -> None:
        """Edit → Search everything… (Ctrl+Shift+F): notes, commitments and people, full text."""
        from delegation_planner.ui.views.search import open_search_dialog

        open_search_dialog(self)

    def focus_trip_search(self) -> None:
        self.trip_panel.focus_search()

    def refresh_programme_if_stale(self) -> None:
        if not self._programme_stale:
            return
        self._programme_stale = False
        self._reload_programme()

    # ======================================================================= trips
    def new_trip_dialog(self) -> None:
        from delegation_planner.ui.dialogs.trip_dialog import TripDialog

        dialog = TripDialog(self, save=self.create_trip)
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_value:
            self.select_trip(dialog.result_value)

    def create_trip(self, values: dict[str, Any]) -> int:
        """Create a trip (undoable); returns its id."""
        trip = create_with_undo(self.ctx.undo_stack, self.tr("New trip “%1”").replace("%1", values.get("title", "")),
                                "trip", lambda: trip_service.create_trip(self.db, **values),
                                lambda trip_id: trip_service.delete_trip(self.db, trip_id))
        return trip.id

    def edit_trip_dialog(self) -> None:
        if self._trip_id is None:
            return
        from delegation_planner.ui.dialogs.trip_dialog import TripDialog

        trip = trip_service.get_trip(self.db, self._trip_id)
        current = {k: getattr(trip, k) for k in trip_service.EDITABLE}
        trip_id = self._trip_id
        dialog = TripDialog(self, trip=current, save=lambda values: self.update_trip(trip_id, values))
        self.exec_dialog(dialog)

    def update_trip(self, trip_id: int, values: dict[str, Any]) -> None:
        trip = trip_service.get_trip(self.db, trip_id)
        old = {k: getattr(trip, k) for k in values}
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return
        update_undoable(self.ctx.undo_stack, self.tr("Edit trip “%1”").replace("%1", trip.title), "trip",
                        lambda record_id, **kw: trip_service.update_trip(self.db, record_id, **kw), trip_id,
                        {k: old[k] for k in changed}, changed)

    def duplicate_trip_dialog(self) -> None:
        if self._trip_id is None:
            return
        from delegation_planner.ui.dialogs.trip_dialog import DuplicateTripDialog

        trip = trip_service.get_trip(self.db, self._trip_id)
        trip_id = self._trip_id
        title = trip.title
        year = str(trip.start_date.year)
        new_title = title.replace(year, str(trip.start_date.year + 1)) if year in title else \
            self.tr("%1 (copy)").replace("%1", title)
        dialog = DuplicateTripDialog(self, title=new_title, start_date=trip.start_date,
                                     save=lambda v: self.duplicate_trip(trip_id, **v))
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_value:
            self.select_trip(dialog.result_value)

    def duplicate_trip(self, trip_id: int, *, start_date, title: str | None = None) -> int:
        stack = self.ctx.undo_stack
        source = ref(stack, "trip", trip_id)
        copy: dict[str, Any] = {}

        def do() -> int:
            new_id = trip_service.duplicate_trip(self.db, source.id, start_date=start_date, title=title).id
            snapshot = undo_ids.trip_record_ids(self.db, new_id)
            if "refs" in copy:  # redone: the copy's records have new ids
                undo_ids.recreated_many(stack, copy["refs"], snapshot)
            else:
                copy["refs"] = {entity: [undo_ids.record_ids(stack).created(entity, i) for i in ids]
                                for entity, ids in snapshot.items()}
            return new_id

        def undo() -> None:
            trip_ref = copy["refs"]["trip"][0]
            trip_service.delete_trip(self.db, trip_ref.id)
            undo_ids.deleted_many(stack, copy["refs"])

        return run_command(stack, self.tr("Duplicate trip"), do, undo)

    def delete_current_trip(self) -> None:
        if self._trip_id is None:
            return
        trip = trip_service.get_trip(self.db, self._trip_id)
        question = self.tr("Delete the trip “%1” (%2) with its programme, delegation list, meeting notes and "
                           "commitments?\n\nEdit → Undo brings it back.").replace("%1", trip.title).replace(
            "%2", format_dates(trip))
        if not self.ctx.confirm(self, self.tr("Delete trip"), question):
            return
        self.delete_trip(self._trip_id)

    def delete_trip(self, trip_id: int) -> None:
        """Delete a trip; undo re-imports a bundle snapshot taken just before (new ids)."""
        from delegation_planner.bundles import import_bundle_data, trip_to_bundle

        stack = self.ctx.undo_stack
        trip = ref(stack, "trip", trip_id)
        held: dict[str, Any] = {}

        def do() -> None:
            # taken at every (re)do: the records have other ids after an undo
            held["bundle"] = trip_to_bundle(self.db, trip.id)
            ids = undo_ids.trip_record_ids(self.db, trip.id)
            held["refs"] = undo_ids.take_refs(stack, ids)
            held["refs"]["trip"] = [trip]
            trip_service.delete_trip(self.db, trip.id)
            undo_ids.deleted_many(stack, held["refs"])

        def undo() -> None:
            result = import_bundle_data(self.db, held["bundle"])
            new_id = getattr(result, "trip_id", result)
            undo_ids.recreated_many(stack, held["refs"], undo_ids.trip_record_ids(self.db, new_id))
            self._select_later(new_id)

        title = trip_service.get_trip(self.db, trip_id).title
        run_command(stack, self.tr("Delete trip “%1”").replace("%1", title), do, undo)

    def _select_later(self, trip_id: int) -> None:
        """Show a trip brought back by Undo (once the trip list has seen it)."""
        def select() -> None:
            try:
                trip_service.get_trip(self.db, trip_id)
            except NotFoundError:
                return
            self.select_trip(trip_id)

        QTimer.singleShot(0, select)

    # ======================================================================= engagements
    def _organizations(self) -> list[tuple[int, str]]:
        from delegation_planner.services.directory import list_organizations

        return [(o.id, o.name) for o in list_organizations(self.db)]

    def add_engagement_dialog(self) -> None:
        if self._trip_id is None:
            return
        from delegation_planner.ui.dialogs.engagement_dialog import EngagementDialog

        trip_id = self._trip_id
        trip = trip_service.get_trip(self.db, trip_id)
        zone = engagement_service.default_timezone(self.db, trip_id)
        start = self._suggested_start(trip, zone)
        dialog = EngagementDialog(self, default_start=start, default_timezone=zone, home_timezone=trip.home_timezone,
                                  organizations=self._organizations(),
                                  save=lambda values: self.create_engagement(trip_id, values))
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_value:
            self.select_engagement(dialog.result_value)

    def _suggested_start(self, trip, zone: str) -> datetime:
        """After the selected engagement (or the last one), else 09:00 on the first day."""
        item = self.programme_model.item(self._engagement_id) if self._engagement_id else None
        if item is None:
            items = self.programme_model.items()
            item = items[-1] if items else None
        if item is not None and item.timezone == zone:
            end = item.local_end.replace(tzinfo=None)
            return end + timedelta(minutes=(30 - end.minute % 30) % 30)
        return datetime(trip.start_date.year, trip.start_date.month, trip.start_date.day, 9, 0)

    def create_engagement(self, trip_id: int, values: dict[str, Any]) -> int:
        warnings: list[str] = []
        fields = linked(self.ctx.undo_stack, dict(values, trip_id=trip_id))

        def create():
            saved = engagement_service.create_engagement(self.db, **fields())
            warnings[:] = saved.warnings
            return saved.engagement

        engagement = create_with_undo(self.ctx.undo_stack,
                                      self.tr("Add engagement “%1”").replace("%1", values.get("title", "")),
                                      "engagement", create,
                                      lambda engagement_id: engagement_service.delete_engagement(self.db, engagement_id))
        self._show_warnings(warnings)
        return engagement.id

    def edit_engagement_dialog(self) -> None:
        if self._engagement_id is None:
            return
        from delegation_planner.ui.dialogs.engagement_dialog import EngagementDialog

        engagement_id = self._engagement_id
        eng = engagement_service.get_engagement(self.db, engagement_id)
        trip = trip_service.get_trip(self.db, eng.trip_id)
        current = {k: getattr(eng, k) for k in _ENGAGEMENT_FIELDS}
        from delegation_planner.domain.timezones import wall_clock

        current["start"] = wall_clock(eng.start_utc, eng.timezone)
        current["end"] = wall_clock(eng.end_utc, eng.timezone)
        dialog = EngagementDialog(self, engagement=current, home_timezone=trip.home_timezone,
                                  organizations=self._organizations(),
                                  save=lambda values: self.update_engagement(engagement_id, values))
        self.exec_dialog(dialog)

    def update_engagement(self, engagement_id: int, values: dict[str, Any]) -> None:
        eng = engagement_service.get_engagement(self.db, engagement_id)
        old = {k: getattr(eng, k) for k in _ENGAGEMENT_FIELDS}
        warnings: list[str] = []

        def update(record_id: int, **changes) -> None:
            saved = engagement_service.update_engagement(self.db, record_id, **changes)
            warnings[:] = saved.warnings

        update_undoable(self.ctx.undo_stack, self.tr("Edit engagement “%1”").replace("%1", eng.title), "engagement",
                        update, engagement_id, old, values)
        self._show_warnings(warnings)

    def delete_current_engagement(self) -> None:
        if self._engagement_id is None:
            return
        eng = engagement_service.get_engagement(self.db, self._engagement_id)
        question = self.tr("Delete the engagement “%1”?").replace("%1", eng.title)
        if not self.ctx.confirm(self, self.tr("Delete engagement"), question):
            return
        self.delete_engagement(eng.id)

    def delete_engagement(self, engagement_id: int) -> None:
        snap = engagement_service.engagement_snapshot(self.db, engagement_id)
        stack = self.ctx.undo_stack
        fields = linked(stack, dict(snap.fields, trip_id=snap.trip_id))
        people = [(ref(stack, "person", person_id), role) for person_id, role in snap.attendees]
        commitments = [ref(stack, "commitment", c) for c in snap.commitment_ids]

        def delete(record_id: int) -> None:
            # The links of commitments made there at the time of this deletion (redo may differ).
            from delegation_planner.services import commitments as commitment_service

            commitments[:] = [ref(stack, "commitment", c.id)
                              for c in commitment_service.list_commitments(self.db, engagement_id=record_id)]
            engagement_service.delete_engagement(self.db, record_id)

        def recreate() -> int:
            values = fields()
            trip_id = values.pop("trip_id")
            return engagement_service.restore_engagement(
                self.db, trip_id, values, attendees=[(person.id, role) for person, role in people],
                notes=list(snap.notes), commitment_ids=[c.id for c in commitments])

        undo_ids.delete_with_undo(stack, self.tr("Delete engagement “%1”").replace("%1", snap.fields["title"]),
                                  "engagement", engagement_id, delete, recreate)

    def _undo_failed(self, message: str, exc: BaseException) -> None:
        """An Undo/Redo step failed (ui.undo logged it and dropped the step): say so."""
        self.statusBar().showMessage(message, 20000)
        QMessageBox.warning(self, self.tr("Undo"), message + "\n\n" +
                            self.tr("The step was removed from the undo history; the data is as shown."))
        QTimer.singleShot(0, self.refresh_all)

    def _show_warnings(self, warnings: list[str]) -> None:
        if warnings:
            self.statusBar().showMessage(self.tr("Saved, but: %1").replace("%1", "; ".join(warnings)), 15000)

    # ======================================================================= edit / delete (context)
    def _focus_in(self, widget: QWidget) -> bool:
        focus = self.focusWidget()
        while focus is not None:
            if focus is widget:
                return True
            focus = focus.parentWidget()
        return False

    def _focused_panel(self) -> QObject | None:
        for panel in (self.engagement_panel, self.delegation_panel, self.commitments_panel, self.directory_panel):
            if panel is not None and self._focus_in(panel):
                return panel
        return None

    def edit_selected(self) -> None:
        """F2: edit what has the focus (trip list: the trip; programme/timeline: the engagement)."""
        if self._focus_in(self.trip_panel):
            self.edit_trip_dialog()
            return
        panel = self._focused_panel()
        if panel is not None:
            if hasattr(panel, "edit_selected"):
                panel.edit_selected()
            return
        if self.tabs.currentIndex() == PROGRAMME_TAB and self._engagement_id is not None:
            self.edit_engagement_dialog()
        elif self._trip_id is not None:
            self.edit_trip_dialog()

    def delete_selected(self) -> None:
        """Delete: what has the focus (trip list: the trip; programme/timeline: the engagement)."""
        if self._focus_in(self.trip_panel):
            self.delete_current_trip()
            return
        panel = self._focused_panel()
        if panel is not None:
            if hasattr(panel, "delete_selected"):
                panel.delete_selected()
            return
        if self.tabs.currentIndex() == PROGRAMME_TAB and self._engagement_id is not None:
            self.delete_current_engagement()

    # ======================================================================= files
    def ask_open_path(self, title: str, file_filter: str, directory: str = "") -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, directory or self._default_dir(), file_filter)
        return path

    def ask_save_path(self, title: str, file_filter: str, suggested: str = "") -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, os.path.join(self._default_dir(), suggested), file_filter)
        return path

    def _default_dir(self) -> str:
        if self.db is not None and self.db.path is not None:
            return str(self.db.path.parent)
        return str(Path.home())

    def _db_filter(self) -> str:
        return self.tr("Delegation Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)")

    def new_database_dialog(self) -> None:
        path = self.ask_save_path(self.tr("New database"), self._db_filter(), "delegation-planner.sqlite3")
        if path:
            if Path(path).exists():
                show_error(self, self.tr("New database"), _known(self.tr(
                    "%1 already exists. Choose a new file name, or use Open database.").replace("%1", path)))
                return
            self.switch_database(path, create=True)

    def open_database_dialog(self) -> None:
        path = self.ask_open_path(self.tr("Open database"), self._db_filter())
        if path:
            self.switch_database(path, create=False)

    def switch_database(self, location: str, *, create: bool = False) -> bool:
        """Open another database in this window (the views reload from the hub)."""
        try:
            db = storage.open_database(location, create=create)
        except Exception as exc:  # KnownError: not a database, damaged, newer version…
            show_error(self, self.tr("Open database"), exc)
            return False
        old = self.ctx.db
        if old is None:  # still waiting for the first database
            self.attach_database(db)
            return True
        self.task_runner.wait()
        self.ctx.undo_stack.clear()
        forget_ids(self.ctx.undo_stack)
        self._trip_id = None
        self._engagement_id = None
        self.ctx.db = db
        self.ctx.hub.attach(db)  # emits reloaded: every view reloads
        old.dispose()
        self.settings.set(LAST_DATABASE, self._db_location())
        self.settings.add_recent_database(self._db_location())
        self._rebuild_recent_menu()
        self._update_title()
        self.trip_panel.refresh()
        ids = self.trip_panel.model.trip_ids
        if ids:
            self.select_trip(ids[0])
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", self._db_location()), 8000)
        return True

    def _rebuild_recent_menu(self) -> None:
        menu = getattr(self, "recent_menu", None)
        if menu is None:
            return
        menu.clear()
        recent = [p for p in self.settings.get(RECENT_DATABASES) if p != self._db_location()]
        for location in recent:
            action = menu.addAction(location)
            action.triggered.connect(lambda _checked=False, loc=location: self.switch_database(loc, create=False))
        menu.setEnabled(bool(recent))

    def import_bundle_dialog(self) -> None:
        path = self.ask_open_path(self.tr("Import trip bundle"),
                                  self.tr("Trip bundles (*.json *.trip.json);;All files (*)"))
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str) -> int | None:
        from delegation_planner.bundles import import_bundle

        try:
            result = import_bundle(self.db, path)
        except Exception as exc:
            show_error(self, self.tr("Import trip bundle"), exc)
            return None
        trip_id = getattr(result, "trip_id", result)
        warnings = list(getattr(result, "warnings", ()))
        self.select_trip(trip_id)
        message = self.tr("Imported %1").replace("%1", os.path.basename(path))
        if warnings:
            message += " — " + "; ".join(warnings)
        self.statusBar().showMessage(message, 15000)
        return trip_id

    def export_bundle_dialog(self) -> None:
        if self._trip_id is None:
            return
        from delegation_planner.bundles.export import slug

        trip = trip_service.get_trip(self.db, self._trip_id)
        path = self.ask_save_path(self.tr("Export trip bundle"), self.tr("Trip bundles (*.json)"),
                                  f"{slug(trip.title, 'trip')}-{trip.start_date:%Y}.json")
        if path:
            self.export_bundle(path)

    def export_bundle(self, path: str) -> Path | None:
        from delegation_planner.bundles import export_trip

        try:
            written = export_trip(self.db, self._trip_id, path)
        except Exception as exc:
            show_error(self, self.tr("Export trip bundle"), exc)
            return None
        self.statusBar().showMessage(self.tr("Trip saved to %1").replace("%1", str(written)), 10000)
        return written

    def backup_dialog(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        path = self.ask_save_path(self.tr("Backup database"), self._db_filter(), f"backup-{stamp}.sqlite3")
        if path:
            self.backup(path)

    def backup(self, path: str) -> Path | None:
        try:
            from delegation_planner.storage.database import backup_to

            written = backup_to(self.db, path)
        except Exception as exc:
            show_error(self, self.tr("Backup database"), exc)
            return None
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(written)), 10000)
        return written

    # ======================================================================= reports
    def build_report(self, kind: str, path: str | None = None, *, lang: str = "en") -> None:
        """Build the briefing pack or post-trip report in the background, then open it."""
        if self._trip_id is None:
            return
        title = self.tr("Briefing pack") if kind == "briefing" else self.tr("Post-trip report")
        if path is None:
            from delegation_planner.bundles.export import slug

            trip = trip_service.get_trip(self.db, self._trip_id)
            suffix = ("briefing" if kind == "briefing" else "report") + ("" if lang == "en" else f"-{lang}")
            path = self.ask_save_path(title, self.tr("PDF files (*.pdf)"),
                                      f"{slug(trip.title, 'trip')}-{suffix}.pdf")
            if not path:
                return
        try:
            from delegation_planner import reports
        except ImportError as exc:
            show_error(self, title, _known(self.tr("Reports are not available in this build (%1).")
                                           .replace("%1", str(exc))))
            return
        builder = reports.build_briefing_pack if kind == "briefing" else reports.build_trip_report
        db, trip_id = self.db, self._trip_id

        def job(progress, cancelled):
            return builder(db, trip_id, path, lang=lang, progress=progress, cancelled=cancelled)

        def done(result) -> None:
            self.last_report = result
            if result is None:
                self.statusBar().showMessage(self.tr("Cancelled."), 5000)
                return
            pages = getattr(result, "pages", None)
            written = Path(getattr(result, "path", path))
            self.statusBar().showMessage(self.tr("%1 written: %2 (%3 pages)").replace("%1", title)
                                         .replace("%2", str(written)).replace("%3", str(pages)), 15000)
            self.open_file(written)

        def failed(exc: BaseException) -> None:
            self.last_report = exc
            if isinstance(exc, TaskCancelled) or type(exc).__name__ in ("Cancelled", "BuildCancelled",
                                                                       "ReportCancelled"):
                self.statusBar().showMessage(self.tr("Cancelled; no file was written."), 8000)
                return
            show_error(self, title, exc)

        self.task_runner.run(title, job, on_done=done, on_error=failed, parent=self)

    # ======================================================================= help
    def load_sample_trip(self) -> int | None:
        from delegation_planner.sample import load_sample

        try:
            trip_id = load_sample(self.db)
        except Exception as exc:
            show_error(self, self.tr("Load sample trip"), exc)
            return None
        self.trip_panel.refresh()
        self.select_trip(trip_id)
        self.statusBar().showMessage(self.tr("Sample trips loaded."), 8000)
        return trip_id

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME),
                          self.tr("<h3>%1 %2</h3><p>Plan official delegation visits, log meetings and follow up "
                                  "commitments, offline.</p><p>Database: %3</p>")
                          .replace("%1", APP_NAME).replace("%2", __version__)
                          .replace("%3", _html(self._db_location())))

    # ======================================================================= internals
    def _install_tab_panels(self) -> None:
        """Build the engagement panel and the Delegation, Commitments and Directory panels
        and put them in place of their placeholders."""
        if self.delegation_panel is not None:
            return
        from delegation_planner.ui.views.commitments import CommitmentsPanel
        from delegation_planner.ui.views.delegation import DelegationPanel
        from delegation_planner.ui.views.directory import DirectoryPanel
        from delegation_planner.ui.views.engagement_detail import EngagementDetailPanel

        self.engagement_panel = EngagementDetailPanel(self.ctx, self)
        sizes = self.detail_splitter.sizes()
        self.detail_splitter.replaceWidget(1, self.engagement_panel).deleteLater()
        self.detail_splitter.setSizes(sizes)

        self.delegation_panel = DelegationPanel(self.ctx, self)
        # These two list every commitment / person of the database: they load after the first
        # paint (load_initial_data), or when their tab is first shown.
        self.commitments_panel = CommitmentsPanel(self.ctx, self, load=False)
        self.directory_panel = DirectoryPanel(self.ctx, self, load=False)
        current = self.tabs.currentIndex()
        for index, panel in ((DELEGATION_TAB, self.delegation_panel), (COMMITMENTS_TAB, self.commitments_panel),
                             (DIRECTORY_TAB, self.directory_panel)):
            placeholder, text = self.tabs.widget(index), self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, panel, text)
            placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.directory_panel.engagement_activated.connect(self.show_engagement)
        self.directory_panel.commitment_activated.connect(self.show_commitment)

    def _show_opening(self) -> None:
        """The first frame of a window whose database opens after it is painted."""
        self.trip_header.setText(self.tr("Opening database…"))
        self.trip_subheader.setText(self._pending_location)
        self.statusBar().showMessage(self.tr("Opening database…"))
        self._input_blocker = _InputBlocker(self)
        self.installEventFilter(self._input_blocker)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self._input_blocker)

    def _stop_blocking_input(self) -> None:
        if self._input_blocker is None:
            return
        for child in [self, *self.findChildren(QWidget)]:
            child.removeEventFilter(self._input_blocker)
        self._input_blocker.deleteLater()
        self._input_blocker = None

    def _db_location(self) -> str:
        if self.db is None:
            return self._pending_location
        return str(self.db.path) if self.db.path is not None else self.db.url

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self._db_location()} — {APP_NAME}")

    def _update_actions(self) -> None:
        has_trip = self._trip_id is not None
        for action in self.actions_.trip_actions():
            action.setEnabled(has_trip)
        has_engagement = self._engagement_id is not None
        for action in self.actions_.engagement_actions():
            action.setEnabled(has_engagement)
        self.actions_.backup.setEnabled(self.db is not None and self.db.path is not None)

    def _on_trip_selected(self, trip_id: int | None) -> None:
        self._install_tab_panels()  # picked before load_initial_data built them (fast path)
        if trip_id == self._trip_id and not self._programme_stale:
            return
        self._trip_id = trip_id
        self._engagement_id = None
        self._reload_programme()
        self.delegation_panel.set_trip(trip_id)
        self.commitments_panel.set_trip(trip_id)
        self.engagement_panel.set_engagement(None)
        if self.search_dialog is not None:
            self.search_dialog.set_trip(trip_id)
        if trip_id is not None:
            self.settings.set(LAST_TRIP, trip_id)
            self.settings.set(LAST_DATABASE, self._db_location())
        self._update_actions()

    def _reload_programme(self) -> None:
        self._programme_stale = False
        keep = self._engagement_id
        try:
            self.programme_model.load(self.db, self._trip_id)
        except NotFoundError:  # the trip was deleted
            self._trip_id = None
            self.programme_model.load(self.db, None)
        self._update_header()
        if keep is not None and self.programme_model.item(keep) is not None:
            self.programme_view.select_engagement(keep, notify=False)
            self.timeline_view.set_selected(keep)
        elif keep is not None:
            self._on_engagement_selected(None)

    def _update_header(self) -> None:
        prog = self.programme_model.programme
        if prog is None:
            self.trip_header.setText(self.tr("No trip selected"))
            self.trip_subheader.setText(self.tr("Create a trip with Trip → New trip (Ctrl+N), or load the sample "
                                                "trip from the Help menu."))
            self.conflict_label.clear()
            return
        trip = prog.trip
        self.trip_header.setText(trip.title)
        parts = [p for p in (trip.destination, format_dates(trip)) if p]
        from delegation_planner.domain.enums import TripStatus
        from delegation_planner.ui.labels import enum_text
        from delegation_planner.domain.timezones import city_label

        parts.append(enum_text(trip.status, TripStatus))
        parts.append(self.tr("home time: %1").replace("%1", city_label(trip.home_timezone)))
        parts.append(self.tr("engagements: %1").replace("%1", str(len(prog.items))))
        self.trip_subheader.setText(" · ".join(parts))
        self._update_conflict_label()

    def _update_conflict_label(self) -> None:
        """The selected engagement's clashes, else how many engagements have one."""
        prog = self.programme_model.programme
        item = self.programme_model.item(self._engagement_id) if self._engagement_id is not None else None
        if item is not None and item.conflicts:
            text = "⚠ " + "; ".join(conflict_text(c) for c in item.conflicts)
            self.conflict_label.setText(text)
            self.conflict_label.setToolTip("\n".join(f"⚠ {conflict_text(c)}" for c in item.conflicts))
            return
        clashing = sum(1 for i in prog.items if i.conflicts) if prog is not None else 0
        self.conflict_label.setText(self.tr("⚠ Engagements with conflicts: %1").replace("%1", str(clashing))
                                    if clashing else "")
        self.conflict_label.setToolTip(self.tr("Select an engagement marked ⚠ (or hover over it) to see what "
                                               "clashes.") if clashing else "")

    def _on_engagement_selected(self, engagement_id: int | None) -> None:
        self._install_tab_panels()
        self._engagement_id = engagement_id
        self.timeline_view.set_selected(engagement_id)
        self.engagement_panel.set_engagement(engagement_id)
        self._update_conflict_label()
        self._update_actions()

    def _on_changed(self, change: Change) -> None:
        if change.entity not in _PROGRAMME_ENTITIES:
            return
        self._install_tab_panels()
        if change.entity == "trip" and change.action == "delete" and change.trip_id == self._trip_id:
            self._trip_id = None
            self._engagement_id = None
            self.engagement_panel.set_engagement(None)
            self.delegation_panel.set_trip(None)
            self.commitments_panel.set_trip(None)
            if self.search_dialog is not None:
                self.search_dialog.set_trip(None)
        if change.trip_id is None or change.trip_id == self._trip_id or change.entity in ("person", "organization"):
            self._programme_stale = True
            self._programme_timer.start()

    def _on_reloaded(self) -> None:
        self._programme_stale = True
        self._programme_timer.start()

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_programme_as(self.settings.get(PROGRAMME_MODE))
        for splitter, setting in ((self.main_splitter, MAIN_SPLITTER), (self.detail_splitter, DETAIL_SPLITTER)):
            saved = self.settings.get(setting)
            if not saved.isEmpty():
                splitter.restoreState(saved)

    def save_settings(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(MAIN_SPLITTER, self.main_splitter.saveState())
        self.settings.set(PROGRAMME_MODE, self.programme_mode())
        self.settings.set(DETAIL_SPLITTER, self.detail_splitter.saveState())
        if self._trip_id is not None:
            self.settings.set(LAST_TRIP, self._trip_id)
        if self.db is not None:
            self.settings.set(LAST_DATABASE, self._db_location())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.task_runner.wait()
        super().closeEvent(event)


def _engagement_placeholder(parent: QWidget) -> QWidget:
    """What the engagement panel shows with nothing selected, without building the panel."""
    from PySide6.QtCore import QCoreApplication

    page = QWidget(parent)
    label = QLabel(QCoreApplication.translate("EngagementDetailPanel", "Choose an engagement in the programme to see "
                                              "its brief, people, notes and commitments."), page)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(page).addWidget(label, 1)
    return page


def _known(message: str) -> Exception:
    from delegation_planner.storage.errors import KnownError

    return KnownError(message)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def build_main_window(db_location: str | os.PathLike, *, settings_path: str | os.PathLike | None = None,
                      create: bool = True) -> MainWindow:
    """Open the database at ``db_location`` (file path or SQLAlchemy URL) and build the
    main window, without showing it or starting an event loop. A QApplication must
    exist. Raises ``storage.errors.KnownError`` for a file that cannot be opened.

    The trip list fills on the first turn of the event loop (``QTimer.singleShot``);
    scripts and tests can call ``window.load_initial_data()`` to fill it at once."""
    db = storage.open_database(db_location, create=create)
    settings = Settings(settings_path)
    try:
        window = MainWindow(db, settings)
    except BaseException:
        db.dispose()
        raise
    settings.add_recent_database(window._db_location())
    window._rebuild_recent_menu()
    return window


__all__ = ["MainWindow", "build_main_window"]
