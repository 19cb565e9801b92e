"""The wheel carries every package, the migrations and the shipped resources."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "delegation_planner").rglob("__init__.py")}
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_resources_are_found():
    from delegation_planner.resources import resource_path

    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("fonts", "LICENSE_DEJAVU").is_file()
