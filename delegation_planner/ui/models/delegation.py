"""Item model of a trip's delegation, in order of precedence; rows can be dragged to reorder."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from delegation_planner.domain.enums import MemberRole
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.models.panel_rows import Column, RowTableModel

if TYPE_CHECKING:
    from delegation_planner.ui.operations.members import MemberRow

MIME_TYPE = "application/x-delegation-planner-member-ids"


class MembersModel(RowTableModel["MemberRow"]):
    """``on_reorder(member_ids)`` is called with the new full order after a drop;
    ``on_role_changed(member_id, role)`` when the role column is edited in place.
    The model never writes: the panel calls the services and the model is reloaded."""

    def __init__(self, parent=None, on_reorder: Callable[[list[int]], None] | None = None,
                 on_role_changed: Callable[[int, str], None] | None = None):
        super().__init__(parent)
        self.on_reorder = on_reorder
        self.on_role_changed = on_role_changed
        self.columns = (
            Column("precedence", self.tr("#"), lambda r: str(r.precedence), sort_key=lambda r: r.precedence,
                   align=Qt.AlignmentFlag.AlignRight),
            Column("full_name", self.tr("Name"), lambda r: r.full_name),
            Column("role", self.tr("Role"), lambda r: enum_text(r.role, MemberRole)),
            Column("title", self.tr("Title"), lambda r: r.title),
            Column("organization", self.tr("Organization"), lambda r: r.organization_name),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        # The order of a delegation *is* its precedence; the view never re-sorts it.
        return None

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.EditRole and column.key == "role":
            return str(row.role)
        if role == Qt.ItemDataRole.FontRole and row.role == MemberRole.HEAD and column.key == "full_name":
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%s, %s — drag to change the order of precedence") % (row.full_name, enum_text(row.role, MemberRole))
        return None

    # -- editing the role -----------------------------------------------------------------
    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.on_reorder else base
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled if self.on_reorder else base
        if self.columns[index.column()].key == "role" and self.on_role_changed:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self.set_enum_cell(index, value, role, "role", self.on_role_changed, lambda r: r.id)

    # -- drag and drop ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [str(self._rows[r].id) for r in rows if r < len(self._rows)]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(ids).encode("ascii")))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(self.on_reorder) and data is not None and data.hasFormat(MIME_TYPE) \
            and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Reorders through ``on_reorder`` and returns False on purpose: the view then does
        not remove the dragged rows itself (the reload after the service call does it all)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode("ascii").split(",") if x]
        current = self.ids()
        if not moving or any(m not in current for m in moving):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(current)
        before = current[:row]
        after = current[row:]
        new_order = [i for i in before if i not in moving] + moving + [i for i in after if i not in moving]
        if new_order != current:
            self.on_reorder(new_order)
        return False

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:
        return False
