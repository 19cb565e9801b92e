"""A Paragraph that remembers its line breaks for a given width.

ReportLab wraps the same cell many times: a table is re-measured each time it is
split across a page, and ``multiBuild`` lays the story out again for the contents'
page numbers. Breaking lines is the dominant cost of a long report, and its result
depends only on the width (the height is the number of lines times the leading),
so it is computed once per width.

The first pass of a document with a table of contents only measures (its pages
are thrown away), so paragraphs and tables skip drawing on such a canvas.
"""
from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table


class Paragraph(_Paragraph):
    _wrapped_for: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if (self._wrapped_for is not None and availWidth == self._wrapped_for
                and "blPara" in self.__dict__):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        if result[0] > 0 and result[1] != 0x7FFFFFFF:
            self._wrapped_for = availWidth
        return result

    def draw(self):
        if getattr(self.canv, "_dp_measuring", False):
            return  # a layout-only pass: its canvas is thrown away
        super().draw()

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_for = None  # splitting may re-break or drop the cached lines
        return super().split(availWidth, availHeight)


class Table(_Table):
    def draw(self):
        if getattr(self.canv, "_dp_measuring", False):
            return
        super().draw()
