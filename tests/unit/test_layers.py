"""The import-linter contracts in pyproject.toml catch a wrong import (CI runs `lint-imports`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is installed with the test extras")


def _lint(tree: Path) -> tuple[int, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run([str(LINT), "--config", str(tree / "pyproject.toml"), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """A copy of the package (Python files only) and pyproject.toml, to break on purpose."""
    dest = tmp_path_factory.mktemp("layers")
    shutil.copytree(ROOT / "delegation_planner", dest / "delegation_planner",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


@pytest.mark.parametrize("module,line,expected", [
    ("domain/rules.py", "import delegation_planner.storage.database", "delegation_planner.domain.rules -> "
     "delegation_planner.storage.database"),
    ("ui/views/programme.py", "import delegation_planner.services.trips", "delegation_planner.ui.views.programme -> "
     "delegation_planner.services.trips"),
    ("services/notes.py", "import PySide6.QtCore", "delegation_planner.services.notes -> PySide6"),
], ids=["domain imports storage", "a view imports a service", "a service imports Qt"])
def test_a_wrong_import_breaks_a_contract(tree, module, line, expected):
    target = tree / "delegation_planner" / module
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(original + f"\n{line}  # deliberately wrong\n", encoding="utf-8")
        code, out = _lint(tree)
    finally:
        target.write_text(original, encoding="utf-8")
    assert code != 0, out
    assert expected in " ".join(out.split()), out
