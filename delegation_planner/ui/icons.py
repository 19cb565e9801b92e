"""Icons: the platform's standard icons where one fits, else drawn (no image files needed)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from delegation_planner.resources import resource_path

#: Colours used for conflicts everywhere (list icon, timeline blocks).
WARNING_COLOR = QColor("#d9822b")
WARNING_FILL = QColor("#fde3c4")


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


@lru_cache(maxsize=None)
def warning_icon() -> QIcon:
    """A small orange triangle with "!" (drawn so that it looks the same on every platform)."""
    icon = QIcon()
    for size in (16, 24, 32):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        m = size * 0.06
        path.moveTo(QPointF(size / 2, m))
        path.lineTo(QPointF(size - m, size - m))
        path.lineTo(QPointF(m, size - m))
        path.closeSubpath()
        p.fillPath(path, QBrush(WARNING_COLOR))
        pen = QPen(QColor("white"))
        pen.setWidthF(max(1.5, size / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(size / 2, size * 0.36), QPointF(size / 2, size * 0.64))
        p.drawPoint(QPointF(size / 2, size * 0.8))
        p.end()
        icon.addPixmap(pm)
    return icon


@lru_cache(maxsize=None)
def app_icon() -> QIcon:
    path = resource_path("icons", "delegation-planner.png")
    if path.exists():
        return QIcon(str(path))
    return draw_app_icon()


def draw_app_icon(size: int = 256) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1f4e79"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    p.setBrush(QColor("white"))
    # a calendar page with three programme lines
    page = QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.62)
    p.drawRoundedRect(page, size * 0.05, size * 0.05)
    p.setBrush(QColor("#c0392b"))
    p.drawRect(QRectF(page.left(), page.top(), page.width(), size * 0.12))
    p.setBrush(QColor("#1f4e79"))
    for i in range(3):
        y = page.top() + size * (0.2 + 0.11 * i)
        p.drawRoundedRect(QRectF(page.left() + size * 0.06, y, page.width() - size * (0.12 + 0.1 * i), size * 0.06),
                          size * 0.02, size * 0.02)
    p.end()
    return QIcon(pm)


def add_icon() -> QIcon:
    return QIcon.fromTheme("list-add", _standard(QStyle.StandardPixmap.SP_FileDialogNewFolder))


def delete_icon() -> QIcon:
    return QIcon.fromTheme("edit-delete", _standard(QStyle.StandardPixmap.SP_TrashIcon))


def edit_icon() -> QIcon:
    return QIcon.fromTheme("document-edit", _standard(QStyle.StandardPixmap.SP_FileDialogDetailedView))


def refresh_icon() -> QIcon:
    return QIcon.fromTheme("view-refresh", _standard(QStyle.StandardPixmap.SP_BrowserReload))
