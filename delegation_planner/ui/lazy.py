"""The services, imported on first use (so the main window paints before SQLAlchemy loads).

UI modules write ``from delegation_planner.ui.lazy import commitments`` and call
``commitments.list_commitments(ctx.db, ...)`` exactly as with the real module: each
name here is a small proxy that imports ``delegation_planner.services.<name>`` the
first time one of its attributes is read (services import SQLModel/SQLAlchemy,
about 0.7 s). Setting an attribute (``monkeypatch.setattr``) goes to the real module.
Only what needs the database should be behind a proxy; ``domain.enums``,
``domain.errors`` and ``domain.timezones`` are light and imported directly.
"""
from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """A stand-in for a module that is imported when one of its attributes is first used."""

    __slots__ = ("_lazy_name", "_lazy_module")

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_lazy_name", name)
        object.__setattr__(self, "_lazy_module", None)

    def _load(self) -> ModuleType:
        module = self._lazy_module
        if module is None:
            module = importlib.import_module(self._lazy_name)
            object.__setattr__(self, "_lazy_module", module)
        return module

    def __getattr__(self, attr: str):
        return getattr(self._load(), attr)

    def __setattr__(self, attr: str, value) -> None:
        setattr(self._load(), attr, value)

    def __delattr__(self, attr: str) -> None:
        delattr(self._load(), attr)

    def __repr__(self) -> str:
        state = "loaded" if self._lazy_module is not None else "not loaded yet"
        return f"<lazy module {self._lazy_name!r} ({state})>"


commitments = LazyModule("delegation_planner.services.commitments")
directory = LazyModule("delegation_planner.services.directory")
engagements = LazyModule("delegation_planner.services.engagements")
members = LazyModule("delegation_planner.services.members")
notes = LazyModule("delegation_planner.services.notes")
panels = LazyModule("delegation_planner.services.panels")
trips = LazyModule("delegation_planner.services.trips")
storage = LazyModule("delegation_planner.storage")
backups = LazyModule("delegation_planner.storage.backups")
storage_errors = LazyModule("delegation_planner.storage.errors")

__all__ = ["LazyModule", "backups", "commitments", "directory", "engagements", "members", "notes", "panels",
           "storage", "storage_errors", "trips"]
