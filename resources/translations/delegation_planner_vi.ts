<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/member_dialog.py" line="+157"/>
        <source>Add counterpart</source>
        <translation>Thêm người phía bạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Add attendee</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose a person from the list, or create a new one</source>
        <translation>hãy chọn một người trong danh sách, hoặc tạo người mới</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/attendees.py" line="+24"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counterpart</source>
        <translation>Phía bạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our side</source>
        <translation>Phía ta</translation>
    </message>
</context>
<context>
    <name>BackupSupport</name>
    <message>
        <location filename="../../delegation_planner/ui/backups_ui.py" line="+59"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a checked backup copy</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu đã được kiểm tra</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backup written to %1</source>
        <translation>Đã sao lưu tự động vào %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only database files can be restored.</source>
        <translation>Chỉ khôi phục được từ tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the open database with the backup
%1?

The current file is kept in the backups folder.</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng bản sao lưu
%1?

Tệp hiện tại được giữ lại trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous file kept as %1</source>
        <translation>tệp cũ được giữ tại %1</translation>
    </message>
</context>
<context>
    <name>BundleUpdateDialog</name>
    <message>
        <source>Update trip from bundle</source>
        <translation>Cập nhật chuyến đi từ gói</translation>
    </message>
    <message>
        <source>“%1” (trip %2) is already in this database. Updating it from the bundle makes these changes, all at once:</source>
        <translation>“%1” (chuyến %2) đã có trong cơ sở dữ liệu này. Cập nhật từ gói sẽ thực hiện cùng lúc các thay đổi sau:</translation>
    </message>
    <message>
        <source>&amp;Update trip</source>
        <translation>&amp;Cập nhật chuyến đi</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/commitment_dialog.py" line="+29"/>
        <source>New commitment</source>
        <translation>Cam kết mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Edit commitment</source>
        <translation>Sửa cam kết</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Description</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Made by</source>
        <translation>&amp;Bên cam kết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not at an engagement)</source>
        <translation>(không gắn với cuộc làm việc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engagement</source>
        <translation>C&amp;uộc làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date</source>
        <translation>&amp;Hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gned on</source>
        <translation>Ngày &amp;ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Việc cần làm tiếp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add commitment</source>
        <translation>Thêm cam kết</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>được cấp khi lưu</translation>
    </message>
    <message>
        <source>Source docu&amp;ment</source>
        <translation>&amp;Văn bản gốc</translation>
    </message>
    <message>
        <source>e.g. MoU on hospital management training, signed 17 Jul 2017</source>
        <translation>ví dụ: Biên bản ghi nhớ về đào tạo quản lý bệnh viện, ký ngày 17/7/2017</translation>
    </message>
    <message>
        <source>T&amp;heir contact</source>
        <translation>Đầu mối &amp;phía bạn</translation>
    </message>
    <message>
        <source>Com&amp;pleted on</source>
        <translation>Ngày &amp;hoàn thành</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/commitments.py" line="+35"/>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Cuộc làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue since %s</source>
        <translation>Quá hạn từ %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up: %s</source>
        <translation>Việc cần làm tiếp: %s</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Source document: %s</source>
        <translation>Văn bản gốc: %s</translation>
    </message>
    <message>
        <source>Completed on %s</source>
        <translation>Hoàn thành ngày %s</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/commitments.py" line="+66"/>
        <source>A&amp;ll trips</source>
        <extracomment>The day against which &quot;overdue&quot; is judged (None = today); tests may pin it.</extracomment>
        <translation>&amp;Mọi chuyến</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not done/dropped)</source>
        <translation>Đang theo dõi (chưa xong/hủy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Thêm cam kết…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganization:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete commitment</source>
        <translation>Xóa cam kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit commitment</source>
        <translation>Sửa cam kết</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Anyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any organization</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n cam kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Set status</source>
        <translation>Đặt trạng thái</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Attac&amp;hments…</source>
        <translation>Tệp đính &amp;kèm…</translation>
    </message>
    <message>
        <source>The signed MoU or contract, and other files of this commitment</source>
        <translation>Biên bản ghi nhớ, hợp đồng đã ký và các tệp khác của cam kết này</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/delegation.py" line="+58"/>
        <source>&amp;Add member…</source>
        <extracomment>Runs a dialog modally; tests replace it with a function that fills and accepts it.</extracomment>
        <translation>&amp;Thêm thành viên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit role…</source>
        <translation>&amp;Sửa vai trò…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move up in the order of precedence (Alt+Up)</source>
        <translation>Chuyển lên trong thứ tự lễ tân (Alt+Mũi tên lên)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down in the order of precedence (Alt+Down)</source>
        <translation>Chuyển xuống trong thứ tự lễ tân (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of precedence: drag a row, or use Move up / Move down.</source>
        <translation>Thứ tự lễ tân: kéo thả một dòng, hoặc dùng Chuyển lên / Chuyển xuống.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+91"/>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Edit member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Delegation — %n member(s)</source>
        <translation>
            <numerusform>Thành phần đoàn — %n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trip selected</source>
        <translation>Chưa chọn chuyến công tác</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change role of %s</source>
        <translation>Đổi vai trò của %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove %s from this delegation?</source>
        <translation>Bỏ %s khỏi thành phần đoàn?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove %s</source>
        <translation>Bỏ %s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reorder delegation</source>
        <translation>Sắp xếp lại thứ tự đoàn</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/directory.py" line="+42"/>
        <source>Search people and organizations (name, title, city)…</source>
        <extracomment>A history row was activated (double-click / Enter): the main window may show that engagement (engagement id) or that trip&apos;s commitments (trip id). The panel itself never calls other views.</extracomment>
        <translation>Tìm người và cơ quan (họ tên, chức vụ, thành phố)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New person…</source>
        <translation>&amp;Thêm người mới…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Double-click a row to open it</source>
        <translation>Nhấp đúp vào một dòng để mở</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New &amp;organization…</source>
        <translation>Thêm &amp;cơ quan mới…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>People (%1)</source>
        <translation>Người (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations (%1)</source>
        <translation>Cơ quan, tổ chức (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select an organization to see its history across trips.</source>
        <translation>Chọn một cơ quan để xem lịch sử làm việc qua các chuyến công tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History with %1 — %2 engagement(s), %3 commitment(s)</source>
        <translation>Lịch sử với %1 — %2 cuộc làm việc, %3 cam kết</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s from the directory? They are removed from every delegation and attendance list, and their commitments lose their owner. This cannot be undone.</source>
        <translation>Xóa %s khỏi danh bạ? Người này sẽ bị bỏ khỏi mọi thành phần đoàn và danh sách tham dự, các cam kết họ phụ trách sẽ không còn người phụ trách. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete organization</source>
        <translation>Xóa cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s from the directory? Engagements, people and commitments keep their record but lose the link. This cannot be undone.</source>
        <translation>Xóa %s khỏi danh bạ? Các cuộc làm việc, người và cam kết vẫn được giữ nhưng mất liên kết với cơ quan này. Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="+195"/>
        <source>Duplicate trip</source>
        <translation>Nhân bản chuyến công tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy gets the same delegation and programme, moved to the new start date. Notes and commitments stay with the original.</source>
        <translation>Bản sao có cùng thành phần đoàn và chương trình, dời sang ngày bắt đầu mới. Ghi chú và cam kết vẫn thuộc chuyến gốc.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;start date:</source>
        <translation>Ngày &amp;bắt đầu mới:</translation>
    </message>
</context>
<context>
    <name>EngagementDetailPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/engagement_detail.py" line="+103"/>
        <source>Edit &amp;brief…</source>
        <translation>Sửa &amp;nội dung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the objectives, talking points and logistics</source>
        <translation>Sửa mục tiêu, nội dung trao đổi và hậu cần</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Write note…</source>
        <translation>&amp;Viết ghi chú…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;attendee…</source>
        <translation>Thêm người &amp;tham dự…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;counterpart…</source>
        <translation>Thêm &amp;người phía bạn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Bỏ &amp;ra</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add &amp;commitment…</source>
        <translation>Thêm &amp;cam kết…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="+1156"/>
        <location filename="../../delegation_planner/ui/views/engagement_detail.py" line="+20"/>
        <source>Choose an engagement in the programme to see its brief, people, notes and commitments.</source>
        <translation>Chọn một cuộc làm việc trong chương trình để xem nội dung, thành phần tham dự, ghi chú và cam kết.</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/engagement_detail.py" line="+15"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Notes (%1)</source>
        <translation>Ghi chú (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (%1)</source>
        <translation>Người (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments (%1)</source>
        <translation>Cam kết (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not written yet</source>
        <translation>Chưa có nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talking points</source>
        <translation>Nội dung trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Travel time from the previous venue: %1 min</source>
        <translation>Thời gian di chuyển từ địa điểm trước: %1 phút</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brief: %s</source>
        <translation>Nội dung: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Talking points</source>
        <translation>Nội dung &amp;trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logistics</source>
        <translation>&amp;Hậu cần</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit brief of %s</source>
        <translation>Sửa nội dung của %s</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Delete note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete this note?

%s</source>
        <translation>Xóa ghi chú này?

%s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change role of %s</source>
        <translation>Đổi vai trò của %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove attendee</source>
        <translation>Bỏ người tham dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %s from this engagement?</source>
        <translation>Bỏ %s khỏi cuộc làm việc này?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %s</source>
        <translation>Bỏ %s</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="+46"/>
        <source>Edit engagement</source>
        <translation>Sửa cuộc làm việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add engagement</source>
        <translation>Thêm cuộc làm việc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Meeting with the hospital board</source>
        <translation>VD: Làm việc với Ban Giám đốc bệnh viện</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address or room</source>
        <translation>Địa chỉ hoặc phòng họp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time needed to get here from the previous engagement; a shorter gap is flagged as a conflict.</source>
        <translation>Thời gian di chuyển từ cuộc làm việc trước; nếu khoảng cách ngắn hơn sẽ bị đánh dấu trùng lịch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>Nội dung trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ravel time:</source>
        <translation>Thời gian &amp;di chuyển:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/panel_form.py" line="+160"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/directory.py" line="+52"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trip</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement</source>
        <translation>Cuộc làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>Kết nối máy &amp;chủ cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Work in the office's shared database on a PostgreSQL server</source>
        <translation>Làm việc trên cơ sở dữ liệu dùng chung của cơ quan, đặt trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to a database server</source>
        <translation>Kết nối máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Address of the office's PostgreSQL database, e.g. postgresql+psycopg://officer@server/delegations</source>
        <translation>Địa chỉ cơ sở dữ liệu PostgreSQL của cơ quan, ví dụ postgresql+psycopg://officer@server/delegations</translation>
    </message>
    <message>
        <source>“%1” is not a server address (postgresql+psycopg://user@host/database). To open a database file, use Open database.</source>
        <translation>“%1” không phải địa chỉ máy chủ (postgresql+psycopg://người_dùng@máy_chủ/cơ_sở_dữ_liệu). Để mở một tệp cơ sở dữ liệu, hãy dùng Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Nothing imported: the trip is already in this database</source>
        <translation>Không nhập gì: chuyến đi này đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Update trip from bundle</source>
        <translation>Cập nhật chuyến đi từ gói</translation>
    </message>
    <message>
        <source>Updated trip from %1</source>
        <translation>Đã cập nhật chuyến đi từ %1</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="-947"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="+176"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="+29"/>
        <source>&amp;Programme</source>
        <translation>Chương &amp;trình</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="+1"/>
        <source>&amp;Delegation</source>
        <translation>Thành phần đ&amp;oàn</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="+0"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Cam kết</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="+0"/>
        <source>Di&amp;rectory</source>
        <translation>&amp;Danh bạ</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="+163"/>
        <source>That engagement no longer exists.</source>
        <translation>Cuộc làm việc này không còn nữa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>That commitment no longer exists.</source>
        <translation>Cam kết này không còn nữa.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New trip “%1”</source>
        <translation>Tạo chuyến công tác “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit trip “%1”</source>
        <translation>Sửa chuyến công tác “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Duplicate trip</source>
        <translation>Nhân bản chuyến công tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the trip “%1” (%2) with its programme, delegation list, meeting notes and commitments?

Edit → Undo brings it back.</source>
        <translation>Xóa chuyến công tác “%1” (%2) cùng chương trình, danh sách thành phần đoàn, ghi chú cuộc họp và cam kết?

Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete trip</source>
        <translation>Xóa chuyến công tác</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete trip “%1”</source>
        <translation>Xóa chuyến công tác “%1”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add engagement “%1”</source>
        <translation>Thêm cuộc làm việc “%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit engagement “%1”</source>
        <translation>Sửa cuộc làm việc “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the engagement “%1”?</source>
        <translation>Xóa cuộc làm việc “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete engagement</source>
        <translation>Xóa cuộc làm việc</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete engagement “%1”</source>
        <translation>Xóa cuộc làm việc “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was removed from the undo history; the data is as shown.</source>
        <translation>Bước này đã được bỏ khỏi lịch sử hoàn tác; dữ liệu hiện đúng như đang hiển thị.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, but: %1</source>
        <translation>Đã lưu, nhưng: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delegation Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Delegation Planner (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose a new file name, or use Open database.</source>
        <translation>%1 đã có. Hãy chọn tên tệp khác, hoặc dùng Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Import trip bundle</source>
        <translation>Nhập gói chuyến công tác</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Trip bundles (*.json *.trip.json);;All files (*)</source>
        <translation>Gói chuyến công tác (*.json *.trip.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1</source>
        <translation>Đã nhập %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Export trip bundle</source>
        <translation>Xuất gói chuyến công tác</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Trip bundles (*.json)</source>
        <translation>Gói chuyến công tác (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trip saved to %1</source>
        <translation>Đã lưu chuyến công tác vào %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Backup database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Briefing pack</source>
        <translation>Tài liệu phục vụ đoàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post-trip report</source>
        <translation>Báo cáo kết quả chuyến công tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports are not available in this build (%1).</source>
        <translation>Bản cài đặt này không có chức năng báo cáo (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 written: %2 (%3 pages)</source>
        <translation>Đã ghi %1: %2 (%3 trang)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không ghi tệp nào.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load sample trip</source>
        <translation>Nạp chuyến công tác mẫu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample trips loaded.</source>
        <translation>Đã nạp các chuyến công tác mẫu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plan official delegation visits, log meetings and follow up commitments, offline.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Lập kế hoạch đoàn công tác, ghi chép các cuộc làm việc và theo dõi cam kết, không cần kết nối mạng.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <source>Opening database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No trip selected</source>
        <translation>Chưa chọn chuyến công tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a trip with Trip → New trip (Ctrl+N), or load the sample trip from the Help menu.</source>
        <translation>Tạo chuyến công tác bằng Chuyến công tác → Chuyến công tác mới (Ctrl+N), hoặc nạp chuyến công tác mẫu từ menu Trợ giúp.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>home time: %1</source>
        <translation>giờ trong nước: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagements: %1</source>
        <translation>số cuộc làm việc: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ Engagements with conflicts: %1</source>
        <translation>⚠ Cuộc làm việc bị trùng lịch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an engagement marked ⚠ (or hover over it) to see what clashes.</source>
        <translation>Chọn cuộc làm việc có dấu ⚠ (hoặc rê chuột lên) để xem trùng lịch với gì.</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="-174"/>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty database file</source>
        <translation>Tạo tệp cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database file</source>
        <translation>Mở tệp cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import trip bundle…</source>
        <translation>&amp;Nhập gói chuyến công tác…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a trip from a bundle file</source>
        <translation>Thêm chuyến công tác từ tệp gói</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export trip bundle…</source>
        <translation>&amp;Xuất gói chuyến công tác…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current trip as a bundle file</source>
        <translation>Lưu chuyến công tác đang chọn thành tệp gói</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup database…</source>
        <translation>Sao &amp;lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a consistent copy of the whole database</source>
        <translation>Lưu một bản sao đầy đủ của toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the selected trip or engagement</source>
        <translation>Sửa chuyến công tác hoặc cuộc làm việc đang chọn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected trip or engagement</source>
        <translation>Xóa chuyến công tác hoặc cuộc làm việc đang chọn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find trip</source>
        <translation>&amp;Tìm chuyến công tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search everything…</source>
        <translation>Tìm &amp;kiếm toàn bộ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes, commitments and people in every trip</source>
        <translation>Tìm trong ghi chép, cam kết và nhân sự của mọi chuyến công tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New trip…</source>
        <translation>Chuyến công tác &amp;mới…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a trip</source>
        <translation>Tạo chuyến công tác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit trip…</source>
        <translation>&amp;Sửa chuyến công tác…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the trip&apos;s title, dates, home time zone or status</source>
        <translation>Sửa tiêu đề, thời gian, múi giờ trong nước hoặc trạng thái của chuyến công tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate trip…</source>
        <translation>&amp;Nhân bản chuyến công tác…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same programme as last year: copy the trip to new dates</source>
        <translation>Chương trình như năm trước: sao chép chuyến công tác sang thời gian mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete trip…</source>
        <translation>&amp;Xóa chuyến công tác…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the trip with its programme, notes and commitments</source>
        <translation>Xóa chuyến công tác cùng chương trình, ghi chú và cam kết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add engagement…</source>
        <translation>&amp;Thêm cuộc làm việc…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an engagement to the programme</source>
        <translation>Thêm cuộc làm việc vào chương trình</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit engagement…</source>
        <translation>&amp;Sửa cuộc làm việc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected engagement (time, place, objectives…)</source>
        <translation>Sửa cuộc làm việc đang chọn (thời gian, địa điểm, mục tiêu…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete engagement…</source>
        <translation>&amp;Xóa cuộc làm việc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected engagement</source>
        <translation>Xóa cuộc làm việc đang chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload everything from the database</source>
        <translation>Tải lại toàn bộ từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Programme as &amp;list</source>
        <translation>Chương trình dạng danh &amp;sách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the programme as a list, day by day</source>
        <translation>Xem chương trình dạng danh sách, theo từng ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme as &amp;timeline</source>
        <translation>Chương trình dạng dòng thời &amp;gian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each day&apos;s engagements as blocks on a time axis</source>
        <translation>Xem các cuộc làm việc của từng ngày thành khối trên trục thời gian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Tài liệu phục vụ đoàn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF for the delegation: programme, briefs, contacts</source>
        <translation>Tệp PDF cho đoàn: chương trình, nội dung làm việc, danh bạ liên hệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Post-trip report…</source>
        <translation>&amp;Báo cáo kết quả chuyến công tác…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of what happened: meetings, notes, commitments</source>
        <translation>Tệp PDF về kết quả: các cuộc làm việc, ghi chú, cam kết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Briefing pack in &amp;Vietnamese…</source>
        <translation>Tài liệu phục vụ đoàn bằng tiếng &amp;Việt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The briefing pack with Vietnamese headings</source>
        <translation>Tài liệu phục vụ đoàn với đề mục tiếng Việt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post-trip report in V&amp;ietnamese…</source>
        <translation>Báo cáo kết quả bằng t&amp;iếng Việt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post-trip report with Vietnamese headings</source>
        <translation>Báo cáo kết quả với đề mục tiếng Việt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;sample trip</source>
        <translation>Nạp chuyến công tác &amp;mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the Boston 2017 study visit to try the program</source>
        <translation>Thêm chuyến khảo sát Boston 2017 để dùng thử chương trình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;Giới thiệu Delegation Planner</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trip</source>
        <translation>&amp;Chuyến công tác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programme</source>
        <comment>menu</comment>
        <translation>C&amp;hương trình</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Day cards…</source>
        <translation>&amp;Lịch làm việc từng ngày…</translation>
    </message>
    <message>
        <source>One page per day for the head of delegation: times, who greets, forms of address, points to make</source>
        <translation>Mỗi ngày một trang cho trưởng đoàn: giờ, người đón, cách xưng hô, các ý cần nêu</translation>
    </message>
    <message>
        <source>I&amp;tineraries…</source>
        <translation>Lịch trình &amp;cá nhân…</translation>
    </message>
    <message>
        <source>Each delegation member's own programme, one member or all in one file</source>
        <translation>Chương trình riêng của từng thành viên đoàn: một người, hoặc tất cả trong một tệp</translation>
    </message>
    <message>
        <source>Day cards</source>
        <translation>Lịch làm việc từng ngày</translation>
    </message>
    <message>
        <source>Itineraries</source>
        <translation>Lịch trình cá nhân</translation>
    </message>
    <message>
        <source>Logistics &amp;contacts…</source>
        <translation>Đầu mối &amp;hậu cần…</translation>
    </message>
    <message>
        <source>The visit's hotel, embassy or consulate, host liaison, drivers, interpreters and emergency numbers</source>
        <translation>Khách sạn, đại sứ quán hoặc tổng lãnh sự quán, đầu mối phía bạn, lái xe, phiên dịch và số khẩn cấp của chuyến đi</translation>
    </message>
    <message>
        <source>Sce&amp;nario…</source>
        <translation>&amp;Kịch bản…</translation>
    </message>
    <message>
        <source>The selected engagement's minute-by-minute scenario</source>
        <translation>Kịch bản từng phút của hoạt động đang chọn</translation>
    </message>
    <message>
        <source>&amp;Gifts register…</source>
        <translation>Sổ &amp;quà tặng…</translation>
    </message>
    <message>
        <source>Gifts given and received, and the written reports they need</source>
        <translation>Quà tặng, quà nhận và các báo cáo bằng văn bản cần làm</translation>
    </message>
    <message>
        <source>Seating &amp;plan…</source>
        <translation>Sơ đồ &amp;chỗ ngồi…</translation>
    </message>
    <message>
        <source>Who sits where at the selected engagement, proposed from both sides' order of precedence</source>
        <translation>Ai ngồi ở đâu tại hoạt động đang chọn, đề xuất theo thứ tự lễ tân của hai bên</translation>
    </message>
    <message>
        <source>Ca&amp;rs…</source>
        <translation>&amp;Xe…</translation>
    </message>
    <message>
        <source>The selected transfer's cars, drivers and who rides where</source>
        <translation>Xe, lái xe và chỗ ngồi của chuyến di chuyển đang chọn</translation>
    </message>
    <message>
        <source>Attach&amp;ments…</source>
        <translation>Tệp đính &amp;kèm…</translation>
    </message>
    <message>
        <source>Files attached to the selected engagement: signed documents, programmes, photos</source>
        <translation>Các tệp đính kèm hoạt động đang chọn: văn bản đã ký, chương trình, ảnh</translation>
    </message>
    <message>
        <source>Some characters have no glyph in the report's fonts and are printed as �: %1</source>
        <translation>Một số ký tự không có trong phông chữ của tài liệu và được in thành �: %1</translation>
    </message>
    <message>
        <source>%1 scenario step(s)</source>
        <translation>%1 bước kịch bản</translation>
    </message>
    <message>
        <source>%1 car(s)</source>
        <translation>%1 xe</translation>
    </message>
    <message>
        <source>%1 attached file(s)</source>
        <translation>%1 tệp đính kèm</translation>
    </message>
    <message>
        <source>Also deleted with it: %1.</source>
        <translation>Cùng bị xóa: %1.</translation>
    </message>
    <message>
        <source>Trip bundles and packages (*.json *.trip.json *.zip)</source>
        <translation>Gói chuyến công tác và gói kèm tệp (*.json *.trip.json *.zip)</translation>
    </message>
    <message>
        <source>Trip bundles (*.json *.trip.json)</source>
        <translation>Gói chuyến công tác (*.json *.trip.json)</translation>
    </message>
    <message>
        <source>Trip package with files (*.zip)</source>
        <translation>Gói chuyến công tác kèm tệp (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import trip package</source>
        <translation>Nhập gói chuyến công tác kèm tệp</translation>
    </message>
    <message>
        <source>Export trip package</source>
        <translation>Xuất gói chuyến công tác kèm tệp</translation>
    </message>
    <message>
        <source>The trip of %1 is already in this database (“%2”), so nothing was imported. A trip package is imported as a new trip only: to update the trip, import its bundle (.json) instead, or delete the trip here first and import the package again.</source>
        <translation>Chuyến công tác trong %1 đã có trong cơ sở dữ liệu này (“%2”), nên không nhập gì. Gói kèm tệp chỉ nhập được thành một chuyến công tác mới: để cập nhật chuyến công tác, hãy nhập gói chuyến công tác (.json) của nó, hoặc xóa chuyến công tác ở đây trước rồi nhập lại gói.</translation>
    </message>
    <message>
        <source>Trip saved with its gifts, cars and files to %1</source>
        <translation>Đã lưu chuyến công tác cùng quà tặng, xe và tệp đính kèm vào %1</translation>
    </message>
    <message>
        <source>1 gift</source>
        <translation>1 quà tặng</translation>
    </message>
    <message>
        <source>%1 gifts</source>
        <translation>%1 quà tặng</translation>
    </message>
    <message>
        <source>1 car</source>
        <translation>1 xe</translation>
    </message>
    <message>
        <source>%1 cars</source>
        <translation>%1 xe</translation>
    </message>
    <message>
        <source>1 attached file</source>
        <translation>1 tệp đính kèm</translation>
    </message>
    <message>
        <source>%1 attached files</source>
        <translation>%1 tệp đính kèm</translation>
    </message>
    <message>
        <source>Deleted with it: %1.</source>
        <translation>Cùng bị xóa: %1.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/member_dialog.py" line="-56"/>
        <source>Add to the delegation</source>
        <translation>Thêm vào thành phần đoàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit member: %s</source>
        <translation>Sửa thành viên: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose a person from the list, or create a new one</source>
        <translation>hãy chọn một người trong danh sách, hoặc tạo người mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change role of %s</source>
        <translation>Đổi vai trò của %s</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/delegation.py" line="+29"/>
        <source>#</source>
        <translation>TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s, %s — drag to change the order of precedence</source>
        <translation>%s, %s — kéo thả để đổi thứ tự lễ tân</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/note_dialog.py" line="+22"/>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Author</source>
        <translation>&amp;Người ghi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time (%1)</source>
        <translation>&amp;Thời gian (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/notes.py" line="+53"/>
        <source>(edited %s)</source>
        <extracomment>Role giving the note&apos;s header line (&quot;12 Jul 2017 14:05 · author&quot;) and its text.</extracomment>
        <translation>(sửa lúc %s)</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/organization_dialog.py" line="+24"/>
        <source>New organization</source>
        <translation>Cơ quan mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit organization</source>
        <translation>Sửa cơ quan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local name</source>
        <translation>Tên &amp;tiếng bản địa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;Trang web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rofile</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add organization %s</source>
        <translation>Thêm cơ quan %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit organization %s</source>
        <translation>Sửa cơ quan %s</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/directory.py" line="-20"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>Tên bản địa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location line="-22"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/person_dialog.py" line="+29"/>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Sửa thông tin người</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title / position</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no organization)</source>
        <translation>(không thuộc cơ quan nào)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Side</source>
        <translation>&amp;Phía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Thư điện tử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>&amp;Ngoại ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Biography</source>
        <translation>&amp;Tiểu sử</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add person %s</source>
        <translation>Thêm %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit person %s</source>
        <translation>Sửa thông tin %s</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/member_dialog.py" line="-101"/>
        <source>Search the directory by name, title or organization…</source>
        <translation>Tìm trong danh bạ theo họ tên, chức vụ hoặc cơ quan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New person…</source>
        <translation>&amp;Thêm người mới…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Person</source>
        <translation>&amp;Người</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="+131"/>
        <source>Time (venue · home)</source>
        <translation>Giờ (địa phương · trong nước)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement</source>
        <translation>Cuộc làm việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (conflict)</source>
        <translation>%1 (trùng lịch)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day %1 · %2</source>
        <translation>Ngày %1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engagements: %1</source>
        <translation>Số cuộc làm việc: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a conflict: %1</source>
        <translation>Bị trùng lịch: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts:</source>
        <translation>Trùng lịch:</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/programme.py" line="+23"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại thư mục trước</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới thư mục sau</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè lên tệp đó không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ khỏi danh sách</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Không dùng được tên &quot;%1&quot;.&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu chấm câu.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>Mac OS X Finder</comment>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>Mac OS X Finder</comment>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Dấu trái sang phải</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Dấu phải sang trái</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Ký tự nối rộng 0</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ký tự ngăn nối rộng 0</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Khoảng trắng rộng 0</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Bắt đầu nhúng trái sang phải</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Bắt đầu nhúng phải sang trái</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Bắt đầu ép trái sang phải</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Bắt đầu ép phải sang trái</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Kết thúc định dạng hướng chữ</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Cô lập trái sang phải</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Cô lập phải sang trái</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Cô lập theo ký tự định hướng đầu tiên</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Kết thúc cô lập hướng chữ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../delegation_planner/ui/qt_strings.py" line="+30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu về Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Giới thiệu về Qt&lt;/h3&gt;&lt;p&gt;Chương trình này dùng Qt phiên bản %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;Không với tất cả</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa &amp;chỉ liên kết</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/views/search.py" line="+323"/>
        <source>Search everything</source>
        <extracomment>The panel&apos;s ``activated``, forwarded.</extracomment>
        <translation>Tìm kiếm toàn bộ</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/search.py" line="+31"/>
        <source>Note</source>
        <extracomment>Role giving the snippet as ``[(text, matched: bool), ...]``.</extracomment>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Nội dung khớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trip</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Engagement: %1</source>
        <translation>Cuộc làm việc: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/search.py" line="-198"/>
        <source>Search notes, commitments and people…</source>
        <extracomment>A result was opened (double-click / Enter): kind (&quot;note&quot;, &quot;commitment&quot;, &quot;person&quot;), record id, trip id (None for people), engagement id (None for people and for commitments not made in an engagement). How long the last search took (service call and model), in milliseconds. The text of the last search that ran.</extracomment>
        <translation>Tìm trong ghi chép, cam kết và nhân sự…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &amp;trip only</source>
        <translation>Chỉ chuyến &amp;công tác này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only notes and commitments of the trip selected in the main window (people are shared by every trip)</source>
        <translation>Chỉ ghi chép và cam kết của chuyến công tác đang chọn ở cửa sổ chính (nhân sự dùng chung cho mọi chuyến)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Double-click a result, or press Enter, to open it</source>
        <translation>Nhấp đúp vào một kết quả, hoặc nhấn Enter, để mở</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm không thành công: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type words to find them in meeting notes, commitments and people.</source>
        <translation>Gõ từ cần tìm trong ghi chép cuộc làm việc, cam kết và nhân sự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches · %1 ms</source>
        <translation>Không có kết quả · %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n results</source>
        <translation>
            <numerusform>%n kết quả đầu tiên</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>That person no longer exists.</source>
        <translation>Người này không còn trong danh bạ.</translation>
    </message>
</context>
<context>
    <name>ThreadTaskRunner</name>
    <message>
        <location filename="../../delegation_planner/ui/tasks.py" line="+68"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="+61"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>No trip selected.</source>
        <translation>Chưa chọn chuyến công tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No engagements yet.
Add one with Programme → Add engagement (Ctrl+Shift+N).</source>
        <translation>Chưa có cuộc làm việc nào.
Thêm bằng Chương trình → Thêm cuộc làm việc (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>engagements: %1</source>
        <translation>số cuộc làm việc: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ conflicts: %1</source>
        <translation>⚠ trùng lịch: %1</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="-84"/>
        <source>Edit trip</source>
        <translation>Sửa chuyến công tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New trip</source>
        <translation>Chuyến công tác mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Study visit to Boston</source>
        <translation>VD: Đoàn khảo sát tại Boston</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Điểm đến:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home time zone:</source>
        <translation>Múi giờ &amp;trong nước:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Loại đoàn:</translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="+79"/>
        <source>Trip</source>
        <extracomment>False until the first reload (the window paints before its database is open).</extracomment>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Engagements: %1</source>
        <translation>Số cuộc làm việc: %1</translation>
    </message>
</context>
<context>
    <name>TripListPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="+37"/>
        <source>Search trips (Ctrl+F)</source>
        <translation>Tìm chuyến công tác (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+125"/>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+5"/>
        <source>Trips</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Trips shown: %1</source>
        <translation>Số chuyến hiển thị: %1</translation>
    </message>
</context>
<context>
    <name>TripListView</name>
    <message>
        <location line="+116"/>
        <source>No trip matches the search or filters.</source>
        <translation>Không có chuyến công tác nào khớp với tìm kiếm hoặc bộ lọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trips yet.

Trip → New trip (Ctrl+N),
or Help → Load sample trip.</source>
        <translation>Chưa có chuyến công tác nào.

Chuyến công tác → Chuyến công tác mới (Ctrl+N),
hoặc Trợ giúp → Nạp chuyến công tác mẫu.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../delegation_planner/app.py" line="+87"/>
        <source>The database could not be opened:

%1

%2</source>
        <translation>Không mở được cơ sở dữ liệu:

%1

%2</translation>
    </message>
</context>
<context>
    <name>date</name>
    <message>
        <location filename="../../delegation_planner/ui/labels.py" line="+126"/>
        <source>en_US</source>
        <comment>locale that spells day and month names</comment>
        <translation>vi_VN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dd MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <translation>ddd dd/MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dd MMM yyyy HH:mm</source>
        <translation>HH:mm dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <translation>dddd dd/MM/yyyy  HH:mm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>d MMM</source>
        <comment>range start, same year</comment>
        <translation>dd/MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <comment>range end</comment>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>d</source>
        <comment>range start, same month</comment>
        <translation>dd</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location line="-169"/>
        <source>Draft</source>
        <comment>TripStatus</comment>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <comment>TripStatus</comment>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <comment>TripStatus</comment>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>TripStatus</comment>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>TripStatus</comment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hospital</source>
        <comment>OrganizationKind</comment>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research lab</source>
        <comment>OrganizationKind</comment>
        <translation>Phòng thí nghiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <comment>OrganizationKind</comment>
        <translation>Trường đại học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government office</source>
        <comment>OrganizationKind</comment>
        <translation>Cơ quan chính phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <comment>OrganizationKind</comment>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startup incubator</source>
        <comment>OrganizationKind</comment>
        <translation>Vườn ươm khởi nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <comment>OrganizationKind</comment>
        <translation>Cảnh sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency service</source>
        <comment>OrganizationKind</comment>
        <translation>Dịch vụ khẩn cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel</source>
        <comment>OrganizationKind</comment>
        <translation>Khách sạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <comment>OrganizationKind</comment>
        <translation>Tổ chức phi chính phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>OrganizationKind</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation</source>
        <comment>Side</comment>
        <translation>Đoàn ta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <comment>Side</comment>
        <translation>Phía bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <comment>Side</comment>
        <translation>Cán bộ, phiên dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <comment>MemberRole</comment>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy head</source>
        <comment>MemberRole</comment>
        <translation>Phó trưởng đoàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <comment>MemberRole</comment>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol officer</source>
        <comment>MemberRole</comment>
        <translation>Cán bộ lễ tân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <comment>MemberRole</comment>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <comment>MemberRole</comment>
        <translation>Báo chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <comment>MemberRole</comment>
        <translation>An ninh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <comment>EngagementKind</comment>
        <translation>Làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <comment>EngagementKind</comment>
        <translation>Thăm cơ sở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <comment>EngagementKind</comment>
        <translation>Lễ ký kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working meal</source>
        <comment>EngagementKind</comment>
        <translation>Tiệc làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtesy call</source>
        <comment>EngagementKind</comment>
        <translation>Chào xã giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <comment>EngagementKind</comment>
        <translation>Họp báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <comment>EngagementKind</comment>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural visit</source>
        <comment>EngagementKind</comment>
        <translation>Tham quan văn hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <comment>EngagementKind</comment>
        <translation>Thời gian tự do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <comment>EngagementStatus</comment>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <comment>EngagementStatus</comment>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <comment>EngagementStatus</comment>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>EngagementStatus</comment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <comment>AttendanceRole</comment>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <comment>AttendanceRole</comment>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note taker</source>
        <comment>AttendanceRole</comment>
        <translation>Ghi biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee</source>
        <comment>AttendanceRole</comment>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU</source>
        <comment>CommitmentKind</comment>
        <translation>Biên bản ghi nhớ (MoU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <comment>CommitmentKind</comment>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <comment>CommitmentKind</comment>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <comment>CommitmentKind</comment>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange visit</source>
        <comment>CommitmentKind</comment>
        <translation>Trao đổi đoàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information sharing</source>
        <comment>CommitmentKind</comment>
        <translation>Chia sẻ thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <comment>CommitmentKind</comment>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>CommitmentKind</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our side</source>
        <comment>MadeBy</comment>
        <translation>Phía ta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their side</source>
        <comment>MadeBy</comment>
        <translation>Phía bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <comment>MadeBy</comment>
        <translation>Hai bên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <comment>CommitmentStatus</comment>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <comment>CommitmentStatus</comment>
        <translation>Đã thống nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <comment>CommitmentStatus</comment>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>CommitmentStatus</comment>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>CommitmentStatus</comment>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <comment>CommitmentStatus</comment>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Our delegation abroad</source>
        <comment>VisitDirection</comment>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Delegation received here</source>
        <comment>VisitDirection</comment>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>Domestic working visit</source>
        <comment>VisitDirection</comment>
        <translation>Công tác trong nước</translation>
    </message>
    <message>
        <source>Hotel</source>
        <comment>ContactKind</comment>
        <translation>Khách sạn</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <comment>ContactKind</comment>
        <translation>Đại sứ quán, tổng lãnh sự quán</translation>
    </message>
    <message>
        <source>Host liaison</source>
        <comment>ContactKind</comment>
        <translation>Đầu mối phía bạn</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>ContactKind</comment>
        <translation>Lái xe</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>ContactKind</comment>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <source>Emergency</source>
        <comment>ContactKind</comment>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>ContactKind</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>GiftDirection</comment>
        <translation>Tặng</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>GiftDirection</comment>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <comment>GiftDisposition</comment>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Kept by the office</source>
        <comment>GiftDisposition</comment>
        <translation>Cơ quan giữ lại</translation>
    </message>
    <message>
        <source>Displayed</source>
        <comment>GiftDisposition</comment>
        <translation>Trưng bày</translation>
    </message>
    <message>
        <source>Handed over to the state</source>
        <comment>GiftDisposition</comment>
        <translation>Nộp nhà nước</translation>
    </message>
    <message>
        <source>Sold, paid to the budget</source>
        <comment>GiftDisposition</comment>
        <translation>Bán, nộp ngân sách</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>GiftDisposition</comment>
        <translation>Trả lại</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="+22"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home time zone</source>
        <translation>Múi giờ trong nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>Nội dung trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel time</source>
        <translation>Thời gian di chuyển</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Delegation Planner. Your data is safe: every edit is saved as it is made.

Please send the details below to whoever supports the program.</source>
        <translation>Delegation Planner gặp lỗi. Dữ liệu của bạn vẫn an toàn: mọi thay đổi đều được lưu ngay khi thực hiện.

Vui lòng gửi thông tin chi tiết dưới đây cho người hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../delegation_planner/ui/views/engagement_detail.py" line="-206"/>
        <source>Counterpart</source>
        <translation>Phía bạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our side</source>
        <translation>Phía ta</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../delegation_planner/ui/views/panel_common.py" line="+144"/>
        <source>That record no longer exists (deleted elsewhere?): %s</source>
        <translation>Bản ghi này không còn nữa (đã bị xóa ở nơi khác?): %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Mark commitment %s</source>
        <translation>Chuyển cam kết sang “%s”</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Delete commitment</source>
        <translation>Xóa cam kết</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete this commitment?

%s</source>
        <translation>Xóa cam kết này?

%s</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../delegation_planner/ui/undo.py" line="+63"/>
        <source>the record was deleted in the meantime</source>
        <translation>bản ghi đã bị xóa trong lúc đó</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Undo of “%1” failed: %2</source>
        <translation>Không hoàn tác được “%1”: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo of “%1” failed: %2</source>
        <translation>Không làm lại được “%1”: %2</translation>
    </message>
</context>
<!-- H8 settings/welcome/toolbar/about: begin -->
<context>
    <name>MainWindow</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Language, home time zone, paper, the office's identity, backups</source>
        <translation>Ngôn ngữ, múi giờ nơi đi, khổ giấy, thông tin cơ quan, sao lưu</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Viết ghi chú…</translation>
    </message>
    <message>
        <source>Write a meeting note for the selected engagement</source>
        <translation>Viết ghi chú cho cuộc làm việc đang chọn</translation>
    </message>
    <message>
        <source>Add &amp;commitment…</source>
        <translation>Thêm &amp;cam kết…</translation>
    </message>
    <message>
        <source>Record a commitment of the trip (of the selected engagement, on the Programme tab)</source>
        <translation>Ghi một cam kết của chuyến công tác (của cuộc làm việc đang chọn, ở thẻ Chương trình)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Chào mừng bạn đến với %1</translation>
    </message>
    <message>
        <source>This database has no trips yet. Start with the sample trips to look around, create your first trip, or open the database file you already use.</source>
        <translation>Cơ sở dữ liệu này chưa có chuyến công tác nào. Hãy nạp các chuyến công tác mẫu để xem thử, tạo chuyến công tác đầu tiên, hoặc mở tệp cơ sở dữ liệu bạn đang dùng.</translation>
    </message>
    <message>
        <source>Load the sample trips</source>
        <translation>Nạp các chuyến công tác mẫu</translation>
    </message>
    <message>
        <source>Two study visits with their programme, people, notes and commitments, to try every screen</source>
        <translation>Hai chuyến khảo sát với chương trình, thành phần, ghi chú và cam kết, để thử mọi màn hình</translation>
    </message>
    <message>
        <source>New trip…</source>
        <translation>Chuyến công tác mới…</translation>
    </message>
    <message>
        <source>Title, destination, dates and home time zone</source>
        <translation>Tiêu đề, nơi đến, ngày đi về và múi giờ nơi đi</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>Mở tệp cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>A planner database kept elsewhere, e.g. on a shared drive</source>
        <translation>Cơ sở dữ liệu lưu ở nơi khác, ví dụ trên ổ đĩa dùng chung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>The home time zone a new trip starts with, e.g. Asia/Ho_Chi_Minh</source>
        <translation>Múi giờ nơi đi của chuyến công tác mới, ví dụ Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>&amp;Home time zone for new trips:</source>
        <translation>&amp;Múi giờ nơi đi cho chuyến công tác mới:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Khổ thư Mỹ (8,5 × 11 inch)</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>e.g. SỞ Y TẾ TỈNH CAO BẰNG</source>
        <translation>ví dụ SỞ Y TẾ TỈNH CAO BẰNG</translation>
    </message>
    <message>
        <source>e.g. Cao Bang Department of Health</source>
        <translation>ví dụ tên cơ quan bằng tiếng Anh</translation>
    </message>
    <message>
        <source>A PNG or JPEG file (optional)</source>
        <translation>Tệp ảnh PNG hoặc JPEG (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>&amp;Khổ giấy mặc định:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>Ngôn ngữ &amp;báo cáo:</translation>
    </message>
    <message>
        <source>Issuing body (&amp;Vietnamese):</source>
        <translation>Cơ quan ban hành (tiếng &amp;Việt):</translation>
    </message>
    <message>
        <source>Issuing body (&amp;English):</source>
        <translation>Cơ quan ban hành (tiếng &amp;Anh):</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>Đị&amp;a chỉ cơ quan:</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>&amp;Biểu trưng:</translation>
    </message>
    <message>
        <source>Beside the database file</source>
        <translation>Cạnh tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Chọn t&amp;hư mục…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> bản</translation>
    </message>
    <message>
        <source>Automatic backups (one a day)</source>
        <translation>Sao lưu tự động (mỗi ngày một bản)</translation>
    </message>
    <message>
        <source>Backups &amp;folder:</source>
        <translation>&amp;Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Giữ lại các bản mới nhất:</translation>
    </message>
    <message>
        <source>Logo: the file “%1” was not found.</source>
        <translation>Biểu trưng: không tìm thấy tệp “%1”.</translation>
    </message>
    <message>
        <source>Logo: “%1” is not a file.</source>
        <translation>Biểu trưng: “%1” không phải là tệp.</translation>
    </message>
    <message>
        <source>Logo: the file “%1” cannot be read.</source>
        <translation>Biểu trưng: không đọc được tệp “%1”.</translation>
    </message>
    <message>
        <source>Logo: “%1” is not a PNG or JPEG picture.</source>
        <translation>Biểu trưng: “%1” không phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <source>Logo: “%1” is larger than %2 MB; use a smaller picture.</source>
        <translation>Biểu trưng: “%1” lớn hơn %2 MB; hãy dùng ảnh nhỏ hơn.</translation>
    </message>
    <message>
        <source>Choose the office's logo</source>
        <translation>Chọn biểu trưng của cơ quan</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the backups folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <source>Issuing body (Vietnamese)</source>
        <translation>Cơ quan ban hành (tiếng Việt)</translation>
    </message>
    <message>
        <source>Issuing body (English)</source>
        <translation>Cơ quan ban hành (tiếng Anh)</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Địa chỉ cơ quan</translation>
    </message>
    <message>
        <source>The new interface language applies the next time the program starts.</source>
        <translation>Ngôn ngữ giao diện mới có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>Backups folder: give a full path, e.g. %1.</source>
        <translation>Thư mục sao lưu: hãy nhập đường dẫn đầy đủ, ví dụ %1.</translation>
    </message>
    <message>
        <source>Backups folder: “%1” is not a folder.</source>
        <translation>Thư mục sao lưu: “%1” không phải là thư mục.</translation>
    </message>
    <message>
        <source>Backups folder: “%1” cannot be written to.</source>
        <translation>Thư mục sao lưu: không ghi được vào “%1”.</translation>
    </message>
    <message>
        <source>Backups folder: “%1” cannot be created.</source>
        <translation>Thư mục sao lưu: không tạo được “%1”.</translation>
    </message>
    <message>
        <source>Home time zone: “%1” is not a time zone name; choose one from the list, e.g. Asia/Ho_Chi_Minh.</source>
        <translation>Múi giờ nơi đi: “%1” không phải là tên múi giờ; hãy chọn trong danh sách, ví dụ Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>Gifts register</source>
        <translation>Sổ theo dõi quà tặng</translation>
    </message>
    <message>
        <source>Report received gifts &amp;worth:</source>
        <translation>Báo cáo quà nhận được có &amp;giá trị từ:</translation>
    </message>
    <message>
        <source>In writing &amp;within:</source>
        <translation>Báo cáo bằng văn bản &amp;trong vòng:</translation>
    </message>
    <message>
        <source>Gift value: “%1” is not a whole amount (digits only, e.g. 500000).</source>
        <translation>Giá trị quà tặng: “%1” không phải là một số tiền nguyên (chỉ gồm chữ số, ví dụ 500000).</translation>
    </message>
    <message>
        <source>Currency: “%1” is not a three-letter code (VND, USD, EUR…).</source>
        <translation>Đơn vị tiền: “%1” không phải là mã ba chữ cái (VND, USD, EUR…).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Plan official delegation visits, log meetings and follow up commitments, offline.</source>
        <translation>Lập kế hoạch đoàn công tác, ghi chép các cuộc làm việc và theo dõi cam kết, không cần mạng.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Giấy phép: MIT.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Sans (Bitstream Vera licence; DejaVu changes in the public domain).</source>
        <translation>Phông chữ: DejaVu Sans (giấy phép Bitstream Vera; phần thay đổi của DejaVu thuộc phạm vi công cộng).</translation>
    </message>
    <message>
        <source>Icons: drawn for this program, MIT licence.</source>
        <translation>Biểu tượng: vẽ riêng cho chương trình này, giấy phép MIT.</translation>
    </message>
    <message>
        <source>The full texts are on the Licences tab.</source>
        <translation>Toàn văn các giấy phép ở thẻ Giấy phép.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>Giấy &amp;phép</translation>
    </message>
</context>
<!-- H8 settings/welcome/toolbar/about: end -->
<!-- H4 spreadsheet import: begin -->
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="+1"/>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Nhập từ bảng &amp;tính…</translation>
    </message>
    <message>
        <source>Add delegation members, counterparts or engagements from a CSV file (Excel)</source>
        <translation>Thêm thành viên đoàn, người phía bạn hoặc cuộc làm việc từ tệp CSV (Excel)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/csv_import.py" line="+1"/>
        <source>Import from spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Cuộc làm việc</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>Counterparts (host side)</source>
        <translation>Người phía bạn (nước chủ nhà)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>Unicode UTF-8</translation>
    </message>
    <message>
        <source>Vietnamese Windows (cp1258)</source>
        <translation>Bảng mã tiếng Việt của Windows (cp1258)</translation>
    </message>
    <message>
        <source>Western Windows (cp1252)</source>
        <translation>Bảng mã Tây Âu của Windows (cp1252)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Nhập:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Với vai trò:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Rows to import: %1</source>
        <translation>Số dòng sẽ nhập: %1</translation>
    </message>
    <message>
        <source>Bad rows: %1 (fix them in the spreadsheet, then open it again)</source>
        <translation>Dòng lỗi: %1 (hãy sửa trong bảng tính rồi mở lại tệp)</translation>
    </message>
    <message>
        <source>Bad rows: none</source>
        <translation>Dòng lỗi: không có</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ký tự tab</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (tự nhận biết)</translation>
    </message>
    <message>
        <source>Encoding %1, separated by %2</source>
        <translation>Bảng mã %1, phân cách bằng %2</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <source>%1 matched in the directory</source>
        <translation>%1 đã có trong danh bạ</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 đã có sẵn</translation>
    </message>
    <message>
        <source>%1 new organizations</source>
        <translation>%1 cơ quan mới</translation>
    </message>
    <message>
        <source>%1 bad rows</source>
        <translation>%1 dòng lỗi</translation>
    </message>
    <message>
        <source>%1 outside the trip&apos;s dates</source>
        <translation>%1 nằm ngoài thời gian chuyến công tác</translation>
    </message>
    <message>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <source>title</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>email</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>precedence</source>
        <translation>thứ tự</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>cuộc làm việc</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>end</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>múi giờ</translation>
    </message>
    <message>
        <source>location</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>hậu cần</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>travel minutes</source>
        <translation>số phút di chuyển</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Các cột: %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>không nhập: %1</translation>
    </message>
    <message>
        <source>Imported %1 engagements from %2</source>
        <translation>Đã nhập %1 cuộc làm việc từ %2</translation>
    </message>
    <message>
        <source>Imported %1 people from %2 (%3 new, %4 matched in the directory)</source>
        <translation>Đã nhập %1 người từ %2 (%3 mới, %4 đã có trong danh bạ)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/csv_import.py" line="+1"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Đã có trong danh bạ</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Đã có sẵn</translation>
    </message>
    <message>
        <source>Repeated (line %1)</source>
        <translation>Trùng (dòng %1)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/csv_import.py" line="+1"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<!-- H4 spreadsheet import: end -->
<!-- H5 PostgreSQL / network share: start -->
<context>
    <name>MainWindow</name>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<!-- H5 PostgreSQL / network share: end -->
<!-- H3 calendar and spreadsheet export: start -->
<context>
    <name>MainWindow</name>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Xuất &amp;lịch (.ics)…</translation>
    </message>
    <message>
        <source>Save the programme (the whole trip or one member&apos;s) for phone and desktop calendars</source>
        <translation>Lưu chương trình (toàn bộ chuyến công tác hoặc của một thành viên) để mở trong lịch trên điện thoại và máy tính</translation>
    </message>
    <message>
        <source>Calendar written: %1 (%2 engagements)</source>
        <translation>Đã ghi lịch: %1 (%2 hoạt động)</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Xuất lịch (.ics)</translation>
    </message>
    <message>
        <source>&amp;Whole trip</source>
        <translation>&amp;Toàn bộ chuyến công tác</translation>
    </message>
    <message>
        <source>&amp;One member&apos;s own programme:</source>
        <translation>Chương trình riêng của &amp;một thành viên:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>&amp;Add a reminder</source>
        <translation>&amp;Nhắc trước</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> phút trước</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nhắc lịch</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp cần ghi.</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export commitments to a spreadsheet</source>
        <translation>Xuất cam kết ra bảng tính</translation>
    </message>
    <message>
        <source>Every trip</source>
        <translation>Tất cả các chuyến công tác</translation>
    </message>
    <message>
        <source>Commitments of</source>
        <translation>Cam kết của</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) — Excel in Vietnamese or French settings</source>
        <translation>Dấu chấm phẩy ( ; ) — Excel với thiết lập tiếng Việt hoặc tiếng Pháp</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Ký tự tab</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Dấu phân cách</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp cần ghi.</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>E&amp;xport to spreadsheet…</source>
        <translation>Xuất ra &amp;bảng tính…</translation>
    </message>
    <message>
        <source>Save the commitments of this trip (or of every trip) as a CSV file for Excel</source>
        <translation>Lưu các cam kết của chuyến công tác này (hoặc của mọi chuyến công tác) thành tệp CSV để mở bằng Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n cam kết vào %1</numerusform>
        </translation>
    </message>
</context>
<!-- H3 calendar and spreadsheet export: end -->
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefing pack in &amp;English…</source>
        <translation>Tài liệu phục vụ đoàn bằng tiếng &amp;Anh…</translation>
    </message>
    <message>
        <source>Post-trip report in E&amp;nglish…</source>
        <translation>Báo cáo kết quả bằng tiến&amp;g Anh…</translation>
    </message>
    <message>
        <source>The briefing pack with English headings</source>
        <translation>Tài liệu phục vụ đoàn với đề mục tiếng Anh</translation>
    </message>
    <message>
        <source>The post-trip report with English headings</source>
        <translation>Báo cáo kết quả với đề mục tiếng Anh</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
</context>
<!-- H7 filters, keyboard, confirmations: start -->
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Find (commitment, owner, organization…)</source>
        <translation>Tìm (cam kết, người phụ trách, cơ quan…)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>%1 %2 %3 does not exist: %2 has %4 days. The date was not changed.</source>
        <translation>Không có ngày %1 %2 năm %3: %2 chỉ có %4 ngày. Ngày chưa được đổi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deleted with it: %1 meeting note(s) and %2 attendee(s) and counterpart(s).</source>
        <translation>Xóa kèm theo: %1 ghi chú cuộc họp và %2 người tham dự (cả phía đối tác).</translation>
    </message>
    <message>
        <source>%1 commitment(s) made there stay with the trip, no longer linked to an engagement.</source>
        <translation>%1 cam kết đưa ra tại đó vẫn thuộc chuyến công tác, nhưng không còn gắn với cuộc làm việc nào.</translation>
    </message>
    <message>
        <source>Edit → Undo brings it all back.</source>
        <translation>Sửa → Hoàn tác sẽ khôi phục lại tất cả.</translation>
    </message>
</context>
<!-- H7 filters, keyboard, confirmations: end -->
<context>
    <name>RecordChangedDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Đã có người khác sửa</translation>
    </message>
    <message>
        <source>Someone else saved this %1 after you opened it, so your changes were not saved. Compare the two versions and choose which one to keep.</source>
        <translation>Người khác đã lưu %1 này sau khi bạn mở ra, nên các thay đổi của bạn chưa được lưu. Hãy so sánh hai phiên bản và chọn phiên bản cần giữ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Phiên bản của người kia (đã lưu)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Phiên bản của bạn</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Giữ phiên bản của tôi</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Lưu phiên bản của bạn thay cho phiên bản của người kia</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Lấy phiên bản của người kia</translation>
    </message>
    <message>
        <source>Drop your changes and keep the version saved by the other person</source>
        <translation>Bỏ các thay đổi của bạn và giữ phiên bản người kia đã lưu</translation>
    </message>
</context>
<context>
    <name>ItineraryDialog</name>
    <message>
        <source>Itineraries</source>
        <translation>Lịch trình cá nhân</translation>
    </message>
    <message>
        <source>&amp;Every member, one after the other in one file</source>
        <translation>&amp;Mọi thành viên, lần lượt trong một tệp</translation>
    </message>
    <message>
        <source>&amp;One member's own programme:</source>
        <translation>Chương trình riêng của &amp;một thành viên:</translation>
    </message>
    <message>
        <source>The delegation has no members yet: the file will say so.</source>
        <translation>Đoàn chưa có thành viên: tệp sẽ ghi rõ điều đó.</translation>
    </message>
</context>
<context>
    <name>LogisticsContactsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Delete this line? Edit → Undo brings it back.</source>
        <translation>Xóa dòng này? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Logistics contacts</source>
        <translation>Đầu mối hậu cần</translation>
    </message>
    <message>
        <source>Contacts for “%1”, printed on the contact sheet of the briefing pack in this order.</source>
        <translation>Đầu mối cho “%1”, in trong danh bạ liên hệ của tài liệu chuẩn bị theo đúng thứ tự này.</translation>
    </message>
    <message>
        <source>No contacts yet: add the hotel, the embassy or consulate, the host's liaison, drivers, interpreters and emergency numbers.</source>
        <translation>Chưa có đầu mối nào: hãy thêm khách sạn, đại sứ quán hoặc tổng lãnh sự quán, đầu mối của phía bạn, lái xe, phiên dịch và số điện thoại khẩn cấp.</translation>
    </message>
    <message>
        <source>Delete the contact “%1”? Edit → Undo brings it back.</source>
        <translation>Xóa đầu mối “%1”? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Thêm đầu mối %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Sửa đầu mối %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Xóa đầu mối %1</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>Chuyển vị trí đầu mối</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Delete this line? Edit → Undo brings it back.</source>
        <translation>Xóa dòng này? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Minute by minute, on the venue's clock: “%1”. Printed in the briefing pack after the engagement's brief.</source>
        <translation>Từng phút, theo giờ nơi diễn ra: “%1”. In trong tài liệu chuẩn bị, sau phần tóm tắt của hoạt động.</translation>
    </message>
    <message>
        <source>No scenario yet: add the steps (arrival at the door, greeting, seating, opening remarks, gift exchange, signing, press, departure).</source>
        <translation>Chưa có kịch bản: hãy thêm các bước (đón tại cửa, chào hỏi, mời ngồi, phát biểu khai mạc, trao quà, ký kết, báo chí, tiễn khách).</translation>
    </message>
    <message>
        <source>Delete the step at %1 (“%2”)? Edit → Undo brings it back.</source>
        <translation>Xóa bước lúc %1 (“%2”)? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Add scenario step</source>
        <translation>Thêm bước kịch bản</translation>
    </message>
    <message>
        <source>Edit scenario step</source>
        <translation>Sửa bước kịch bản</translation>
    </message>
    <message>
        <source>Delete scenario step</source>
        <translation>Xóa bước kịch bản</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>Đầu mối mới</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Sửa đầu mối</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>New step</source>
        <translation>Bước mới</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Sửa bước</translation>
    </message>
    <message>
        <source>&amp;Time (HH:MM, venue clock)</source>
        <translation>&amp;Giờ (HH:MM, giờ nơi diễn ra)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Người thực hiện</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Người chịu t&amp;rách nhiệm</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Tặng hay nhận</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>To or from</source>
        <translation>Người tặng hoặc nhận</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Giá trị ước tính</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Báo cáo bằng văn bản</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>đã báo cáo %1</translation>
    </message>
    <message>
        <source>to report</source>
        <translation>cần báo cáo</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>LATE, %1</source>
        <translation>QUÁ HẠN, %1</translation>
    </message>
</context>
<context>
    <name>GiftForm</name>
    <message>
        <source>New gift</source>
        <translation>Quà tặng mới</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Sửa quà tặng</translation>
    </message>
    <message>
        <source>&amp;Given or received</source>
        <translation>&amp;Tặng hay nhận</translation>
    </message>
    <message>
        <source>&amp;Gift</source>
        <translation>&amp;Quà tặng</translation>
    </message>
    <message>
        <source>&amp;To or from</source>
        <translation>&amp;Người tặng hoặc nhận</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(không có trong danh bạ)</translation>
    </message>
    <message>
        <source>…or in &amp;words</source>
        <translation>…hoặc &amp;ghi bằng chữ</translation>
    </message>
    <message>
        <source>e.g. Office of the Governor</source>
        <translation>ví dụ: Văn phòng Thống đốc</translation>
    </message>
    <message>
        <source>&amp;On our side</source>
        <translation>&amp;Phía ta</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <source>At &amp;engagement</source>
        <translation>Tại &amp;hoạt động</translation>
    </message>
    <message>
        <source>(no engagement)</source>
        <translation>(không gắn với hoạt động)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Ngà&amp;y</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>Giá trị ước &amp;tính</translation>
    </message>
    <message>
        <source>whole units, e.g. 2000000</source>
        <translation>số nguyên, ví dụ 2000000</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Đơn &amp;vị tiền</translation>
    </message>
    <message>
        <source>What &amp;became of it</source>
        <translation>&amp;Xử lý</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>Ngày &amp;báo cáo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <source>Gifts register</source>
        <translation>Sổ theo dõi quà tặng</translation>
    </message>
    <message>
        <source>Gifts given and received during “%1”. A received gift worth %2 %3 or more (or of unknown value) is reported in writing within %4 working days (Edit → Settings).</source>
        <translation>Quà tặng và quà nhận trong “%1”. Quà nhận được có giá trị từ %2 %3 trở lên (hoặc chưa rõ giá trị) phải báo cáo bằng văn bản trong vòng %4 ngày làm việc (Sửa → Cài đặt).</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>No gifts recorded for this visit yet.</source>
        <translation>Chưa ghi nhận quà tặng nào cho chuyến đi này.</translation>
    </message>
    <message>
        <source>Delete the gift “%1” from the register? Edit → Undo brings it back.</source>
        <translation>Xóa quà tặng “%1” khỏi sổ? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Export the gifts register</source>
        <translation>Xuất sổ theo dõi quà tặng</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add gift %1</source>
        <translation>Thêm quà tặng %1</translation>
    </message>
    <message>
        <source>Edit gift %1</source>
        <translation>Sửa quà tặng %1</translation>
    </message>
    <message>
        <source>Delete gift %1</source>
        <translation>Xóa quà tặng %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Delete this line? Edit → Undo brings it back.</source>
        <translation>Xóa dòng này? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Attac&amp;hments…</source>
        <translation>Tệp đính &amp;kèm…</translation>
    </message>
</context>
<context>
    <name>SeatsModel</name>
    <message>
        <source>Host</source>
        <translation>Chủ nhà</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>head of side</source>
        <translation>trưởng đoàn</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>phiên dịch</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>người ký</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>người chứng kiến</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>người giúp ký</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Ghế</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>bàn %1</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>ngồi sau</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>giữ chỗ</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <source>Seating plan</source>
        <translation>Sơ đồ chỗ ngồi</translation>
    </message>
    <message>
        <source>Talks: one long table</source>
        <translation>Hội đàm: một bàn dài</translation>
    </message>
    <message>
        <source>Banquet: round tables</source>
        <translation>Chiêu đãi: bàn tròn</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Lễ ký kết</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Xe</translation>
    </message>
    <message>
        <source>Proposed from the attendees and the delegation's order of precedence: “%1”.</source>
        <translation>Đề xuất theo danh sách người dự và thứ tự lễ tân của đoàn: “%1”.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Kiểu sơ đồ:</translation>
    </message>
    <message>
        <source>door</source>
        <translation>cửa ra vào</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>khán giả</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>lái xe</translation>
    </message>
    <message>
        <source>Nobody attends this engagement yet.</source>
        <translation>Chưa có ai dự hoạt động này.</translation>
    </message>
    <message>
        <source>&amp;Swap seats</source>
        <translation>Đổi &amp;chỗ</translation>
    </message>
    <message>
        <source>Exchange the two seats selected in the list (both are then pinned)</source>
        <translation>Đổi chỗ hai ghế đã chọn trong danh sách (sau đó cả hai ghế được giữ chỗ)</translation>
    </message>
    <message>
        <source>&amp;Pin seat</source>
        <translation>&amp;Giữ chỗ</translation>
    </message>
    <message>
        <source>Un&amp;pin seat</source>
        <translation>&amp;Bỏ giữ chỗ</translation>
    </message>
    <message>
        <source>Keep the selected seat's occupant there when the plan is regenerated</source>
        <translation>Giữ người đang ngồi ở ghế đã chọn khi xếp lại sơ đồ</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Xếp lại</translation>
    </message>
    <message>
        <source>Seat everyone again by precedence, keeping the pinned seats</source>
        <translation>Xếp lại mọi người theo thứ tự ưu tiên, giữ nguyên các ghế đã giữ chỗ</translation>
    </message>
    <message>
        <source>Reset to &amp;proposal</source>
        <translation>Trở về sơ đồ đề &amp;xuất</translation>
    </message>
    <message>
        <source>Drop the hand edits and pins: back to the proposed plan</source>
        <translation>Bỏ các thay đổi bằng tay và các ghế giữ chỗ: trở về sơ đồ đề xuất</translation>
    </message>
    <message>
        <source>Select two seats in the list (Ctrl+click) to swap them.</source>
        <translation>Chọn hai ghế trong danh sách (Ctrl+nhấp chuột) để đổi chỗ.</translation>
    </message>
    <message>
        <source>Stored with the engagement: “%1”. Pinned seats (%2) are kept when it is regenerated.</source>
        <translation>Đã lưu cùng hoạt động: “%1”. Các ghế giữ chỗ (%2) được giữ nguyên khi xếp lại.</translation>
    </message>
    <message>
        <source>Proposed from the attendees and the delegation's order of precedence: “%1”. It is stored with the engagement as soon as you change a seat.</source>
        <translation>Đề xuất theo những người dự và thứ tự ưu tiên của đoàn: “%1”. Sơ đồ được lưu cùng hoạt động ngay khi bạn thay đổi một ghế.</translation>
    </message>
    <message>
        <source>Swap seats %1 and %2</source>
        <comment>undo step (Edit menu)</comment>
        <translation>Đổi chỗ ghế số %1 và ghế số %2</translation>
    </message>
    <message>
        <source>Pin seat %1</source>
        <comment>undo step (Edit menu)</comment>
        <translation>Giữ chỗ ghế số %1</translation>
    </message>
    <message>
        <source>Unpin seat %1</source>
        <comment>undo step (Edit menu)</comment>
        <translation>Bỏ giữ chỗ ghế số %1</translation>
    </message>
    <message>
        <source>Regenerate the seating plan</source>
        <comment>undo step (Edit menu)</comment>
        <translation>Xếp lại sơ đồ chỗ ngồi</translation>
    </message>
    <message>
        <source>Reset the seating plan to the proposal</source>
        <comment>undo step (Edit menu)</comment>
        <translation>Đưa sơ đồ chỗ ngồi về sơ đồ đề xuất</translation>
    </message>
</context>
<context>
    <name>CarsDialog</name>
    <message>
        <source>Cars</source>
        <translation>Xe</translation>
    </message>
    <message>
        <source>The cars of “%1”. Who rides where is proposed from the order of precedence: the guest of honour rear right, the host escort rear left, the interpreter beside the driver.</source>
        <translation>Xe của “%1”. Ai ngồi xe nào, ghế nào được đề xuất theo thứ tự lễ tân: khách chính ghế sau bên phải, người tháp tùng của chủ nhà ghế sau bên trái, phiên dịch ghế cạnh lái xe.</translation>
    </message>
    <message>
        <source>No cars yet for this transfer.</source>
        <translation>Chuyến di chuyển này chưa có xe.</translation>
    </message>
    <message>
        <source>Delete car %1? Edit → Undo brings it back.</source>
        <translation>Xóa xe số %1? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Add car</source>
        <translation>Thêm xe</translation>
    </message>
    <message>
        <source>Edit car</source>
        <translation>Sửa xe</translation>
    </message>
    <message>
        <source>Delete car</source>
        <translation>Xóa xe</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete this line? Edit → Undo brings it back.</source>
        <translation>Xóa dòng này? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
</context>
<context>
    <name>CarForm</name>
    <message>
        <source>New car</source>
        <translation>Xe mới</translation>
    </message>
    <message>
        <source>Edit car</source>
        <translation>Sửa xe</translation>
    </message>
    <message>
        <source>Car &amp;number</source>
        <translation>Xe &amp;số</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Biển số</translation>
    </message>
    <message>
        <source>&amp;Driver</source>
        <translation>&amp;Lái xe</translation>
    </message>
    <message>
        <source>Driver's p&amp;hone</source>
        <translation>Điện t&amp;hoại lái xe</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>CarsModel</name>
    <message>
        <source>Car</source>
        <translation>Xe</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Biển số</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Lái xe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Files attached to “%1” (signed documents, programmes, photos), kept in the database with a checksum.</source>
        <translation>Các tệp đính kèm “%1” (văn bản đã ký, chương trình, ảnh), lưu trong cơ sở dữ liệu kèm mã kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>Nothing attached yet.</source>
        <translation>Chưa có tệp đính kèm nào.</translation>
    </message>
    <message>
        <source>Remove the attachment “%1”? Edit → Undo brings it back.</source>
        <translation>Gỡ tệp đính kèm “%1”? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Đính kèm %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Gỡ tệp đính kèm %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete this line? Edit → Undo brings it back.</source>
        <translation>Xóa dòng này? Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
</context>
</TS>
