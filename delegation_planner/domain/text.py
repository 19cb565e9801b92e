"""Text at the domain boundary: one Unicode form (NFC), and what counts as blank.

Every text a user or a file gives (forms, the command line, trip bundles) passes
``clean_text`` before it is validated and stored, so that "Nguyễn" typed on a Mac
(decomposed, NFD) and on Windows (composed, NFC) is one name, not two.
"""
from __future__ import annotations

import unicodedata
from typing import Any

#: Characters that print as nothing but are not ``str.isspace()``: zero-width space and
#: joiners, word joiner, BOM (all category Cf), Hangul fillers, the blank Braille pattern.
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def clean_text(value: Any) -> Any:
    """``value`` in Unicode NFC if it is text; anything else unchanged (validators judge it).

    Text with lone surrogates cannot be normalised and is returned as is, for the
    validator to refuse it by name."""
    if not isinstance(value, str) or value.isascii():
        return value
    try:
        if unicodedata.is_normalized("NFC", value):
            return value
        return unicodedata.normalize("NFC", value)
    except UnicodeError:  # pragma: no cover - normalize() accepts surrogates today
        return value


def is_blank(value: str) -> bool:
    """True if ``value`` shows nothing: empty, whitespace, or only invisible characters."""
    for ch in value:
        if not (ch.isspace() or ch in _INVISIBLE_EXTRA or unicodedata.category(ch) == "Cf"):
            return False
    return True


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for messages about hostile input."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # repr of a 1 MB string is not built only to be cut
    elif isinstance(value, (list, dict, tuple, set)):
        return f"{type(value).__name__} of {len(value)}"
    elif isinstance(value, int) and value.bit_length() > 4 * limit:
        return "a very large number"
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
