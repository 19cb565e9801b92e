"""The main window: trip list on the left; Programme | Delegation | Commitments |
Directory tabs on the right.

``build_main_window(db_location)`` opens the database and builds the window
without starting an event loop (a QApplication must exist), for the app, tests
and scripts alike. The window holds the layout, the menus' wiring, the selection
and the settings; every edit is an operation (``ui.operations``) reached through
``EditFlows`` (trips, engagements), ``FileMenu`` (files, bundles, backups) and
``report_runner``; every view refreshes itself from ``ctx.hub.changed``.
The modules that import SQLAlchemy are imported in ``_build_after_paint``.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from delegation_planner import APP_NAME
from delegation_planner.changes import Action, Change, Subject, reload_everything
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.settings import (
    DETAIL_SPLITTER, LAST_DATABASE, LAST_TRIP, MAIN_SPLITTER, PROGRAMME_MODE, WINDOW_GEOMETRY, WINDOW_STATE,
    Settings,
)
from delegation_planner.ui import icons, report_runner
from delegation_planner.ui.access_keys import assign_access_keys
from delegation_planner.ui import undo as undo_ids
from delegation_planner.ui.actions import Actions, build_menus, install_context_menus, rebuild_recent_menu
from delegation_planner.ui.backups_ui import install_backup_support
from delegation_planner.ui.context import ChangeHub, Database, UiContext
from delegation_planner.ui.models.programme import ProgrammeModel
from delegation_planner.ui.programme_header import ProgrammeHeader, engagement_placeholder
from delegation_planner.ui.startup import AfterPaint, InputBlocker, open_after_first_paint
from delegation_planner.ui.tasks import ThreadTaskRunner
from delegation_planner.ui.toolbar import build_main_toolbar
from delegation_planner.ui.undo import set_failure_handler
from delegation_planner.ui.views.programme import ProgrammeView
from delegation_planner.ui.views.timeline import TimelineView, timeline_scroll_area
from delegation_planner.ui.views.trips import TripListPanel
from delegation_planner.ui.welcome import WelcomePane, WelcomeStack

if TYPE_CHECKING:
    from delegation_planner.ui.edit_flows import EditFlows
    from delegation_planner.ui.file_menu import FileMenu
    from delegation_planner.ui.views.commitments import CommitmentsPanel
    from delegation_planner.ui.views.delegation import DelegationPanel
    from delegation_planner.ui.views.directory import DirectoryPanel
    from delegation_planner.ui.views.engagement_detail import EngagementDetailPanel

log = logging.getLogger(__name__)

PROGRAMME_TAB, DELEGATION_TAB, COMMITMENTS_TAB, DIRECTORY_TAB = range(4)
#: The size of a first window (no saved geometry), when the screen has room for it.
FIRST_SIZE = QSize(1280, 800)
#: Changes that make the programme (and timeline) of a trip stale.
REFRESH_ON: frozenset[Subject] = frozenset({Subject.ENGAGEMENT, Subject.ATTENDANCE, Subject.MEMBER, Subject.TRIP,
                                            Subject.PERSON, Subject.ORGANIZATION})


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
        self._input_blocker: InputBlocker | None = None
        # Built after the first paint (they import the operations, hence SQLAlchemy).
        self.edits: EditFlows | None = None
        self.files: FileMenu | None = None
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
        # without its database (painted first) gets them in _build_after_paint.
        self.delegation_panel: DelegationPanel | None = None
        self.commitments_panel: CommitmentsPanel | None = None
        self.directory_panel: DirectoryPanel | None = None

        self.actions_ = Actions(self)
        build_menus(self, self.actions_)
        self.toolbar = build_main_toolbar(self, self.actions_)
        self.backup_support = install_backup_support(self)  # Restore from backup…, daily backups
        new_trip_button = QToolButton(self)
        new_trip_button.setDefaultAction(self.actions_.new_trip)
        new_trip_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trip_panel.footer.addWidget(new_trip_button)

        self.header = ProgrammeHeader(self.actions_, self)
        self.trip_header, self.trip_subheader = self.header.title, self.header.facts
        self.conflict_label = self.header.conflicts

        # List and timeline share one model and one place: a toggle switches between them.
        self.programme_stack = QStackedWidget(self)
        self.programme_stack.setObjectName("programmeStack")
        self.programme_stack.addWidget(self.programme_view)
        self.programme_stack.addWidget(self.timeline_area)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(self.programme_stack)
        self.detail_splitter.addWidget(engagement_placeholder(self))
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        programme_tab = QWidget(self)
        programme_layout = QVBoxLayout(programme_tab)
        programme_layout.setContentsMargins(6, 6, 6, 6)
        programme_layout.addWidget(self.header)
        programme_layout.addWidget(self.detail_splitter, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(programme_tab, self.tr("&Programme"))
        for text in (self.tr("&Delegation"), self.tr("&Commitments"), self.tr("Di&rectory")):
            self.tabs.addTab(QWidget(self), text)  # placeholders until _build_after_paint

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
        # An empty database shows the welcome pane instead (ui/welcome.py).
        self.welcome_pane = WelcomePane(self.actions_.load_sample, self.actions_.new_trip,
                                        self.actions_.open_database, self)
        self.central_stack = WelcomeStack(self.main_splitter, self.welcome_pane, self.trip_panel, self)
        self.setCentralWidget(self.central_stack)
        self.statusBar().setObjectName("statusBar")
        # The open database, always in view: file name (full path in the tooltip); a URL as host/database.
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)

        install_context_menus(self, self.actions_)

        # -- signals ---------------------------------------------------------------------
        self.trip_panel.tripSelected.connect(self._on_trip_selected)
        self.trip_panel.tripActivated.connect(lambda _id: self.edits.edit_trip())
        self.programme_view.engagementSelected.connect(self._on_engagement_selected)
        self.programme_view.engagementActivated.connect(lambda _id: self.edits.edit_engagement())
        self.timeline_view.engagementClicked.connect(self.select_engagement)
        self.timeline_view.engagementActivated.connect(
            lambda engagement_id: (self.select_engagement(engagement_id), self.edits.edit_engagement()))
        if db is not None:
            self._build_after_paint()
        self.ctx.hub.changed.connect(lambda change: undo_ids.forget_deleted(self.ctx.undo_stack, change))
        self.ctx.hub.changed.connect(self._on_changed)
        self.ctx.hub.reloaded.connect(self._on_reloaded)
        self._programme_timer = QTimer(self)
        self._programme_timer.setSingleShot(True)
        self._programme_timer.setInterval(0)
        self._programme_timer.timeout.connect(self.refresh_programme_if_stale)

        self.fit_to_screen()
        self._update_header()
        self._restore_geometry()
        self.update_title()
        self._update_actions()
        self.rebuild_recent_menu()
        if db is None:
            self._show_opening()
        else:
            self._show_database_warnings()
            # The trip list loads after the first paint (start-up stays fast).
            QTimer.singleShot(0, self.load_initial_data)

    def _show_database_warnings(self) -> None:
        """What storage warned about on open (a SQLite file on a network share: names the server option)."""
        for warning in getattr(self.db, "warnings", ()):
            self.statusBar().showMessage(self.tr("Warning: %1").replace("%1", warning), 60000)

    # ======================================================================= database
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
        if self._input_blocker is not None:
            self._input_blocker.release()
            self._input_blocker = None
        self.backup_support.database_attached()
        self.settings.add_recent_database(self.db_location())
        self.rebuild_recent_menu()
        self.update_title()
        self._update_actions()
        self.statusBar().clearMessage()
        self._show_database_warnings()
        self._update_header()  # "Opening database…" gives way to the trip (or "No trip selected")
        # The trip list first, painted on its own; then the other panels and the rest of
        # load_initial_data (last trip, its programme) on the turn after that paint.
        self.trip_panel.refresh()
        viewport = self.trip_panel.view.viewport()
        if viewport.isVisible():
            AfterPaint(viewport, self.load_initial_data, fallback_ms=200)
        else:
            self.load_initial_data()

    def open_database_after_first_paint(self, location: str | os.PathLike, *, create: bool = True,
                                        failed: Callable[[BaseException], None] | None = None) -> None:
        """Open ``location`` on the event-loop turn after the window's first paint, then
        ``attach_database``; an error opening it goes to ``failed`` (default: raised)."""
        self._pending_location = str(location)
        open_after_first_paint(self, location, create=create, failed=failed)

    def switch_database(self, location: str, *, create: bool = False) -> bool:
        """Open another database in this window (the views reload from the hub)."""
        self._build_after_paint()
        return self.files.switch_database(location, create=create)

    def forget_selection(self) -> None:
        self._trip_id = None
        self._engagement_id = None

    def db_location(self) -> str:
        """The database's file path, or its server URL **without the password** (what the
        settings keep: the recent list and the last database). A password typed in a URL is
        used for that connection only and never written down; reopening from the recent list
        asks libpq's own PGPASSWORD or ~/.pgpass (db.url renders it as "***", which would be
        sent as the password)."""
        if self.db is None:
            return display_location(self._pending_location)
        return str(self.db.path) if self.db.path is not None else display_location(self.db.url)

    def load_initial_data(self) -> None:
        """Fill the trip list and reopen the last trip (once; called after the first paint)."""
        if self._initial_loaded or self.ctx.db is None:
            return
        self._build_after_paint()
        self._initial_loaded = True
        self.backup_support.schedule_auto_backup()
        self.trip_panel.refresh_if_stale()  # already filled by attach_database on the fast path
        for panel in (self.commitments_panel, self.directory_panel):
            panel.refresh_soon()  # at once in scripts and tests; on first show when on a hidden tab
        if self._trip_id is not None:  # picked in the list while the rest was loading (fast path)
            return
        last = self.settings.get(LAST_TRIP)
        if last and self.settings.get(LAST_DATABASE) == self.db_location() and self.trip_panel.select_trip(last):
            return
        ids = self.trip_panel.model.trip_ids
        if ids:
            self.trip_panel.select_trip(ids[0])

    # ======================================================================= selection
    @property
    def current_trip_id(self) -> int | None:
        return self._trip_id

    @property
    def current_engagement_id(self) -> int | None:
        return self._engagement_id

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
            trip_id = self.edits.trip_of_engagement(engagement_id)
            if trip_id is None or not self.select_trip(trip_id):
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
            trip_id = self.edits.trip_of_commitment(commitment_id)
        if trip_id is not None and self.select_trip(trip_id):
            self.show_tab(COMMITMENTS_TAB)
            if self.commitments_panel.select_commitment(commitment_id):
                self.commitments_panel.view.setFocus()
                return True
        self.statusBar().showMessage(self.tr("That commitment no longer exists."), 8000)
        return False

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def switch_to_tab(self, index: int) -> None:
        """Ctrl+1…4: show the tab and put the focus in its table (the keyboard goes on from there)."""
        self.show_tab(index)
        target = self.tab_focus_widget(index)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            model = target.model() if hasattr(target, "model") else None
            if model is not None and model.rowCount() and not target.currentIndex().isValid():
                target.setCurrentIndex(model.index(0, 0))

    def tab_focus_widget(self, index: int):
        """The table of tab ``index`` that Ctrl+1…4 focuses."""
        if index == PROGRAMME_TAB:
            return self.programme_stack.currentWidget() if self.programme_mode() == "list" else self.timeline_view
        panel = {DELEGATION_TAB: self.delegation_panel, COMMITMENTS_TAB: self.commitments_panel,
                 DIRECTORY_TAB: self.directory_panel}.get(index)
        if panel is None:
            return None
        if index == DIRECTORY_TAB and panel.tabs.currentIndex() != 0:
            return panel.organizations_view
        return getattr(panel, "view", None)

    def show_engagement_page(self, index: int) -> None:
        """Alt+1…3: the engagement's Notes, People or Commitments page, focus in its table."""
        if self.engagement_panel is None:
            return
        self.show_tab(PROGRAMME_TAB)
        tabs = self.engagement_panel.tabs
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        from PySide6.QtWidgets import QAbstractItemView

        views = page.findChildren(QAbstractItemView) if page is not None else []
        target = next((v for v in views if v.isVisibleTo(page)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _install_keyboard(self) -> None:
        """Keys that are not menu items: Alt+1…3 for the engagement's pages; access keys kept
        unique (ui/access_keys.py) whenever the tab shown changes."""
        from PySide6.QtGui import QAction, QKeySequence

        self.engagement_page_actions = []
        for i in range(3):
            action = QAction(self)
            action.setObjectName(f"actionEngagementPage{i + 1}")
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, i=i: self.show_engagement_page(i))
            self.addAction(action)
            self.engagement_page_actions.append(action)
        self.tabs.currentChanged.connect(lambda _i: self.update_access_keys())
        self.engagement_panel.tabs.currentChanged.connect(lambda _i: self.update_access_keys())
        for panel in (self.directory_panel,):
            panel.tabs.currentChanged.connect(lambda _i: self.update_access_keys())

    def update_access_keys(self) -> None:
        """Every visible Alt+letter of the window unique, the menu bar's first, and in each menu
        (ui/access_keys.py)."""
        from PySide6.QtWidgets import QMenu

        from delegation_planner.ui.access_keys import assign_menu_keys

        assign_access_keys(self)
        for menu in self.menuBar().findChildren(QMenu):
            assign_menu_keys(menu)

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
        self.ctx.hub.changed.emit(reload_everything())
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

    # ======================================================================= edits (ui.edit_flows)
    def delete_current_trip(self) -> None:
        self.edits.delete_current_trip()

    def delete_current_engagement(self) -> None:
        self.edits.delete_current_engagement()

    def create_trip(self, values: dict[str, Any]) -> int:
        """Create a trip (undoable); returns its id."""
        return self.edits.create_trip(values)

    def update_trip(self, trip_id: int, values: dict[str, Any]) -> None:
        self.edits.update_trip(trip_id, values)

    def duplicate_trip(self, trip_id: int, *, start_date, title: str | None = None) -> int:
        return self.edits.copy_trip(trip_id, start_date=start_date, title=title)

    def delete_trip(self, trip_id: int) -> None:
        """Delete a trip; Undo brings it back (with new ids) and shows it."""
        self.edits.delete_trip(trip_id)

    def create_engagement(self, trip_id: int, values: dict[str, Any]) -> int:
        return self.edits.create_engagement(trip_id, values)

    def update_engagement(self, engagement_id: int, values: dict[str, Any]) -> None:
        self.edits.update_engagement(engagement_id, values)

    def delete_engagement(self, engagement_id: int) -> None:
        self.edits.delete_engagement(engagement_id)

    def _undo_failed(self, message: str, exc: BaseException) -> None:
        """An Undo/Redo step failed (ui.undo logged it and dropped the step): say so."""
        self.statusBar().showMessage(message, 20000)
        QMessageBox.warning(self, self.tr("Undo"), message + "\n\n" +
                            self.tr("The step was removed from the undo history; the data is as shown."))
        QTimer.singleShot(0, self.refresh_all)

    # ======================================================================= files, reports, help
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

    def rebuild_recent_menu(self) -> None:
        rebuild_recent_menu(self, self.switch_database)

    def build_report(self, kind: str, path: str | None = None, *, lang: str | None = None) -> None:
        """Build the briefing pack or post-trip report in the background, then open it (in ``lang``;
        None: the report language of the Settings, by default the interface's)."""
        report_runner.build_report(self, kind, path, lang=lang)

    def load_sample_trip(self) -> int | None:
        return self.files.load_sample_trip()

    def show_about(self) -> None:
        """Help → About: version, Qt/PySide6/Python versions, the licences of fonts and icons."""
        from delegation_planner.ui.dialogs.about_dialog import show_about

        show_about(self)

    def open_logistics_contacts(self) -> None:
        """Trip → Logistics contacts… (the shown trip's hotel, embassy, liaison, drivers, emergency numbers)."""
        if self._trip_id is None or self.db is None:
            return
        from delegation_planner.ui.dialogs.logistics_dialog import LogisticsContactsDialog

        trip = self.programme_model.programme.trip if self.programme_model.programme is not None else None
        self.exec_dialog(LogisticsContactsDialog(self.ctx, self._trip_id, getattr(trip, "title", ""), parent=self))

    def open_scenario(self) -> None:
        """Programme → Scenario… of the selected engagement (minute by minute, on the venue's clock)."""
        item = self._selected_item()
        if item is None or self.db is None:
            return
        from delegation_planner.ui.dialogs.logistics_dialog import ScenarioDialog

        self.exec_dialog(ScenarioDialog(self.ctx, item.id, item.title, parent=self))

    def open_seating_plan(self) -> None:
        """Programme → Seating plan… of the selected engagement (proposed, read-only)."""
        item = self._selected_item()
        if item is None or self.db is None:
            return
        from delegation_planner.ui.dialogs.seating_dialog import SeatingDialog

        self.exec_dialog(SeatingDialog(self.ctx, item.id, item.kind, item.title, parent=self))

    def open_cars(self) -> None:
        """Programme → Cars… of the selected engagement (a transfer's motorcade)."""
        item = self._selected_item()
        if item is None or self.db is None:
            return
        from delegation_planner.ui.dialogs.cars_dialog import CarsDialog

        self.exec_dialog(CarsDialog(self.ctx, item.id, item.title, parent=self))

    def open_attachments(self, owner: str = "engagement", owner_id: int | None = None, title: str = "") -> None:
        """Programme → Attachments… of the selected engagement (or of a commitment or gift given)."""
        if owner_id is None:
            item = self._selected_item()
            if item is None:
                return
            owner, owner_id, title = "engagement", item.id, item.title
        if self.db is None:
            return
        from delegation_planner.ui.dialogs.attachments_dialog import AttachmentsDialog

        self.exec_dialog(AttachmentsDialog(self.ctx, owner, owner_id, title, parent=self,
                                           ask_open_path=self.ask_open_path, ask_save_path=self.ask_save_path,
                                           open_file=self.open_file))

    def open_gifts_register(self) -> None:
        """Trip → Gifts register… of the shown trip."""
        if self._trip_id is None or self.db is None:
            return
        from delegation_planner.ui.dialogs.gifts_dialog import GiftsDialog

        trip = self.programme_model.programme.trip if self.programme_model.programme is not None else None
        dialog = GiftsDialog(self.ctx, self._trip_id, getattr(trip, "title", ""), self.settings, parent=self,
                             ask_save_path=self.ask_save_path)
        dialog.open_attachments = self.open_attachments
        self.exec_dialog(dialog)

    def open_settings_dialog(self) -> None:
        """Edit → Settings… (Ctrl+,)."""
        from delegation_planner.ui.dialogs.settings_dialog import open_settings_dialog

        open_settings_dialog(self)

    def db_location_for_display(self) -> str:
        """The database as the officer should see it: the file's path, or for a server URL
        host/database (user and port kept, never the password)."""
        return display_location(self.db_location())

    def keep_on_screen(self) -> None:
        """Shrink and move the window (not maximized or full screen) into the available geometry
        of its screen, title bar and borders included."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = max(16, frame.width() - self.width())
        extra_h = max(40, frame.height() - self.height())
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        left = min(max(self.x(), available.left()), available.left() + available.width() - self.width() - extra_w)
        top = min(max(self.y(), available.top()), available.top() + available.height() - self.height() - extra_h)
        if (left, top) != (self.x(), self.y()):
            self.move(max(left, available.left()), max(top, available.top()))

    def fit_to_screen(self) -> None:
        """A first window (no saved geometry) as large as ``FIRST_SIZE`` but inside the available
        geometry of the screen it opens on (1366×768 laptops: the taskbar and title bar too)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(FIRST_SIZE)
            return
        available = screen.availableGeometry()
        frame = QSize(16, 40)  # room for the window manager's title bar and borders
        width = min(FIRST_SIZE.width(), available.width() - frame.width())
        height = min(FIRST_SIZE.height(), available.height() - frame.height())
        self.resize(max(width, 640), max(height, 480))
        centre = available.center()
        self.move(centre.x() - self.width() // 2, max(available.top(), centre.y() - self.height() // 2 - 10))

    # ======================================================================= internals
    def _build_after_paint(self) -> None:
        """Build what needs the services (the edit and file commands, the engagement panel and
        the Delegation, Commitments and Directory panels) once the window has painted."""
        if self.delegation_panel is not None:
            return
        from delegation_planner.ui.edit_flows import EditFlows
        from delegation_planner.ui.file_menu import FileMenu
        from delegation_planner.ui.views.commitments import CommitmentsPanel
        from delegation_planner.ui.views.delegation import DelegationPanel
        from delegation_planner.ui.views.directory import DirectoryPanel
        from delegation_planner.ui.views.engagement_detail import EngagementDetailPanel

        self.edits = EditFlows(self)
        self.files = FileMenu(self)
        self.engagement_panel = EngagementDetailPanel(self.ctx, self)
        sizes = self.detail_splitter.sizes()
        self.detail_splitter.replaceWidget(1, self.engagement_panel).deleteLater()
        self.detail_splitter.setSizes(sizes)

        self.delegation_panel = DelegationPanel(self.ctx, self)
        # These two list every commitment / person of the database: they load after the first
        # paint (load_initial_data), or when their tab is first shown.
        self.commitments_panel = CommitmentsPanel(self.ctx, self, load=False)
        self.commitments_panel.open_attachments = self.open_attachments
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
        self._install_keyboard()
        self.update_access_keys()

    def _show_opening(self) -> None:
        """The first frame of a window whose database opens after it is painted."""
        self.header.show_opening(self._pending_location)
        self.statusBar().showMessage(self.tr("Opening database…"))
        self._input_blocker = InputBlocker(self)

    def update_title(self) -> None:
        shown = self.db_location_for_display()
        self.setWindowTitle(f"{shown} — {APP_NAME}")
        self.database_label.setText(self.tr("Database: %1").replace("%1", short_location(shown)))
        self.database_label.setToolTip(shown)

    def _update_actions(self) -> None:
        has_trip = self._trip_id is not None
        for action in self.actions_.trip_actions():
            action.setEnabled(has_trip)
        has_engagement = self._engagement_id is not None
        for action in self.actions_.engagement_actions():
            action.setEnabled(has_engagement)
        # A file (SQLite backup API) or a PostgreSQL server (pg_dump); not other server URLs.
        self.actions_.backup.setEnabled(self.db is not None and (
            self.db.path is not None or self.db.engine.dialect.name == "postgresql"))

    def _on_trip_selected(self, trip_id: int | None) -> None:
        self._build_after_paint()  # picked before load_initial_data built them (fast path)
        if trip_id == self._trip_id and not self._programme_stale:
            return
        self._trip_id = trip_id
        self._engagement_id = None
        self._reload_programme()
        self._panels_show_trip(trip_id)
        if trip_id is not None:
            self.settings.set(LAST_TRIP, trip_id)
            self.settings.set(LAST_DATABASE, self.db_location())
        self._update_actions()

    def _panels_show_trip(self, trip_id: int | None) -> None:
        self.engagement_panel.set_engagement(None)
        self.delegation_panel.set_trip(trip_id)
        self.commitments_panel.set_trip(trip_id)
        if self.search_dialog is not None:
            self.search_dialog.set_trip(trip_id)

    def _reload_programme(self) -> None:
        self._programme_stale = False
        keep = self._engagement_id
        from delegation_planner.ui.operations import engagements as engagement_ops  # once the database is open

        try:
            prog = engagement_ops.programme(self.ctx, self._trip_id) if self._trip_id is not None else None
        except NotFoundError:  # the trip was deleted
            log.info("trip %s is gone; the programme shows nothing", self._trip_id)
            self._trip_id = prog = None
        self.programme_model.set_programme(self._trip_id, prog)
        self._update_header()
        if keep is not None and self.programme_model.item(keep) is not None:
            self.programme_view.select_engagement(keep, notify=False)
            self.timeline_view.set_selected(keep)
        elif keep is not None:
            self._on_engagement_selected(None)

    def _update_header(self) -> None:
        self.header.show_programme(self.programme_model.programme, self._selected_item())

    def _update_conflict_label(self) -> None:
        self.header.show_conflicts(self.programme_model.programme, self._selected_item())

    def _selected_item(self):
        return self.programme_model.item(self._engagement_id) if self._engagement_id is not None else None

    def _on_engagement_selected(self, engagement_id: int | None) -> None:
        self._build_after_paint()
        self._engagement_id = engagement_id
        self.timeline_view.set_selected(engagement_id)
        self.engagement_panel.set_engagement(engagement_id)
        self._update_conflict_label()
        self._update_actions()
        self.update_access_keys()

    def _on_changed(self, change: Change) -> None:
        if not change.concerns(REFRESH_ON):
            return
        self._build_after_paint()
        if change.subject is Subject.TRIP and change.action is Action.DELETE and change.trip_id == self._trip_id:
            self.forget_selection()
            self._panels_show_trip(None)
        if (change.trip_id is None or change.trip_id == self._trip_id
                or change.subject in (Subject.PERSON, Subject.ORGANIZATION)):
            self._programme_stale = True
            self._programme_timer.start()

    def _on_reloaded(self) -> None:
        self._programme_stale = True
        self._programme_timer.start()

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
            self.keep_on_screen()  # saved on a bigger monitor, reopened on a laptop
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
            self.settings.set(LAST_DATABASE, self.db_location())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.save_settings()
        self.task_runner.wait()
        super().closeEvent(event)


def display_location(location: str) -> str:
    """A file path as it is; a database URL without its password ("postgresql+psycopg://anna@host/trips")."""
    if "://" not in location:
        return location
    scheme, _, rest = location.partition("://")
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        user, _, host = authority.rpartition("@")
        user = user.split(":", 1)[0]
        authority = f"{user}@{host}" if user else host
    return f"{scheme}://{authority}{slash}{tail}"


def short_location(location: str) -> str:
    """What the status bar names: the file name, or host/database of a URL (no query)."""
    if "://" not in location:
        return Path(location).name or location
    _scheme, _, rest = location.partition("://")
    authority, _, tail = rest.partition("/")
    host = authority.rpartition("@")[2]
    database, _, query = tail.partition("?")
    if not host:  # a Unix socket: postgresql+psycopg://postgres@/trips?host=/run/postgresql
        host = next((v for k, _, v in (p.partition("=") for p in query.split("&")) if k == "host"), "") or "localhost"
    return f"{host}/{database}" if database else host


def build_main_window(db_location: str | os.PathLike, *, settings_path: str | os.PathLike | None = None,
                      create: bool = True) -> MainWindow:
    """Open the database at ``db_location`` (file path or SQLAlchemy URL) and build the
    main window, without showing it or starting an event loop. A QApplication must
    exist. Raises ``storage.errors.KnownError`` for a file that cannot be opened.

    The trip list fills on the first turn of the event loop (``QTimer.singleShot``);
    scripts and tests can call ``window.load_initial_data()`` to fill it at once."""
    from delegation_planner.ui.operations import files

    db = files.open_database(db_location, create=create)
    settings = Settings(settings_path)
    try:
        window = MainWindow(db, settings)
    except BaseException:
        db.dispose()
        raise
    settings.add_recent_database(window.db_location())
    window.rebuild_recent_menu()
    return window


__all__ = ["MainWindow", "build_main_window"]
