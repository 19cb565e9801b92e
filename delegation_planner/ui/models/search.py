"""Table model of full-text search results (``services.search_view.SearchRow``).

Columns: what (Note / Commitment / Person), the snippet with the matched words, the
trip's title ("—" for people; the engagement's title is in the tooltip), and the
record id (hidden in the view). The snippet
arrives with the matched words between ``MARK`` characters: the display text has them
removed, and ``SegmentsRole`` gives ``[(text, matched), ...]`` for the delegate that
draws the matched words in bold. Rows keep the service's order (best match first).
"""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from delegation_planner.ui.models.panel_rows import IdRole, RowRole

#: Role giving the snippet as ``[(text, matched: bool), ...]``.
SegmentsRole = Qt.ItemDataRole.UserRole + 10

# Same characters as services.search_view.MARK (not imported: that module loads SQLAlchemy).
MARK_START, MARK_END = "\x02", "\x03"

KIND_COLUMN, SNIPPET_COLUMN, TRIP_COLUMN, ID_COLUMN = range(4)
NO_TRIP = "—"


def kind_text(kind: str) -> str:
    """"Note" / "Commitment" / "Person" in the interface language."""
    if kind == "note":
        return QCoreApplication.translate("SearchModel", "Note")
    if kind == "commitment":
        return QCoreApplication.translate("SearchModel", "Commitment")
    if kind == "person":
        return QCoreApplication.translate("SearchModel", "Person")
    return kind


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, matched) pieces; whitespace runs become one space."""
    text = " ".join(snippet.split())
    segments: list[tuple[str, bool]] = []
    matched = False
    piece = ""
    for char in text:
        if char in (MARK_START, MARK_END):
            if piece:
                segments.append((piece, matched))
            piece = ""
            matched = char == MARK_START
        else:
            piece += char
    if piece:
        segments.append((piece, matched))
    return segments


def plain_snippet(snippet: str) -> str:
    return "".join(text for text, _m in snippet_segments(snippet))


class SearchModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._segments: list[list[tuple[str, bool]]] = []

    # -- rows ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._segments = [snippet_segments(r.snippet) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: QModelIndex | int) -> Any | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def kinds(self) -> list[str]:
        return [r.kind for r in self._rows]

    def snippet_text(self, row: int) -> str:
        return "".join(text for text, _m in self._segments[row])

    # -- Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == KIND_COLUMN:
            return QCoreApplication.translate("SearchModel", "What")
        if section == SNIPPET_COLUMN:
            return QCoreApplication.translate("SearchModel", "Match")
        if section == TRIP_COLUMN:
            return QCoreApplication.translate("SearchModel", "Trip")
        if section == ID_COLUMN:
            return QCoreApplication.translate("SearchModel", "Id")
        return None

    def _text(self, row: int, column: int) -> str:
        item = self._rows[row]
        if column == KIND_COLUMN:
            return kind_text(item.kind)
        if column == SNIPPET_COLUMN:
            return self.snippet_text(row)
        if column == TRIP_COLUMN:
            return item.trip_title or NO_TRIP
        return str(item.id)

    def _tooltip(self, row: int, column: int) -> str | None:
        item = self._rows[row]
        meeting = getattr(item, "engagement_title", None)
        if column in (SNIPPET_COLUMN, TRIP_COLUMN) and meeting:
            return self._text(row, column) + "\n" + \
                QCoreApplication.translate("SearchModel", "Engagement: %1").replace("%1", meeting)
        return self._text(row, column) or None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 4:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SegmentsRole and column == SNIPPET_COLUMN:
            return list(self._segments[row])
        if role == IdRole:
            return self._rows[row].id
        if role == RowRole:
            return self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ID_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
