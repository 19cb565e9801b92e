"""Embeds DejaVu Sans (regular, bold, italic, bold-italic): it covers every Vietnamese letter.

The TTFs and their licence ship in ``resources/fonts/``. Registration is global in
ReportLab and done once per process.
"""
from __future__ import annotations

import threading

from delegation_planner.resources import resource_path
from delegation_planner.storage.errors import KnownError

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> str:
    """Register the DejaVu Sans family (idempotent); returns the family's regular font name."""
    global _done
    if _done:
        return FAMILY
    with _lock:
        if _done:
            return FAMILY
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise KnownError(f"The report font {file_name} is missing from {path.parent}; reinstall the application.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _done = True
    return FAMILY
