"""Small helpers shared by tests (import as `from tests.helpers import ...`)."""
from __future__ import annotations

import hashlib
from pathlib import Path


def file_state(path: Path) -> tuple[str, ...]:
    """Hash of the database file and its WAL/SHM companions: equal means byte-for-byte unchanged."""
    out = []
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        out.append(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-")
    return tuple(out)
