"""What every command module of the CLI shares: exit codes, argument types, escaping of shown text."""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Callable

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 3


@dataclass(frozen=True)
class Command:
    """A subcommand's handler ``(db, args) -> exit code`` and what its ``-o`` writes (None: no file).

    ``light``: an optional ``(location, args) -> exit code | None`` tried first, before the database
    is opened (services/reads.py: a current SQLite file read with plain sqlite3, nothing of SQLAlchemy
    imported); None means it could not, and ``handler`` runs on the opened database."""
    handler: Callable
    output_kind: str | None = None
    light: Callable | None = None


#: Shown escaped wherever the CLI prints text it did not write itself (errors, titles, file names):
#: C0 and C1 controls (ESC starts terminal escape codes; 0x9B is a one-byte CSI), DEL, the Unicode
#: line/paragraph separators, and the bidirectional overrides/isolates that reorder what a terminal shows.
_CONTROL_ESCAPES = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
                    for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029,
                              *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
_CONTROL_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def visible(text) -> str:
    """``text`` on one line with every control character shown as an escape (``\\x1b``, ``\\u2028``)."""
    return str(text).translate(_CONTROL_ESCAPES)


def positive_id(text: str, name: str, hint: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{name} must be a number ({hint}), not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{name} must be a positive number, not {text!r}")
    return value


def trip_id_arg(text: str) -> int:
    return positive_id(text, "TRIP_ID", "see 'trips'")


def output_file(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("a file name is needed, not an empty string")
    return text


def open_settings(path: str | None = None, *, option: str = "--settings"):
    """The desktop application's Settings (``settings.Settings``) at ``path`` (None: the per-user file
    Edit → Settings writes), or None when this installation has no PySide6 and no path was given.
    A ``path`` that is not a readable file is refused in one line (KnownError), not read as empty."""
    import os

    from delegation_planner.storage.errors import KnownError

    if path is not None:
        shown = visible(path)
        if not os.path.isfile(path):
            raise KnownError(f"{option}: {shown} is not a settings file (no such file)")
        if not os.access(path, os.R_OK):
            raise KnownError(f"{option}: cannot read {shown}")
    try:
        from delegation_planner.settings import Settings
    except ImportError:  # an installation without Qt has no desktop settings
        if path is not None:
            raise KnownError(f"{option}: this installation cannot read the desktop settings (no PySide6)") from None
        return None
    return Settings(path)
