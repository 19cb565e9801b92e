"""Programme model: a tree of days (top level) and their engagements (children).

Built on ``services.engagements.programme``: times ("09:00 Boston · 20:00 Hà Nội")
and conflicts come from there; this model only lays them out.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from delegation_planner.domain.enums import EngagementStatus
from delegation_planner.ui.labels import conflict_text, enum_text, long_day, time_label

if TYPE_CHECKING:
    from delegation_planner.ui.operations.engagements import Programme, ProgrammeItem

EngagementIdRole = Qt.ItemDataRole.UserRole + 1
ConflictsRole = Qt.ItemDataRole.UserRole + 2  # list of conflict messages (engagement rows)
DayRole = Qt.ItemDataRole.UserRole + 3

_NO_PARENT = 0  # internalId of day rows; engagement rows carry day index + 1

_ENGAGEMENT_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole,
    EngagementIdRole, ConflictsRole,
})

# Made once, not per data() call (the fonts once per load: they follow the application's font).
_CANCELLED_COLOUR = QColor("#8a8a8a")
_CONFIRMED_COLOUR = QColor("#1e7b34")


def day_heading(day: date, number: int) -> str:
    return long_day(day)


class ProgrammeModel(QAbstractItemModel):
    TIME, END, TITLE, ORGANIZATION, PLACE, STATUS = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.trip_id: int | None = None
        self.programme: Programme | None = None
        self._days: list[tuple[date, list[ProgrammeItem]]] = []
        self._position: dict[int, tuple[int, int]] = {}  # engagement id -> (day row, child row)
        self._texts: dict[int, tuple[str, ...]] = {}  # row cache: display text of each column
        self._day_texts: dict[int, str] = {}  # day row -> its heading
        self._tooltips: dict[int, str] = {}

    # -- loading --------------------------------------------------------------------------
    def set_programme(self, trip_id: int | None, prog: Programme | None) -> None:
        """Show ``prog`` (a services Programme, fetched by the caller), or nothing."""
        self.beginResetModel()
        self.trip_id = trip_id
        self.programme = prog
        self._days = prog.days() if prog else []
        self._position = {item.id: (d, c) for d, (_, items) in enumerate(self._days) for c, item in enumerate(items)}
        # Time-zone maths once per row (when the row is first painted), not once per paint.
        self._texts = {}
        self._day_texts: dict[int, str] = {}
        self._tooltips = {}
        self._font_pair: tuple[QFont, QFont] | None = None
        self.endResetModel()

    def _fonts(self) -> tuple[QFont, QFont]:
        """(struck out, bold): the cancelled engagements' and the day headings' fonts."""
        if getattr(self, "_font_pair", None) is None:
            struck, bold = QFont(), QFont()
            struck.setStrikeOut(True)
            bold.setBold(True)
            self._font_pair = (struck, bold)
        return self._font_pair

    def _row_texts(self, item: ProgrammeItem) -> tuple[str, ...]:
        end = item.local_end
        until = f"{end:%H:%M}" if end.date() == item.day else f"{end:%H:%M} (+{(end.date() - item.day).days})"
        return (time_label(item), until, item.title, item.organization_name, item.location,
                enum_text(item.status, EngagementStatus))

    def days(self) -> list[tuple[date, list[ProgrammeItem]]]:
        return self._days

    def items(self) -> list[ProgrammeItem]:
        return [item for _, items in self._days for item in items]

    def item(self, engagement_id: int) -> ProgrammeItem | None:
        pos = self._position.get(engagement_id)
        return self._days[pos[0]][1][pos[1]] if pos else None

    def index_of(self, engagement_id: int, column: int = 0) -> QModelIndex:
        pos = self._position.get(engagement_id)
        if pos is None:
            return QModelIndex()
        return self.index(pos[1], column, self.index(pos[0], 0))

    def engagement_at(self, index: QModelIndex | QPersistentModelIndex) -> ProgrammeItem | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        day = index.internalId() - 1
        if not 0 <= day < len(self._days):
            return None
        items = self._days[day][1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    # -- Qt model -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT) if row < len(self._days) else QModelIndex()
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return QModelIndex()
        day = parent.row()
        if day >= len(self._days) or row >= len(self._days[day][1]):
            return QModelIndex()
        return self.createIndex(row, column, day + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _NO_PARENT and parent.column() == 0 and parent.row() < len(self._days):
            return len(self._days[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Time (venue · home)"), self.tr("Until"), self.tr("Engagement"), self.tr("Organization"),
                 self.tr("Place"), self.tr("Status"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = index.internalId() - 1  # engagement rows carry their day's row + 1 (invalid indexes 0)
        if day < 0:
            return self._day_data(index, role) if index.isValid() else None
        if role not in _ENGAGEMENT_ROLES:  # what the delegate asks of every cell and this model never sets
            return None
        try:
            item = self._days[day][1][index.row()]
        except IndexError:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(item.id)
            if texts is None:
                texts = self._texts[item.id] = self._row_texts(item)
            return texts[col]
        elif role == Qt.ItemDataRole.DecorationRole and col == self.TITLE and item.conflicts:
            from delegation_planner.ui.icons import warning_icon

            return warning_icon()
        elif role == Qt.ItemDataRole.ToolTipRole:
            if item.id not in self._tooltips:
                self._tooltips[item.id] = self._tooltip(item)
            return self._tooltips[item.id]
        elif role == Qt.ItemDataRole.ForegroundRole:
            if item.status == EngagementStatus.CANCELLED:
                return _CANCELLED_COLOUR
            if col == self.STATUS and item.status == EngagementStatus.CONFIRMED:
                return _CONFIRMED_COLOUR
        elif role == Qt.ItemDataRole.FontRole and item.status == EngagementStatus.CANCELLED:
            return self._fonts()[0]
        elif role == Qt.ItemDataRole.AccessibleTextRole and col == self.TITLE and item.conflicts:
            return self.tr("%1 (conflict)").replace("%1", item.title)
        elif role == EngagementIdRole:
            return item.id
        elif role == ConflictsRole:
            return [conflict_text(c) for c in item.conflicts]
        return None

    def _day_data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if not 0 <= index.row() < len(self._days):
            return None
        day, items = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            text = self._day_texts.get(index.row())
            if text is None:
                text = self._day_texts[index.row()] = self._day_text(day)
            return text
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts()[1]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            clashes = sum(1 for i in items if i.conflicts)
            text = self.tr("Engagements: %1").replace("%1", str(len(items)))
            if clashes:
                text += "\n" + self.tr("With a conflict: %1").replace("%1", str(clashes))
            return text
        if role == DayRole:
            return day
        return None

    def _day_text(self, day: date) -> str:
        number = self._day_number(day)
        heading = day_heading(day, number)
        if number < 1:
            return heading
        return self.tr("Day %1 · %2").replace("%1", str(number)).replace("%2", heading)

    def _day_number(self, day: date) -> int:
        if self.programme is None:
            return 0
        return (day - self.programme.trip.start_date).days + 1

    def _tooltip(self, item: ProgrammeItem) -> str:
        lines = [f"{item.title}", f"{time_label(item)} – {item.local_end:%H:%M}"]
        if item.organization_name:
            lines.append(item.organization_name)
        if item.location:
            lines.append(item.location)
        if item.conflicts:
            lines.append("")
            lines.append(self.tr("Conflicts:"))
            lines.extend(f"⚠ {conflict_text(c)}" for c in item.conflicts)
        return "\n".join(lines)
