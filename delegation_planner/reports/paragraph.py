"""A Paragraph that remembers its line breaks for a given width.

ReportLab wraps the same cell many times: a table is re-measured each time it is
split across a page (and, rarely, ``multiBuild`` lays the story out again when the
contents' headings were not all known beforehand). Breaking lines is the dominant
cost of a long report, and its result depends only on the width (the height is the
number of lines times the leading), so it is computed once per width.
"""
from __future__ import annotations

import copy

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table

from delegation_planner.reports.fonts import BOLD, BOLD_ITALIC, FAMILY, HANGUL, HANGUL_BOLD, ITALIC


class Paragraph(_Paragraph):
    _wrapped_for: float | None = None

    def _setup(self, *args, **kwargs):
        super()._setup(*args, **kwargs)
        if getattr(self, "bulletText", None) and self.style.bulletFontName not in _OUR_FONTS:
            # A bullet in ReportLab's default Helvetica would put a base-14 font in the PDF.
            self.style = _bullet_style(self.style)
        # Hangul runs (``<font name="NanumGothic">`` from reports.text.esc) in a bold style are
        # drawn in Nanum Gothic Bold: ReportLab's <font> tag resets bold to the named face's.
        # (a half made by split() has no text, only its frags, already emboldened in the whole)
        if self.style.fontName in _BOLD_STYLES and "NanumGothic" in (getattr(self, "text", None) or ""):
            for frag in self.frags:
                _embolden(frag)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if (self._wrapped_for is not None and availWidth == self._wrapped_for
                and "blPara" in self.__dict__):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        if result[0] > 0 and result[1] != 0x7FFFFFFF:
            self._wrapped_for = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_for = None  # splitting may re-break or drop the cached lines
        return super().split(availWidth, availHeight)


_BOLD_STYLES = {BOLD, BOLD_ITALIC}
_OUR_FONTS = {FAMILY, BOLD, ITALIC, BOLD_ITALIC}
_bullet_styles: dict[int, tuple[object, object]] = {}


def _bullet_style(style):
    """``style`` with its bullet in DejaVu Sans (one copy per style)."""
    cached = _bullet_styles.get(id(style))
    if cached is not None and cached[0] is style:
        return cached[1]
    fixed = copy.copy(style)
    fixed.bulletFontName = FAMILY
    _bullet_styles[id(style)] = (style, fixed)
    return fixed


def _embolden(frag) -> None:
    if getattr(frag, "fontName", None) == HANGUL:
        frag.fontName = HANGUL_BOLD
    for word in getattr(frag, "words", None) or ():  # cjk-wrapped frags keep words
        _embolden(word)


#: Kept for the modules that import the table from here (a stock ReportLab Table).
Table = _Table
