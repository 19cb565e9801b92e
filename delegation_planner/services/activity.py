"""Has another officer (another window, another process) changed the database?

Every service transaction raises the one row of ``change_counter`` (migration 0003) in the
same transaction (``services._common.unit_of_work``); a window polls
:func:`changed_elsewhere` every few seconds and reloads its views when it returns True.
Reading one integer costs about a millisecond on SQLite and PostgreSQL alike, and needs no
server feature (no LISTEN/NOTIFY, no file watching, which fails on network shares).

The count this process last saw is kept on the ``Database`` object: its own writes move it
along (when nobody else wrote in between), so a window is not told about its own edits.
"""
from __future__ import annotations

import sqlalchemy as sa

_BUMP = sa.text("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value")
_READ = sa.text("SELECT value FROM change_counter WHERE id = 1")
_SEEN = "_change_count_seen"


def count_change(session) -> int | None:
    """Raise the counter inside the caller's transaction; the new value (None without the row)."""
    row = session.execute(_BUMP).first()
    return None if row is None else int(row[0])


def after_own_change(db, value: int | None) -> None:
    """After the commit of a transaction that raised the counter to ``value``: if nobody else
    wrote since the last look, the window has seen everything up to ``value``."""
    seen = db.__dict__.get(_SEEN)
    if value is not None and seen is not None and value == seen + 1:
        db.__dict__[_SEEN] = value


def change_count(db) -> int | None:
    """The counter now (None if the database has no counter row)."""
    with db.reading() as s:
        row = s.execute(_READ).first()
    return None if row is None else int(row[0])


def changed_elsewhere(db) -> bool:
    """True (once) if someone else committed a change since the last call; the first call only
    takes note of where the counter is."""
    value = change_count(db)
    seen = db.__dict__.get(_SEEN)
    db.__dict__[_SEEN] = value
    return seen is not None and value != seen
