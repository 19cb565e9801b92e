"""Two kinds of storage error (after qutebrowser's misc/sql.py).

``KnownError``: the user can understand and act on it (not a database, corrupt,
written by a newer version, locked, disk full, read-only). Shown as a message,
the CLI prints one line.
``BugError``: anything else; a crash report.
"""
from __future__ import annotations


class KnownError(Exception):
    """A storage problem to show the user as it is."""


class BugError(Exception):
    """A storage failure that points to a bug."""


_KNOWN_FRAGMENTS = {
    "database is locked": "the database is in use by another program (it stayed locked); try again",
    "disk i/o error": "the disk could not be written (disk error)",
    "database or disk is full": "the disk is full: free some space and try again; nothing was saved",
    "attempt to write a readonly database": "the database file or its folder is read-only: nothing was saved",
    "unable to open database file": "the database file cannot be opened (missing folder or no permission)",
    "file is not a database": "the file is not a Delegation Planner database (not SQLite)",
    "database disk image is malformed": "the database file is damaged (corrupt)",
}


def translate_operational_error(exc: BaseException) -> KnownError | None:
    """A KnownError for SQLite errors the user can act on, else None."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    for fragment, message in _KNOWN_FRAGMENTS.items():
        if fragment in text:
            return KnownError(message)
    return None
