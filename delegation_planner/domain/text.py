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


#: Letters that decomposition leaves whole but that officers type as a plain "d": the
#: Vietnamese "đ"/"Đ" (a letter of its own, not d + a mark) and the look-alike "ð"/"Ð"
#: some keyboards produce for it.
_FOLD_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(text: Any) -> str:
    """The one matching form of text, for every filter and picker (and SQL's ``dp_fold``):
    case-folded, accents removed (NFD, combining marks dropped), "đ" → "d", runs of
    white space made one space, no space at either end.

    "Nông Tuấn Phong", "NONG  tuan phong" and the NFD spelling of the name all fold to
    "nong tuan phong"; "Đức" to "duc". Not text (None, numbers): "" (nothing to match)."""
    if not isinstance(text, str):
        return ""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_LETTERS).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def fold_matches(needle: str, folded_haystack: str) -> bool:
    """Whether every word of the folded ``needle`` occurs in ``folded_haystack`` (already
    folded): "phong nong" finds "Nông Tuấn Phong". An empty needle matches everything."""
    return all(word in folded_haystack for word in needle.split())


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
