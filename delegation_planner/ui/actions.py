"""The main window's actions and menus.

Handlers are looked up when an action fires: the window's edit and file commands
(``w.edits``, ``w.files``) are built after its first paint, and no input reaches
the window before that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from delegation_planner.settings import RECENT_DATABASES
from delegation_planner.ui import icons


if TYPE_CHECKING:  # pragma: no cover
    from delegation_planner.ui.main_window import MainWindow


class Actions:
    """Every QAction of the window, created once, enabled according to the selection."""

    def __init__(self, w: "MainWindow"):
        def act(text: str, slot, shortcut=None, icon=None, tip: str = "", name: str = "") -> QAction:
            action = QAction(text, w)
            if icon is not None:
                action.setIcon(icon)
            if shortcut is not None:
                if isinstance(shortcut, (list, tuple)):
                    action.setShortcuts([QKeySequence(s) for s in shortcut])
                else:
                    action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if name:
                action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        # File
        self.new_database = act(
            QCoreApplication.translate("MainWindow", "&New database…"),
            lambda: w.files.new_database_dialog(),
            tip=QCoreApplication.translate("MainWindow", "Create an empty database file"),
            name="actionNewDatabase",
        )
        self.connect_server = act(
            QCoreApplication.translate("MainWindow", "Connect to a database &server…"),
            lambda: w.files.connect_server_dialog(),
            tip=QCoreApplication.translate("MainWindow", "Work in the office's shared database on a PostgreSQL server"),
            name="connectServerAction",
        )
        self.open_database = act(
            QCoreApplication.translate("MainWindow", "&Open database…"),
            lambda: w.files.open_database_dialog(),
            QKeySequence.StandardKey.Open,
            tip=QCoreApplication.translate("MainWindow", "Open another database file"),
            name="actionOpenDatabase",
        )
        self.import_bundle = act(
            QCoreApplication.translate("MainWindow", "&Import trip bundle…"),
            lambda: w.files.import_bundle_dialog(),
            tip=QCoreApplication.translate("MainWindow", "Add a trip from a bundle file"),
            name="actionImportBundle",
        )
        self.export_bundle = act(
            QCoreApplication.translate("MainWindow", "&Export trip bundle…"),
            lambda: w.files.export_bundle_dialog(),
            tip=QCoreApplication.translate("MainWindow", "Save the current trip as a bundle file"),
            name="actionExportBundle",
        )
        self.backup = act(
            QCoreApplication.translate("MainWindow", "&Backup database…"),
            lambda: w.files.backup_dialog(),
            tip=QCoreApplication.translate("MainWindow", "Save a consistent copy of the whole database"),
            name="actionBackup",
        )
        self.quit = act(
            QCoreApplication.translate("MainWindow", "&Quit"),
            w.close,
            QKeySequence.StandardKey.Quit,
            name="actionQuit",
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        self.undo = w.ctx.undo_stack.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setObjectName("actionUndo")
        self.redo = w.ctx.undo_stack.createRedoAction(w, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setObjectName("actionRedo")
        self.edit = act(
            QCoreApplication.translate("MainWindow", "&Edit…"),
            lambda: w.edits.edit_selected(),
            "F2",
            icons.edit_icon(),
            QCoreApplication.translate("MainWindow", "Edit the selected trip or engagement"),
            "actionEdit",
        )
        self.delete = act(
            QCoreApplication.translate("MainWindow", "&Delete"),
            lambda: w.edits.delete_selected(),
            QKeySequence.StandardKey.Delete,
            icons.delete_icon(),
            QCoreApplication.translate("MainWindow", "Delete the selected trip or engagement"),
            "actionDelete",
        )
        self.find = act(
            QCoreApplication.translate("MainWindow", "&Find trip"),
            w.focus_trip_search,
            QKeySequence.StandardKey.Find,
            name="actionFind",
        )
        self.search_everything = act(
            QCoreApplication.translate("MainWindow", "&Search everything…"),
            w.open_search_dialog,
            "Ctrl+Shift+F",
            icons.search_icon(),
            tip=QCoreApplication.translate("MainWindow", "Search notes, commitments and people in every trip"),
            name="actionSearchEverything",
        )
        self.settings = act(
            QCoreApplication.translate("MainWindow", "Se&ttings…"),
            w.open_settings_dialog,
            "Ctrl+,",
            icons.settings_icon(),
            QCoreApplication.translate("MainWindow", "Language, home time zone, paper, the office's identity, "
                                                     "backups"),
            "actionSettings",
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        # Trip
        self.new_trip = act(
            QCoreApplication.translate("MainWindow", "&New trip…"),
            lambda: w.edits.new_trip(),
            QKeySequence.StandardKey.New,
            icons.new_trip_icon(),
            QCoreApplication.translate("MainWindow", "Create a trip"),
            "actionNewTrip",
        )
        self.edit_trip = act(
            QCoreApplication.translate("MainWindow", "&Edit trip…"),
            lambda: w.edits.edit_trip(),
            name="actionEditTrip",
            tip=QCoreApplication.translate("MainWindow", "Change the trip's title, dates, home time zone or status"),
        )
        self.duplicate_trip = act(
            QCoreApplication.translate("MainWindow", "D&uplicate trip…"),
            lambda: w.edits.duplicate_trip(),
            name="actionDuplicateTrip",
            tip=QCoreApplication.translate("MainWindow", "Same programme as last year: copy the trip to new dates"),
        )
        self.export_calendar = act(
            QCoreApplication.translate("MainWindow", "Export &calendar (.ics)…"),
            lambda: _export_calendar(w),
            name="actionExportCalendar",
            tip=QCoreApplication.translate("MainWindow", "Save the programme (the whole trip or one member's) "
                                                         "for phone and desktop calendars"),
        )
        self.logistics_contacts = act(
            QCoreApplication.translate("MainWindow", "Logistics &contacts…"),
            lambda: w.open_logistics_contacts(),
            name="logisticsContactsAction",
            tip=QCoreApplication.translate("MainWindow", "The visit's hotel, embassy or consulate, host liaison, "
                                                         "drivers, interpreters and emergency numbers"),
        )
        self.gifts_register = act(
            QCoreApplication.translate("MainWindow", "&Gifts register…"),
            lambda: w.open_gifts_register(),
            name="giftsRegisterAction",
            tip=QCoreApplication.translate("MainWindow", "Gifts given and received, and the written reports they need"),
        )
        self.scenario = act(
            QCoreApplication.translate("MainWindow", "Sce&nario…"),
            lambda: w.open_scenario(),
            name="scenarioAction",
            tip=QCoreApplication.translate("MainWindow", "The selected engagement's minute-by-minute scenario"),
        )
        self.seating_plan = act(
            QCoreApplication.translate("MainWindow", "Seating &plan…"),
            lambda: w.open_seating_plan(),
            name="seatingPlanAction",
            tip=QCoreApplication.translate("MainWindow", "Who sits where at the selected engagement, proposed "
                                                         "from both sides' order of precedence"),
        )
        self.cars = act(
            QCoreApplication.translate("MainWindow", "Ca&rs…"),
            lambda: w.open_cars(),
            name="carsAction",
            tip=QCoreApplication.translate("MainWindow", "The selected transfer's cars, drivers and who rides where"),
        )
        self.attachments = act(
            QCoreApplication.translate("MainWindow", "Attach&ments…"),
            lambda: w.open_attachments(),
            name="attachmentsAction",
            tip=QCoreApplication.translate("MainWindow", "Files attached to the selected engagement: signed "
                                                         "documents, programmes, photos"),
        )
        self.delete_trip = act(
            QCoreApplication.translate("MainWindow", "&Delete trip…"),
            lambda: w.edits.delete_current_trip(),
            name="actionDeleteTrip",
            tip=QCoreApplication.translate("MainWindow", "Delete the trip with its programme, notes and commitments"),
        )
        self.import_spreadsheet = act(
            QCoreApplication.translate("MainWindow", "Import from &spreadsheet…"),
            lambda: _import_spreadsheet(w),
            name="actionImportSpreadsheet",
            tip=QCoreApplication.translate("MainWindow", "Add delegation members, counterparts or engagements "
                                                         "from a CSV file (Excel)"),
        )

        # Programme
        self.add_engagement = act(
            QCoreApplication.translate("MainWindow", "&Add engagement…"),
            lambda: w.edits.add_engagement(),
            "Ctrl+Shift+N",
            icons.add_engagement_icon(),
            QCoreApplication.translate("MainWindow", "Add an engagement to the programme"),
            "actionAddEngagement",
        )
        self.edit_engagement = act(
            QCoreApplication.translate("MainWindow", "&Edit engagement…"),
            lambda: w.edits.edit_engagement(),
            name="actionEditEngagement",
            tip=QCoreApplication.translate("MainWindow", "Change the selected engagement (time, place, objectives…)"),
        )
        self.delete_engagement = act(
            QCoreApplication.translate("MainWindow", "&Delete engagement…"),
            lambda: w.edits.delete_current_engagement(),
            name="actionDeleteEngagement",
            tip=QCoreApplication.translate("MainWindow", "Delete the selected engagement"),
        )
        self.write_note = act(
            QCoreApplication.translate("MainWindow", "&Write note…"),
            lambda: w.engagement_panel.add_note(),
            "Ctrl+Shift+W",
            icon=icons.write_note_icon(),
            tip=QCoreApplication.translate("MainWindow", "Write a meeting note for the selected engagement"),
            name="actionWriteNote",
        )
        self.add_commitment = act(
            QCoreApplication.translate("MainWindow", "Add &commitment…"),
            lambda: _add_commitment(w),
            "Ctrl+Shift+C",
            icon=icons.add_commitment_icon(),
            tip=QCoreApplication.translate("MainWindow", "Record a commitment of the trip (of the selected "
                                                         "engagement, on the Programme tab)"),
            name="actionAddCommitment",
        )

        # View
        self.refresh = act(
            QCoreApplication.translate("MainWindow", "&Refresh"),
            w.refresh_all,
            QKeySequence.StandardKey.Refresh,
            icons.refresh_icon(),
            QCoreApplication.translate("MainWindow", "Reload everything from the database"),
            "actionRefresh",
        )
        self.show_programme = act(
            QCoreApplication.translate("MainWindow", "&Programme"),
            lambda: w.switch_to_tab(0),  # and focus its table
            "Ctrl+1",
            name="actionShowProgramme",
        )
        self.show_delegation = act(
            QCoreApplication.translate("MainWindow", "&Delegation"),
            lambda: w.switch_to_tab(1),  # and focus its table
            "Ctrl+2",
            name="actionShowDelegation",
        )
        self.show_commitments = act(
            QCoreApplication.translate("MainWindow", "&Commitments"),
            lambda: w.switch_to_tab(2),  # and focus its table
            "Ctrl+3",
            name="actionShowCommitments",
        )
        self.show_list = act(
            QCoreApplication.translate("MainWindow", "Programme as &list"),
            lambda: w.show_programme_as("list"),
            "Ctrl+L",
            tip=QCoreApplication.translate("MainWindow", "Show the programme as a list, day by day"),
            name="actionShowList",
        )
        self.show_timeline = act(
            QCoreApplication.translate("MainWindow", "Programme as &timeline"),
            lambda: w.show_programme_as("timeline"),
            "Ctrl+T",
            tip=QCoreApplication.translate("MainWindow", "Show each day's engagements as blocks on a time axis"),
            name="actionShowTimeline",
        )
        self.show_list.setIconText(QCoreApplication.translate("MainWindow", "List"))
        self.show_timeline.setIconText(QCoreApplication.translate("MainWindow", "Timeline"))
        group = QActionGroup(w)
        for action in (self.show_list, self.show_timeline):
            action.setCheckable(True)
            group.addAction(action)
        self.show_list.setChecked(True)
        self.show_directory = act(
            QCoreApplication.translate("MainWindow", "Di&rectory"),
            lambda: w.switch_to_tab(3),  # and focus its table
            "Ctrl+4",
            name="actionShowDirectory",
        )

        # Reports
        self.briefing_pack = act(
            QCoreApplication.translate("MainWindow", "&Briefing pack…"),
            lambda: w.build_report("briefing"),
            "Ctrl+P",
            icons.briefing_pack_icon(),
            tip=QCoreApplication.translate("MainWindow", "A PDF for the delegation: programme, briefs, contacts"),
            name="actionBriefingPack",
        )
        self.trip_report = act(
            QCoreApplication.translate("MainWindow", "&Post-trip report…"),
            lambda: w.build_report("trip_report"),
            icon=icons.trip_report_icon(),
            tip=QCoreApplication.translate("MainWindow", "A PDF of what happened: meetings, notes, commitments"),
            name="actionTripReport",
        )
        self.briefing_pack_vi = act(
            QCoreApplication.translate("MainWindow", "Briefing pack in &Vietnamese…"),
            lambda: w.build_report("briefing", lang="vi"),
            tip=QCoreApplication.translate("MainWindow", "The briefing pack with Vietnamese headings"),
            name="actionBriefingPackVi",
        )
        self.trip_report_vi = act(
            QCoreApplication.translate("MainWindow", "Post-trip report in V&ietnamese…"),
            lambda: w.build_report("trip_report", lang="vi"),
            tip=QCoreApplication.translate("MainWindow", "The post-trip report with Vietnamese headings"),
            name="actionTripReportVi",
        )
        # the other language, chosen explicitly (the two above follow the Settings' report language,
        # by default the interface's)
        self.briefing_pack_en = act(
            QCoreApplication.translate("MainWindow", "Briefing pack in &English…"),
            lambda: w.build_report("briefing", lang="en"),
            tip=QCoreApplication.translate("MainWindow", "The briefing pack with English headings"),
            name="actionBriefingPackEn",
        )
        self.trip_report_en = act(
            QCoreApplication.translate("MainWindow", "Post-trip report in E&nglish…"),
            lambda: w.build_report("trip_report", lang="en"),
            tip=QCoreApplication.translate("MainWindow", "The post-trip report with English headings"),
            name="actionTripReportEn",
        )

        # the head of delegation's day cards and the members' own programmes (interface language)
        self.day_cards = act(
            QCoreApplication.translate("MainWindow", "&Day cards…"),
            lambda: _report_runner().build_report(w, "day_cards"),
            tip=QCoreApplication.translate("MainWindow", "One page per day for the head of delegation: times, "
                                                         "who greets, forms of address, points to make"),
            name="dayCardsAction",
        )
        self.itinerary = act(
            QCoreApplication.translate("MainWindow", "I&tineraries…"),
            lambda: _report_runner().build_itinerary(w),
            tip=QCoreApplication.translate("MainWindow", "Each delegation member's own programme, "
                                                         "one member or all in one file"),
            name="itineraryAction",
        )

        # Help
        self.load_sample = act(
            QCoreApplication.translate("MainWindow", "Load &sample trip"),
            lambda: w.files.load_sample_trip(),
            name="actionLoadSample",
            tip=QCoreApplication.translate("MainWindow", "Add the Boston 2017 study visit to try the program"),
        )
        self.about = act(
            QCoreApplication.translate("MainWindow", "&About Delegation Planner"), w.show_about, name="actionAbout"
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def trip_actions(self) -> list[QAction]:
        return [
            self.edit_trip,
            self.duplicate_trip,
            self.delete_trip,
            self.export_calendar,
            self.import_spreadsheet,
            self.add_engagement,
            self.add_commitment,
            self.export_bundle,
            self.briefing_pack,
            self.trip_report,
            self.briefing_pack_vi,
            self.trip_report_vi,
            self.briefing_pack_en,
            self.trip_report_en,
            self.day_cards,
            self.itinerary,
            self.logistics_contacts,
            self.gifts_register,
        ]

    def engagement_actions(self) -> list[QAction]:
        return [self.edit_engagement, self.delete_engagement, self.write_note, self.scenario, self.seating_plan, self.cars,
                self.attachments]


def _report_runner():
    from delegation_planner.ui import report_runner  # (at call time, as the window's own build_report)

    return report_runner


def _import_spreadsheet(w: "MainWindow") -> None:
    from delegation_planner.ui.dialogs.csv_import import import_spreadsheet  # after the first paint: services

    import_spreadsheet(w)


def _export_calendar(w: "MainWindow") -> None:
    from delegation_planner.ui.dialogs.ics_export import export_calendar_dialog  # after the first paint: services

    export_calendar_dialog(w)


def build_menus(w: "MainWindow", a: Actions) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a.new_database, a.open_database, a.connect_server])
    w.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), file_menu)
    w.recent_menu.setObjectName("recentMenu")
    file_menu.addMenu(w.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a.import_bundle, a.export_bundle])
    file_menu.addSeparator()
    file_menu.addAction(a.backup)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.edit, a.delete])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addAction(a.search_everything)
    edit_menu.addSeparator()
    edit_menu.addAction(a.settings)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([a.show_programme, a.show_delegation, a.show_commitments, a.show_directory])
    view_menu.addSeparator()
    view_menu.addActions([a.show_list, a.show_timeline])
    view_menu.addSeparator()
    view_menu.addAction(a.refresh)

    trip_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Trip"))
    trip_menu.addActions([a.new_trip, a.edit_trip, a.duplicate_trip])
    trip_menu.addSeparator()
    trip_menu.addAction(a.export_calendar)
    trip_menu.addAction(a.import_spreadsheet)
    trip_menu.addSeparator()
    trip_menu.addActions([a.logistics_contacts, a.gifts_register])
    trip_menu.addSeparator()
    trip_menu.addAction(a.delete_trip)

    programme_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Programme", "menu"))
    programme_menu.addActions([a.add_engagement, a.edit_engagement])
    programme_menu.addSeparator()
    programme_menu.addActions([a.write_note, a.add_commitment, a.scenario, a.seating_plan, a.cars, a.attachments])
    programme_menu.addSeparator()
    programme_menu.addAction(a.delete_engagement)

    reports_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
    reports_menu.addActions([a.briefing_pack, a.trip_report])
    reports_menu.addSeparator()
    reports_menu.addActions([a.day_cards, a.itinerary])
    reports_menu.addSeparator()
    reports_menu.addActions([a.briefing_pack_en, a.briefing_pack_vi, a.trip_report_en, a.trip_report_vi])

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a.load_sample)
    help_menu.addSeparator()
    help_menu.addAction(a.about)


def _add_commitment(w: "MainWindow") -> None:
    """Add commitment…: linked to the selected engagement on the Programme tab, else to the trip."""
    if w.current_engagement_id is not None and w.tabs.currentIndex() == 0:
        w.engagement_panel.add_commitment()
    else:
        w.commitments_panel.add_commitment()


def install_context_menus(w: "MainWindow", a: Actions) -> None:
    """Right-click menus: the same actions as the menu bar."""
    for widget, actions in ((w.trip_panel.view, [a.new_trip, a.edit_trip, a.duplicate_trip, a.export_bundle,
                                                 a.export_calendar, a.delete_trip]),
                            (w.programme_view, [a.add_engagement, a.edit_engagement, a.delete_engagement]),
                            (w.timeline_view, [a.add_engagement, a.edit_engagement, a.delete_engagement])):
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        widget.addActions(actions)


def rebuild_recent_menu(w: "MainWindow", open_location) -> None:
    """File → Open recent: the remembered databases other than the open one."""
    menu = getattr(w, "recent_menu", None)
    if menu is None:
        return
    menu.clear()
    recent = [p for p in w.settings.get(RECENT_DATABASES) if p != w.db_location()]
    from delegation_planner.ui.main_window import display_location  # (imported at call time: no cycle)

    for location in recent:
        action = menu.addAction(display_location(location))  # a server URL without its password
        action.triggered.connect(lambda _checked=False, loc=location: open_location(loc, create=False))
    menu.setEnabled(bool(recent))
