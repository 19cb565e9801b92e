"""Finds shipped files (fonts, icons, translations, sample data) from source and when frozen."""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source tree, editable install
    candidates.append(_PACKAGE_DIR / "resource_files")  # wheel install (see pyproject.toml)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "resources folder not found (looked in: " + ", ".join(map(str, candidates)) + ")"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """Alembic scripts live inside the package so that every install carries them."""
    return _PACKAGE_DIR / "storage" / "migrations"
