<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupPage</name>
    <message numerus="yes">
        <source>This backup is good: every page and all %n evidence file(s) checked.</source>
        <translation>
            <numerusform>This backup is good: every page and the %n evidence file checked.</numerusform>
            <numerusform>This backup is good: every page and all %n evidence files checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago. A fresh copy keeps what you added since then safe too.</source>
        <translation>
            <numerusform>Your last backup was %n day ago. A fresh copy keeps what you added since then safe too.</numerusform>
            <numerusform>Your last backup was %n days ago. A fresh copy keeps what you added since then safe too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Remind me in %n day</numerusform>
            <numerusform>Remind me in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>%Ln deadline</numerusform>
            <numerusform>%Ln deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence items</source>
        <translation>
            <numerusform>%Ln evidence item</numerusform>
            <numerusform>%Ln evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadlines · %Ln overdue</source>
        <translation>
            <numerusform>Deadlines · %Ln overdue</numerusform>
            <numerusform>Deadlines · %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatsActions</name>
    <message numerus="yes">
        <source>{name} · %Ln messages</source>
        <translation>
            <numerusform>{name} · %Ln message</numerusform>
            <numerusform>{name} · %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen for the report</source>
        <translation>
            <numerusform>%Ln chosen for the report</numerusform>
            <numerusform>%Ln chosen for the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>(%Ln found)</source>
        <translation>
            <numerusform>(%Ln found)</numerusform>
            <numerusform>(%Ln found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln items in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the item in the bin for good? This cannot be undone.</numerusform>
            <numerusform>Remove the %Ln items in the bin for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln incidents)</source>
        <translation>
            <numerusform>(%Ln incident)</numerusform>
            <numerusform>(%Ln incidents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln contacts)</source>
        <translation>
            <numerusform>(%Ln contact)</numerusform>
            <numerusform>(%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln deadlines)</source>
        <translation>
            <numerusform>(%Ln deadline)</numerusform>
            <numerusform>(%Ln deadlines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln requests)</source>
        <translation>
            <numerusform>(%Ln request)</numerusform>
            <numerusform>(%Ln requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln evidence items)</source>
        <translation>
            <numerusform>(%Ln evidence item)</numerusform>
            <numerusform>(%Ln evidence items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln links)</source>
        <translation>
            <numerusform>(%Ln link)</numerusform>
            <numerusform>(%Ln links)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln custody events)</source>
        <translation>
            <numerusform>(%Ln custody event)</numerusform>
            <numerusform>(%Ln custody events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>%Ln deadline</numerusform>
            <numerusform>%Ln deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records in all, each as its history last recorded it</source>
        <translation>
            <numerusform>%Ln record in all, as its history last recorded it</numerusform>
            <numerusform>%Ln records in all, each as its history last recorded it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items ({size}), every one re-hashed: unchanged since added</source>
        <translation>
            <numerusform>%Ln item ({size}), re-hashed: unchanged since added</numerusform>
            <numerusform>%Ln items ({size}), every one re-hashed: unchanged since added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, unbroken</source>
        <translation>
            <numerusform>%Ln event, unbroken</numerusform>
            <numerusform>%Ln events, unbroken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... and %Ln more</numerusform>
            <numerusform>... and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since then: %Ln events; records changed: {changed}</source>
        <translation>
            <numerusform>Since then: %Ln event; records changed: {changed}</numerusform>
            <numerusform>Since then: %Ln events; records changed: {changed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the case summary (%Ln pages, {size}, encrypted with AES-256) to {path}.</source>
        <translation>
            <numerusform>Saved the case summary (%Ln page, {size}, encrypted with AES-256) to {path}.</numerusform>
            <numerusform>Saved the case summary (%Ln pages, {size}, encrypted with AES-256) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the case summary (%Ln pages, {size}) to {path}.</source>
        <translation>
            <numerusform>Saved the case summary (%Ln page, {size}) to {path}.</numerusform>
            <numerusform>Saved the case summary (%Ln pages, {size}) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the evidence bundle (%Ln files and the summary, {size}) to {path}.</source>
        <translation>
            <numerusform>Saved the evidence bundle (%Ln file and the summary, {size}) to {path}.</numerusform>
            <numerusform>Saved the evidence bundle (%Ln files and the summary, {size}) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links in the folder were not followed: {names}</source>
        <translation>
            <numerusform>%Ln link in the folder was not followed: {names}</numerusform>
            <numerusform>%Ln links in the folder were not followed: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln messages)</source>
        <translation>
            <numerusform>(%Ln message)</numerusform>
            <numerusform>(%Ln messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln messages chosen for the case summary)</source>
        <translation>
            <numerusform>(%Ln message chosen for the case summary)</numerusform>
            <numerusform>(%Ln messages chosen for the case summary)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the complaint helper (%Ln pages, {size}) to {path}.</source>
        <translation>
            <numerusform>Saved the complaint helper (%Ln page, {size}) to {path}.</numerusform>
            <numerusform>Saved the complaint helper (%Ln pages, {size}) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln CSV files in {path}.</source>
        <translation>
            <numerusform>Saved %Ln CSV file in {path}.</numerusform>
            <numerusform>Saved %Ln CSV files in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln rows</source>
        <translation>
            <numerusform>{name}: %Ln row</numerusform>
            <numerusform>{name}: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln incidents in the table of acts)</source>
        <translation>
            <numerusform>(%Ln incident in the table of acts)</numerusform>
            <numerusform>(%Ln incidents in the table of acts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>%Ln deadlines are overdue. The earliest: {title} (due {due}).</source>
        <translation>
            <numerusform>%Ln deadline is overdue: {title} (due {due}).</numerusform>
            <numerusform>%Ln deadlines are overdue. The earliest: {title} (due {due}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in {path}.</source>
        <translation>
            <numerusform>Saved %n CSV file in {path}.</numerusform>
            <numerusform>Saved %n CSV files in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message numerus="yes">
        <source>%Ln files were added.</source>
        <translation>
            <numerusform>%Ln file was added.</numerusform>
            <numerusform>%Ln files were added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceBin</name>
    <message numerus="yes">
        <source>Move %Ln items to the bin? They stay inside your case file and you can take them out again; only emptying the bin removes them.</source>
        <translation>
            <numerusform>Move this item to the bin? It stays inside your case file and you can take it out again; only emptying the bin removes it.</numerusform>
            <numerusform>Move %Ln items to the bin? They stay inside your case file and you can take them out again; only emptying the bin removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln items in the bin for good? This cannot be undone. The custody log keeps their names and fingerprints, so your record stays complete.</source>
        <translation>
            <numerusform>Remove the item in the bin for good? This cannot be undone. The custody log keeps its name and fingerprint, so your record stays complete.</numerusform>
            <numerusform>Remove the %Ln items in the bin for good? This cannot be undone. The custody log keeps their names and fingerprints, so your record stays complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n original file(s) from the folder they came from? Quietcase first reads each one back from your case file and checks that its fingerprint matches; any that does not match is left where it is. Deleted files may still be recoverable from the disk with special tools, and copies elsewhere (a phone, a cloud folder, the Downloads folder) are not touched.</source>
        <translation>
            <numerusform>Delete the original file from the folder it came from? Quietcase first reads it back from your case file and checks that its fingerprint matches; if it does not match, it is left where it is. A deleted file may still be recoverable from the disk with special tools, and copies elsewhere (a phone, a cloud folder, the Downloads folder) are not touched.</numerusform>
            <numerusform>Delete the %n original files from the folder they came from? Quietcase first reads each one back from your case file and checks that its fingerprint matches; any that does not match is left where it is. Deleted files may still be recoverable from the disk with special tools, and copies elsewhere (a phone, a cloud folder, the Downloads folder) are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) deleted.</source>
        <translation>
            <numerusform>%n original file deleted.</numerusform>
            <numerusform>%n original files deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left where they are: they no longer match the copy in your case file, or could not be read.</source>
        <translation>
            <numerusform>%n left where it is: it no longer matches the copy in your case file, or could not be read.</numerusform>
            <numerusform>%n left where they are: they no longer match the copy in your case file, or could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The chat “{name}” ({kind}, %Ln messages).</source>
        <translation>
            <numerusform>The chat “{name}” ({kind}, %Ln message).</numerusform>
            <numerusform>The chat “{name}” ({kind}, %Ln messages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEvidence</name>
    <message numerus="yes">
        <source>About the %n chosen new files:</source>
        <translation>
            <numerusform>About the chosen new file:</numerusform>
            <numerusform>About the %n chosen new files:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KakaoImporter</name>
    <message numerus="yes">
        <source>“{name}” (KakaoTalk): %Ln new messages ({known} were already in your case).</source>
        <translation>
            <numerusform>“{name}” (KakaoTalk): %Ln new message ({known} were already in your case).</numerusform>
            <numerusform>“{name}” (KakaoTalk): %Ln new messages ({known} were already in your case).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256.</source>
        <translation>
            <numerusform>%Ln file of the export is now evidence, with its SHA-256.</numerusform>
            <numerusform>%Ln files of the export are now evidence, each with its SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos, videos or files are named in the chat but are not in the export; they are marked as missing.</source>
        <translation>
            <numerusform>%Ln photo, video or file is named in the chat but is not in the export; it is marked as missing.</numerusform>
            <numerusform>%Ln photos, videos or files are named in the chat but are not in the export; they are marked as missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message numerus="yes">
        <source>%n link(s) marked “{status}”, checked today.</source>
        <translation>
            <numerusform>%n link marked “{status}”, checked today.</numerusform>
            <numerusform>%n links marked “{status}”, checked today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied. They will be cleared from the clipboard soon.</source>
        <translation>
            <numerusform>The address was copied. It will be cleared from the clipboard soon.</numerusform>
            <numerusform>%n addresses copied. They will be cleared from the clipboard soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message numerus="yes">
        <source>Quietcase locks in %n second(s): nobody has used it for a while. What you typed is kept.</source>
        <translation>
            <numerusform>Quietcase locks in %n second: nobody has used it for a while. What you typed is kept.</numerusform>
            <numerusform>Quietcase locks in %n seconds: nobody has used it for a while. What you typed is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Before this unlock, a wrong passphrase was typed on this computer %n time(s) ({times}). If that was not you, someone else may have tried to open your case file.</source>
        <translation>
            <numerusform>Before this unlock, a wrong passphrase was typed on this computer once ({times}). If that was not you, someone else may have tried to open your case file.</numerusform>
            <numerusform>Before this unlock, a wrong passphrase was typed on this computer %n times ({times}). If that was not you, someone else may have tried to open your case file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since then, a wrong passphrase was tried %n time(s) ({times}). If that was not you, someone else may have tried to open your case file.</source>
        <translation>
            <numerusform>Since then, a wrong passphrase was tried once ({times}). If that was not you, someone else may have tried to open your case file.</numerusform>
            <numerusform>Since then, a wrong passphrase was tried %n times ({times}). If that was not you, someone else may have tried to open your case file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quietcase</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message numerus="yes">
        <source>When my last backup is more than %n day(s) old</source>
        <translation>
            <numerusform>When my last backup is more than %n day old</numerusform>
            <numerusform>When my last backup is more than %n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message numerus="yes">
        <source>Chat messages you chose (%n)</source>
        <translation>
            <numerusform>Chat messages you chose (%n)</numerusform>
            <numerusform>Chat messages you chose (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n page(s). This preview is only on your screen: nothing has been saved.</source>
        <translation>
            <numerusform>%n page. This preview is only on your screen: nothing has been saved.</numerusform>
            <numerusform>%n pages. This preview is only on your screen: nothing has been saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle is saved as {path} ({size}, %n evidence file(s)).</source>
        <translation>
            <numerusform>The bundle is saved as {path} ({size}, %n evidence file).</numerusform>
            <numerusform>The bundle is saved as {path} ({size}, %n evidence files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>Found in %Ln records. Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>Found in %Ln record. Press Enter or double-click to open it.</numerusform>
            <numerusform>Found in %Ln records. Press Enter or double-click to open one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %Ln</source>
        <translation>
            <numerusform>showing the first %Ln</numerusform>
            <numerusform>showing the first %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>After %n minutes</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message numerus="yes">
        <source>“{name}”: %Ln new messages ({known} were already in your case); {stored} pictures and files kept, {missing} not included in the export.</source>
        <translation>
            <numerusform>“{name}”: %Ln new message ({known} were already in your case); {stored} pictures and files kept, {missing} not included in the export.</numerusform>
            <numerusform>“{name}”: %Ln new messages ({known} were already in your case); {stored} pictures and files kept, {missing} not included in the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln messages; {stored} pictures and files kept, {missing} not included in the export.</source>
        <translation>
            <numerusform>“{name}”: %Ln message; {stored} pictures and files kept, {missing} not included in the export.</numerusform>
            <numerusform>“{name}”: %Ln messages; {stored} pictures and files kept, {missing} not included in the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256 ({known} were already in your case and were not stored twice).</source>
        <translation>
            <numerusform>%Ln file of the export is now evidence, with its SHA-256 ({known} were already in your case and were not stored twice).</numerusform>
            <numerusform>%Ln files of the export are now evidence, each with its SHA-256 ({known} were already in your case and were not stored twice).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256.</source>
        <translation>
            <numerusform>%Ln file of the export is now evidence, with its SHA-256.</numerusform>
            <numerusform>%Ln files of the export are now evidence, each with its SHA-256.</numerusform>
        </translation>
    </message>
</context>
</TS>
