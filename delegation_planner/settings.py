"""Typed settings, each declared once (key, type, default, allowed values), stored with QSettings.

Production uses the per-user QSettings location; tests and scripts pass a file
path (INI format) so that nothing touches the user's real settings.

A stored value that is not valid for its setting (a hand-edited INI file, a zone
that no longer exists, a logo that was deleted) reads back as the default;
``Settings.set`` refuses an invalid value with ``ValueError``. The Settings dialog
(ui/dialogs/settings_dialog.py) shows every setting that has a ``title`` in
``USER_SETTINGS``.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QSettings

from delegation_planner import APP_NAME, ORG_NAME


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str = ""
    #: The only values allowed (empty: any value of ``type``).
    choices: tuple = ()
    #: For int settings: the allowed range, inclusive.
    minimum: int | None = None
    maximum: int | None = None
    #: Extra check of a value (True when acceptable), e.g. an IANA zone name.
    check: Callable[[Any], bool] | None = None

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` (already of ``type``) is allowed for this setting."""
        if self.choices and value not in self.choices:
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is not None and value > self.maximum:
            return False
        return self.check is None or bool(self.check(value))


# ------------------------------------------------------------------------------ checks
def is_zone_name(value: object) -> bool:
    """An IANA zone the zone data knows ("Asia/Ho_Chi_Minh"); not "GMT+7" nor "localtime"."""
    from delegation_planner.domain.timezones import is_valid_timezone

    return is_valid_timezone(value)


#: A logo bigger than this is refused (a letterhead logo is a few hundred KB at most).
LOGO_MAX_BYTES = 5 * 1024 * 1024
_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"))


def logo_problem(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be the office's logo, as a code; None when it is a readable PNG or JPEG.

    Codes: ``missing``, ``not_file`` (a folder, FIFO, device), ``too_large``, ``unreadable``,
    ``not_image`` (neither PNG nor JPEG by its first bytes). A FIFO is never opened."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return "missing"
    if not stat.S_ISREG(st.st_mode):
        return "not_file"
    if st.st_size > LOGO_MAX_BYTES:
        return "too_large"
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return "unreadable"
    if not any(head.startswith(magic) for magic, _kind in _IMAGE_MAGIC):
        return "not_image"
    return None


def _logo_ok(value: str) -> bool:
    return value == "" or logo_problem(value) is None


def _folder_ok(value: str) -> bool:
    return value == "" or (os.path.isabs(value) and "\0" not in value)


# ------------------------------------------------------------------------- declarations
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window position and size")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window toolbars and docks")
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray, QByteArray(), "Trip list / tabs divider")
PROGRAMME_MODE = Setting("window/programme_mode", str, "list", "Programme shown as a list or a timeline",
                         choices=("list", "timeline"))
DETAIL_SPLITTER = Setting("window/detail_splitter", QByteArray, QByteArray(), "Programme / engagement detail divider")
LAST_TRIP = Setting("session/last_trip_id", int, 0, "Trip open when the window was last closed")
LAST_DATABASE = Setting("session/last_database", str, "", "Database open when the window was last closed")
RECENT_DATABASES = Setting("session/recent_databases", list, [], "Recently opened databases")
MAX_RECENT = 8

#: "" follows the system's language; read once at start-up (app.py), so a change applies at the next start.
INTERFACE_LANGUAGE = Setting("general/interface_language", str, "", "Interface language", choices=("", "en", "vi"))
#: The home time zone a new trip starts with (the trip dialog's default).
HOME_TIMEZONE = Setting("trips/home_timezone", str, "Asia/Ho_Chi_Minh", "Home time zone for new trips",
                        check=is_zone_name)
#: reports/layout.PAPERS keys.
PAPER_SIZE = Setting("reports/paper_size", str, "a4", "Default paper size", choices=("a4", "letter"))
#: "interface": documents in the interface language; "en"/"vi": always that language.
REPORT_LANGUAGE = Setting("report_language", str, "interface", "Report language", choices=("interface", "en", "vi"))
ISSUING_BODY_VI = Setting("office/issuing_body_vi", str, "", "Issuing body (Vietnamese)")
ISSUING_BODY_EN = Setting("office/issuing_body_en", str, "", "Issuing body (English)")
OFFICE_ADDRESS = Setting("office/address", str, "", "Office address")
#: A PNG or JPEG file ("" = no logo); a file that is gone or no longer an image reads back as "".
OFFICE_LOGO = Setting("office/logo", str, "", "Logo file", check=_logo_ok)
#: "" = the folder beside the database (planner.sqlite3-backups); else an absolute folder.
BACKUPS_FOLDER = Setting("backups/folder", str, "", "Backups folder", check=_folder_ok)
BACKUPS_KEEP = Setting("backups/keep", int, 10, "Backups to keep", minimum=1, maximum=365)



def _currency_ok(value: object) -> bool:
    return isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha() and value.isupper()


#: The gifts register's rule (domain.gifts): a received gift worth GIFT_THRESHOLD GIFT_CURRENCY or more
#: is reported in writing within GIFT_REPORT_DAYS working days (Nghị định 59/2019: 5; the threshold is
#: the office's, e.g. the US "minimal value" in USD for an office in the United States).
GIFT_THRESHOLD = Setting("gifts/threshold", int, 500_000, "Gift value that must be reported", minimum=0,
                         maximum=10 ** 15)
GIFT_CURRENCY = Setting("gifts/currency", str, "VND", "Currency of that value", check=_currency_ok)
GIFT_REPORT_DAYS = Setting("gifts/report_working_days", int, 5, "Working days to report a gift", minimum=1,
                           maximum=60)

#: What the Settings dialog edits, in its order.
USER_SETTINGS = (INTERFACE_LANGUAGE, HOME_TIMEZONE, PAPER_SIZE, REPORT_LANGUAGE, ISSUING_BODY_VI, ISSUING_BODY_EN,
                 OFFICE_ADDRESS, OFFICE_LOGO, BACKUPS_FOLDER, BACKUPS_KEEP, GIFT_THRESHOLD, GIFT_CURRENCY,
                 GIFT_REPORT_DAYS)
ALL_SETTINGS = (WINDOW_GEOMETRY, WINDOW_STATE, MAIN_SPLITTER, PROGRAMME_MODE, DETAIL_SPLITTER, LAST_TRIP,
                LAST_DATABASE, RECENT_DATABASES, *USER_SETTINGS)


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
                value = int(raw)
            elif setting.type is bool:
                value = raw in (True, "true", "1", 1)
            else:
                value = setting.type(raw)
        except (TypeError, ValueError):
            return _copy(setting.default)
        return value if setting.accepts(value) else _copy(setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        """Store ``value``; ValueError when it is not of the setting's type or not allowed."""
        if setting.type in (str, int, bool) and not isinstance(value, setting.type):
            raise ValueError(f"{setting.key}: {value!r} is not a {setting.type.__name__}")
        if setting.type in (str, int) and not setting.accepts(value):
            raise ValueError(f"{setting.key}: {value!r} is not allowed")
        self._qs.setValue(setting.key, value)

    def reset(self, setting: Setting) -> None:
        """Back to the default (the stored value is removed)."""
        self._qs.remove(setting.key)

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


def gift_policy(settings: "Settings"):
    """The office's gifts rule (domain.gifts.GiftPolicy) from the settings."""
    from delegation_planner.domain.gifts import GiftPolicy

    return GiftPolicy(settings.get(GIFT_THRESHOLD), settings.get(GIFT_CURRENCY), settings.get(GIFT_REPORT_DAYS))
