"""The programme list: a tree of days and engagements (objectName ``programmeView``)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from delegation_planner.domain.enums import EngagementStatus
from delegation_planner.ui.labels import enum_text, time_label
from delegation_planner.ui.models.programme import EngagementIdRole, ProgrammeModel

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class ProgrammeView(QTreeView):
    """Emits ``engagementSelected(id or None)``; ``engagementActivated(id)`` on double-click / Enter."""

    engagementSelected = Signal(object)
    engagementActivated = Signal(int)

    def __init__(self, model: ProgrammeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("programmeView")
        self.setAccessibleName(self.tr("Programme"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(12)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProgrammeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self._widths_set = False
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.activated.connect(self._on_activated)

    def programme_model(self) -> ProgrammeModel:
        model = self.model()
        assert isinstance(model, ProgrammeModel)
        return model

    def current_engagement_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(EngagementIdRole) if index.isValid() else None

    def select_engagement(self, engagement_id: int | None, *, notify: bool = True) -> bool:
        model = self.programme_model()
        if engagement_id is None:
            self.selectionModel().clear()
            if notify:
                self.engagementSelected.emit(None)
            return True
        index = model.index_of(engagement_id)
        if not index.isValid():
            return False
        if notify:
            self.selectionModel().setCurrentIndex(index, SELECT_ROW)
        else:
            with QSignalBlocker(self.selectionModel()):
                self.selectionModel().setCurrentIndex(index, SELECT_ROW)
            self.viewport().update()
        self.scrollTo(index)
        return True

    def _after_reset(self) -> None:
        model = self.programme_model()
        self.expandAll()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        if not self._widths_set and model.rowCount():
            self._widths_set = True
            fm = self.fontMetrics()
            widths = {
                ProgrammeModel.TIME: max(fm.horizontalAdvance("09:00 Boston · 20:00 (+1) Hà Nội") + 36,
                                         max((fm.horizontalAdvance(time_label(i)) + 36 for i in model.items()),
                                             default=0)),
                ProgrammeModel.END: fm.horizontalAdvance("00:00 (+1)") + 16,
                ProgrammeModel.ORGANIZATION: fm.horizontalAdvance("M" * 13),
                ProgrammeModel.PLACE: fm.horizontalAdvance("M" * 11),
                ProgrammeModel.STATUS: max(fm.horizontalAdvance(enum_text(status)) for status in EngagementStatus) + 24,
            }
            for column, width in widths.items():
                self.setColumnWidth(column, min(width, 320))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.engagementSelected.emit(current.data(EngagementIdRole) if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        engagement_id = index.data(EngagementIdRole)
        if engagement_id is not None:
            self.engagementActivated.emit(engagement_id)
