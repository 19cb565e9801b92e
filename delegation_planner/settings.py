"""Typed settings, each declared once (key, type, default), stored with QSettings.

Production uses the per-user QSettings location; tests and scripts pass a file
path (INI format) so that nothing touches the user's real settings.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from delegation_planner import APP_NAME, ORG_NAME


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str = ""


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window position and size")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window toolbars and docks")
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray, QByteArray(), "Trip list / tabs divider")
PROGRAMME_MODE = Setting("window/programme_mode", str, "list", "Programme shown as a list or a timeline")
DETAIL_SPLITTER = Setting("window/detail_splitter", QByteArray, QByteArray(), "Programme / engagement detail divider")
LAST_TRIP = Setting("session/last_trip_id", int, 0, "Trip open when the window was last closed")
LAST_DATABASE = Setting("session/last_database", str, "", "Database open when the window was last closed")
RECENT_DATABASES = Setting("session/recent_databases", list, [], "Recently opened databases")
MAX_RECENT = 8

ALL_SETTINGS = (WINDOW_GEOMETRY, WINDOW_STATE, MAIN_SPLITTER, PROGRAMME_MODE, DETAIL_SPLITTER, LAST_TRIP,
                LAST_DATABASE, RECENT_DATABASES)


class Settings:
    """Typed access to QSettings: ``settings.get(LAST_TRIP)`` always returns an int."""

    def __init__(self, path: str | os.PathLike | None = None):
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
        else:
            self._qs = QSettings(os.fspath(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def get(self, setting: Setting) -> Any:
        raw = self._qs.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            if setting.type is list:
                if isinstance(raw, str):
                    return [raw] if raw else []
                return [str(v) for v in raw]
            if setting.type is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            if setting.type is int:
                return int(raw)
            if setting.type is bool:
                return raw in (True, "true", "1", 1)
            return setting.type(raw)
        except (TypeError, ValueError):
            return _copy(setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()

    # -- recent databases ---------------------------------------------------------------
    def add_recent_database(self, location: str) -> list[str]:
        recent = [p for p in self.get(RECENT_DATABASES) if p != location]
        recent.insert(0, location)
        recent = recent[:MAX_RECENT]
        self.set(RECENT_DATABASES, recent)
        return recent


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, QByteArray):
        return QByteArray(value)
    return value
