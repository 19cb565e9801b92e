"""Item models make a row's display text once (issue 14): data() looks it up, the text is the same as
the columns' own rule, and a new load (set_rows / set_programme) makes it afresh."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from delegation_planner.services import commitments, directory, engagements, trips

DISPLAY = Qt.ItemDataRole.DisplayRole


def _all_cells(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.index(r, c, parent) for r in range(model.rowCount(parent)) for c in range(model.columnCount(parent))]


def _counting(columns, calls):
    from delegation_planner.ui.models.panel_rows import Column

    def wrap(col):
        def text(row):
            calls.append(col.key)
            return col.text(row)
        return Column(col.key, col.header, text, col.sort_key, col.align)
    return tuple(wrap(c) for c in columns)


def test_commitments_and_directory_models_format_each_row_once(window):
    from delegation_planner.ui.models.commitments import CommitmentsModel
    from delegation_planner.ui.models.directory import OrganizationsModel, PeopleModel

    db = window.db
    trip_id = trips.list_trips(db)[0].id
    commitments.create_commitment(db, trip_id, description="Đào tạo bác sĩ\nhai dòng", kind="training",
                                  made_by="our_side", due_date=date(2020, 1, 1))
    commitments.create_commitment(db, trip_id, description="MoU", kind="mou", made_by="joint")
    for model, rows in ((CommitmentsModel(), commitments.list_commitments(db)),
                        (PeopleModel(), directory.list_people(db)),
                        (OrganizationsModel(), directory.list_organizations(db))):
        plain = model.columns
        calls: list[str] = []
        model.columns = _counting(plain, calls)
        model.set_rows(rows)
        assert rows and calls == []  # nothing formatted before a row is shown
        cells = _all_cells(model)
        first = [i.data(DISPLAY) for i in cells]
        assert len(calls) == len(cells)  # one text per cell…
        assert [i.data(DISPLAY) for i in cells] == first and len(calls) == len(cells)  # …not one per paint
        assert first == [plain[i.column()].text(rows[i.row()]) for i in cells]  # the columns' own rule
        model.sort(0, Qt.SortOrder.DescendingOrder)  # texts follow their rows when sorted
        assert [i.data(DISPLAY) for i in _all_cells(model)] == \
            [plain[i.column()].text(model.row_at(i.row())) for i in _all_cells(model)]
        model.set_rows(rows[:1])
        calls.clear()
        assert [i.data(DISPLAY) for i in _all_cells(model)] == [c.text(rows[0]) for c in plain]
        assert len(calls) == len(plain)  # a new load formats afresh


def test_commitments_model_reads_today_once_per_load(window, monkeypatch):
    from delegation_planner.ui.models.commitments import CommitmentsModel

    trip_id = trips.list_trips(window.db)[0].id
    commitments.create_commitment(window.db, trip_id, description="Late", kind="mou", made_by="joint",
                                  due_date=date(2030, 1, 1))
    rows = commitments.list_commitments(window.db)
    model = CommitmentsModel()
    model.set_rows(rows)
    assert [model.is_overdue(r) for r in rows] == [r.is_overdue() for r in rows]
    model.today = date(2100, 1, 1)  # a pinned day wins
    assert [model.is_overdue(r) for r in rows] == [r.is_overdue(date(2100, 1, 1)) for r in rows]
    assert any(model.is_overdue(r) for r in rows)


def test_programme_model_makes_row_texts_once(window, monkeypatch):
    from delegation_planner.ui.models.programme import ProgrammeModel

    from datetime import datetime

    trip_id = trips.list_trips(window.db)[-1].id
    for day, title, status in ((12, "Courtesy call", "confirmed"), (12, "Overlapping visit", "planned"),
                               (13, "Called off", "cancelled")):
        engagements.create_engagement(window.db, trip_id, title=title, timezone="America/New_York",
                                      start=datetime(2017, 7, day, 9, 0), end=datetime(2017, 7, day, 10, 30),
                                      status=status)
    prog = engagements.programme(window.db, trip_id)
    model = ProgrammeModel()
    made: list[int] = []
    original = ProgrammeModel._row_texts
    monkeypatch.setattr(ProgrammeModel, "_row_texts", lambda self, item: made.append(item.id) or original(self, item))
    model.set_programme(trip_id, prog)
    assert prog.items and made == []
    cells = [cell for day in range(model.rowCount()) for cell in _all_cells(model, model.index(day, 0))]
    texts = [c.data(DISPLAY) for c in cells]
    assert sorted(made) == sorted(i.id for i in prog.items)
    assert [c.data(DISPLAY) for c in cells] == texts and len(made) == len(prog.items)
    first = prog.days()[0][1][0]
    assert model.index_of(first.id, ProgrammeModel.TIME).data(DISPLAY) == original(model, first)[0]
    cancelled = [i for i in prog.items if i.cancelled]
    assert cancelled and prog.conflict_count
    for item in cancelled:
        assert model.index_of(item.id).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_trip_list_model_texts_once_per_load(window):
    from delegation_planner.ui.models.trips import TripListModel, format_dates

    rows = trips.list_trips(window.db)
    model = TripListModel()
    model.set_rows(rows)
    assert [model.index(r, 1).data(DISPLAY) for r in range(len(rows))] == [format_dates(r) for r in rows]
    assert model._texts  # kept
    model.set_rows(list(reversed(rows)))
    assert model._texts == {}
    assert model.index(0, 0).data(DISPLAY) == rows[-1].title
