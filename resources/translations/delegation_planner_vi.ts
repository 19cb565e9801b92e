<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="193"/>
        <source>Duplicate trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="194"/>
        <source>The copy gets the same delegation and programme, moved to the new start date. Notes and commitments stay with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="207"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="208"/>
        <source>New &amp;start date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="46"/>
        <source>Edit engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="46"/>
        <source>Add engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="52"/>
        <source>e.g. Meeting with the hospital board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="62"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="67"/>
        <source>Address or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="82"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="84"/>
        <source>Time needed to get here from the previous engagement; a shorter gap is flagged as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="90"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="91"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="92"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="107"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="111"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="114"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="117"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="118"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="119"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="120"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="121"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/engagement_dialog.py" line="123"/>
        <source>T&amp;ravel time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="158"/>
        <source>Add…</source>
        <extracomment>Changes that make the programme (and timeline) of a trip stale. Runs background work (report builds); tests put a SyncTaskRunner here. Shows a modal dialog and returns its result code; tests replace it to fill dialogs in. Opens a written file (PDF) with the desktop; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="159"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="160"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="189"/>
        <location filename="../../delegation_planner/ui/actions.py" line="88"/>
        <location filename="../../delegation_planner/ui/actions.py" line="167"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="190"/>
        <location filename="../../delegation_planner/ui/actions.py" line="89"/>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="191"/>
        <location filename="../../delegation_planner/ui/actions.py" line="90"/>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="192"/>
        <location filename="../../delegation_planner/ui/actions.py" line="104"/>
        <source>Di&amp;rectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="324"/>
        <source>New trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="345"/>
        <source>Edit trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="359"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="372"/>
        <source>Duplicate trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="379"/>
        <source>Delete the trip “%1” (%2) with its programme, delegation list, meeting notes and commitments?

Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="382"/>
        <source>Delete trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="399"/>
        <source>Delete trip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="445"/>
        <source>Add engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="477"/>
        <source>Edit engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="488"/>
        <source>Delete the engagement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="490"/>
        <source>Meeting notes deleted with it: %1. Undo brings back the engagement and its attendees but not the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="492"/>
        <source>Delete engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="509"/>
        <source>Delete engagement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="514"/>
        <source>Saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="574"/>
        <source>Delegation Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="577"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="580"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="581"/>
        <source>%1 already exists. Choose a new file name, or use Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="586"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="595"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="613"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="628"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="639"/>
        <source>Import trip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="629"/>
        <source>Trip bundles (*.json *.trip.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="644"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="656"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="667"/>
        <source>Export trip bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="656"/>
        <source>Trip bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="669"/>
        <source>Trip saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="674"/>
        <location filename="../../delegation_planner/ui/main_window.py" line="682"/>
        <source>Backup database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="684"/>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="692"/>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="692"/>
        <source>Post-trip report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="698"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="705"/>
        <source>Reports are not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="717"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="721"/>
        <source>%1 written: %2 (%3 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="729"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="742"/>
        <source>Load sample trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="746"/>
        <source>Sample trips loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="750"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="751"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plan official delegation visits, log meetings and follow up commitments, offline.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="804"/>
        <source>No trip selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="805"/>
        <source>Create a trip with Trip → New trip (Ctrl+N), or load the sample trip from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="816"/>
        <source>home time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="817"/>
        <source>engagements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="831"/>
        <source>⚠ Engagements with conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/main_window.py" line="833"/>
        <source>Select an engagement marked ⚠ (or hover over it) to see what clashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="40"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="41"/>
        <source>Create an empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="42"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="43"/>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="44"/>
        <source>&amp;Import trip bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="45"/>
        <source>Add a trip from a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="46"/>
        <source>&amp;Export trip bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="47"/>
        <source>Save the current trip as a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="48"/>
        <source>&amp;Backup database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="49"/>
        <source>Save a consistent copy of the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="54"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="57"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="60"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="61"/>
        <source>Edit the selected trip or engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="62"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="63"/>
        <source>Delete the selected trip or engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="64"/>
        <source>&amp;Find trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="67"/>
        <source>&amp;New trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="68"/>
        <source>Create a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="69"/>
        <source>&amp;Edit trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="70"/>
        <source>Change the trip&apos;s title, dates, home time zone or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="71"/>
        <source>D&amp;uplicate trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="72"/>
        <source>Same programme as last year: copy the trip to new dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="73"/>
        <source>&amp;Delete trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="74"/>
        <source>Delete the trip with its programme, notes and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="77"/>
        <source>&amp;Add engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="78"/>
        <source>Add an engagement to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="80"/>
        <source>&amp;Edit engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="81"/>
        <source>Change the selected engagement (time, place, objectives…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="82"/>
        <source>&amp;Delete engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="83"/>
        <source>Delete the selected engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="86"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="87"/>
        <source>Reload everything from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="92"/>
        <source>Programme as &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="93"/>
        <source>Show the programme as a list, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="94"/>
        <source>Programme as &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="95"/>
        <source>Show each day&apos;s engagements as blocks on a time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="97"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="98"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="107"/>
        <source>&amp;Briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="108"/>
        <source>A PDF for the delegation: programme, briefs, contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="110"/>
        <source>&amp;Post-trip report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="111"/>
        <source>A PDF of what happened: meetings, notes, commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="113"/>
        <source>Briefing pack in &amp;Vietnamese…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="115"/>
        <source>The briefing pack with Vietnamese headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="116"/>
        <source>Post-trip report in V&amp;ietnamese…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="118"/>
        <source>The post-trip report with Vietnamese headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="121"/>
        <source>Load &amp;sample trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="122"/>
        <source>Add the Boston 2017 study visit to try the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="123"/>
        <source>&amp;About Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="148"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="155"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="162"/>
        <source>&amp;Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="172"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/actions.py" line="177"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="116"/>
        <source>Time (venue · home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="116"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="116"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="116"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="117"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="159"/>
        <source>%1 (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="175"/>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="182"/>
        <source>Engagements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="184"/>
        <source>With a conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/programme.py" line="203"/>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/programme.py" line="21"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadTaskRunner</name>
    <message>
        <location filename="../../delegation_planner/ui/tasks.py" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="56"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="208"/>
        <source>No engagements yet.
Add one with Programme → Add engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="234"/>
        <source>engagements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/timeline.py" line="236"/>
        <source>⚠ conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="126"/>
        <source>Edit trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="126"/>
        <source>New trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="130"/>
        <source>e.g. Study visit to Boston</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="153"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="154"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="155"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="156"/>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="157"/>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="158"/>
        <source>&amp;Home time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="159"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/trip_dialog.py" line="160"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/models/trips.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="40"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="45"/>
        <location filename="../../delegation_planner/ui/views/trips.py" line="170"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="58"/>
        <location filename="../../delegation_planner/ui/views/trips.py" line="63"/>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/views/trips.py" line="116"/>
        <source>Trips shown: %1</source>
        <extracomment>the window adds its buttons here (New trip…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../delegation_planner/app.py" line="78"/>
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
        <extracomment>Field names used by the services, in the words on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="23"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="23"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="24"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="24"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="24"/>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="25"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="25"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="26"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="26"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="26"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="27"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="27"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="28"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="28"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="28"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="29"/>
        <source>Travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="56"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="57"/>
        <source>Something went wrong inside Delegation Planner. Your data is safe: every edit is saved as it is made.

Please send the details below to whoever supports the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../delegation_planner/ui/dialogs/errors.py" line="75"/>
        <source>Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
