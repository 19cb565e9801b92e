"""Fixtures shared by the unit tests."""
import pytest


@pytest.fixture(scope="session")
def _template(tmp_path_factory):
    """A database with the sample trips, made once; tests copy it (hostile-input tests)."""
    from delegation_planner.sample import load_sample
    from delegation_planner.storage import open_database

    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    db = open_database(path)
    load_sample(db)
    db.dispose()
    return path
