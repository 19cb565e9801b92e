"""What a service call changed (``Change``), in a module with no heavy imports.

The UI needs this class to react to changes; it lives here rather than in
``storage.database`` so that the main window can be built and painted before
SQLAlchemy is imported. ``from delegation_planner.storage.database import Change``
keeps working (re-exported there).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """What a service call changed: the kind of record and the ids touched."""

    entity: str  # "trip", "engagement", "member", "person", "organization", "note", "commitment", "attendance", "*"
    ids: tuple[int, ...] = ()
    trip_id: int | None = None
    action: str = "update"  # "create", "update", "delete", "import"
