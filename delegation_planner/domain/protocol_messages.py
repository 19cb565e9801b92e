"""The en/vi text of the seating and motorcade rules' problem and warning codes (domain.seating,
domain.motorcade), in a module of their own with no imports: domain.messages merges them into the
one catalogue, and the command line's light start-up (which renders messages) then does not pay for
building the seating rules' classes (about 17 ms of imports here)."""
from __future__ import annotations

#: domain.seating's codes (placeholders are the problem's params).
SEATING: dict[str, tuple[str, str]] = {
    "seating_unknown_layout": ("unknown seating layout {value} (one of: {allowed})",
                               "kiểu sơ đồ chỗ ngồi không hợp lệ {value} (chọn một trong: {allowed})"),
    "seating_car_full": ("{count} people do not fit in a car (at most {limit}: rear right, rear left, "
                         "beside the driver)",
                         "{count} người không thể đi chung một xe (tối đa {limit}: ghế sau bên phải, ghế sau "
                         "bên trái, ghế cạnh lái xe)"),
    "seating_no_such_seat": ("there is no seat {seat} in this plan (seats 1–{last})",
                             "sơ đồ này không có ghế số {seat} (các ghế từ 1 đến {last})"),
    "seating_seat_pinned_twice": ("seat {seat} is pinned to two people (ids {first} and {second})",
                                  "ghế số {seat} bị giữ cho hai người (mã số {first} và {second})"),
    "seating_person_pinned_twice": ("person {id} is pinned to two seats ({first} and {second})",
                                    "người mang mã số {id} bị giữ ở hai ghế ({first} và {second})"),
    "seating_pin_not_attending": ("person {id} (pinned to seat {seat}) does not attend this engagement",
                                  "người mang mã số {id} (giữ ghế số {seat}) không dự hoạt động này"),
    "seating_duplicate_person": ("person {id} is listed twice", "người mang mã số {id} bị liệt kê hai lần"),
    "seating_bad_value": ("must be {expected}, not {value}", "phải là {expected}, không phải {value}"),
    # warnings (domain.errors.Notice)
    "seating_no_host_interpreter": ("no interpreter on the host side", "phía chủ nhà không có phiên dịch"),
    "seating_no_guest_interpreter": ("no interpreter on the guest side", "phía khách không có phiên dịch"),
    "seating_no_host_signatory": ("nobody on the host side to sign", "phía chủ nhà không có người ký"),
    "seating_no_guest_signatory": ("nobody on the guest side to sign", "phía khách không có người ký"),
    "seating_guest_in_host_seat": ("{name} (guest side) sits in seat {seat} of the host side",
                                   "{name} (phía khách) ngồi ghế số {seat} của phía chủ nhà"),
    "seating_host_in_guest_seat": ("{name} (host side) sits in seat {seat} of the guest side",
                                   "{name} (phía chủ nhà) ngồi ghế số {seat} của phía khách"),
    "seating_nobody": ("nobody attends this engagement yet", "chưa có ai dự hoạt động này"),
    "seating_pin_dropped": ("the pin of seat {seat} was dropped: {name} no longer attends",
                            "bỏ giữ ghế số {seat}: {name} không còn dự hoạt động này"),
    "seating_pin_place_gone": ("the pin of seat {seat} was dropped: its place is no longer in the plan "
                               "({name} is seated by the rules)",
                               "bỏ giữ ghế số {seat}: vị trí này không còn trong sơ đồ ({name} được xếp theo "
                               "quy tắc)"),
}

#: domain.motorcade's codes.
MOTORCADE: dict[str, tuple[str, str]] = {
    "motorcade_full": ("{count} people do not fit in {cars} car(s) of {seats} seats; add a car",
                       "{count} người không đủ chỗ trên {cars} xe, mỗi xe {seats} chỗ; hãy thêm xe"),
    "motorcade_no_cars": ("no cars are recorded for this transfer", "chưa có xe nào cho chuyến di chuyển này"),
}
