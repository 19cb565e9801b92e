<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="193"/>
        <source>Duplicate trip</source>
        <translation>Nhân bản chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="194"/>
        <source>The copy gets the same delegation and programme, moved to the new start date. Notes and commitments stay with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="207"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="208"/>
        <source>New &amp;start date:</source>
        <translation>Ngày &amp;bắt đầu mới:</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="46"/>
        <source>Edit engagement</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="46"/>
        <source>Add engagement</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="52"/>
        <source>e.g. Meeting with the hospital board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="62"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="67"/>
        <source>Address or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="81"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="82"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="84"/>
        <source>Time needed to get here from the previous engagement; a shorter gap is flagged as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="90"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="91"/>
        <source>Talking points</source>
        <translation>Nội dung trao đổi</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="92"/>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="107"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="111"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="114"/>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="117"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="118"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="119"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="120"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="121"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="123"/>
        <source>T&amp;ravel time:</source>
        <translation>Thời gian &amp;di chuyển:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="158"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="159"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="160"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="189"/>
        <location filename="../../delegation_planner/ui/actions.py" line="169"/>
        <location filename="../../delegation_planner/ui/actions.py" line="303"/>
        <source>&amp;Programme</source>
        <translation>Chương &amp;trình</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="190"/>
        <location filename="../../delegation_planner/ui/actions.py" line="175"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Đoàn</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="191"/>
        <location filename="../../delegation_planner/ui/actions.py" line="181"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Cam kết</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="192"/>
        <location filename="../../delegation_planner/ui/actions.py" line="208"/>
        <source>Di&amp;rectory</source>
        <translation>&amp;Danh bạ</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="334"/>
        <source>New trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="355"/>
        <source>Edit trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="369"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="382"/>
        <source>Duplicate trip</source>
        <translation>Nhân bản chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="389"/>
        <source>Delete the trip “%1” (%2) with its programme, delegation list, meeting notes and commitments?

Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="392"/>
        <source>Delete trip</source>
        <translation>Xóa chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="409"/>
        <source>Delete trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="455"/>
        <source>Add engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="487"/>
        <source>Edit engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="498"/>
        <source>Delete the engagement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="500"/>
        <source>Meeting notes deleted with it: %1. Undo brings back the engagement and its attendees but not the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="502"/>
        <source>Delete engagement</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="519"/>
        <source>Delete engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="524"/>
        <source>Saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="584"/>
        <source>Delegation Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="587"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="590"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="591"/>
        <source>%1 already exists. Choose a new file name, or use Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="596"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="605"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="623"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="638"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="649"/>
        <source>Import trip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="639"/>
        <source>Trip bundles (*.json *.trip.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="654"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="666"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="677"/>
        <source>Export trip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="666"/>
        <source>Trip bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="679"/>
        <source>Trip saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="684"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="692"/>
        <source>Backup database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="694"/>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="702"/>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="702"/>
        <source>Post-trip report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="708"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="715"/>
        <source>Reports are not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="727"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="731"/>
        <source>%1 written: %2 (%3 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="739"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="752"/>
        <source>Load sample trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="756"/>
        <source>Sample trips loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="760"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="761"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plan official delegation visits, log meetings and follow up commitments, offline.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="814"/>
        <source>No trip selected</source>
        <translation>Chưa chọn chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="815"/>
        <source>Create a trip with Trip → New trip (Ctrl+N), or load the sample trip from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="826"/>
        <source>home time: %1</source>
        <translation>giờ trong nước: %1</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="827"/>
        <source>engagements: %1</source>
        <translation>hoạt động: %1</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="841"/>
        <source>⚠ Engagements with conflicts: %1</source>
        <translation>⚠ Hoạt động bị trùng lịch: %1</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="843"/>
        <source>Select an engagement marked ⚠ (or hover over it) to see what clashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="41"/>
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="43"/>
        <source>Create an empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="47"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="50"/>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="54"/>
        <source>&amp;Import trip bundle…</source>
        <translation>&amp;Nhập gói chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="56"/>
        <source>Add a trip from a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="60"/>
        <source>&amp;Export trip bundle…</source>
        <translation>&amp;Xuất gói chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="62"/>
        <source>Save the current trip as a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="66"/>
        <source>&amp;Backup database…</source>
        <translation>Sao &amp;lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="68"/>
        <source>Save a consistent copy of the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="80"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="87"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="91"/>
        <source>Edit the selected trip or engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="95"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="99"/>
        <source>Delete the selected trip or engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="103"/>
        <source>&amp;Find trip</source>
        <translation>&amp;Tìm chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="111"/>
        <source>&amp;New trip…</source>
        <translation>Chuyến công tác &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="115"/>
        <source>Create a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="119"/>
        <source>&amp;Edit trip…</source>
        <translation>&amp;Sửa chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="122"/>
        <source>Change the trip&apos;s title, dates, home time zone or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="125"/>
        <source>D&amp;uplicate trip…</source>
        <translation>&amp;Nhân bản chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="128"/>
        <source>Same programme as last year: copy the trip to new dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="131"/>
        <source>&amp;Delete trip…</source>
        <translation>&amp;Xóa chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="134"/>
        <source>Delete the trip with its programme, notes and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="139"/>
        <source>&amp;Add engagement…</source>
        <translation>&amp;Thêm hoạt động…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="143"/>
        <source>Add an engagement to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="147"/>
        <source>&amp;Edit engagement…</source>
        <translation>&amp;Sửa hoạt động…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="150"/>
        <source>Change the selected engagement (time, place, objectives…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="153"/>
        <source>&amp;Delete engagement…</source>
        <translation>&amp;Xóa hoạt động…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="156"/>
        <source>Delete the selected engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="161"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="165"/>
        <source>Reload everything from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="187"/>
        <source>Programme as &amp;list</source>
        <translation>Chương trình dạng &amp;danh sách</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="190"/>
        <source>Show the programme as a list, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="194"/>
        <source>Programme as &amp;timeline</source>
        <translation>Chương trình dạng &amp;dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="197"/>
        <source>Show each day&apos;s engagements as blocks on a time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="200"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="201"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="216"/>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Tài liệu tóm tắt cho đoàn…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="219"/>
        <source>A PDF for the delegation: programme, briefs, contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="223"/>
        <source>&amp;Post-trip report…</source>
        <translation>&amp;Báo cáo sau chuyến công tác…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="225"/>
        <source>A PDF of what happened: meetings, notes, commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="229"/>
        <source>Briefing pack in &amp;Vietnamese…</source>
        <translation>Tài liệu tóm tắt cho đoàn bằng &amp;tiếng Việt…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="231"/>
        <source>The briefing pack with Vietnamese headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="235"/>
        <source>Post-trip report in V&amp;ietnamese…</source>
        <translation>Báo cáo sau chuyến công tác bằng t&amp;iếng Việt…</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="237"/>
        <source>The post-trip report with Vietnamese headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="243"/>
        <source>Load &amp;sample trip</source>
        <translation>Nạp chuyến công tác &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="246"/>
        <source>Add the Boston 2017 study visit to try the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="249"/>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;Giới thiệu Delegation Planner</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="272"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="274"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="284"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="291"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="298"/>
        <source>&amp;Trip</source>
        <translation>&amp;Chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="308"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="313"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="127"/>
        <source>Time (venue · home)</source>
        <translation>Giờ (địa phương · trong nước)</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="127"/>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="127"/>
        <source>Engagement</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="127"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="128"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="128"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="160"/>
        <source>%1 (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="176"/>
        <source>Day %1 · %2</source>
        <translation>Ngày %1 · %2</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="183"/>
        <source>Engagements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="185"/>
        <source>With a conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="204"/>
        <source>Conflicts:</source>
        <translation>Xung đột:</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/programme.py" line="21"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
</context>
<context>
    <name>ThreadTaskRunner</name>
    <message>
        <location filename="../../delegation_planner/ui/tasks.py" line="68"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="56"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="210"/>
        <source>No trip selected.</source>
        <translation>Chưa chọn chuyến công tác.</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="212"/>
        <source>No engagements yet.
Add one with Programme → Add engagement (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="239"/>
        <source>engagements: %1</source>
        <translation>hoạt động: %1</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="241"/>
        <source>⚠ conflicts: %1</source>
        <translation>⚠ xung đột: %1</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="126"/>
        <source>Edit trip</source>
        <translation>Sửa chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="126"/>
        <source>New trip</source>
        <translation>Chuyến công tác mới</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="130"/>
        <source>e.g. Study visit to Boston</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="153"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="154"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Điểm đến:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="155"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="156"/>
        <source>&amp;Start date:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="157"/>
        <source>&amp;End date:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="158"/>
        <source>&amp;Home time zone:</source>
        <translation>Múi giờ &amp;trong nước:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="159"/>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="160"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Trip</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="98"/>
        <source>Engagements: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripListPanel</name>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="36"/>
        <source>Search trips (Ctrl+F)</source>
        <translation>Tìm chuyến công tác (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="40"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="45"/>
        <location filename="../../delegation_planner/ui/views/trips.py" line="170"/>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="58"/>
        <location filename="../../delegation_planner/ui/views/trips.py" line="63"/>
        <source>Trips</source>
        <translation>Chuyến công tác</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="116"/>
        <source>Trips shown: %1</source>
        <translation>Số chuyến hiển thị: %1</translation>
    </message>
</context>
<context>
    <name>TripListView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="232"/>
        <source>No trip matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="233"/>
        <source>No trips yet.

Trip → New trip (Ctrl+N),
or Help → Load sample trip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../delegation_planner/app.py" line="81"/>
        <source>The database could not be opened:

%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="23"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="24"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="25"/>
        <source>Destination</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="26"/>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="27"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="28"/>
        <source>Home time zone</source>
        <translation>Múi giờ trong nước</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="29"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="30"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="31"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="32"/>
        <source>Organization</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="33"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="34"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="35"/>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="37"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="36"/>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="38"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="39"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="40"/>
        <source>Talking points</source>
        <translation>Nội dung trao đổi</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="41"/>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="42"/>
        <source>Travel time</source>
        <translation>Thời gian di chuyển</translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="71"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="72"/>
        <source>Something went wrong inside Delegation Planner. Your data is safe: every edit is saved as it is made.

Please send the details below to whoever supports the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="95"/>
        <source>Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
