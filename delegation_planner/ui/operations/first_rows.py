"""The trip list's first rows before the database layer is imported (issue 14).

Right after the window's first paint, a database file that needs nothing done (current,
untampered schema) is read with plain sqlite3 (``services.reads``: nothing of SQLAlchemy,
SQLModel or Alembic), the trip list shows its rows, and the database is opened fully on
the turn after they painted. Anything else (a server, a new, older or damaged file) gives
None and the window opens the database first, as before.
"""
from __future__ import annotations

import os
import sqlite3


def first_trip_rows(location: str | os.PathLike) -> list | None:
    """The trip list's rows (``services.trips.TripRow``, no filter) read plainly, or None."""
    from delegation_planner.services import reads

    reader = reads.open_light(location)
    if reader is None:
        return None
    with reader:
        try:
            return reads.trip_rows(reader.connection)
        except (sqlite3.Error, KeyError, ValueError):  # a bad value: the full open says which
            return None
