"""The report fonts, and which one draws each character.

DejaVu Sans (regular, bold, italic, bold-italic) covers every Vietnamese letter and is
the body font. Characters it lacks fall back, run by run, to Droid Sans Fallback
(Chinese, simplified and traditional, and Japanese kana) and then to Nanum Gothic
(Korean Hangul, with a bold). A character no shipped font has (an emoji, a rare
symbol) is drawn as U+FFFD "�" and recorded, so that the CLI and the GUI can warn
(:func:`collecting_missing`); the characters around it are untouched.

The TTFs and their licences ship in ``resources/fonts/`` (``LICENSE_DEJAVU``,
``LICENSE_DROID``, ``LICENSE_NANUM_OFL``); ReportLab embeds a subset of each font
used. Registration is global in ReportLab and done once per process; the fallback
fonts are read only when a text first needs them.
"""
from __future__ import annotations

import contextlib
import contextvars
import re
import threading
import unicodedata
from xml.sax.saxutils import escape

from delegation_planner.resources import resource_path
from delegation_planner.storage.errors import KnownError

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

CJK = "DroidSansFallback"      # Han (simplified, traditional), kana
HANGUL = "NanumGothic"         # Korean
HANGUL_BOLD = "NanumGothic-Bold"

REPLACEMENT = "\ufffd"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_FALLBACK_FILES = {CJK: "DroidSansFallbackFull.ttf", HANGUL: "NanumGothic.ttf", HANGUL_BOLD: "NanumGothicBold.ttf"}
_BOLD_NAMES = {BOLD, BOLD_ITALIC, HANGUL_BOLD}

_lock = threading.Lock()
_done = False
_fallback_done = False
_outside: re.Pattern | None = None     # a run of characters DejaVu lacks
_covered: dict[str, frozenset[int]] = {}

# Joiners and modifiers that belong to the emoji before them (ZWJ sequences, skin tones,
# variation selectors, keycaps, tags): swallowed into its one replacement character.
_CLUSTER_TAIL = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def _load(name: str, file_name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        return pdfmetrics.getFont(name)
    path = resource_path("fonts", file_name)
    if not path.is_file():
        raise KnownError(f"The report font {file_name} is missing from {path.parent}; reinstall the application.")
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def register_fonts() -> str:
    """Register the DejaVu Sans family (idempotent); returns the family's regular font name."""
    global _done, _outside
    if _done:
        return FAMILY
    with _lock:
        if _done:
            return FAMILY
        from reportlab.pdfbase import pdfmetrics

        fonts = {name: _load(name, file_name) for name, file_name in _FILES.items()}
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        covered = _bmp(fonts[FAMILY])
        covered.update((0x0A, 0x09, 0x20))
        covered.difference_update((0x200D, 0xFE0E, 0xFE0F, 0x20E3))  # see _CLUSTER_TAIL
        _covered[FAMILY] = frozenset(covered)
        _outside = re.compile("[^" + _ranges(covered) + "]+")
        _done = True
    return FAMILY


def _register_fallbacks() -> None:
    global _fallback_done
    if _fallback_done:
        return
    register_fonts()
    with _lock:
        if _fallback_done:
            return
        from reportlab.pdfbase import pdfmetrics

        fonts = {name: _load(name, file_name) for name, file_name in _FALLBACK_FILES.items()}
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
        pdfmetrics.registerFontFamily(HANGUL, normal=HANGUL, bold=HANGUL_BOLD, italic=HANGUL,
                                      boldItalic=HANGUL_BOLD)
        _covered[CJK] = frozenset(_bmp(fonts[CJK]))
        _covered[HANGUL] = frozenset(_bmp(fonts[HANGUL]))
        _fallback_done = True


def _bmp(font) -> set[int]:
    """The characters ``font`` has in the Basic Multilingual Plane. ReportLab writes a wrong
    ToUnicode entry for a character past U+FFFF (pypdf: "invalid hex string", the character
    lost from the text layer), so those are treated as missing: drawn "�" and warned about."""
    return {c for c in font.face.charToGlyph if c <= 0xFFFF}


def _ranges(codes: set[int]) -> str:
    """A regex character-class body for ``codes`` (contiguous runs as ranges)."""
    parts: list[str] = []
    ordered = sorted(codes)
    start = prev = ordered[0]
    for c in ordered[1:] + [-2]:
        if c == prev + 1:
            prev = c
            continue
        parts.append(re.escape(chr(start)) if start == prev else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = c
    return "".join(parts)


# ----------------------------------------------------------------------- missing-glyph record

_missing: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar("dp_missing_glyphs", default=None)


@contextlib.contextmanager
def collecting_missing():
    """``with collecting_missing() as found:`` — ``found`` (character → count) fills with every
    character drawn as "�" because no shipped font has it, while the block runs (this thread)."""
    found: dict[str, int] = {}
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def describe_missing(chars) -> str:
    """``"😀 (U+1F600 GRINNING FACE), …"`` for a warning line."""
    parts = []
    for ch in chars:
        name = unicodedata.name(ch, "")
        parts.append(f"{ch} (U+{ord(ch):04X}{' ' + name if name else ''})")
    return ", ".join(parts)


def _record(ch: str) -> None:
    found = _missing.get()
    if found is not None:
        found[ch] = found.get(ch, 0) + 1


# ------------------------------------------------------------------------------------- runs

def needs_fallback(text: str) -> bool:
    """True if DejaVu Sans lacks a character of ``text`` (the common case, False, is fast)."""
    if text.isascii():
        return False
    if _outside is None:
        register_fonts()
    return _outside.search(text) is not None  # type: ignore[union-attr]


def _font_for(ch: str) -> str | None:
    code = ord(ch)
    if code in _covered[CJK]:
        return CJK
    if code in _covered[HANGUL]:
        return HANGUL
    return None


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` as ``(font, piece)`` runs: font None for DejaVu, else the fallback font's name.
    Characters no font has are replaced by "�" (one per emoji sequence) and recorded."""
    if not needs_fallback(text):
        return [(None, text)]
    _register_fallbacks()
    out: list[tuple[str | None, str]] = []

    def add(font: str | None, piece: str) -> None:
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + piece)
        else:
            out.append((font, piece))

    pos = 0
    in_cluster = False  # just replaced an emoji: its joiners and modifiers go with it
    after_zwj = False   # ... and what a zero-width joiner joins to it
    for match in _outside.finditer(text):  # type: ignore[union-attr]
        if match.start() > pos:
            add(None, text[pos:match.start()])
            in_cluster = after_zwj = False
        for ch in match.group():
            if _CLUSTER_TAIL.match(ch):
                if in_cluster:
                    after_zwj = ch == "\u200d"
                else:
                    add(None, ch)  # DejaVu has the joiners themselves
                continue
            font = _font_for(ch)
            if font is not None:
                add(font, ch)
                in_cluster = after_zwj = False
                continue
            _record(ch)
            if not after_zwj:
                add(None, REPLACEMENT)
            in_cluster, after_zwj = True, False
        pos = match.end()
    if pos < len(text):
        add(None, text[pos:])
    return out


def markup(text: str) -> str:
    """Paragraph markup of plain ``text`` (escaped; newlines to ``<br/>``), runs DejaVu lacks
    wrapped in ``<font name="...">`` for the fallback font (bold follows the style or ``<b>``)."""
    pieces = runs(text)
    if len(pieces) == 1 and pieces[0][0] is None:
        return escape(pieces[0][1]).replace("\n", "<br/>")
    out = []
    for font, piece in pieces:
        piece = escape(piece).replace("\n", "<br/>")
        out.append(piece if font is None else f'<font name="{font}">{piece}</font>')
    return "".join(out)


def _run_font(font: str | None, base: str) -> str:
    if font is None:
        return base
    if font == HANGUL and base in _BOLD_NAMES:
        return HANGUL_BOLD
    return font


def string_width(text: str, font: str, size: float) -> float:
    """Width of plain ``text`` drawn with :func:`draw_string` in ``font`` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = runs(text) if needs_fallback(text) else [(None, text)]
    return sum(stringWidth(piece, _run_font(f, font), size) for f, piece in pieces)


def draw_string(canv, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> float:
    """Draw plain ``text`` on a canvas with per-run fallback fonts; ``align`` "left", "right" or
    "centre" about ``x``. Returns the width drawn."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = runs(text) if needs_fallback(text) else [(None, text)]
    widths = [stringWidth(piece, _run_font(f, font), size) for f, piece in pieces]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    if len(pieces) == 1:
        canv.setFont(_run_font(pieces[0][0], font), size)
        canv.drawString(x, y, pieces[0][1])
        return total
    text = canv.beginText(x, y)  # one text object: the runs extract as one line
    for f, piece in pieces:
        text.setFont(_run_font(f, font), size)
        text.textOut(piece)
    canv.drawText(text)
    return total
