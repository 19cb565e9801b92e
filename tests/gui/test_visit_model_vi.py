"""Issue 11's new fields in the Vietnamese window. The captions need the lead's merge of
/tmp/team/ts_model.tsv into the .ts/.qm files; the refusal text comes from domain.messages."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from delegation_planner.services import commitments


def _labels(dialog) -> str:
    return "\n".join(label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text())


def test_the_vietnamese_commitment_dialog_names_the_new_fields_and_refuses_in_vietnamese(vi_window):
    from delegation_planner.ui.main_window import COMMITMENTS_TAB

    vi_window.show_tab(COMMITMENTS_TAB)
    panel = vi_window.commitments_panel
    trip_id = vi_window.current_trip_id
    start = date(2017, 7, 12)
    seen = {}

    def record(dialog):
        seen["labels"] = _labels(dialog)
        dialog.widget("description").setPlainText("Đào tạo")
        dialog.findChild(QWidget, "commitmentCompletedDate").set_value(date(2017, 7, 1))
        dialog.accept()
        seen["error"] = dialog.findChild(QLabel, "completed_date_error").text()
        return False

    before = len(commitments.list_commitments(vi_window.db, trip_id=trip_id))
    panel.run_dialog = record
    panel.add_button.click()
    for caption in ("Số hiệu", "Văn bản gốc", "Đầu mối phía bạn", "Ngày hoàn thành"):
        assert caption in seen["labels"], seen["labels"]
    assert seen["error"] == f"trước ngày bắt đầu chuyến công tác ({start:%d/%m/%Y})"
    assert len(commitments.list_commitments(vi_window.db, trip_id=trip_id)) == before


def test_the_vietnamese_trip_dialog_names_the_visit(vi_window):
    seen = {}

    def look(dialog):
        seen["labels"] = _labels(dialog)
        combo = dialog.findChild(QComboBox, "tripDirectionCombo")
        seen["items"] = [combo.itemText(i) for i in range(combo.count())]
        dialog.reject()
        return dialog.result()

    vi_window.exec_dialog = look
    vi_window.actions_.edit_trip.trigger()
    assert "Loại đoàn" in seen["labels"], seen["labels"]
    assert len(seen["items"]) == 3 and not any(text.startswith(("Our ", "Delegation ", "Domestic "))
                                               for text in seen["items"]), seen["items"]
