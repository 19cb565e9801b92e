"""Use cases of the window: one plain function per edit (service call, undo command, result)."""
