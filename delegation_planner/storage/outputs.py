"""Files the app writes (bundles, PDFs, CSV, calendars, backups): checked, private, atomic.

One rule for every output, used by the CLI and the GUI alike:

* the target must not resolve (through links, ``..``, or letter case on a
  case-insensitive file system) to the open database, its ``-wal``/``-shm``/
  ``-journal`` files, or its backups folder;
* a target that exists must be a regular file (a FIFO, a device or a folder is
  refused, never replaced by a regular file);
* the bytes go to a temporary file created exclusively (``O_EXCL``, no link
  followed, mode 0600) in the target's folder, are fsynced, renamed over the
  target, and the folder is fsynced, so a crash leaves the old file or the new
  one, never half of one; the result is owner-only like the database.

Imports nothing heavy (the window may use it before SQLAlchemy is loaded).
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator

from delegation_planner.domain.errors import Notice, coded
from delegation_planner.storage.errors import KnownError

OUTPUT_MODE = 0o600
_DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


def backups_folder_of(db_path: str | os.PathLike) -> Path:
    """``NAME-backups`` beside the database (the same rule as ``storage.backups.backup_dir``)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-backups")


def protected_paths(db_path: str | os.PathLike | None, *, include_backups: bool = True) -> list[Path]:
    """The files an output must never replace for the database at ``db_path``."""
    if db_path is None:
        return []
    db_path = Path(db_path)
    paths = [Path(str(db_path) + suffix) for suffix in _DB_SUFFIXES]
    if include_backups:
        paths.append(backups_folder_of(db_path))
    return paths


def _resolve(path: Path) -> Path:
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise KnownError(f"cannot write {str(path)!r}: {exc}") from exc


def _folder_is_case_insensitive(folder: Path) -> bool:
    """True where ``folder`` is reachable under another letter case (macOS, Windows)."""
    name = folder.name
    if not name or name.swapcase() == name:
        return os.path.normcase("A") == os.path.normcase("a")
    other = folder.with_name(name.swapcase())
    try:
        return other.exists() and os.path.samefile(folder, other)
    except OSError:
        return False


def _same_place(a: Path, b: Path) -> bool:
    """Whether the resolved paths ``a`` and ``b`` name the same file (or ``a`` is inside folder ``b``)."""
    with contextlib.suppress(OSError):
        if a.exists() and b.exists() and os.path.samefile(a, b):
            return True
    if a == b or b in a.parents:
        return True
    if _folder_is_case_insensitive(b.parent if b.parent.exists() else a.parent):
        fa, fb = str(a).casefold(), str(b).casefold()
        return fa == fb or fa.startswith(fb.rstrip(os.sep) + os.sep)
    return False


def check_output_target(target: str | os.PathLike, *, database: str | os.PathLike | None = None,
                        protect_backups: bool = True, what: str = "file") -> Path:
    """The output path to use, or a ``KnownError`` saying in one line why it is refused.

    ``database`` is the open database file (``None`` for a server database).
    ``protect_backups=False`` lets the backup writer itself write into the backups folder."""
    raw = os.fspath(target) if not isinstance(target, str) else target
    if not isinstance(raw, str) or not raw.strip():
        raise coded(KnownError(f"no output {what} was given"), "output_missing", what=what)
    if "\x00" in raw:
        raise coded(KnownError(f"cannot write {raw!r}: the path contains a NUL character"), "output_nul",
                    path=repr(raw))
    path = Path(raw).expanduser()
    if raw.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        raise coded(KnownError(f"cannot write {raw!r}: it names a folder, not a {what}"), "output_folder_name",
                    path=repr(raw), what=what)
    resolved = _resolve(path)
    for protected in protected_paths(database, include_backups=protect_backups):
        if _same_place(resolved, _resolve(protected)):
            raise coded(KnownError(f"refused to write {raw!r}: it is the open database or one of its own files "
                                   f"({protected.name}); choose another name"), "output_is_database",
                        path=repr(raw), name=protected.name)
    try:
        st = os.stat(resolved)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise coded(KnownError(f"cannot write {raw!r}: {exc.strerror or exc}"), "output_unusable", path=repr(raw),
                    reason=exc.strerror or exc) from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (a device, pipe or socket)"
        raise coded(KnownError(f"refused to write {raw!r}: it is {kind}"),
                    "output_is_folder" if stat.S_ISDIR(st.st_mode) else "output_not_regular", path=repr(raw))
    if not resolved.parent.is_dir():
        raise coded(KnownError(f"cannot write {raw!r}: the folder {resolved.parent} does not exist"), "output_no_folder",
                    path=repr(raw), folder=resolved.parent)
    return resolved


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename in ``folder`` durable (not possible on Windows: skipped there)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _new_temp(folder: Path, name: str) -> tuple[int, Path]:
    # mkstemp: O_CREAT|O_EXCL (and O_NOFOLLOW where it exists), mode 0600, a random name.
    # The name is cut so that a long but legal target name (up to 255 bytes) still fits.
    short = os.fsencode(name)[:200].decode(errors="ignore") or "output"
    fd, temp = tempfile.mkstemp(prefix=f".{short}.", suffix=".part", dir=folder)
    return fd, Path(temp)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _write_error(target: Path, exc: BaseException, what: str = "file") -> KnownError:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return coded(KnownError(f"cannot write the {what} {str(target)!r}: {reason}; nothing was written"),  # type: ignore[return-value]
                 "write_failed", what=what, path=repr(str(target)), reason=reason)


def _finish(temp: Path, target: Path) -> None:
    os.chmod(temp, OUTPUT_MODE)
    os.replace(temp, target)
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_output_path(target: str | os.PathLike, *, database: str | os.PathLike | None = None,
                       protect_backups: bool = True, what: str = "file") -> Iterator[Path]:
    """A fresh, empty, owner-only temporary file beside ``target``; renamed over it on success.

    For writers that need a path (SQLite's backup API, ReportLab). The writer must
    leave the file complete; it is fsynced here before the rename."""
    final = check_output_target(target, database=database, protect_backups=protect_backups, what=what)
    try:
        fd, temp = _new_temp(final.parent, final.name)
        os.close(fd)
    except OSError as exc:
        raise _write_error(final, exc, what) from exc
    try:
        yield temp
        # the writer may have replaced the file under the same name: check before trusting it
        st = os.lstat(temp)
        if not stat.S_ISREG(st.st_mode):
            raise KnownError(f"cannot write {str(final)!r}: the temporary file was replaced")
        fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _finish(temp, final)
    except OSError as exc:
        _remove_quietly(temp)
        raise _write_error(final, exc, what) from exc
    except BaseException:
        _remove_quietly(temp)
        raise


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike, *, database: str | os.PathLike | None = None,
                  text: bool = False, encoding: str = "utf-8", newline: str | None = "\n",
                  protect_backups: bool = True, what: str = "file") -> Iterator[IO]:
    """An open file (binary, or text with ``text=True``) whose bytes replace ``target`` atomically."""
    final = check_output_target(target, database=database, protect_backups=protect_backups, what=what)
    try:
        fd, temp = _new_temp(final.parent, final.name)
    except OSError as exc:
        raise _write_error(final, exc, what) from exc
    try:
        if text:
            fh = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        else:
            fh = os.fdopen(fd, "wb")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _finish(temp, final)
    except (OSError, ValueError) as exc:
        _remove_quietly(temp)
        raise _write_error(final, exc, what) from exc
    except BaseException:
        _remove_quietly(temp)
        raise


def write_bytes_atomically(target: str | os.PathLike, data: bytes, *,
                           database: str | os.PathLike | None = None, what: str = "file") -> Path:
    """Write ``data`` to ``target`` with every rule above. Returns the resolved path written."""
    final = check_output_target(target, database=database, what=what)
    with atomic_output(final, database=database, what=what) as fh:
        fh.write(data)
    return final


def output_problem(target: str | os.PathLike, *, database: str | os.PathLike | None = None,
                   what: str = "file") -> str | None:
    """The reason ``target`` would be refused, or None (for save dialogs that check before writing)."""
    try:
        check_output_target(target, database=database, what=what)
    except KnownError as exc:
        found = getattr(exc, "problem", None)  # the English text, with its code to say it in Vietnamese
        return Notice(str(exc), found.code, found.params) if found is not None else str(exc)
    return None
