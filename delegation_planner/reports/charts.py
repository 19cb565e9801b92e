"""A small horizontal bar chart drawn with reportlab.graphics (labels in DejaVu Sans)."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String

from delegation_planner.reports.fonts import BOLD, FAMILY
from delegation_planner.reports.styles import ACCENT, INK, RULE
from delegation_planner.reports.text import clean


def bar_chart(counts: list[tuple[str, int]], width: float, title: str = "") -> Drawing:
    """One bar per (label, count); the largest count sets the scale (whole numbers)."""
    bar = 11
    label_space = 0.36 * width
    title_space = 16 if title else 0
    height = 22 + title_space + bar * len(counts) * 1.8
    drawing = Drawing(width, height)
    drawing.initialFontName = FAMILY  # else the renderer's initial state names Helvetica (base-14)
    if title:
        drawing.add(String(0, height - 11, clean(title), fontName=BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x = label_space
    chart.y = 16
    chart.width = width - label_space - 24
    chart.height = height - 22 - title_space
    # Top category first: HorizontalBarChart draws the first category at the bottom.
    ordered = list(reversed(counts))
    chart.data = [[n for _label, n in ordered]]
    chart.categoryAxis.categoryNames = [clean(label) for label, _n in ordered]
    chart.categoryAxis.labels.fontName = FAMILY
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    top = max([n for _l, n in counts] + [1])
    step = max(1, (top + 4) // 5)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * ((top + step) // step)  # always a little room right of the longest bar
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FAMILY
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FAMILY
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
