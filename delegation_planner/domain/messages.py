"""The message catalogue: every coded problem in English and in Vietnamese (data, no Qt).

A :class:`~delegation_planner.domain.errors.Problem` carries a stable ``code`` and its
``params`` (field, value, limit…); its English ``message`` is what logs and ``str(exc)``
show. The interface (in its language) and the CLI (``--lang``) render it here:

>>> from delegation_planner.domain.errors import Problem
>>> render_problem(Problem("end", code="end_before_start"), "vi")
'Kết thúc: trước thời điểm bắt đầu'

A problem found in a file (a trip bundle) may carry where it is: ``file`` (the file's
name), ``record_kind`` ("engagement", "person"…) and ``record`` (its title or name); the
rendered line names them instead of the technical path ("engagements[0].end").
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from typing import Any, Mapping

LANGUAGES = ("en", "vi")

#: code -> (English, Vietnamese). Placeholders are ``str.format`` names of the problem's params.
MESSAGES: dict[str, tuple[str, str]] = {
    # text fields
    "required": ("is required", "không được để trống"),
    "not_text": ("must be text, not {type}", "phải là văn bản, không phải {type}"),
    "nul_character": ("contains a NUL character", "chứa ký tự rỗng (mã 0)"),
    "broken_unicode": ("contains invalid characters (broken Unicode)",
                       "chứa ký tự không hợp lệ (lỗi mã hóa ký tự)"),
    "too_long": ("is too long ({length} characters; at most {limit})",
                 "quá dài ({length} ký tự; tối đa {limit})"),
    "unknown_value": ("unknown value {value} (one of: {allowed})",
                      "giá trị không hợp lệ {value} (chọn một trong: {allowed})"),
    "unknown_value_short": ("unknown value {value}", "giá trị không hợp lệ {value}"),
    "unknown_field": ("not a field that can be set here", "không phải trường có thể đặt ở đây"),
    "unknown_bundle_field": ("unknown field", "trường không xác định"),
    "not_email": ("{value} is not an e-mail address", "{value} không phải địa chỉ thư điện tử"),
    # numbers
    "whole_number_range": ("must be a whole number from {minimum} to {maximum}, not {value}",
                           "phải là số nguyên từ {minimum} đến {maximum}, không phải {value}"),
    "whole_number_from": ("must be a whole number from {minimum} up, not {value}",
                          "phải là số nguyên từ {minimum} trở lên, không phải {value}"),
    "minutes_range": ("must be minutes from {minimum} to {maximum}, not {value}",
                      "phải là số phút từ {minimum} đến {maximum}, không phải {value}"),
    # dates and times
    "not_date": ("must be a date", "phải là một ngày"),
    "not_date_value": ("must be a date, not {value}", "phải là một ngày, không phải {value}"),
    "not_datetime": ("must be a date and time", "phải là ngày và giờ"),
    "year_range": ("year {year} is out of range ({minimum}–{maximum})",
                   "năm {year} nằm ngoài khoảng cho phép ({minimum}–{maximum})"),
    "end_before_start": ("before start", "trước thời điểm bắt đầu"),
    "end_equals_start": ("same as start (an engagement takes time)",
                         "trùng với thời điểm bắt đầu (hoạt động phải kéo dài một khoảng thời gian)"),
    "too_long_span": ("more than {days} days after start", "sau thời điểm bắt đầu hơn {days} ngày"),
    "unknown_time_zone": ("unknown time zone {value} (use an IANA name such as Europe/Paris)",
                          "múi giờ không xác định {value} (dùng tên múi giờ IANA, ví dụ Europe/Paris)"),
    "unknown_time_zone_short": ("unknown time zone {value}", "múi giờ không xác định {value}"),
    "time_zone_required": ("is required (the venue's IANA time zone, e.g. America/New_York)",
                           "không được để trống (múi giờ IANA của địa điểm, ví dụ America/New_York)"),
    "dst_gap": ("{time} does not exist in {zone} (clocks jump forward that night)",
                "{time} không tồn tại ở múi giờ {zone} (đêm đó đồng hồ được vặn nhanh lên)"),
    "time_out_of_range": ("{time} is out of range", "{time} nằm ngoài khoảng cho phép"),
    "offset_mismatch": ("offset does not match {zone} at that time",
                        "độ lệch giờ không khớp với múi giờ {zone} vào thời điểm đó"),
    "local_time_required": ("is required (local time at the venue, YYYY-MM-DDTHH:MM)",
                            "không được để trống (giờ địa phương tại địa điểm, dạng YYYY-MM-DDTHH:MM)"),
    # records and references
    # the gifts register (issue 13)
    "not_currency_code": ("must be a three-letter currency code (VND, USD, EUR…), not {value}",
                          "phải là mã tiền tệ ba chữ cái (VND, USD, EUR…), không phải {value}"),
    "not_amount": ("must be a whole amount from 0 to {limit}, not {value}",
                   "phải là một số tiền nguyên từ 0 đến {limit}, không phải {value}"),
    "report_before_gift": ("is before the gift's date ({given})", "trước ngày nhận quà ({given})"),
    "bad_package": ("{reason}", "gói chuyến đi không hợp lệ, không nhập gì: {reason}"),
    "unsafe_file_name": ("is not a plain file name (no folder, no control character, not a reserved name): {value}",
                         "không phải là một tên tệp thông thường (không có thư mục, ký tự điều khiển hay tên dành "
                         "riêng): {value}"),
    "attachment_too_large": ("is too large to attach ({size} bytes; at most {limit})",
                             "quá lớn để đính kèm ({size} byte; tối đa {limit})"),
    "checksum_mismatch": ("of {name} does not match its bytes: the file was changed or damaged",
                          "của {name} không khớp với nội dung: tệp đã bị sửa hoặc hỏng"),
    "not_car_number": ("must be a car number from 1 to {limit}, not {value}",
                       "phải là số thứ tự xe từ 1 đến {limit}, không phải {value}"),
    # the visit as the office runs it (issue 11)
    "completed_before_trip": ("is before the trip's start ({start})",
                              "trước ngày bắt đầu chuyến công tác ({start})"),
    "not_clock_time": ("must be a time of day HH:MM (00:00–23:59), not {value}",
                       "phải là giờ trong ngày dạng HH:MM (00:00–23:59), không phải {value}"),
    "bad_reference": ("{value} is not a commitment reference (like CK-2017-003)",
                      "{value} không phải số hiệu cam kết (dạng CK-2017-003)"),
    # a bundle's stable identifiers (the reader's own codes, catalogued here so they render in Vietnamese)
    "bad_uuid": ("{value} is not a UUID (like 1b4e28ba-2fa1-41d2-883f-0016d3cca427)",
                 "{value} không phải mã định danh UUID (dạng 1b4e28ba-2fa1-41d2-883f-0016d3cca427)"),
    "duplicate_uuid": ("duplicate uuid {value} (also at {other})", "mã định danh {value} bị trùng (cũng có ở {other})"),
    "contact_ids_list": ("must be a list of logistics contact ids", "phải là danh sách mã số đầu mối hậu cần"),
    "contact_ids_every": ("must list every logistics contact of the trip exactly once",
                          "phải liệt kê mỗi đầu mối hậu cần của chuyến công tác đúng một lần"),
    "not_found": ("no {entity} with id {id}", "không có {entity} nào mang mã số {id}"),
    "trip_exists": ("this trip is already in the database (trip {trip_id}, {title}): update it from the bundle "
                    "instead of importing a second copy",
                    "chuyến đi này đã có trong cơ sở dữ liệu (chuyến {trip_id}, {title}): hãy cập nhật nó từ gói "
                    "thay vì nhập thêm một bản"),
    "uuid_other_kind": ("identifier {value} already belongs to another kind of record in this database",
                        "mã định danh {value} đã thuộc về một loại bản ghi khác trong cơ sở dữ liệu này"),
    "uuid_elsewhere": ("identifier {value} already belongs to a record of another trip",
                       "mã định danh {value} đã thuộc về một bản ghi của chuyến đi khác"),
    "no_record_with_key": ("no {entity} with key {value} in this file",
                           "tệp không có {entity} nào mang khóa {value}"),
    "record_changed": ("this {entity} was changed by someone else since you opened it (version {expected}, "
                       "now {stored}); nothing was saved",
                       "người khác đã sửa {entity} này sau khi bạn mở (phiên bản {expected}, nay là {stored}); "
                       "chưa lưu gì"),
    "already_member": ("is already in this delegation", "đã có trong thành phần đoàn"),
    "already_member_at": ("{value} is already a member (at {other})",
                          "{value} đã là thành viên đoàn (ở {other})"),
    "listed_twice": ("{value} is listed twice for this engagement",
                     "{value} được liệt kê hai lần trong hoạt động này"),
    "duplicate_key": ("duplicate key {value} (also at {other})", "khóa {value} bị trùng (cũng có ở {other})"),
    "bad_key": ("must be a short non-empty text", "phải là một đoạn văn bản ngắn, không để trống"),
    "other_trip": ("belongs to another trip", "thuộc một chuyến công tác khác"),
    "not_attendee": ("does not attend this engagement", "không tham dự hoạt động này"),
    "member_ids_list": ("must be a list of member ids", "phải là danh sách mã số thành viên đoàn"),
    "member_ids_every": ("must list every member of the delegation exactly once",
                         "phải liệt kê mỗi thành viên đoàn đúng một lần"),
    "not_whole_number": ("must be a whole number, not {value}", "phải là số nguyên, không phải {value}"),
    "not_trip_id": ("must be a trip id, not {value}", "phải là mã số chuyến công tác, không phải {value}"),
    "unknown_kind": ("unknown kind {value} (one of: {allowed})", "loại không hợp lệ {value} (chọn một trong: {allowed})"),
    "unknown_language": ("unknown language {value} (one of: en, vi)",
                         "ngôn ngữ không hợp lệ {value} (chọn một trong: en, vi)"),
    "unknown_paper": ("unknown paper size {value} (one of: a4, letter)",
                      "khổ giấy không hợp lệ {value} (chọn một trong: a4, letter)"),
    "choose_person": ("choose a person from the list, or create a new one",
                      "hãy chọn một người trong danh sách, hoặc tạo người mới"),
    # bundle structure
    "not_object": ("must be an object, not {type}", "phải là một đối tượng, không phải {type}"),
    "not_list": ("must be a list, not {type}", "phải là một danh sách, không phải {type}"),
    "must_be": ("must be {expected}, not {type}", "phải là {expected}, không phải {type}"),
    "too_many_items": ("too many items ({count}; at most {limit})", "quá nhiều mục ({count}; tối đa {limit})"),
    "too_many_records": ("too many records ({count}; at most {limit} in one trip bundle)",
                         "quá nhiều bản ghi ({count}; một gói chuyến công tác có tối đa {limit})"),
    "not_a_bundle": ("must be {expected}, not {value} (is this a trip bundle?)",
                     "phải là {expected}, không phải {value} (đây có phải gói chuyến công tác không?)"),
    "bundle_version": ("version {value} is not supported (this application reads version {expected}; "
                       "a newer file needs a newer application)",
                       "phiên bản {value} không được hỗ trợ (ứng dụng này đọc phiên bản {expected}; "
                       "tệp mới hơn cần ứng dụng mới hơn)"),
    "more_problems": ("… and {count} more problems", "… và {count} lỗi khác"),
    # bundle files
    "file_missing": ("{path} does not exist", "{path} không tồn tại"),
    "file_is_folder": ("{path} is a folder, not a bundle file", "{path} là thư mục, không phải tệp gói chuyến công tác"),
    "file_unreadable": ("cannot read {path}: {reason}", "không đọc được {path}: {reason}"),
    "file_not_regular": ("{path} is not a regular file (a device, pipe or socket); choose a saved trip bundle",
                         "{path} không phải tệp thông thường (thiết bị, đường ống hoặc ổ cắm); "
                         "hãy chọn một gói chuyến công tác đã lưu"),
    "file_too_large": ("{size} bytes is too large for a trip bundle (at most {limit})",
                       "{size} byte là quá lớn cho một gói chuyến công tác (tối đa {limit})"),
    "file_too_large_read": ("the file is too large for a trip bundle (at most {limit} bytes)",
                            "tệp quá lớn cho một gói chuyến công tác (tối đa {limit} byte)"),
    "not_utf8": ("not UTF-8 text (bad byte at position {position})",
                 "không phải văn bản UTF-8 (byte lỗi ở vị trí {position})"),
    "file_empty": ("the file is empty", "tệp trống"),
    "bad_json": ("malformed JSON at line {line}, column {column}: {detail}",
                 "JSON sai cấu trúc ở dòng {line}, cột {column}: {detail}"),
    "json_too_deep": ("malformed JSON: nested too deeply", "JSON sai cấu trúc: lồng nhau quá sâu"),
    "json_duplicate_field": ("malformed JSON: the field {value} appears twice in one object",
                             "JSON sai cấu trúc: trường {value} xuất hiện hai lần trong một đối tượng"),
    "too_many_texts": ("too many fields and items ({count} texts; a trip bundle has at most {limit})",
                       "quá nhiều trường và mục ({count} đoạn văn bản; một gói chuyến công tác có tối đa {limit})"),
    "too_many_containers": ("too many objects and lists ({count}; a trip bundle has at most {limit})",
                            "quá nhiều đối tượng và danh sách ({count}; một gói chuyến công tác có tối đa {limit})"),
    "too_many_separators": ("too many fields and items ({count}; a trip bundle has at most {limit})",
                            "quá nhiều trường và mục ({count}; một gói chuyến công tác có tối đa {limit})"),
    # files the program writes (storage.outputs)
    "output_missing": ("no output {what} was given", "chưa chọn {what} để ghi"),
    "output_nul": ("cannot write {path}: the path contains a NUL character",
                   "không ghi được {path}: đường dẫn chứa ký tự rỗng (mã 0)"),
    "output_folder_name": ("cannot write {path}: it names a folder, not a {what}",
                           "không ghi được {path}: đó là tên thư mục, không phải {what}"),
    "output_is_database": ("refused to write {path}: it is the open database or one of its own files ({name}); "
                           "choose another name",
                           "không ghi đè lên {path}: đó là cơ sở dữ liệu đang mở hoặc một tệp của nó ({name}); "
                           "hãy chọn tên khác"),
    "output_unusable": ("cannot write {path}: {reason}", "không ghi được {path}: {reason}"),
    "output_is_folder": ("refused to write {path}: it is a folder", "không ghi đè lên {path}: đó là một thư mục"),
    "output_not_regular": ("refused to write {path}: it is not a regular file (a device, pipe or socket)",
                           "không ghi đè lên {path}: đó không phải tệp thông thường (thiết bị, đường ống hoặc ổ cắm)"),
    "output_no_folder": ("cannot write {path}: the folder {folder} does not exist",
                         "không ghi được {path}: thư mục {folder} không tồn tại"),
    "write_failed": ("cannot write the {what} {path}: {reason}; nothing was written",
                     "không ghi được {what} {path}: {reason}; chưa ghi gì"),
    # restoring a backup
    "backup_not_a_file": ("{path} is not a file", "{path} không phải là tệp"),
    "backup_damaged": ("{path} is damaged or not a database ({detail}); nothing was restored",
                       "{path} bị hỏng hoặc không phải cơ sở dữ liệu ({detail}); chưa khôi phục gì"),
    "backup_damaged_check": ("{path} is damaged ({detail}); nothing was restored",
                             "{path} bị hỏng ({detail}); chưa khôi phục gì"),
    "backup_not_ours": ("{path} is not a Delegation Planner backup (no {tables} table); nothing was restored",
                        "{path} không phải bản sao lưu của Delegation Planner (thiếu bảng {tables}); chưa khôi phục gì"),
    "backup_many_versions": ("{path} records {count} schema versions ({versions}) instead of one; "
                             "nothing was restored",
                             "{path} ghi {count} phiên bản cấu trúc dữ liệu ({versions}) thay vì một; chưa khôi phục gì"),
    "backup_no_version": ("{path} has no schema version; nothing was restored",
                          "{path} không ghi phiên bản cấu trúc dữ liệu; chưa khôi phục gì"),
    "backup_newer": ("{path} was written by a newer version of Delegation Planner (schema {version}); "
                     "nothing was restored",
                     "{path} được tạo bởi phiên bản Delegation Planner mới hơn (cấu trúc {version}); "
                     "hãy cập nhật ứng dụng để khôi phục"),
    "backup_unusable": ("{path} cannot be used as a backup (damaged, not a Delegation Planner database, or of an "
                        "unexpected structure); nothing was restored",
                        "{path} không dùng được làm bản sao lưu (tệp hỏng, không phải cơ sở dữ liệu của Delegation "
                        "Planner, hoặc cấu trúc không như mong đợi); chưa khôi phục gì"),
    "backup_is_database": ("the backup is the database itself", "bản sao lưu chính là cơ sở dữ liệu đang mở"),
    "restore_failed": ("restore failed ({detail}); the database was left as it was",
                       "khôi phục không thành công ({detail}); cơ sở dữ liệu được giữ nguyên"),
    "file_in_use": ("{path} is in use by another program: close it there before restoring",
                    "{path} đang được một chương trình khác sử dụng: hãy đóng nó ở đó trước khi khôi phục"),
    "backups_only_files": ("backups are only available for database files",
                           "chỉ sao lưu được cơ sở dữ liệu dạng tệp"),
    "restore_only_files": ("Only database files can be restored.", "Chỉ khôi phục được cơ sở dữ liệu dạng tệp."),
}

# The seating and motorcade rules' problems and warnings (domain.protocol_messages, a module with
# no imports: the rules themselves are not loaded for the catalogue) are part of the one catalogue.
from delegation_planner.domain.protocol_messages import MOTORCADE, SEATING  # noqa: E402

MESSAGES.update(SEATING)
MESSAGES.update(MOTORCADE)

# Stored seating plans (services.seating).
MESSAGES.update({
    "seating_plan_changed": ("the seating plan was changed elsewhere since it was shown (version {stored}, not "
                             "{expected}): nothing was saved; look at it again and repeat the change",
                             "sơ đồ chỗ ngồi đã được thay đổi ở nơi khác sau khi hiển thị (phiên bản {stored}, "
                             "không phải {expected}): chưa lưu gì; hãy xem lại sơ đồ rồi thực hiện lại thay đổi"),
    "seating_plan_not_whole": ("is not a plan of this engagement's attendees in its layout (seats missing or "
                               "taken twice)",
                               "không phải sơ đồ của những người dự hoạt động này theo kiểu sơ đồ đã chọn (thiếu "
                               "ghế hoặc một ghế bị xếp hai lần)"),
})

#: Field names of the services and bundles, as the user knows them.
FIELDS: dict[str, tuple[str, str]] = {
    "title": ("Title", "Tiêu đề"),
    "purpose": ("Purpose", "Mục đích"),
    "destination": ("Destination", "Điểm đến"),
    "start_date": ("Start date", "Ngày bắt đầu"),
    "end_date": ("End date", "Ngày kết thúc"),
    "home_timezone": ("Home time zone", "Múi giờ trong nước"),
    "status": ("Status", "Trạng thái"),
    "notes": ("Notes", "Ghi chú"),
    "kind": ("Kind", "Loại"),
    "organization_id": ("Organization", "Cơ quan"),
    "organization": ("Organization", "Cơ quan"),
    "location": ("Place", "Địa điểm"),
    "timezone": ("Time zone", "Múi giờ"),
    "start": ("Start", "Bắt đầu"),
    "end": ("End", "Kết thúc"),
    "start_utc": ("Start", "Bắt đầu"),
    "end_utc": ("End", "Kết thúc"),
    "objectives": ("Objectives", "Mục tiêu"),
    "talking_points": ("Talking points", "Nội dung trao đổi"),
    "logistics": ("Logistics", "Hậu cần"),
    "travel_minutes": ("Travel time", "Thời gian di chuyển"),
    "name": ("Name", "Tên"),
    "local_name": ("Local name", "Tên tiếng Việt"),
    "city": ("City", "Thành phố"),
    "country": ("Country", "Quốc gia"),
    "address": ("Address", "Địa chỉ"),
    "phone": ("Phone", "Điện thoại"),
    "website": ("Website", "Trang web"),
    "profile": ("Profile", "Giới thiệu"),
    "full_name": ("Full name", "Họ và tên"),
    "side": ("Side", "Bên"),
    "email": ("E-mail", "Thư điện tử"),
    "languages": ("Languages", "Ngôn ngữ"),
    "bio": ("Biography", "Tiểu sử"),
    "role": ("Role", "Vai trò"),
    "precedence": ("Order", "Thứ tự"),
    "person": ("Person", "Người"),
    "person_id": ("Person", "Người"),
    "member_ids": ("Delegation members", "Thành viên đoàn"),
    "new_index": ("Position", "Vị trí"),
    "author": ("Author", "Người ghi"),
    "text": ("Text", "Nội dung"),
    "created_at": ("Written at", "Thời điểm ghi"),
    "taken_at": ("Meeting time", "Thời gian họp"),
    "updated_at": ("Changed at", "Thời điểm sửa"),
    "description": ("Description", "Nội dung"),
    "follow_up": ("Follow-up", "Theo dõi"),
    "made_by": ("Made by", "Bên cam kết"),
    "owner": ("Owner", "Người phụ trách"),
    "owner_id": ("Owner", "Người phụ trách"),
    "due_date": ("Due date", "Thời hạn"),
    "signed_date": ("Signed on", "Ngày ký"),
    "engagement": ("Engagement", "Hoạt động"),
    "engagement_id": ("Engagement", "Hoạt động"),
    "commitment_ids": ("Commitments", "Cam kết"),
    "key": ("Key", "Khóa"),
    "file": ("File", "Tệp"),
    "format": ("Format", "Định dạng"),
    "version": ("Version", "Phiên bản"),
    "lang": ("Language", "Ngôn ngữ"),
    "paper": ("Paper size", "Khổ giấy"),
    "search": ("Search", "Tìm kiếm"),
    "limit": ("Limit", "Giới hạn"),
    "kinds": ("Kinds", "Loại"),
    "trip_id": ("Trip", "Chuyến công tác"),
    "expected_version": ("Version read", "Phiên bản đã đọc"),
    "attendees": ("Attendees", "Người tham dự"),
    "organizations": ("Organizations", "Cơ quan"),
    "people": ("People", "Người"),
    "members": ("Delegation members", "Thành viên đoàn"),
    "engagements": ("Engagements", "Hoạt động"),
    "commitments": ("Commitments", "Cam kết"),
    "bundle": ("Bundle", "Gói chuyến công tác"),
    "trip": ("Trip", "Chuyến công tác"),
    "direction": ("Direction", "Loại đoàn"),
    "reference": ("Reference", "Số hiệu"),
    "source_document": ("Source document", "Văn bản gốc"),
    "their_contact": ("Their contact", "Đầu mối phía bạn"),
    "their_contact_id": ("Their contact", "Đầu mối phía bạn"),
    "completed_date": ("Completed on", "Ngày hoàn thành"),
    "counterpart": ("To or from", "Người tặng hoặc nhận"),
    "participants": ("Participants", "Người dự"),
    "filename": ("File name", "Tên tệp"),
    "sha256": ("Checksum", "Mã kiểm tra"),
    "number": ("Car number", "Xe số"),
    "plate": ("Number plate", "Biển số"),
    "vehicles": ("Cars", "Xe"),
    "pins": ("Seats kept", "Ghế giữ chỗ"),
    "layout": ("Seating layout", "Kiểu sơ đồ chỗ ngồi"),
    "our_side": ("Our side", "Phía ta"),
    "counterpart_id": ("To or from", "Người tặng hoặc nhận"),
    "our_person_id": ("On our side", "Phía ta"),
    "given_on": ("Date", "Ngày"),
    "estimated_value": ("Estimated value", "Giá trị ước tính"),
    "currency": ("Currency", "Đơn vị tiền"),
    "disposition": ("What became of it", "Xử lý"),
    "reported_on": ("Reported on", "Ngày báo cáo"),
    "position": ("Order", "Thứ tự"),
    "contact_ids": ("Logistics contacts", "Đầu mối hậu cần"),
    "contacts": ("Logistics contacts", "Đầu mối hậu cần"),
    "scenario": ("Scenario", "Kịch bản"),
    "steps": ("Scenario", "Kịch bản"),
    "at_time": ("Time", "Thời gian"),
    "action": ("Action", "Nội dung"),
    "performer": ("Who does it", "Người thực hiện"),
    "responsible": ("Responsible", "Người chịu trách nhiệm"),
}

#: Record kinds ("no engagement with id 7", "engagement “Meeting with the Governor”").
ENTITIES: dict[str, tuple[str, str]] = {
    "trip": ("trip", "chuyến công tác"),
    "engagement": ("engagement", "hoạt động"),
    "person": ("person", "người"),
    "organization": ("organization", "cơ quan"),
    "member": ("delegation member", "thành viên đoàn"),
    "delegation member": ("delegation member", "thành viên đoàn"),
    "note": ("note", "ghi chép"),
    "commitment": ("commitment", "cam kết"),
    "attendee": ("attendee", "người tham dự"),
    "attendance": ("attendee", "người tham dự"),
    "bundle": ("bundle", "gói chuyến công tác"),
    "contact": ("logistics contact", "đầu mối hậu cần"),
    "scenario step": ("scenario step", "bước kịch bản"),
    "scenario_step": ("scenario step", "bước kịch bản"),
}

#: The visit's direction and the kinds of logistics contact (issue 11), in the users' words: the GUI,
#: the CLI and the documents name them from here. Vietnamese protocol usage: "đoàn ra" (our delegation
#: abroad), "đoàn vào" (a delegation received here).
VISIT_DIRECTIONS: dict[str, tuple[str, str]] = {
    "outbound": ("Outbound: our delegation abroad", "Đoàn ra"),
    "inbound": ("Inbound: a delegation received here", "Đoàn vào (đón tiếp)"),
    "domestic": ("Domestic working visit", "Công tác trong nước"),
}
CONTACT_KINDS: dict[str, tuple[str, str]] = {
    "hotel": ("Hotel", "Khách sạn"),
    "embassy": ("Embassy or consulate", "Đại sứ quán / Tổng Lãnh sự quán"),
    "host_liaison": ("Host liaison", "Đầu mối phía chủ nhà"),
    "driver": ("Driver", "Lái xe"),
    "interpreter": ("Interpreter", "Phiên dịch"),
    "emergency": ("Emergency", "Khẩn cấp"),
    "other": ("Other", "Khác"),
}


def choice_label(table: Mapping[str, tuple[str, str]], value: Any, lang: str = "en") -> str:
    """``choice_label(CONTACT_KINDS, "hotel", "vi")`` -> "Khách sạn"; an unknown value as it is."""
    pair = table.get(str(value))
    if pair is None:
        return str(value)
    return pair[1] if check_lang(lang) == "vi" else pair[0]


#: Python/JSON type words in "must be text, not {type}".
_TYPES_VI = {"str": "văn bản", "text": "văn bản", "int": "số", "float": "số", "a number": "số",
             "bool": "đúng/sai", "true/false": "đúng/sai", "list": "danh sách", "a list": "danh sách",
             "dict": "đối tượng", "an object": "đối tượng", "NoneType": "giá trị rỗng", "null": "giá trị rỗng",
             "bytes": "dữ liệu nhị phân", "date": "ngày", "datetime": "ngày giờ"}
#: What a refused output was to be ("PDF file").
_WHAT_VI = {"file": "tệp", "PDF file": "tệp PDF", "PDF": "tệp PDF", "bundle file": "tệp gói chuyến công tác",
            "backup file": "tệp sao lưu", "backup": "bản sao lưu", "CSV file": "tệp CSV",
            "calendar file": "tệp lịch"}
#: "must be {expected}" of the bundle reader.
_EXPECTED_VI = {"a date string YYYY-MM-DD": "một ngày dạng YYYY-MM-DD",
                "the key of organization": "khóa của một cơ quan", "the key of person": "khóa của một người",
                "the key of engagement": "khóa của một hoạt động",
                "a UTC timestamp string": "một mốc thời gian UTC",
                "a local date-time string": "ngày giờ địa phương dạng YYYY-MM-DDTHH:MM"}

#: Where a problem was found in a file: "boston.json: engagement “Meeting”: End: before start".
_WHERE = {"en": ("{file}: ", "{kind} “{record}”: ", "{kind} {number}: "),
          "vi": ("{file}: ", "{kind} “{record}”: ", "{kind} thứ {number}: ")}

_PATH_STEP = re.compile(r"\[\d+\]")


def check_lang(lang: object) -> str:
    """``lang`` if it is a known language, else "en" (rendering never fails)."""
    return lang if lang in LANGUAGES else "en"  # type: ignore[return-value]


def language_from_locale(environ: Mapping[str, str] | None = None) -> str:
    """"vi" when the locale (LC_ALL, then LC_MESSAGES, then LANG) is Vietnamese, else "en"."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def number(value: int, lang: str) -> str:
    """10,000 in English, 10.000 in Vietnamese (as the reports write it)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "vi" else text


def _shown(name: str, value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and name not in ("id", "year", "minimum", "maximum", "line", "column", "position"):
        return number(value, lang)
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}" if lang == "vi" else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}" if lang == "vi" else value.isoformat()
    text = str(value)
    if lang == "vi":
        if name == "type":
            return _TYPES_VI.get(text, text)
        if name == "expected":
            return _EXPECTED_VI.get(text, text)
        if name == "entity":
            return entity_word(text, lang)
        if name == "what":
            return _WHAT_VI.get(text, text)
    return text


def entity_word(kind: str, lang: str) -> str:
    pair = ENTITIES.get(kind)
    if pair is None:
        return kind
    return pair[1] if lang == "vi" else pair[0]


def render_message(code: str, params: Mapping[str, Any] | None, lang: str = "en") -> str | None:
    """The sentence for ``code`` in ``lang``, or None for an unknown code."""
    pair = MESSAGES.get(code)
    if pair is None:
        return None
    template = pair[1] if check_lang(lang) == "vi" else pair[0]
    values = {k: _shown(k, v, lang) for k, v in (params or {}).items()}
    try:
        return template.format_map(_Missing(values))
    except (ValueError, IndexError):
        return template


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def field_label(field: str, lang: str = "en") -> str:
    """"engagements[0].end" -> "End" / "Kết thúc"; an unknown name as it is, in words."""
    name = _PATH_STEP.sub("", (field or "").rsplit(".", 1)[-1])
    pair = FIELDS.get(name)
    if pair is not None:
        return pair[1] if check_lang(lang) == "vi" else pair[0]
    return name.replace("_", " ").capitalize()


def message_of(problem, lang: str = "en") -> str:
    """The problem's sentence (without its field) in ``lang``; its English text if it has no code."""
    if lang != "en" and getattr(problem, "code", ""):
        text = render_message(problem.code, problem.params, lang)
        if text is not None:
            return text
    return problem.message


def _where(params: Mapping[str, Any], lang: str) -> str:
    if not params:
        return ""
    file_, kind, record, number_ = (params.get("file"), params.get("record_kind"), params.get("record"),
                                    params.get("record_number"))
    parts = _WHERE[check_lang(lang)]
    out = parts[0].format(file=file_) if file_ else ""
    if kind and record:
        out += parts[1].format(kind=entity_word(kind, lang), record=record)
    elif kind and number_:
        out += parts[2].format(kind=entity_word(kind, lang), number=number_)
    return out


def render_problem(problem, lang: str = "en", *, with_field: bool = True) -> str:
    """"Title: is required" / "Tiêu đề: không được để trống", with the file and record it is in."""
    params = getattr(problem, "params", None) or {}
    text = message_of(problem, lang)
    located = bool(params.get("record_kind") or params.get("file"))
    field = problem.field
    if located and field:
        # the record is named: the technical path is left out, only the field's own name stays
        rest = field.split(".", 1)[1] if "." in field else ""
        label = field_label(rest, lang) if rest and params.get("record_kind") else (
            "" if params.get("record_kind") else field_label(field, lang))
        if field == "file":
            label = ""
        line = f"{label}: {text}" if label and with_field else text
        return _where(params, lang) + line
    if with_field and field:
        return f"{field_label(field, lang)}: {text}"
    return _where(params, lang) + text


def render_error(exc: BaseException, lang: str = "en", sep: str = "\n") -> str:
    """One text for an error the user can act on: its problems in ``lang``, joined by ``sep``
    (a line each on screen, "; " on the command line)."""
    problems = getattr(exc, "problems", None)
    if problems:
        return sep.join(render_problem(p, lang) for p in problems)
    problem = getattr(exc, "problem", None)
    if problem is not None:
        return render_problem(problem, lang)
    return str(exc)


#: Warnings (``domain.errors.Notice``) that are not conflict sentences of ``domain.rules``.
NOTICES: dict[str, tuple[str, str]] = {
    "same_name": ("same name as {other}; imported as two organizations",
                  "trùng tên với {other}; được nhập thành hai cơ quan"),
}


def render_notice(notice, lang: str = "en") -> str:
    """A warning in ``lang``: "outside_trip" through the conflict wording of ``domain.rules``,
    the others from :data:`NOTICES`; the file and record it concerns first. Plain text as it is."""
    code = getattr(notice, "code", "")
    params = dict(getattr(notice, "params", None) or {})
    if not code:
        return str(notice)
    if code == "outside_trip":
        from delegation_planner.domain.rules import describe_conflict

        text = describe_conflict("outside_trip", params, check_lang(lang))
    elif code in NOTICES:
        pair = NOTICES[code]
        template = pair[1] if check_lang(lang) == "vi" else pair[0]
        text = template.format_map(_Missing({k: _shown(k, v, lang) for k, v in params.items()}))
    else:
        text = render_message(code, params, lang) or str(notice)
    return _where(params, lang) + text


# --------------------------------------------------------------------------- weekdays
#: Weekdays as official Vietnamese documents write them: in words ("Thứ Tư, ngày 12/07/2017"),
#: never "Thứ 4" or "T4"; Sunday as Qt's Vietnamese locale and the reports spell it.
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
}


def weekday_name(day: date, lang: str = "en", *, short: bool = False) -> str:
    """The one weekday rule of the GUI, the reports and the CLI: "Wednesday" / "Wed" in English,
    "Thứ Tư" in Vietnamese (short or not: the word is the official form)."""
    name = WEEKDAYS["vi" if check_lang(lang) == "vi" else "en"][day.weekday()]
    return name[:3] if short and lang != "vi" else name
