"""Record or edit a commitment (MoU, training promised, …)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus, MadeBy
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, OptionalDateEdit, fill_enum_combo, fill_id_combo
from delegation_planner.ui.operations import commitments

if TYPE_CHECKING:
    from delegation_planner.domain.models import Commitment

class CommitmentDialog(FormDialog):
    def __init__(self, ctx: UiContext, trip_id: int, commitment: Commitment | None = None, *,
                 engagement_id: int | None = None, organization_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("New commitment") if commitment is None else self.tr("Edit commitment"), parent)
        self.ctx = ctx
        self.trip_id = trip_id
        self.commitment = c = commitment
        # The stable reference (CK-2017-003): given by the database when the commitment is first saved,
        # never edited, so it is shown here but is not a field of the form.
        self.reference_edit = QLineEdit(c.reference if c else "", self)
        self.reference_edit.setObjectName("commitmentReferenceEdit")
        self.reference_edit.setReadOnly(True)
        self.reference_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reference_edit.setPlaceholderText(self.tr("given when saved"))
        self.reference_edit.setFrame(False)  # looks like the text it is, not a field to type in
        self.reference_edit.setStyleSheet("background: transparent; font-weight: bold;")
        self.form.addRow(self.tr("Reference"), self.reference_edit)
        self.text("description", self.tr("&Description"), c.description if c else "", height=70)
        kind = QComboBox(self)
        fill_enum_combo(kind, CommitmentKind, c.kind if c else CommitmentKind.OTHER)
        self.add_field("kind", self.tr("&Kind"), kind)
        made_by = QComboBox(self)
        fill_enum_combo(made_by, MadeBy, c.made_by if c else MadeBy.JOINT)
        self.add_field("made_by", self.tr("&Made by"), made_by)
        org = QComboBox(self)
        fill_id_combo(org, commitments.organization_choices(ctx), c.organization_id if c else organization_id,
                      self.tr("(none)"))
        self.add_field("organization_id", self.tr("&Organization"), org)
        owner = QComboBox(self)
        fill_id_combo(owner, commitments.person_choices(ctx, trip_id), c.owner_id if c else None, self.tr("(nobody)"))
        self.add_field("owner_id", self.tr("O&wner"), owner)
        eng = QComboBox(self)
        fill_id_combo(eng, commitments.engagement_choices(ctx, trip_id), c.engagement_id if c else engagement_id,
                      self.tr("(not at an engagement)"))
        self.add_field("engagement_id", self.tr("&Engagement"), eng)
        self.add_field("due_date", self.tr("D&ue date"), OptionalDateEdit(c.due_date if c else None, self))
        status = QComboBox(self)
        fill_enum_combo(status, CommitmentStatus, c.status if c else CommitmentStatus.PROPOSED)
        self.add_field("status", self.tr("&Status"), status)
        self.add_field("signed_date", self.tr("Si&gned on"), OptionalDateEdit(c.signed_date if c else None, self))
        source = self.line("source_document", self.tr("Source docu&ment"), c.source_document if c else "")
        source.setObjectName("commitmentSourceEdit")
        source.setCursorPosition(0)  # a long title shows its beginning
        source.setPlaceholderText(self.tr("e.g. MoU on hospital management training, signed 17 Jul 2017"))
        contact = QComboBox(self)
        fill_id_combo(contact, commitments.person_choices(ctx), c.their_contact_id if c else None,
                      self.tr("(nobody)"))
        self.add_field("their_contact_id", self.tr("T&heir contact"), contact)
        contact.setObjectName("commitmentTheirContactCombo")
        completed = OptionalDateEdit(c.completed_date if c else None, self)
        self.add_field("completed_date", self.tr("Com&pleted on"), completed)
        completed.setObjectName("commitmentCompletedDate")
        self.text("follow_up", self.tr("&Follow-up"), c.follow_up if c else "", height=60)
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.commitment is None:
            return commitments.add_commitment(self.ctx, self.trip_id, values)
        return commitments.edit_commitment(self.ctx, self.commitment, values)
