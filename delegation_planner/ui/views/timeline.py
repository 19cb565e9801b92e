"""The timeline: each day of the programme as a column, engagements as blocks on a
time axis (objectName ``timelineView``). Conflicts are drawn in the warning colour;
a click selects the engagement, a double-click opens it for editing."""
from __future__ import annotations

from typing import TYPE_CHECKING

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from delegation_planner.domain.enums import EngagementStatus
from delegation_planner.ui.labels import timeline_day
from delegation_planner.ui.icons import WARNING_COLOR, WARNING_FILL, warning_icon
from delegation_planner.ui.models.programme import ProgrammeModel

if TYPE_CHECKING:
    from delegation_planner.ui.models.programme import ProgrammeItem  # (the model holds the programme it shows)

GUTTER = 46
HEADER = 26
MIN_HOUR_HEIGHT = 30
MIN_COLUMN = 160
DEFAULT_FIRST_HOUR = 8
DEFAULT_LAST_HOUR = 18

_FILL = {
    EngagementStatus.PLANNED: QColor("#dbe7f5"),
    EngagementStatus.CONFIRMED: QColor("#c4dcf5"),
    EngagementStatus.HELD: QColor("#d6ecd9"),
    EngagementStatus.CANCELLED: QColor("#ececec"),
}
_BORDER = QColor("#4a78a8")


@dataclass
class _Block:
    item: ProgrammeItem
    rect: QRectF


def _hours(dt, day: date) -> float:
    if dt.date() < day:
        return 0.0
    if dt.date() > day:
        return 24.0
    return dt.hour + dt.minute / 60 + dt.second / 3600


class TimelineView(QWidget):
    engagementClicked = Signal(int)
    engagementActivated = Signal(int)

    def __init__(self, model: ProgrammeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Timeline"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self._model = model
        self._selected: int | None = None
        self._blocks: list[_Block] = []
        self._first_hour = DEFAULT_FIRST_HOUR
        self._last_hour = DEFAULT_LAST_HOUR
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    # -- public ---------------------------------------------------------------------------
    @property
    def selected_engagement(self) -> int | None:
        return self._selected

    def set_selected(self, engagement_id: int | None) -> None:
        if engagement_id != self._selected:
            self._selected = engagement_id
            self.update()

    def block_rect(self, engagement_id: int) -> QRectF | None:
        """Where an engagement is drawn (for tests and tooltips)."""
        self._layout()
        for block in self._blocks:
            if block.item.id == engagement_id:
                return QRectF(block.rect)
        return None

    def engagement_at(self, pos: QPointF) -> int | None:
        self._layout()
        for block in reversed(self._blocks):
            if block.rect.contains(pos):
                return block.item.id
        return None

    def hour_range(self) -> tuple[int, int]:
        return self._first_hour, self._last_hour

    # -- geometry -------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        first, last = 24, 0
        for day, items in self._model.days():
            for item in items:
                first = min(first, int(math.floor(_hours(item.local_start.replace(tzinfo=None), day))))
                last = max(last, int(math.ceil(_hours(item.local_end.replace(tzinfo=None), day))))
        if first >= last:  # no engagements: a working day
            first, last = DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR
        elif last - first < 4:
            last = min(24, first + 4)
            first = max(0, last - 4)
        self._first_hour, self._last_hour = max(0, first), min(24, last)
        if self._selected is not None and self._model.item(self._selected) is None:
            self._selected = None
        self.updateGeometry()
        self._blocks_valid = False
        self.update()

    def sizeHint(self) -> QSize:
        days = max(1, len(self._model.days()))
        return QSize(GUTTER + days * MIN_COLUMN + 8,
                     HEADER + (self._last_hour - self._first_hour) * MIN_HOUR_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        if not self._model.days():
            return QSize(GUTTER + MIN_COLUMN, 80)
        return self.sizeHint()

    def resizeEvent(self, event) -> None:
        self._blocks_valid = False
        super().resizeEvent(event)

    def _column_width(self) -> float:
        days = max(1, len(self._model.days()))
        return max(MIN_COLUMN, (self.width() - GUTTER - 8) / days)

    def _hour_height(self) -> float:
        hours = max(1, self._last_hour - self._first_hour)
        return max(MIN_HOUR_HEIGHT, (self.height() - HEADER - 4) / hours)

    def _y(self, hours: float) -> float:
        return HEADER + (hours - self._first_hour) * self._hour_height()

    def _layout(self) -> None:
        if getattr(self, "_blocks_valid", False):
            return
        self._blocks = []
        self._min_block = float(QFontMetrics(self.font()).height() + 6)
        col_w = self._column_width()
        for d, (day, items) in enumerate(self._model.days()):
            x0 = GUTTER + d * col_w
            spans = []
            for item in items:
                start = _hours(item.local_start.replace(tzinfo=None), day)
                end = max(start + 0.25, _hours(item.local_end.replace(tzinfo=None), day))
                spans.append((start, end, item))
            # lanes: overlapping engagements side by side
            lanes_end: list[float] = []
            placed: list[tuple[float, float, ProgrammeItem, int]] = []
            cluster: list[int] = []
            cluster_end = -1.0
            widths: dict[int, int] = {}

            def close_cluster() -> None:
                n = max((placed[i][3] for i in cluster), default=-1) + 1
                for i in cluster:
                    widths[i] = n

            for start, end, item in sorted(spans, key=lambda s: (s[0], -s[1])):
                if cluster and start >= cluster_end:
                    close_cluster()
                    cluster = []
                    lanes_end = []
                    cluster_end = -1.0
                lane = next((i for i, e in enumerate(lanes_end) if e <= start), None)
                if lane is None:
                    lane = len(lanes_end)
                    lanes_end.append(end)
                else:
                    lanes_end[lane] = end
                placed.append((start, end, item, lane))
                cluster.append(len(placed) - 1)
                cluster_end = max(cluster_end, end)
            if cluster:
                close_cluster()
            for i, (start, end, item, lane) in enumerate(placed):
                n = widths.get(i, 1)
                lane_w = (col_w - 8) / n
                rect = QRectF(x0 + 4 + lane * lane_w, self._y(start) + 1, lane_w - 2,
                              max(self._min_block, (end - start) * self._hour_height() - 2))
                self._blocks.append(_Block(item, rect))
        self._blocks_valid = True

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        days = self._model.days()
        col_w = self._column_width()
        text_color = pal.text().color()
        grid = QColor(text_color)
        grid.setAlpha(40)
        faint = QColor(text_color)
        faint.setAlpha(150)
        fm = QFontMetrics(self.font())

        if not days:
            p.setPen(faint)
            if self._model.trip_id is None:
                message = self.tr("No trip selected.")
            else:
                message = self.tr("No engagements yet.\nAdd one with Programme → Add engagement (Ctrl+Shift+N).")
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
            p.end()
            return

        # hour lines and labels
        for hour in range(self._first_hour, self._last_hour + 1):
            y = self._y(hour)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(GUTTER, y), QPointF(GUTTER + col_w * len(days), y))
            p.setPen(faint)
            p.drawText(QRectF(0, y - fm.height() / 2, GUTTER - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        # day headers and separators
        bold = QFont(self.font())
        bold.setBold(True)
        for d, (day, items) in enumerate(days):
            x = GUTTER + d * col_w
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, HEADER - 4), QPointF(x, self._y(self._last_hour)))
            p.setFont(bold)
            p.setPen(text_color)
            head = QRectF(x + 4, 2, col_w - 8, HEADER - 6)
            clashes = sum(1 for i in items if i.conflicts)
            p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, timeline_day(day))
            p.setFont(self.font())
            p.setPen(WARNING_COLOR if clashes else faint)
            count = self.tr("engagements: %1").replace("%1", str(len(items)))
            if clashes:
                count = self.tr("⚠ conflicts: %1").replace("%1", str(clashes))
            p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(count, Qt.TextElideMode.ElideRight, int(head.width() * 0.6)))
        x_end = GUTTER + len(days) * col_w
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(x_end, HEADER - 4), QPointF(x_end, self._y(self._last_hour)))

        for block in self._blocks:
            self._paint_block(p, block, fm, bold)
        p.end()

    def _paint_block(self, p: QPainter, block: _Block, fm: QFontMetrics, bold: QFont) -> None:
        item, rect = block.item, block.rect
        conflict = bool(item.conflicts)
        fill = WARNING_FILL if conflict else _FILL.get(item.status, _FILL[EngagementStatus.PLANNED])
        border = WARNING_COLOR if conflict else _BORDER
        if item.status == EngagementStatus.CANCELLED:
            border = QColor("#9a9a9a")
        selected = item.id == self._selected
        p.setBrush(fill)
        pen = QPen(QColor("#10345a") if selected else border, 3 if selected else (2 if conflict else 1))
        if item.status == EngagementStatus.CANCELLED:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        inner = rect.adjusted(5, 2, -4, -2)
        icon_w = 0
        if conflict and inner.width() > 30:
            icon_w = 16
            warning_icon().paint(p, int(inner.right() - 15), int(inner.top() + 1), 15, 15)
        text = QColor("#1b1b1b") if item.status != EngagementStatus.CANCELLED else QColor("#7a7a7a")
        p.setPen(text)
        line_h = fm.height()
        first = f"{item.local_start:%H:%M} {item.title}"
        p.setFont(bold)
        bfm = QFontMetrics(bold)
        avail = int(inner.width() - icon_w)
        if inner.height() >= line_h:
            p.drawText(QRectF(inner.left(), inner.top(), avail, line_h), Qt.AlignmentFlag.AlignLeft,
                       bfm.elidedText(first, Qt.TextElideMode.ElideRight, avail))
        p.setFont(self.font())
        y = inner.top() + line_h
        for extra in (item.organization_name, item.location):
            if extra and y + line_h <= inner.bottom() + 2:
                p.drawText(QRectF(inner.left(), y, inner.width(), line_h), Qt.AlignmentFlag.AlignLeft,
                           fm.elidedText(extra, Qt.TextElideMode.ElideRight, int(inner.width())))
                y += line_h

    # -- interaction ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            engagement_id = self.engagement_at(event.position())
            if engagement_id is not None:
                self.set_selected(engagement_id)
                self.engagementClicked.emit(engagement_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        engagement_id = self.engagement_at(event.position())
        if engagement_id is not None:
            self.engagementActivated.emit(engagement_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        """Arrow keys walk through the engagements in time order; Enter opens one."""
        order = [item.id for _, items in self._model.days() for item in items]
        key = event.key()
        if order and key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            if self._selected in order:
                position = max(0, min(len(order) - 1, order.index(self._selected) + step))
            else:
                position = 0 if step > 0 else len(order) - 1
            self.set_selected(order[position])
            self.engagementClicked.emit(order[position])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.engagementActivated.emit(self._selected)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            engagement_id = self.engagement_at(QPointF(event.pos()))
            if engagement_id is not None:
                index = self._model.index_of(engagement_id, ProgrammeModel.TITLE)
                QToolTip.showText(event.globalPos(), index.data(Qt.ItemDataRole.ToolTipRole), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def timeline_scroll_area(view: TimelineView, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName("timelineScroll")
    area.setWidget(view)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.StyledPanel)
    area.setMinimumWidth(GUTTER + MIN_COLUMN + 24)
    return area
