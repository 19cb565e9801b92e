"""Icons: the toolbar's SVG icons (resources/icons/*.svg, licence in LICENSE_ICONS), the
platform's standard icons where one fits, and a few drawn ones.

SVG icons go through Qt's SVG icon engine (the ``iconengines/libqsvgicon`` plugin of
PySide6-Essentials), so they are redrawn at every size and device pixel ratio; when that
plugin is missing (a build that left it out) they are rendered with QtSvg's renderer at
1x and 2x of the usual sizes instead, and ``svg_engine_available()`` says so."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from delegation_planner.resources import resource_path

#: Colours used for conflicts everywhere (list icon, timeline blocks).
WARNING_COLOR = QColor("#d9822b")
WARNING_FILL = QColor("#fde3c4")


#: The toolbar icons shipped in resources/icons/ (name -> file stem).
TOOLBAR_ICONS = ("new-trip", "add-engagement", "write-note", "add-commitment", "briefing-pack", "trip-report",
                 "search", "settings")
_RENDER_SIZES = (16, 22, 24, 32, 48)


def icon_file(name: str):
    """The SVG file of a shipped icon (resources/icons/<name>.svg)."""
    return resource_path("icons", f"{name}.svg")


@lru_cache(maxsize=1)
def svg_engine_available() -> bool:
    """Whether Qt's SVG icon engine plugin loads (QIcon draws SVG files at any size)."""
    from PySide6.QtGui import QImageReader

    return b"svg" in [bytes(f) for f in QImageReader.supportedImageFormats()] and not QIcon(
        str(icon_file("search"))).pixmap(24, 24).isNull()


@lru_cache(maxsize=None)
def svg_icon(name: str) -> QIcon:
    """A shipped SVG icon; an empty QIcon when the file is missing."""
    path = icon_file(name)
    if not path.is_file():
        return QIcon()
    if svg_engine_available():
        return QIcon(str(path))
    return _rendered_svg(path)


def _rendered_svg(path) -> QIcon:
    """The SVG drawn at 1x and 2x of the usual sizes (no SVG icon engine)."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    icon = QIcon()
    for size in _RENDER_SIZES:
        for ratio in (1, 2):
            pm = QPixmap(size * ratio, size * ratio)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            renderer.render(p)
            p.end()
            pm.setDevicePixelRatio(ratio)
            icon.addPixmap(pm)
    return icon


def new_trip_icon() -> QIcon:
    return svg_icon("new-trip")


def add_engagement_icon() -> QIcon:
    return svg_icon("add-engagement")


def write_note_icon() -> QIcon:
    return svg_icon("write-note")


def add_commitment_icon() -> QIcon:
    return svg_icon("add-commitment")


def briefing_pack_icon() -> QIcon:
    return svg_icon("briefing-pack")


def trip_report_icon() -> QIcon:
    return svg_icon("trip-report")


def search_icon() -> QIcon:
    return svg_icon("search")


def settings_icon() -> QIcon:
    return svg_icon("settings")


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
    """The application's icon: the SVG (sharp at every size) and the 256 px PNG."""
    icon = QIcon(svg_icon("delegation-planner"))
    path = resource_path("icons", "delegation-planner.png")
    if path.exists():
        if icon.isNull():
            return QIcon(str(path))
        icon.addFile(str(path))
        return icon
    return icon if not icon.isNull() else draw_app_icon()


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
