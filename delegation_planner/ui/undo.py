"""Undo/redo of service calls (QUndoStack), the one mechanism every view uses.

A command runs ``do`` on its first push (``redo``) and ``undo`` to revert; both
go through the services, so each step is its own committed transaction.

Re-created records
------------------
Undoing a deletion re-creates the record, and redoing a creation creates it
again: the database gives it a new id. Commands further down (or up) the stack
were made with the old id. So commands never keep a bare id: they keep a
``RecordRef`` (``ref(stack, entity, id)``), one shared object per record, whose
``.id`` is updated when the record is re-created (``recreated``). Refs are
indexed by the id the record has *now*; a deleted record's ref is taken out of
the index (``deleted``), so a new, unrelated record that happens to get the same
id (SQLite reuses the highest id) never shares it.

Deleting a trip deletes its programme, delegation, notes and commitments; undo
re-imports a bundle snapshot, giving all of them new ids. ``trip_record_ids``
lists them in an order the import preserves, so ``recreated_many`` can pair the
old ids with the new ones.

Failures
--------
A service error on the first push is raised to the caller (the dialog shows it
next to the field). A failure later, inside Undo or Redo (the record is gone,
another program changed it…), is never silent: it is logged, the command is
dropped from the stack (it no longer describes the data) and the handler set
with ``set_failure_handler`` (the main window: status bar and a message) is told.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

log = logging.getLogger(__name__)

FailureHandler = Callable[[str, BaseException], None]


# ----------------------------------------------------------------------------- record refs
class RecordRef:
    """The current id of one record, kept up to date when the record is re-created.

    Reading ``id`` of a record that was deleted and not re-created raises
    ``NotFoundError``: a step that needs it then fails visibly instead of acting on
    whatever record got that id next."""

    __slots__ = ("entity", "_id", "gone")

    def __init__(self, entity: str, record_id: int):
        self.entity = entity
        self._id = int(record_id)
        self.gone = False

    @property
    def id(self) -> int:
        if self.gone:
            from delegation_planner.domain.errors import NotFoundError

            raise NotFoundError(QCoreApplication.translate("undo", "the record was deleted in the meantime")
                                + f" ({self.entity} {self._id})")
        return self._id

    def __repr__(self) -> str:  # pragma: no cover (debugging aid)
        return f"RecordRef({self.entity}, {self._id}{', gone' if self.gone else ''})"


class RecordIds:
    """The refs of one undo stack, indexed by the id each record has now."""

    def __init__(self) -> None:
        self._live: dict[tuple[str, int], RecordRef] = {}

    def ref(self, entity: str, record_id: int) -> RecordRef:
        key = (entity, int(record_id))
        found = self._live.get(key)
        if found is None:
            found = RecordRef(entity, int(record_id))
            self._live[key] = found
        return found

    def created(self, entity: str, record_id: int) -> RecordRef:
        """A brand-new record: a new ref, even if a forgotten record had that id."""
        ref = RecordRef(entity, int(record_id))
        self._live[(entity, ref._id)] = ref
        return ref

    def deleted(self, ref: RecordRef) -> None:
        """The record is gone: its ref leaves the index and its ``id`` raises until re-created."""
        ref.gone = True
        if self._live.get((ref.entity, ref._id)) is ref:
            del self._live[(ref.entity, ref._id)]

    def recreated(self, ref: RecordRef, new_id: int) -> None:
        if self._live.get((ref.entity, ref._id)) is ref:
            del self._live[(ref.entity, ref._id)]
        ref._id = int(new_id)
        ref.gone = False
        self._live[(ref.entity, ref._id)] = ref

    def live_ref(self, entity: str, record_id: int) -> RecordRef | None:
        return self._live.get((entity, int(record_id)))

    def clear(self) -> None:
        self._live.clear()


def record_ids(stack: QUndoStack) -> RecordIds:
    ids = getattr(stack, "_record_ids", None)
    if ids is None:
        ids = RecordIds()
        stack._record_ids = ids  # type: ignore[attr-defined]
    return ids


def ref(stack: QUndoStack, entity: str, record_id: int) -> RecordRef:
    """The shared ref of a record that exists now (take it when the command is made)."""
    return record_ids(stack).ref(entity, record_id)


def forget_deleted(stack: QUndoStack, change: Any) -> None:
    """A record was deleted (by a command, or elsewhere: a non-undoable delete, another
    window): take its ref out of the index, so a new record that gets the same id later
    is not mistaken for it. Commands holding the ref keep it (undo may re-create it)."""
    if getattr(change, "action", None) != "delete":
        return
    ids = record_ids(stack)
    for record_id in getattr(change, "ids", ()):
        found = ids.live_ref(change.entity, record_id)
        if found is not None:
            ids.deleted(found)


def forget_ids(stack: QUndoStack) -> None:
    """Drop every ref (another database was opened; its ids mean other records)."""
    record_ids(stack).clear()


def take_refs(stack: QUndoStack, snapshot: dict[str, list[int]]) -> dict[str, list[RecordRef | None]]:
    """The refs (if any command holds one) of the records in a ``services.trips.record_ids`` snapshot."""
    ids = record_ids(stack)
    return {entity: [ids.live_ref(entity, i) for i in values] for entity, values in snapshot.items()}


def deleted_many(stack: QUndoStack, refs: dict[str, list[RecordRef | None]]) -> None:
    ids = record_ids(stack)
    for values in refs.values():
        for r in values:
            if r is not None:
                ids.deleted(r)


def recreated_many(stack: QUndoStack, refs: dict[str, list[RecordRef | None]],
                   new: dict[str, list[int]]) -> None:
    """Point the refs of a deleted trip's records at the re-imported records."""
    ids = record_ids(stack)
    for entity, values in refs.items():
        fresh = new.get(entity, [])
        if len(fresh) != len(values):
            log.warning("undo: %s count changed on re-import (%d -> %d); older steps on them may fail",
                        entity, len(values), len(fresh))
        for r, new_id in zip(values, fresh):
            if r is not None:
                ids.recreated(r, new_id)


# ----------------------------------------------------------------------------- failures
def set_failure_handler(stack: QUndoStack, handler: FailureHandler | None) -> None:
    """``handler(message, exception)`` is called when an Undo or Redo step fails."""
    stack._failure_handler = handler  # type: ignore[attr-defined]


def _report(stack: QUndoStack, what: str, text: str, exc: BaseException) -> None:
    message = (QCoreApplication.translate("undo", "Undo of “%1” failed: %2") if what == "undo"
               else QCoreApplication.translate("undo", "Redo of “%1” failed: %2"))
    message = message.replace("%1", text).replace("%2", _short(exc))
    log.warning("%s", message, exc_info=exc if log.isEnabledFor(logging.DEBUG) else None)
    handler = getattr(stack, "_failure_handler", None)
    if handler is not None:
        try:
            handler(message, exc)
        except Exception:  # noqa: BLE001 (reporting must not raise out of a Qt virtual)
            log.exception("undo failure handler failed")


def _short(exc: BaseException) -> str:
    """The error on one line, in the interface language (coded problems through domain.messages)."""
    from delegation_planner.domain.messages import render_error
    from delegation_planner.ui.labels import ui_language

    return render_error(exc, ui_language(), sep="; ") or type(exc).__name__


# ----------------------------------------------------------------------------- commands
class ServiceCommand(QUndoCommand):
    def __init__(self, stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self._stack = stack
        self._text = text
        self._do = do
        self._undo = undo
        self._pushed = False
        self.result: Any = None
        self.error: BaseException | None = None

    def redo(self) -> None:  # noqa: D401 (Qt name)
        first = not self._pushed
        self._pushed = True
        try:
            self.result = self._do()
            self.error = None
        except Exception as exc:  # noqa: BLE001
            self.error = exc
            self.setObsolete(True)  # the stack drops it
            if not first:  # on the first push run_command raises it to the caller
                _report(self._stack, "redo", self._text, exc)

    def undo(self) -> None:
        try:
            self._undo()
        except Exception as exc:  # noqa: BLE001
            self.error = exc
            self.setObsolete(True)  # the stack drops it: it no longer describes the data
            _report(self._stack, "undo", self._text, exc)


def run_command(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Push a command; re-raise the service's error (e.g. ValidationError) if it failed."""
    command = ServiceCommand(stack, text, do, undo)
    stack.push(command)
    if command.error is not None:
        raise command.error
    return command.result


def create_with_undo(stack: QUndoStack, text: str, entity: str, create: Callable[[], Any],
                     delete: Callable[[int], Any], *, id_of: Callable[[Any], int] = lambda r: r.id) -> Any:
    """Undoable creation: redo creates (again, with a new id), undo deletes it."""
    ids = record_ids(stack)
    holder: list[RecordRef] = []

    def do():
        record = create()
        new_id = id_of(record)
        if holder:
            ids.recreated(holder[0], new_id)
        else:
            holder.append(ids.created(entity, new_id))
        return record

    def undo():
        delete(holder[0].id)
        ids.deleted(holder[0])  # (the service's delete notification has usually done it already)

    return run_command(stack, text, do, undo)


def delete_with_undo(stack: QUndoStack, text: str, entity: str, record_id: int, delete: Callable[[int], Any],
                     recreate: Callable[[], int]) -> Any:
    """Undoable deletion: undo calls ``recreate()`` (returns the new id)."""
    ids = record_ids(stack)
    record = ids.ref(entity, record_id)

    def do():
        delete(record.id)
        ids.deleted(record)

    def undo():
        ids.recreated(record, recreate())

    return run_command(stack, text, do, undo)


#: Fields that hold another record's id, and that record's entity.
REFERENCE_FIELDS = {"trip_id": "trip", "engagement_id": "engagement", "owner_id": "person",
                    "organization_id": "organization", "person_id": "person", "member_id": "member"}


def linked(stack: QUndoStack, values: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """``values`` whose references to other records (``REFERENCE_FIELDS``) follow them
    when they are re-created: call the result when the command runs."""
    held = {k: ref(stack, REFERENCE_FIELDS[k], v) for k, v in values.items()
            if k in REFERENCE_FIELDS and isinstance(v, int)}
    if not held:
        return lambda: dict(values)
    return lambda: {**values, **{k: r.id for k, r in held.items()}}


def update_undoable(stack: QUndoStack, text: str, entity: str, update: Callable[..., Any], record_id: int,
                    old: dict[str, Any], new: dict[str, Any]) -> Any:
    """Undoable field update: ``update(id, **new)``, undone by ``update(id, **old)``;
    survives the record (or a record it refers to) being re-created with a new id."""
    record = ref(stack, entity, record_id)
    old_values, new_values = linked(stack, old), linked(stack, new)
    return run_command(stack, text, lambda: update(record.id, **new_values()),
                       lambda: update(record.id, **old_values()))


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old values, new values) of the fields that differ, for update_undoable."""
    keys = [k for k in new if old.get(k) != new[k] and not (old.get(k) in (None, "") and new[k] in (None, ""))]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


def refs(stack: QUndoStack, entity: str, record_ids_: Iterable[int]) -> list[RecordRef]:
    return [ref(stack, entity, i) for i in record_ids_]


__all__ = [
    "RecordRef", "RecordIds", "record_ids", "ref", "refs", "forget_ids", "forget_deleted", "trip_record_ids", "take_refs",
    "deleted_many", "recreated_many", "set_failure_handler", "ServiceCommand", "run_command",
    "create_with_undo", "delete_with_undo", "update_undoable", "changed_fields", "linked", "REFERENCE_FIELDS",
]
