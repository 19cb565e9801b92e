"""The Vietnamese interface: the shipped translation covers every on-screen string.

The main window is built with ``resources/translations/delegation_planner_vi.qm``
installed, as ``delegation-planner-gui --lang vi`` does, with the sample trips; then
every visible label, button, tab, menu, combo box and column header is checked for
English words of the interface (words of the English source strings), once the
user's data (names, titles, places) is taken out."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QTabBar, QTextBrowser,
)

from delegation_planner.domain.enums import CommitmentStatus, EngagementKind, MemberRole, TripStatus
from delegation_planner.services import commitments, directory, engagements, members, trips
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.main_window import COMMITMENTS_TAB, DELEGATION_TAB, DIRECTORY_TAB, PROGRAMME_TAB

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "delegation_planner_vi.ts"
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")


def english_ui_words() -> set[str]:
    """Words of the English interface strings that no Vietnamese translation also uses."""
    root = ET.parse(TS).getroot()
    words: set[str] = set()
    kept: set[str] = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if "%" in source and len(source) < 4:
            continue
        words |= {w.lower() for w in WORD.findall(source.replace("&", ""))}
        translation = "".join(message.find("translation").itertext())
        kept |= {w.lower() for w in WORD.findall(translation.replace("&", ""))}
    # Qt date-format letters and file patterns are not words on screen
    return {w for w in words - kept if not re.fullmatch(r"[dmyhs]+", w)}


def data_strings(db) -> list[str]:
    """Everything the user typed (or the sample brought): shown as it is, in any language."""
    out: list[str] = []
    for trip in trips.list_trips(db):
        full = trips.get_trip(db, trip.id)
        out += [full.title, full.destination or "", full.purpose or ""]
        for item in engagements.programme(db, trip.id).items:
            eng = engagements.get_engagement(db, item.id)
            out += [eng.title, eng.location or "", eng.objectives or "", eng.talking_points or "",
                    eng.logistics or "", item.time_label]
            out += [a.full_name for a in engagements.list_attendees(db, item.id)]
        out += [m.full_name for m in members.list_members(db, trip.id)]
    for person in directory.list_people(db):
        out += [person.full_name, person.title or "", person.organization_name or "", person.email or "",
                person.phone or ""]
    for org in directory.list_organizations(db):
        out += [org.name, getattr(org, "local_name", "") or "", getattr(org, "city", "") or "",
                getattr(org, "country", "") or ""]
    for c in commitments.list_commitments(db):
        out += [c.description, c.follow_up or "", c.engagement_title or "", c.trip_title or ""]
    return sorted({s for s in out if s and len(s) > 1}, key=len, reverse=True)


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every visible piece of interface text."""
    out: list[tuple[str, str]] = []
    for menu_action in window.menuBar().actions():
        out.append(("menu", menu_action.text()))
        if menu_action.menu() is not None:
            for action in menu_action.menu().actions():
                if action.text():
                    out.append(("menu item", action.text()))
                if action.toolTip() and not action.isSeparator():
                    out.append(("menu tooltip", action.toolTip()))
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            out.append((f"label {label.objectName()}", label.text()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            out.append((f"button {button.objectName()}", button.text()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            out += [("tab", bar.tabText(i)) for i in range(bar.count())]
    for box in window.findChildren(QGroupBox):
        if box.isVisible():
            out.append(("group", box.title()))
    for combo in window.findChildren(QComboBox):
        if combo.isVisible():
            out += [(f"combo {combo.objectName()}", combo.itemText(i)) for i in range(combo.count())]
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible() and edit.placeholderText():
            out.append(("placeholder", edit.placeholderText()))
    for browser in window.findChildren(QTextBrowser):
        if browser.isVisible():
            out.append(("brief", browser.toPlainText()))
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model
            columns = 1
        for column in range(columns):
            out.append((f"header {view.objectName()}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            for column in range(columns):
                text = model.index(row, column).data()
                if isinstance(text, str):
                    out.append((f"cell {view.objectName()}", text))
    return out


def english_left(window, qtbot) -> list[tuple[str, str, str]]:
    words = english_ui_words()
    data = data_strings(window.db)
    found = []
    for where, text in shown_texts(window):
        rest = text.replace("&", "")
        for value in data:
            rest = rest.replace(value, " ")
        for word in WORD.findall(rest):
            if word.lower() in words:
                found.append((where, word, text[:80]))
    return found


@pytest.fixture
def window(vi_window, qtbot):
    vi_window.resize(1280, 800)
    vi_window.show()
    qtbot.waitExposed(vi_window)
    return vi_window


def test_vietnamese_tabs_menus_panels_and_enums(window, qtbot):
    # (the access keys are the translation's unless the menu bar took the letter: ui/access_keys.py)
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Chương trình", "Thành phần đoàn", "Cam kết", "Danh bạ"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Sửa", "&Xem", "&Chuyến công tác", "C&hương trình", "&Báo cáo", "Trợ &giúp"]
    # an enum label: the trip status, in the list and in the header
    trip = trips.get_trip(window.db, window.current_trip_id)
    assert trip.status == TripStatus.COMPLETED
    assert enum_text(trip.status) == "Đã hoàn thành"
    assert "Đã hoàn thành" in window.trip_subheader.text()
    assert enum_text(MemberRole.HEAD) == "Trưởng đoàn"
    assert enum_text(MemberRole.PRESS) == "Báo chí" and enum_text(EngagementKind.PRESS) == "Họp báo"
    assert enum_text(CommitmentStatus.IN_PROGRESS) == "Đang thực hiện"
    # a panel label and a role in the Delegation tab
    window.show_tab(DELEGATION_TAB)
    panel = window.delegation_panel
    assert panel.title.text().startswith("Thành phần đoàn — ")
    roles = [panel.model.index(r, panel.model.column_of("role")).data() for r in range(panel.model.rowCount())]
    assert roles[0] == "Trưởng đoàn" and "Phiên dịch" in roles and "Cán bộ lễ tân" in roles
    # dates the Vietnamese way
    window.show_tab(PROGRAMME_TAB)
    assert window.programme_model.index(0, 0).data() == "Ngày 1 · Thứ Tư, 12/07/2017"
    window.show_tab(COMMITMENTS_TAB)
    assert window.commitments_panel.summary.text().endswith("quá hạn")
    overdue = [window.commitments_panel.model.index(r, 2).data()
               for r in range(window.commitments_panel.model.rowCount())]
    assert "31/10/2017" in overdue


@pytest.mark.parametrize("tab", [PROGRAMME_TAB, DELEGATION_TAB, COMMITMENTS_TAB, DIRECTORY_TAB])
def test_no_english_left_on_screen(window, qtbot, tab):
    if tab == PROGRAMME_TAB:
        # an engagement with a conflict, notes and people: every part of the detail panel
        items = window.programme_model.items()
        window.select_engagement(next(i for i in items if i.conflicts).id)
    window.show_tab(tab)
    qtbot.wait(5)
    assert english_left(window, qtbot) == []
    if tab == DIRECTORY_TAB:  # organizations, with one's history
        window.directory_panel.tabs.setCurrentIndex(1)
        mgh = next(o for o in directory.list_organizations(window.db, "Massachusetts General"))
        window.directory_panel.show_organization(mgh.id)
        qtbot.wait(5)
        assert english_left(window, qtbot) == []


def test_the_check_finds_english_when_there_is_some(window, qtbot):
    """The scan above is not vacuous: an English interface string on screen is caught."""
    window.show_tab(PROGRAMME_TAB)
    window.conflict_label.setText("Select an engagement to see what clashes")
    found = english_left(window, qtbot)
    assert {w.lower() for _where, w, _text in found} >= {"select", "engagement", "clashes"}


def access_key(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).lower() if match else None


def test_vietnamese_access_keys_are_unique_in_each_menu(window):
    bar = [access_key(a.text()) for a in window.menuBar().actions()]
    assert len(bar) == len(set(bar)), bar
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys = [access_key(a.text()) for a in menu.actions() if not a.isSeparator() and access_key(a.text())]
        duplicates = {k for k in keys if keys.count(k) > 1}
        assert not duplicates, (menu_action.text(), [a.text() for a in menu.actions()
                                                     if access_key(a.text()) in duplicates])
