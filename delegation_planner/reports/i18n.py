"""Report headings and labels in English and Vietnamese, and date formats."""
from __future__ import annotations

from datetime import date as Date, datetime
from enum import StrEnum

from delegation_planner.domain.enums import label as english_label
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.messages import weekday_name

LANGUAGES = ("en", "vi")

_EN = {
    "briefing_pack": "Briefing pack",
    "trip_report": "Post-trip report",
    "contents": "Contents",
    "destination": "Destination",
    "dates": "Dates",
    "head": "Head of delegation",
    "prepared_on": "Prepared on",
    "purpose": "Purpose",
    "delegation": "Delegation",
    "programme": "Programme at a glance",
    "briefs": "Engagement briefs",
    "contacts": "Contact sheet",
    "notes_pages": "Notes",
    "notes_for": "Notes — {day}",
    "page_x_of_y": "Page {x} of {y}",
    "no": "No.",
    "name": "Name",
    "title": "Title",
    "organization": "Organization",
    "role": "Role",
    "phone": "Phone",
    "email": "E-mail",
    "local_time": "Local time",
    "home_time": "Home time ({city})",
    "engagement": "Engagement",
    "venue": "Venue",
    "places_of_programme": "Places of the programme",
    "phone_website": "Phone, website",
    "phone_email": "Phone, e-mail",
    "our_lead": "Our lead",
    "when": "When",
    "kind": "Kind",
    "status": "Status",
    "our_side": "Our side",
    "profile": "Organization profile",
    "counterparts": "Counterparts",
    "objectives": "Objectives",
    "talking_points": "Talking points",
    "logistics": "Logistics",
    "travel": "Travel from previous engagement: {minutes} min",
    "conflicts": "Programme conflicts",
    "earlier_commitments": "Open commitments from earlier trips",
    "trip": "Trip",
    "commitment": "Commitment",
    "counterpart": "Counterpart",
    "made_by": "Made by",
    "owner": "Owner",
    "due": "Due date",
    "address": "Address",
    "website": "Website",
    "local_name": "Local name",
    "none_recorded": "None recorded.",
    "no_members": "No delegation members have been entered yet.",
    "no_engagements": "No engagements have been entered yet.",
    "all_cancelled": "All engagements of this trip are cancelled; there is nothing to brief.",
    "no_earlier": "No open commitments with this organization from earlier trips.",
    "no_contacts": "No contacts have been entered yet.",
    "cancelled_mark": "CANCELLED",
    "day_heading": "{day}",
    "no_organization": "No organization is linked to this engagement.",
    "no_counterparts": "No counterparts listed yet.",
    "more_attendees": "… and {count} more host attendees (of {total}), listed in the annex.",
    "more_counterparts": "… and {count} more counterparts (of {total}): names, titles and contacts in the contact sheet.",
    "summary": "Summary",
    "places": "Places",
    "engagements_planned": "Engagements in the programme",
    "engagements_held": "Engagements held",
    "engagements_cancelled": "Engagements cancelled",
    "commitments": "Commitments",
    "commitments_total": "Commitments recorded",
    "by_kind": "Commitments by kind",
    "by_status": "Commitments by status",
    "count": "Number",
    "engagements_section": "Engagements held and outcomes",
    "meeting_notes": "Meeting notes",
    "outcomes": "Outcomes (commitments)",
    "no_notes": "No notes were recorded.",
    "no_outcomes": "No commitments were recorded at this engagement.",
    "no_commitments": "No commitments were recorded on this trip.",
    "follow_up": "Follow-up actions",
    "no_follow_up": "Nothing is left to follow up: every commitment is done or dropped.",
    "unassigned": "(no owner assigned)",
    "overdue": "overdue",
    "annex": "Annex",
    "annex_delegation": "Annex A — Delegation",
    "annex_counterparts": "Annex B — Counterparts",
    "not_held": "Status: {status}",
    "note_by": "{author}, {when}",
    "follow_up_text": "Follow-up",
    "signed_on": "signed {date}",
    "chart_title": "Commitments by status",
    "side": "Side",
    "attendees": "Attendees",
    "conflict_flag": "conflict",
    "cancelled_engagements": "Cancelled engagements",
    "until": "until {time}",
    "footer": "{kind} · prepared on {date}",
    "kind_status": "{kind} · {status}",
    "trip_of": "{title}",
}

_VI = {
    "briefing_pack": "Tài liệu chuẩn bị chuyến công tác",
    "trip_report": "Báo cáo kết quả chuyến công tác",
    "contents": "Mục lục",
    "destination": "Địa điểm",
    "dates": "Thời gian",
    "head": "Trưởng đoàn",
    "prepared_on": "Ngày lập",
    "purpose": "Mục đích",
    "delegation": "Thành phần đoàn",
    "programme": "Chương trình làm việc",
    "briefs": "Nội dung các buổi làm việc",
    "contacts": "Danh bạ liên hệ",
    "notes_pages": "Ghi chép",
    "notes_for": "Ghi chép — {day}",
    "page_x_of_y": "Trang {x} / {y}",
    "no": "STT",
    "name": "Họ và tên",
    "title": "Chức vụ",
    "organization": "Cơ quan",
    "role": "Vai trò",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
    "local_time": "Giờ địa phương",
    "home_time": "Giờ {city}",
    "engagement": "Hoạt động",
    "venue": "Địa điểm",
    "places_of_programme": "Các địa điểm làm việc",
    "phone_website": "Điện thoại, trang web",
    "phone_email": "Điện thoại, thư điện tử",
    "our_lead": "Chủ trì phía ta",
    "when": "Thời gian",
    "kind": "Loại",
    "status": "Trạng thái",
    "our_side": "Phía ta",
    "profile": "Giới thiệu đối tác",
    "counterparts": "Thành phần phía bạn",
    "objectives": "Mục tiêu",
    "talking_points": "Nội dung trao đổi",
    "logistics": "Hậu cần",
    "travel": "Di chuyển từ hoạt động trước: {minutes} phút",
    "conflicts": "Trùng lịch",
    "earlier_commitments": "Cam kết chưa hoàn thành từ các chuyến trước",
    "trip": "Chuyến công tác",
    "commitment": "Nội dung cam kết",
    "counterpart": "Đối tác",
    "made_by": "Bên cam kết",
    "owner": "Người phụ trách",
    "due": "Thời hạn",
    "address": "Địa chỉ",
    "website": "Trang web",
    "local_name": "Tên tiếng Việt",
    "none_recorded": "Chưa có thông tin.",
    "no_members": "Chưa có thành viên đoàn.",
    "no_engagements": "Chưa có hoạt động nào trong chương trình.",
    "all_cancelled": "Tất cả các hoạt động của chuyến công tác đã bị hủy; không có nội dung cần chuẩn bị.",
    "no_earlier": "Không có cam kết nào còn mở với đối tác này từ các chuyến trước.",
    "no_contacts": "Chưa có thông tin liên hệ.",
    "cancelled_mark": "ĐÃ HỦY",
    "day_heading": "{day}",
    "no_organization": "Hoạt động này chưa gắn với cơ quan đối tác nào.",
    "no_counterparts": "Chưa có danh sách phía bạn.",
    "more_attendees": "… và {count} người khác phía bạn (trong tổng số {total}), xem danh sách tại phụ lục.",
    "more_counterparts": "… và {count} người khác phía bạn (trong tổng số {total}): họ tên, chức vụ và liên hệ xem tại danh bạ liên hệ.",
    "summary": "Tóm tắt",
    "places": "Nơi đến",
    "engagements_planned": "Số hoạt động trong chương trình",
    "engagements_held": "Số hoạt động đã thực hiện",
    "engagements_cancelled": "Số hoạt động bị hủy",
    "commitments": "Cam kết",
    "commitments_total": "Số cam kết",
    "by_kind": "Cam kết theo loại",
    "by_status": "Cam kết theo trạng thái",
    "count": "Số lượng",
    "engagements_section": "Các hoạt động đã thực hiện và kết quả",
    "meeting_notes": "Ghi chép buổi làm việc",
    "outcomes": "Kết quả (cam kết)",
    "no_notes": "Không có ghi chép.",
    "no_outcomes": "Không có cam kết nào tại buổi làm việc này.",
    "no_commitments": "Chuyến công tác không có cam kết nào.",
    "follow_up": "Việc cần theo dõi",
    "no_follow_up": "Không còn việc cần theo dõi: mọi cam kết đã hoàn thành hoặc hủy bỏ.",
    "unassigned": "(chưa giao người phụ trách)",
    "overdue": "quá hạn",
    "annex": "Phụ lục",
    "annex_delegation": "Phụ lục A — Thành phần đoàn",
    "annex_counterparts": "Phụ lục B — Thành phần phía bạn",
    "not_held": "Trạng thái: {status}",
    "note_by": "{author}, {when}",
    "follow_up_text": "Theo dõi",
    "signed_on": "ký ngày {date}",
    "chart_title": "Cam kết theo trạng thái",
    "side": "Bên",
    "attendees": "Thành phần tham dự",
    "conflict_flag": "trùng lịch",
    "cancelled_engagements": "Các hoạt động bị hủy",
    "until": "đến {time}",
    "footer": "{kind} · lập ngày {date}",
    "kind_status": "{kind} · {status}",
    "trip_of": "{title}",
}

# The documents of issue 11: briefing pack additions, day cards, personal itineraries.
_EN.update({
    "to_be_signed": "To be signed",
    "continued": "{title} (continued)",
    "trip_dates": "{title} ({dates})",
    "overdue_as_of": "overdue as of {date}",
    "day_cards": "Day cards",
    "day_card": "Day card",
    "day_n_of": "Day {n} of {total}",
    "greeted_by": "Who greets you",
    "forms_of_address": "Address as",
    "three_points": "Three points",
    "key_points": "Points to make",
    "the_request": "The request",
    "free_day": "No engagements this day.",
    "itinerary": "Personal itinerary",
    "itinerary_of": "Itinerary — {name}",
    "itineraries": "Personal itineraries",
    "attends_as": "Your role",
    "with_us": "With you",
    "host_side": "Host side",
    "attends_nothing": "{name} attends no engagement of this trip.",
    "no_delegation": "No delegation members have been entered yet: there is no itinerary to print.",
    "also_in_programme": "In the programme",
})
_VI.update({
    "to_be_signed": "Văn bản ký kết",
    "continued": "{title} (tiếp theo)",
    "trip_dates": "{title} ({dates})",
    "overdue_as_of": "quá hạn tính đến {date}",
    "day_cards": "Lịch làm việc từng ngày",
    "day_card": "Lịch làm việc trong ngày",
    "day_n_of": "Ngày {n}/{total}",
    "greeted_by": "Phía bạn đón tiếp",
    "forms_of_address": "Cách xưng hô",
    "three_points": "Ba nội dung chính",
    "key_points": "Nội dung chính",
    "the_request": "Đề nghị chính",
    "free_day": "Không có hoạt động trong ngày.",
    "itinerary": "Lịch trình cá nhân",
    "itinerary_of": "Lịch trình — {name}",
    "itineraries": "Lịch trình cá nhân",
    "attends_as": "Vai trò",
    "with_us": "Cùng tham dự",
    "host_side": "Phía bạn",
    "attends_nothing": "{name} không tham dự hoạt động nào của chuyến công tác.",
    "no_delegation": "Chưa có thành viên đoàn: không có lịch trình cá nhân để in.",
    "also_in_programme": "Trong chương trình",
})

# The visit model of issue 11: commitment references, scenarios, logistics contacts.
_EN.update({
    "reference": "Ref.",
    "source_document": "Source document",
    "completed_on": "completed {date}",
    "their_contact": "Their contact",
    "scenario": "Scenario",
    "seating_plan": "Seating plan",
    "car": "Car", "driver": "driver", "seat_1": "rear right", "seat_2": "rear left", "seat_3": "beside the driver",
    "interpreter": "Interpreter",
    "scenario_of": "Scenario — {title}",
    "at_time": "Time",
    "action": "What happens",
    "performer": "Who does it",
    "responsible": "Responsible",
    "logistics_contacts": "Logistics contacts",
    "contact_kind": "Kind",
    "contact_details": "Phone, address",
    "notes": "Notes",
    "cars_and_interpreters": "Drivers and interpreters of the visit",
    "people": "People",
})
_VI.update({
    "reference": "Số hiệu",
    "source_document": "Văn bản gốc",
    "completed_on": "hoàn thành ngày {date}",
    "their_contact": "Đầu mối phía bạn",
    "scenario": "Kịch bản",
    "seating_plan": "Sơ đồ chỗ ngồi",
    "car": "Xe", "driver": "lái xe", "seat_1": "ghế sau bên phải", "seat_2": "ghế sau bên trái",
    "seat_3": "ghế cạnh lái xe", "interpreter": "Phiên dịch",
    "scenario_of": "Kịch bản — {title}",
    "at_time": "Thời gian",
    "action": "Nội dung",
    "performer": "Người thực hiện",
    "responsible": "Người chịu trách nhiệm",
    "logistics_contacts": "Đầu mối hậu cần",
    "contact_kind": "Loại",
    "contact_details": "Điện thoại, địa chỉ",
    "notes": "Ghi chú",
    "cars_and_interpreters": "Lái xe và phiên dịch của đoàn",
    "people": "Danh sách người",
})

_VI_ENUMS = {
    # MemberRole
    "head": "Trưởng đoàn", "deputy_head": "Phó trưởng đoàn", "member": "Thành viên",
    "protocol_officer": "Cán bộ lễ tân", "interpreter": "Phiên dịch", "security": "An ninh",
    # EngagementKind
    "meeting": "Làm việc", "site_visit": "Thăm cơ sở", "signing_ceremony": "Lễ ký kết",
    "working_meal": "Tiệc làm việc", "courtesy_call": "Chào xã giao", "travel": "Di chuyển",
    "cultural_visit": "Tham quan văn hóa", "free_time": "Thời gian tự do",
    # TripStatus (as on screen)
    "draft": "Dự thảo", "under_way": "Đang thực hiện", "completed": "Đã hoàn thành",
    # EngagementStatus
    "planned": "Dự kiến", "confirmed": "Đã xác nhận", "held": "Đã thực hiện", "cancelled": "Đã hủy",
    # AttendanceRole
    "lead": "Chủ trì", "speaker": "Phát biểu", "note_taker": "Ghi biên bản", "attendee": "Tham dự",
    # CommitmentKind
    "mou": "Biên bản ghi nhớ (MoU)", "contract": "Hợp đồng", "agreement": "Thỏa thuận", "training": "Đào tạo",
    "exchange_visit": "Trao đổi đoàn", "information_sharing": "Chia sẻ thông tin", "investment": "Đầu tư",
    "other": "Khác",
    # MadeBy
    "our_side": "Phía ta", "their_side": "Phía bạn", "joint": "Hai bên",
    # CommitmentStatus
    "proposed": "Đề xuất", "agreed": "Đã thống nhất", "signed": "Đã ký", "in_progress": "Đang thực hiện",
    "done": "Hoàn thành", "dropped": "Hủy bỏ",
    # OrganizationKind
    "hospital": "Bệnh viện", "research_lab": "Phòng thí nghiệm", "university": "Trường đại học",
    "government_office": "Cơ quan chính phủ", "company": "Doanh nghiệp", "startup_incubator": "Vườn ươm khởi nghiệp",
    "police": "Cảnh sát", "emergency_service": "Dịch vụ khẩn cấp", "hotel": "Khách sạn",
    "ngo": "Tổ chức phi chính phủ",
    # Side
    "delegation": "Đoàn ta", "host": "Phía bạn", "staff": "Cán bộ, phiên dịch",
}
# Values shared by two enumerations with different meanings in Vietnamese.
_VI_BY_ENUM = {("EngagementKind", "press"): "Họp báo", ("MemberRole", "press"): "Báo chí"}

# The visit's direction (Trip.direction): a delegation received here is not a "trip" of ours, its
# leader on our side is not the "head of delegation", the people met are "their side". Outbound
# and domestic visits use the tables above.
_INBOUND = {
    "en": {
        "trip_report": "Report on receiving the delegation",
        "head": "Received by",
        "delegation": "Our side (receiving)",
        "programme": "Programme for receiving the delegation",
        "destination": "Place",
        "places": "Places",
        "trip": "Visit",
        "our_lead": "Our lead",
        "host_side": "Their side",
        "counterparts": "Their side",
        "greeted_by": "Whom you receive",
        "earlier_commitments": "Open commitments from earlier visits",
        "no_members": "Our receiving side has not been entered yet.",
        "no_delegation": "Our receiving side has not been entered yet: there is no itinerary to print.",
        "attends_nothing": "{name} attends no engagement of this visit.",
        "all_cancelled": "All engagements of this visit are cancelled; there is nothing to brief.",
        "no_commitments": "No commitments were recorded during this visit.",
        "annex_delegation": "Annex A — Our side (receiving)",
        "annex_counterparts": "Annex B — The visiting delegation",
        "more_attendees": "… and {count} more of their side (of {total}), listed in the annex.",
        "more_counterparts": "… and {count} more of their side (of {total}): names, titles and contacts in the "
                             "contact sheet.",
    },
    "vi": {
        "briefing_pack": "Tài liệu chuẩn bị đón tiếp đoàn",
        "trip_report": "Báo cáo kết quả đón tiếp đoàn",
        "head": "Chủ trì đón tiếp",
        "delegation": "Thành phần đón tiếp (phía ta)",
        "programme": "Chương trình đón tiếp",
        "trip": "Chương trình",
        "host_side": "Phía bạn",
        "counterparts": "Thành phần đoàn khách",
        "greeted_by": "Đoàn khách",
        "earlier_commitments": "Cam kết chưa hoàn thành từ các lần làm việc trước",
        "no_members": "Chưa nhập thành phần đón tiếp phía ta.",
        "no_delegation": "Chưa nhập thành phần đón tiếp phía ta: không có lịch trình cá nhân để in.",
        "attends_nothing": "{name} không tham dự hoạt động nào của chương trình.",
        "all_cancelled": "Tất cả các hoạt động của chương trình đã bị hủy; không có nội dung cần chuẩn bị.",
        "no_commitments": "Chương trình không có cam kết nào.",
        "annex_delegation": "Phụ lục A — Thành phần đón tiếp (phía ta)",
        "annex_counterparts": "Phụ lục B — Thành phần đoàn khách",
    },
}
_INBOUND_ENUMS = {
    "en": {"head": "Receives the delegation", "deputy_head": "Deputy", "delegation": "Our side", "host": "Their side"},
    "vi": {"head": "Chủ trì đón tiếp", "deputy_head": "Cùng đón tiếp", "delegation": "Phía ta", "host": "Phía bạn"},
}
# domestic working visits take the outbound words ("chuyến công tác", "đoàn", "phía bạn")
_DOMESTIC: dict[str, dict[str, str]] = {"en": {}, "vi": {}}
_DOMESTIC_ENUMS: dict[str, dict[str, str]] = {"en": {}, "vi": {}}

_VI_ENUMS.update({  # ContactKind (logistics contacts)
    "embassy": "Đại sứ quán, lãnh sự quán", "host_liaison": "Đầu mối phía bạn", "driver": "Lái xe",
    "emergency": "Số điện thoại khẩn cấp",
})

# The motorcade list of the briefing pack (issue 13): by day, each transfer's cars and who sits where.
_EN.update({
    "motorcade_list": "Motorcade list",
    "motorcade_legend": "Seat 1 is rear right (the guest of honour), seat 2 rear left (the host escort), "
                        "seat 3 beside the driver (the interpreter).",
    "car_and_driver": "Vehicle and driver",
    "passengers": "Who sits where",
    "seat_n": "seat {n}",
    "no_passengers": "No passengers",
})
_VI.update({
    "motorcade_list": "Danh sách đoàn xe",
    "motorcade_legend": "Ghế 1: sau bên phải (trưởng đoàn khách), ghế 2: sau bên trái (người tháp tùng phía chủ nhà), "
                        "ghế 3: cạnh lái xe (phiên dịch).",
    "car_and_driver": "Xe và lái xe",
    "passengers": "Vị trí ngồi",
    "seat_n": "ghế {n}",
    "no_passengers": "Không có người",
})

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def check_lang(lang: object) -> str:
    if lang not in LANGUAGES:
        raise ValidationError.of("lang", "unknown_language", value=repr(lang))
    return str(lang)


class Labels:
    """Labels and formats of one language."""

    def __init__(self, lang: str, direction: object = "outbound"):
        self.lang = check_lang(lang)
        self._table = _VI if lang == "vi" else _EN
        #: "outbound", "inbound" or "domestic" (Trip.direction): which words the visit takes.
        self.direction = str(direction or "outbound")
        self._direction_table = {"inbound": _INBOUND, "domestic": _DOMESTIC}.get(self.direction, {}).get(lang, {})
        self._direction_enums = {"inbound": _INBOUND_ENUMS, "domestic": _DOMESTIC_ENUMS}.get(
            self.direction, {}).get(lang, {})

    @property
    def inbound(self) -> bool:
        """A delegation received here (Trip.direction "inbound")."""
        return self.direction == "inbound"

    def __call__(self, key: str, **kwargs: object) -> str:
        text = self._direction_table.get(key) or self._table[key]
        return text.format(**kwargs) if kwargs else text

    def number(self, n: int) -> str:
        """10,000 in English, 10.000 in Vietnamese."""
        text = f"{n:,}"
        return text.replace(",", ".") if self.lang == "vi" else text

    def enum(self, value: StrEnum | str | None) -> str:
        if value is None:
            return ""
        if self._direction_enums and isinstance(value, StrEnum) and type(value).__name__ in ("MemberRole", "Side"):
            special = self._direction_enums.get(str(value))
            if special:
                return special
        if self.lang == "vi":
            text = str(value)
            if isinstance(value, StrEnum) and (type(value).__name__, text) in _VI_BY_ENUM:
                return _VI_BY_ENUM[(type(value).__name__, text)]
            return _VI_ENUMS.get(text, english_label(value) if isinstance(value, StrEnum) else text)
        if isinstance(value, StrEnum):
            return english_label(value)
        return str(value).replace("_", " ").capitalize()

    def date(self, d: Date | datetime | None) -> str:
        if d is None:
            return ""
        if self.lang == "vi":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"

    def short_date(self, d: Date | None) -> str:
        if d is None:
            return ""
        if self.lang == "vi":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}"

    def day(self, d: Date) -> str:
        """"Wednesday 12 July 2017" / "Thứ Tư, ngày 12/07/2017"."""
        weekday = weekday_name(d, self.lang)  # the one weekday rule (domain.messages)
        if self.lang == "vi":
            return f"{weekday}, ngày {d.day:02d}/{d.month:02d}/{d.year}"
        return f"{weekday} {self.date(d)}"

    def date_range(self, start: Date, end: Date) -> str:
        if self.lang == "vi":
            if start == end:
                return self.date(start)
            return f"{self.date(start)} – {self.date(end)}"
        if start == end:
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {_MONTHS_EN[start.month - 1]} {start.year}"
        if start.year == end.year:
            return f"{start.day} {_MONTHS_EN[start.month - 1]} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"
