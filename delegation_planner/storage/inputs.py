"""Reading a file the user chose (a spreadsheet): only a regular file, and only so many bytes.

The same checks as ``bundles.importer.read_bundle_file``: the file is opened without blocking
(a FIFO with no writer does not hang), checked with fstat on the open descriptor (a device, a
FIFO, a socket or a folder is refused), refused when it claims more than ``limit`` bytes (a
1 GB sparse file costs one fstat, not a read), and at most ``limit + 1`` bytes are read whatever
size it claims (/proc files claim 0, a file may grow while it is read).
"""
from __future__ import annotations

import os
import stat as stat_mod
from pathlib import Path

from delegation_planner.domain.errors import ValidationError


def read_user_file(path: str | os.PathLike, *, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file at ``path`` (at most ``limit``); ValidationError (field "file")
    naming the file and the reason otherwise. ``what`` names the expected file in messages."""
    target = Path(path).expanduser()
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ValidationError(f"{target} does not exist", "file") from None
    except IsADirectoryError:
        raise ValidationError(f"{target} is a folder, not a {what}", "file") from None
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file") from None
    try:
        st = os.fstat(fd)
        if stat_mod.S_ISDIR(st.st_mode):
            raise ValidationError(f"{target} is a folder, not a {what}", "file")
        if not stat_mod.S_ISREG(st.st_mode):
            raise ValidationError(f"{target} is not a regular file (a device, pipe or socket); choose a {what}",
                                  "file")
        if st.st_size > limit:
            raise ValidationError(f"{target}: {st.st_size:,} bytes is too large for a {what} (at most {limit:,})",
                                  "file")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise ValidationError(f"{target} is too large for a {what} (at most {limit:,} bytes)", "file")
    except OSError as exc:
        raise ValidationError(f"cannot read {target}: {exc.strerror or exc}", "file") from None
    finally:
        os.close(fd)
    return b"".join(chunks)
