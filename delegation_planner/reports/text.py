"""User text is data, never markup.

Every user string goes through :func:`para_markup` (NFC-normalised, control
characters dropped, ``xml.sax.saxutils.escape``d, newlines to ``<br/>``, runs of
characters DejaVu lacks — Chinese, Japanese, Korean — in their fallback font, see
:mod:`reports.fonts`) before it reaches a Paragraph. Long text is split into several paragraphs (one per line,
long lines in chunks) so that it can flow across pages instead of raising a
LayoutError, and nothing is cut.
"""
from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

#: Longest run of text put into one Paragraph. Paragraph wrapping is super-linear
#: in length; chunks keep a 20,000-character note fast and splittable.
CHUNK = 1200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(value: object) -> str:
    """NFC-normalised text without control characters; newlines kept as ``\\n``."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def esc(value: object) -> str:
    """Escaped single-line markup of ``value`` (newlines become ``<br/>``; CJK and Hangul runs
    wrapped in ``<font name=...>``; characters no font has drawn as "�" and recorded)."""
    text = clean(value)
    if text.isascii():  # the common case, fast
        return escape(text).replace("\n", "<br/>")
    from delegation_planner.reports.fonts import markup

    return markup(text)


para_markup = esc


def chunks(value: object, size: int = CHUNK) -> list[str]:
    """Lines of ``value`` (cleaned, not escaped), long lines cut at word boundaries into pieces of
    at most about ``size`` characters. Empty lines are kept as ``""`` (paragraph breaks)."""
    text = clean(value)
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            if cut <= 0:
                cut = size
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    # Drop leading/trailing blank lines and collapse runs of blank lines to one.
    result: list[str] = []
    for line in out:
        if not line.strip():
            if result and result[-1] != "":
                result.append("")
        else:
            result.append(line)
    while result and result[-1] == "":
        result.pop()
    return result


def shorten(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points (for running headers only)."""
    from delegation_planner.reports.fonts import string_width as stringWidth

    text = clean(text).replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = cut.rfind(" ")
    if space >= lo - 25 and space > 0:  # end on a whole word when one is near
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"
