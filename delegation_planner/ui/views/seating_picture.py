"""The seating plan drawn in the window (``seatingPicture``): tables, the door, flags, the numbered
seats in the two sides' colours (the briefing pack's colours: host #8c2a1c on #f6e1dc, guest #1d4f7a
on #dce8f4) and the names, from the plan's own geometry (``domain.seating``: seat and fixture
positions in seat widths, y up). A pinned seat (``plan.pinned``) has a thick outline and a pin head on
its shoulder; the seats selected in the dialog's list a gold ring. Painting only: the plan is a frozen
value the dialog hands over."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#222222")
MUTED = QColor("#666666")
TABLE = QColor("#efe6d2")
SELECTED = QColor("#e0a800")
SIDE = {"host": (QColor("#8c2a1c"), QColor("#f6e1dc")), "guest": (QColor("#1d4f7a"), QColor("#dce8f4"))}
SEAT_RADIUS = 0.30  # in seat widths
NAME_WIDTH = 1.45


class SeatingPicture(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seatingPicture")
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan = None
        self.words: dict[str, str] = {}
        self.selected: frozenset[int] = frozenset()

    def set_plan(self, plan, words: dict[str, str] | None = None) -> None:
        """``words``: the door's, the audience's, the driver's caption in the interface language."""
        self.plan = plan
        self.words = words or {}
        self.update()

    def set_selected(self, numbers) -> None:
        """The seats selected in the list (ringed in the picture)."""
        self.selected = frozenset(numbers)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(760, 420)

    # -- geometry ------------------------------------------------------------------------
    def _bounds(self) -> QRectF:
        xs, ys = [], []
        for s in self.plan.seats:
            reach = NAME_WIDTH / 2
            if s.angle is not None and abs(math.cos(math.radians(s.angle))) > 0.5:
                reach = SEAT_RADIUS + NAME_WIDTH + 0.1  # the name beside the seat
            xs += [s.x - reach, s.x + reach]
            ys += [s.y - SEAT_RADIUS - 0.9, s.y + SEAT_RADIUS + 0.9]
        for f in self.plan.fixtures:
            xs += [f.x - f.width / 2 - 0.3, f.x + f.width / 2 + 0.3]
            ys += [f.y - f.height / 2 - 0.4, f.y + f.height / 2 + 0.4]
        if not xs:
            return QRectF(-2, -2, 4, 4)
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def _transform(self):
        box = self._bounds()
        margin = 12.0
        unit = min((self.width() - 2 * margin) / max(box.width(), 1.0),
                   (self.height() - 2 * margin) / max(box.height(), 1.0), 120.0)
        ox = self.width() / 2 - box.center().x() * unit
        oy = self.height() / 2 + box.center().y() * unit  # y up in the plan, down on the screen

        def at(x: float, y: float) -> QPointF:
            return QPointF(ox + x * unit, oy - y * unit)
        return at, unit

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.plan is None or not self.plan.seats:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.words.get("nobody", ""))
            return
        at, unit = self._transform()
        for f in self.plan.fixtures:
            self._fixture(painter, f, at, unit)
        for s in self.plan.seats:
            self._seat(painter, s, at, unit)
        painter.end()

    def _fixture(self, painter: QPainter, f, at, unit: float) -> None:
        centre = at(f.x, f.y)
        rect = QRectF(centre.x() - f.width * unit / 2, centre.y() - f.height * unit / 2, f.width * unit,
                      f.height * unit)
        painter.setPen(QPen(INK, 1.2))
        if f.kind == "round_table":
            painter.setBrush(TABLE)
            painter.drawEllipse(rect)
            painter.setPen(MUTED)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f.label)
        elif f.kind in ("long_table", "signing_table", "car"):
            painter.setBrush(TABLE if f.kind != "car" else QColor("#f4f4f4"))
            painter.drawRoundedRect(rect, 4 if f.kind != "car" else 18, 4 if f.kind != "car" else 18)
        elif f.kind == "flag":
            line, fill = SIDE.get(f.side, (INK, TABLE))
            painter.setBrush(line)
            painter.drawRect(QRectF(centre.x() - 7, centre.y() - 4, 14, 8))
        elif f.kind in ("door", "audience", "driver"):
            painter.setPen(QPen(INK, 2.5 if f.kind == "door" else 1.0))
            if f.kind == "door":
                painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            painter.setPen(MUTED)
            text_rect = QRectF(rect.left() - unit, centre.y() + 3, rect.width() + 2 * unit, 16)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.words.get(f.kind, f.label))

    def _name_width(self, s) -> float:
        """The width a name may take (seat widths): NAME_WIDTH, less when the next seat of the same row
        is nearer (a long table's seats are one apart: a long name wraps instead of running into the
        neighbour's)."""
        if s.angle is not None:
            return NAME_WIDTH
        gaps = [abs(o.x - s.x) for o in self.plan.seats
                if o is not s and o.angle is None and abs(o.y - s.y) < 0.5 and o.x != s.x]
        return min([NAME_WIDTH, *gaps])

    def _seat(self, painter: QPainter, s, at, unit: float) -> None:
        centre = at(s.x, s.y)
        radius = max(8.0, SEAT_RADIUS * unit)
        line, fill = SIDE.get(s.side, (INK, TABLE))
        pinned = self.plan is not None and s.number in self.plan.pinned
        if s.number in self.selected:
            painter.setPen(QPen(SELECTED, 4.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 4, radius + 4)
        painter.setPen(QPen(line, 3.0 if pinned else 1.4, Qt.PenStyle.DashLine
                            if s.place in ("behind", "standing") and not pinned else Qt.PenStyle.SolidLine))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        if pinned:  # a pin head on the seat's shoulder, in the side's colour, outlined white
            head = max(3.5, radius * 0.38)
            pin_at = QPointF(centre.x() + radius * 0.72, centre.y() - radius * 0.72)
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(line)
            painter.drawEllipse(pin_at, head, head)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(line)
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, str(s.number))
        if s.occupant is None:
            return
        font = QFont(self.font())
        font.setItalic(s.role == "interpreter")
        painter.setFont(font)
        painter.setPen(INK)
        width = self._name_width(s) * unit - 4
        metrics = QFontMetricsF(font)
        height = metrics.height() * 2 + 2
        text = s.occupant.name
        if metrics.horizontalAdvance(text) > width * 2:  # more than two lines: elided, whole in the list
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - 4)
        wrap = Qt.TextFlag.TextWordWrap
        if s.angle is not None and abs(math.cos(math.radians(s.angle))) > 0.5:
            # a round table's seat on its left or right: the name beside the seat, away from the table
            right = math.cos(math.radians(s.angle)) > 0
            left = centre.x() + radius + 4 if right else centre.x() - radius - 4 - width
            box = QRectF(left, centre.y() - height / 2, width, height)
            align = (Qt.AlignmentFlag.AlignLeft if right else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, int(align | wrap), text)
            return
        if s.angle is not None:
            below = math.sin(math.radians(s.angle)) < 0  # under the table: the name below the seat
        else:
            below = s.y <= 0  # a row: names outside the table, below the near row, above the far one
        top = centre.y() + radius + 2 if below else centre.y() - radius - 2 - height
        box = QRectF(centre.x() - width / 2, top, width, height)
        flags = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignTop if below else Qt.AlignmentFlag.AlignBottom)
        painter.drawText(box, int(flags | wrap), text)
