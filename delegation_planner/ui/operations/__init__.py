"""Use cases of the window: one plain function per edit (service call, undo command, result).

The rule: only ``ui/operations`` imports services, bundles, reports, storage or the
sample data; views, models and dialogs import operations and domain types. An
operation takes the ``UiContext`` (db, undo stack, hub) and plain values, calls the
service, pushes the undo command, and returns the id or result. No widgets here.
Modules that pull SQLAlchemy are imported by the window only after its first paint.
"""
