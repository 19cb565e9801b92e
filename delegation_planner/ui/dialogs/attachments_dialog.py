"""Attachments… (``attachmentsDialog``) of an engagement, a commitment or a gift: signed MoUs,
programmes and photos stored with a checksum; opened through a private copy; deletes undoable."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QPushButton, QWidget

from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.list_dialog import ListDialog


class AttachmentsDialog(ListDialog):
    """Attachments… (``attachmentsDialog``, ``attachmentsView``) of an engagement, a commitment or a gift:
    Add… a file, Open it with the system viewer (a private copy), Save a copy…, Delete (undoable)."""

    def __init__(self, ctx: UiContext, owner: str, owner_id: int, title: str, parent: QWidget | None = None, *,
                 ask_open_path: Callable[..., str] | None = None, ask_save_path: Callable[..., str] | None = None,
                 open_file: Callable[[Any], Any] | None = None):
        from delegation_planner.ui.models.logistics import AttachmentsModel

        self.owner, self.owner_id = owner, owner_id
        self.ask_open_path, self.ask_save_path, self.open_file = ask_open_path, ask_save_path, open_file
        super().__init__(ctx, self.tr("Attachments"), AttachmentsModel(), "attachmentsView", parent)
        self.setObjectName("attachmentsDialog")
        self.model.setParent(self)
        self.heading.setText(self.tr("Files attached to “%1” (signed documents, programmes, photos), kept in the "
                                     "database with a checksum.").replace("%1", title))
        self.edit_button.setText(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_button.setObjectName("attachmentSaveButton")
        self.save_button.clicked.connect(self.save_copy)
        self.layout().itemAt(self.layout().count() - 1).layout().insertWidget(2, self.save_button)
        self.reload()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(self.selected() is not None)

    def load(self) -> list:
        from delegation_planner.ui.operations import attachments

        return attachments.list_for(self.ctx, self.owner, self.owner_id)

    def _say(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)

    def _guarded(self, work) -> Any:
        from delegation_planner.ui.dialogs.errors import describe, is_user_error

        try:
            return work()
        except Exception as exc:  # a refused file or target is said in the dialog; a bug propagates
            if not is_user_error(exc):
                raise
            self._say(describe(exc))
            return None

    def add(self) -> None:
        from delegation_planner.ui.operations import attachments

        path = self.ask_open_path(self.tr("Attach a file"), self.tr("All files (*)")) if self.ask_open_path else ""
        if path and self._guarded(lambda: attachments.add(self.ctx, self.owner, self.owner_id, path)) is not None:
            self.reload()

    def edit(self) -> None:  # Open: a private copy for the system viewer
        from delegation_planner.ui.operations import attachments

        row = self.selected()
        if row is None or self.open_file is None:
            return
        copy = self._guarded(lambda: attachments.open_copy(self.ctx, row))
        if copy is not None:
            self.open_file(copy)

    def save_copy(self) -> None:
        from delegation_planner.ui.operations import attachments

        row = self.selected()
        if row is None or self.ask_save_path is None:
            return
        target = self.ask_save_path(self.tr("Save a copy of the attachment"), self.tr("All files (*)"), row.filename)
        if target and self._guarded(lambda: attachments.save_copy(self.ctx, row, target)) is not None:
            self._say(self.tr("Saved to %1.").replace("%1", target))

    def remove(self, record: Any) -> None:
        from delegation_planner.ui.operations import attachments

        self._guarded(lambda: attachments.delete(self.ctx, record))

    def empty_text(self) -> str:
        return self.tr("Nothing attached yet.")

    def delete_question(self, record: Any) -> str:
        return self.tr("Remove the attachment “%1”? Edit → Undo brings it back.").replace("%1", record.filename)
