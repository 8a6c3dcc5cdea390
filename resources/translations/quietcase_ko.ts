<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your whole case: records, evidence files and the custody log. Keep it on a USB stick or a drive you keep somewhere safe, away from this computer, so your case survives if the computer is lost, broken or taken.</source>
        <translation>백업은 사건 전체(기록, 증거 파일, 보관 기록)를 암호화해 복사한 파일이에요. 이 컴퓨터와 떨어진 안전한 곳에 둔 USB 메모리나 드라이브에 보관하면, 컴퓨터를 잃어버리거나 고장 나거나 빼앗겨도 사건 기록을 지킬 수 있어요.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>내 비밀번호</translation>
    </message>
    <message>
        <source>Give the backup its own passphrase</source>
        <translation>백업용 비밀번호 따로 정하기</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>백업 비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Needed for each backup and check; it is not kept.</source>
        <translation>백업하거나 확인할 때마다 필요해요. 어디에도 저장하지 않아요.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>백업할 위치</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업하기</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>백업 확인하기…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>백업에서 복원하기…</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>이 백업 확인하기</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>목록에서 빼기</translation>
    </message>
    <message>
        <source>The backup file itself is left where it is.</source>
        <translation>백업 파일 자체는 그대로 남아 있어요.</translation>
    </message>
    <message>
        <source>Backups Quietcase knows of</source>
        <translation>Quietcase에 기록된 백업</translation>
    </message>
    <message>
        <source>You will be asked the first time.</source>
        <translation>처음 백업할 때 물어볼게요.</translation>
    </message>
    <message>
        <source>Choose a folder for your backups</source>
        <translation>백업을 저장할 폴더 고르기</translation>
    </message>
    <message>
        <source>Please type the backup&apos;s own passphrase.</source>
        <translation>백업 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>두 번 입력한 백업 비밀번호가 서로 달라요.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>먼저 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>백업을 만들고 확인하는 중이에요…</translation>
    </message>
    <message>
        <source>Your backup is written and checked: {path}. Keep the drive somewhere safe.</source>
        <translation>백업을 만들고 확인까지 마쳤어요: {path}. 드라이브는 안전한 곳에 보관해 주세요.</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>백업 확인하기</translation>
    </message>
    <message>
        <source>Checking every page and every evidence file…</source>
        <translation>모든 페이지와 모든 증거 파일을 확인하는 중이에요…</translation>
    </message>
    <message>
        <source>That backup was not found where it was written. If it is on a USB stick, please plug it in and check again.</source>
        <translation>백업을 만든 위치에서 찾지 못했어요. USB 메모리에 있다면 꽂은 뒤 다시 확인해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>This backup is good: every page and all %n evidence file(s) checked.</source>
        <translation>
            <numerusform>이 백업은 이상 없어요. 모든 페이지와 증거 파일 %n건을 확인했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is damaged ({detail}), so it cannot be trusted to bring your case back. Your case file itself is not affected. Please make a new backup, if you can on another drive.</source>
        <translation>이 백업은 손상되어 사건을 되살리는 데 믿고 쓸 수 없어요. 사건 파일 자체에는 아무 영향이 없어요. 되도록 다른 드라이브에 새 백업을 만들어 주세요. (손상 내용: {detail})</translation>
    </message>
    <message>
        <source>Stopped. No backup was left behind, and your case file is unchanged.</source>
        <translation>멈췄어요. 만들다 만 백업은 남지 않았고, 사건 파일도 그대로예요.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Good (checked {when})</source>
        <translation>이상 없음 (확인: {when})</translation>
    </message>
    <message>
        <source>Damaged: please make a new backup (checked {when})</source>
        <translation>손상됨: 새 백업을 만들어 주세요 (확인: {when})</translation>
    </message>
    <message>
        <source>Not found: is the drive plugged in? (looked {when})</source>
        <translation>찾지 못함: 드라이브가 꽂혀 있나요? (확인: {when})</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인 안 함</translation>
    </message>
    <message>
        <source>Your case has no backup yet. An encrypted copy on a USB stick keeps it safe if this computer is lost or taken.</source>
        <translation>아직 백업이 없어요. USB 메모리에 암호화된 백업을 만들어 두면 이 컴퓨터를 잃어버리거나 빼앗겨도 사건 기록을 지킬 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago. A fresh copy keeps what you added since then safe too.</source>
        <translation>
            <numerusform>마지막 백업은 %n일 전이에요. 새로 백업하면 그 뒤에 추가한 기록도 안전하게 지킬 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>지금 백업하기…</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>%n일 뒤에 다시 알려 주세요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>대화방</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>요약서·문서</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Search everything  (Ctrl+K)</source>
        <translation>전체 검색  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). F12 locks and hides the window at once.</source>
        <translation>지금 잠그기(Ctrl+L). F12를 누르면 바로 잠그고 창을 숨겨요.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>사건 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>관계인 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>기한 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>신고·요청 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence items</source>
        <translation>
            <numerusform>증거 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>마지막 백업: {when}</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines · %Ln overdue</source>
        <translation>
            <numerusform>기한 · %Ln건 지남</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatImporter</name>
    <message>
        <source>The import was stopped. Nothing was added to your case; it is as before.</source>
        <translation>가져오기를 멈췄어요. 사건에 아무것도 추가하지 않았고, 모두 전과 같아요.</translation>
    </message>
    <message>
        <source>The export could not be imported: {why} Nothing was added to your case.</source>
        <translation>내보낸 대화를 가져오지 못했어요: {why} 사건에 아무것도 추가하지 않았어요.</translation>
    </message>
</context>
<context>
    <name>Chats</name>
    <message>
        <source>A Telegram export…</source>
        <translation>텔레그램에서 내보낸 대화…</translation>
    </message>
    <message>
        <source>A KakaoTalk export…</source>
        <translation>카카오톡 내보내기…</translation>
    </message>
</context>
<context>
    <name>ChatsActions</name>
    <message>
        <source>{name} (KakaoTalk)</source>
        <translation>{name} (카카오톡)</translation>
    </message>
    <message>
        <source>{name} (Telegram)</source>
        <translation>{name} (텔레그램)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %Ln messages</source>
        <translation>
            <numerusform>{name} · 메시지 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Chats</source>
        <translation>대화방</translation>
    </message>
    <message>
        <source>The chats you imported, as they were written. Pictures stay blurred until you choose to look. Choose messages for the report, and they are marked.</source>
        <translation>가져온 대화를 원래 모습 그대로 보여 줘요. 사진은 직접 열어 보기 전까지 흐리게 가려져 있어요. 요약서에 넣을 메시지를 고르면 표시가 붙어요.</translation>
    </message>
    <message>
        <source>Import chat export…</source>
        <translation>내보낸 대화 가져오기…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>대화방</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <source>Who is this?…</source>
        <translation>이 사람은 누구예요?…</translation>
    </message>
    <message>
        <source>Say which person in your case wrote under this name in the chat</source>
        <translation>대화에서 이 이름으로 글을 쓴 사람이 사건의 어느 관계인인지 알려 주세요</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Add to report</source>
        <translation>요약서에 넣기</translation>
    </message>
    <message>
        <source>The chosen messages go into the case summary</source>
        <translation>고른 메시지가 사건 요약서에 들어가요</translation>
    </message>
    <message>
        <source>Remove from report</source>
        <translation>요약서에서 빼기</translation>
    </message>
    <message>
        <source>Show chosen pictures</source>
        <translation>고른 사진 보기</translation>
    </message>
    <message>
        <source>Blur all again</source>
        <translation>모두 다시 흐리게 하기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Messages of the chat</source>
        <translation>대화방의 메시지</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2024, 2024-03, 2024-03-15</source>
        <translation>연도, 월, 날짜: 2024, 2024-03, 2024-03-15</translation>
    </message>
    <message>
        <source>That date cannot be read yet.</source>
        <translation>아직 날짜로 알아볼 수 없어요.</translation>
    </message>
    <message>
        <source>No chats yet.

In Telegram Desktop, “Export chat history” saves a chat to a folder; in KakaoTalk, “Export chat” (대화 내보내기) saves it as a text file. Choose “Import chat export…” to keep it here: every file stays evidence, byte for byte, and every message can be read and searched.</source>
        <translation>아직 대화방이 없어요.

텔레그램 데스크톱에서는 ‘Export chat history’(대화 기록 내보내기) 메뉴로 대화방을 폴더에 저장하고, 카카오톡에서는 ‘대화 내보내기’로 텍스트 파일에 저장해요. ‘내보낸 대화 가져오기…’를 누르면 여기에 보관돼요. 모든 파일은 한 바이트도 바뀌지 않은 증거로 남고, 모든 메시지를 읽고 검색할 수 있어요.</translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation>이 조건에 맞는 메시지가 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>메시지 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen for the report</source>
        <translation>
            <numerusform>요약서에 넣을 메시지 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEdit</name>
    <message>
        <source>Type to find…</source>
        <translation>입력해서 찾기…</translation>
    </message>
    <message>
        <source>Find in this list</source>
        <translation>이 목록에서 찾기</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Your new case file is ready: {path}</source>
        <translation>새 사건 파일을 만들었어요: {path}</translation>
    </message>
    <message>
        <source>The passphrase has been changed. The old one no longer opens this case file.</source>
        <translation>비밀번호를 바꿨어요. 이전 비밀번호로는 이제 이 사건 파일을 열 수 없어요.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>찾은 기록이 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln found)</source>
        <translation>
            <numerusform>(%Ln건 찾음)</numerusform>
        </translation>
    </message>
    <message>
        <source>A demo case file with {incidents} incidents, {contacts} contacts, {deadlines} deadlines and {requests} requests is ready: {path}</source>
        <translation>예시 사건 파일을 만들었어요 (사건 {incidents}건, 관계인 {contacts}명, 기한 {deadlines}건, 신고·요청 {requests}건): {path}</translation>
    </message>
    <message>
        <source>Everything in it is invented.</source>
        <translation>안에 든 내용은 모두 지어낸 것이에요.</translation>
    </message>
    <message>
        <source>Quietcase keeps your case private, in one encrypted file on this computer. This is its command-line front end.</source>
        <translation>Quietcase는 사건 기록을 이 컴퓨터의 암호화된 파일 하나에 비공개로 보관해요. 이 프로그램은 Quietcase의 명령줄 도구예요.</translation>
    </message>
    <message>
        <source>Passphrases are asked without echo, or read from QUIETCASE_PASSPHRASE and QUIETCASE_NEW_PASSPHRASE. Exit codes: 0 done, 1 failed, 2 usage error, 3 wrong passphrase or not a case file, 4 damaged, 5 in use by another Quietcase.</source>
        <translation>비밀번호는 화면에 보이지 않게 입력받거나, QUIETCASE_PASSPHRASE와 QUIETCASE_NEW_PASSPHRASE 환경 변수에서 읽어요. 종료 코드: 0 완료, 1 실패, 2 사용법 오류, 3 비밀번호가 틀렸거나 사건 파일이 아님, 4 손상됨, 5 다른 Quietcase에서 사용 중.</translation>
    </message>
    <message>
        <source>create a new, empty case file</source>
        <translation>비어 있는 새 사건 파일 만들기</translation>
    </message>
    <message>
        <source>where to create the case file</source>
        <translation>사건 파일을 만들 위치</translation>
    </message>
    <message>
        <source>change the passphrase of a case file</source>
        <translation>사건 파일의 비밀번호 바꾸기</translation>
    </message>
    <message>
        <source>list the records of one kind</source>
        <translation>한 종류의 기록을 목록으로 보기</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>표 대신 JSON으로 출력</translation>
    </message>
    <message>
        <source>evidence only: the items in the bin</source>
        <translation>증거에만 해당: 휴지통에 있는 항목</translation>
    </message>
    <message>
        <source>messages only: the messages of this chat (repeatable)</source>
        <translation>메시지에만 해당: 이 대화방의 메시지 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>deadlines only: those not done that are overdue or due within 14 days</source>
        <translation>기한에만 해당: 아직 완료하지 않았고, 지났거나 14일 안에 다가오는 기한</translation>
    </message>
    <message>
        <source>show one record by its id (I-1, C-2, D-3, R-4, E-5)</source>
        <translation>ID로 기록 하나 보기 (I-1, C-2, D-3, R-4, E-5)</translation>
    </message>
    <message>
        <source>2024, 2024-03, 2024-03-15, 2024-03-15 14:30, a range: 2024-03 .. 2024-05, or your words: “작년 3월”, “last March”, “2주 전”</source>
        <translation>2024, 2024-03, 2024-03-15, 2024-03-15 14:30, 기간: 2024-03 .. 2024-05, 또는 말로: “작년 3월”, “3월 초”, “2주 전”</translation>
    </message>
    <message>
        <source>act</source>
        <translation>가해 행위</translation>
    </message>
    <message>
        <source>not an act</source>
        <translation>가해 행위 아님</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본값)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln incidents in the table of acts)</source>
        <translation>
            <numerusform>(범죄일람표에 들어가는 사건 %Ln건)</numerusform>
        </translation>
    </message>
    <message>
        <source>choose which incidents are acts of an offender (the table of acts), or list</source>
        <translation>어떤 사건이 가해 행위인지 고르기(범죄일람표), 또는 목록 보기</translation>
    </message>
    <message>
        <source>incidents to mark as acts (I-1 I-3 ...); none: list every mark</source>
        <translation>가해 행위로 표시할 사건 (I-1 I-3 ...). 없으면 모든 표시를 보여 줘요</translation>
    </message>
    <message>
        <source>mark them as not acts instead</source>
        <translation>대신 가해 행위가 아니라고 표시해요</translation>
    </message>
    <message>
        <source>forget your choice for them (default: an act when it names a suspect or has a link)</source>
        <translation>이 사건들에 대한 선택을 지워요 (기본값: 피의자가 있거나 링크가 있으면 가해 행위)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>Please note: backups made before keep the old passphrase, so anyone who knows it can still open them. If that worries you, make a new backup and delete the old ones.</source>
        <translation>참고해 주세요: 전에 만든 백업은 예전 비밀번호를 그대로 써요. 그래서 예전 비밀번호를 아는 사람은 그 백업을 열 수 있어요. 걱정된다면 새로 백업하고 예전 백업은 지워 주세요.</translation>
    </message>
    <message>
        <source>print the version of Quietcase and stop</source>
        <translation>Quietcase의 버전을 출력하고 끝내기</translation>
    </message>
    <message>
        <source>find records containing every word of QUERY</source>
        <translation>QUERY의 낱말이 모두 들어 있는 기록 찾기</translation>
    </message>
    <message>
        <source>check that a case file (or backup) is intact</source>
        <translation>사건 파일(또는 백업)이 온전한지 확인</translation>
    </message>
    <message>
        <source>also check that the history behind a custody head printed earlier (on a summary, or a bundle or its manifest.json) is still the beginning of this one, and list what changed since</source>
        <translation>예전에 인쇄된 보관 기록 최종 해시(요약서, 증거 묶음 또는 그 manifest.json)까지의 기록이 지금 기록의 앞부분 그대로인지 확인하고, 그 뒤로 바뀐 것을 보여 줘요</translation>
    </message>
    <message>
        <source>create a case file filled with an invented example case</source>
        <translation>지어낸 예시 사건으로 채운 사건 파일 만들기</translation>
    </message>
    <message>
        <source>add an incident, contact, deadline or request</source>
        <translation>사건, 관계인, 기한, 신고·요청 추가</translation>
    </message>
    <message>
        <source>something that happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Telegram, KakaoTalk, X, Instagram, Discord, ...</source>
        <translation>텔레그램, 카카오톡, X, 인스타그램, 디스코드 등</translation>
    </message>
    <message>
        <source>room, channel or place</source>
        <translation>방, 채널 또는 장소</translation>
    </message>
    <message>
        <source>a link (repeatable)</source>
        <translation>링크 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>an offender&apos;s ID or nickname (repeatable)</source>
        <translation>가해자의 아이디나 닉네임 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>태그 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>a contact involved (repeatable)</source>
        <translation>이 사건과 관련된 관계인 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>a private note (never exported unless you ask)</source>
        <translation>개인 메모 (직접 넣기로 하지 않으면 내보내지 않음)</translation>
    </message>
    <message>
        <source>a web address where it was seen</source>
        <translation>게시물이 있던 웹 주소</translation>
    </message>
    <message>
        <source>the post&apos;s title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>the uploader&apos;s ID or nickname</source>
        <translation>게시자 아이디 또는 닉네임</translation>
    </message>
    <message>
        <source>words to find the post by</source>
        <translation>게시물을 찾을 때 쓸 키워드</translation>
    </message>
    <message>
        <source>the day you found it</source>
        <translation>발견한 날</translation>
    </message>
    <message>
        <source>a person or organisation</source>
        <translation>사람 또는 기관</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>여러 번 쓸 수 있음</translation>
    </message>
    <message>
        <source>a date not to miss</source>
        <translation>꼭 챙겨야 할 날짜</translation>
    </message>
    <message>
        <source>2026-12-01 or 2026-12-01 14:00</source>
        <translation>2026-12-01 또는 2026-12-01 14:00</translation>
    </message>
    <message>
        <source>something you asked of someone</source>
        <translation>누군가에게 한 신고나 요청</translation>
    </message>
    <message>
        <source>who it was sent to</source>
        <translation>보낸 곳</translation>
    </message>
    <message>
        <source>reference or case number</source>
        <translation>접수번호 또는 사건번호</translation>
    </message>
    <message>
        <source>the day it was sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>when to follow up</source>
        <translation>다시 확인할 날</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>멈췄어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Keep your passphrase somewhere safe: nobody, including the makers of Quietcase, can recover it or open the case file without it.</source>
        <translation>비밀번호를 안전한 곳에 보관해 주세요. Quietcase를 만든 사람들을 포함해 누구도 비밀번호를 되찾아 줄 수 없고, 비밀번호 없이는 사건 파일을 열 수 없어요.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>새 비밀번호: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>같은 비밀번호를 한 번 더: </translation>
    </message>
    <message>
        <source>{done}/{total} files</source>
        <translation>파일 {done}/{total}개</translation>
    </message>
    <message>
        <source>{source}: already in the case as {evidence_id}; not stored twice, linked again.</source>
        <translation>{source}: 이미 보관된 증거예요 ({evidence_id}). 두 번 저장하지 않고 다시 연결했어요.</translation>
    </message>
    <message>
        <source>Stopped. The file in progress was not added.</source>
        <translation>멈췄어요. 처리 중이던 파일은 추가하지 않았어요.</translation>
    </message>
    <message>
        <source>Saved a copy of {evidence_id} ({filename}) to {path}; SHA-256 checked.</source>
        <translation>{evidence_id} ({filename})의 사본을 {path}에 저장했어요. SHA-256 해시값도 확인했어요.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Move {evidence_id} ({filename}) to the bin?</source>
        <translation>휴지통으로 옮길까요? {evidence_id} ({filename})</translation>
    </message>
    <message>
        <source>{evidence_id} is in the bin. `quietcase-cli unbin` takes it out again.</source>
        <translation>{evidence_id}: 휴지통으로 옮겼어요. `quietcase-cli unbin`으로 다시 꺼낼 수 있어요.</translation>
    </message>
    <message>
        <source>{evidence_id} is back with the evidence.</source>
        <translation>{evidence_id}: 증거 목록으로 되돌렸어요.</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>휴지통이 비어 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln items in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>휴지통에 있는 %Ln건을 완전히 지울까요? 지우면 되돌릴 수 없어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>removed {evidence_id} ({filename}, sha256 {sha256})</source>
        <translation>완전히 지움: {evidence_id} ({filename}, sha256 {sha256})</translation>
    </message>
    <message>
        <source>give an evidence item another exhibit number (증 제n호증) before you hand a document over; the old number is noted in the custody log</source>
        <translation>문서를 건네기 전에 증거의 증거번호(증 제n호증)를 바꿔요. 예전 번호는 보관 기록에 남아요</translation>
    </message>
    <message>
        <source>3 for 증 제3호증, 3-2 for 증 제3호증의 2</source>
        <translation>증 제3호증은 3, 증 제3호증의 2는 3-2</translation>
    </message>
    <message>
        <source>add files or folders as evidence (one item per file)</source>
        <translation>파일이나 폴더를 증거로 추가 (파일 하나가 증거 하나)</translation>
    </message>
    <message>
        <source>link to an incident (repeatable)</source>
        <translation>연결할 사건 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>where it came from</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>when it was captured (may be approximate)</source>
        <translation>수집한 때 (대략적이어도 괜찮음)</translation>
    </message>
    <message>
        <source>you, a friend, the police, the platform</source>
        <translation>본인, 친구, 경찰, 플랫폼 등</translation>
    </message>
    <message>
        <source>what this helps prove (입증취지)</source>
        <translation>이 증거로 보여 주려는 내용 (입증취지)</translation>
    </message>
    <message>
        <source>save a copy of an evidence item&apos;s original bytes</source>
        <translation>증거 원본 파일의 사본 저장</translation>
    </message>
    <message>
        <source>a new file (never overwritten)</source>
        <translation>새 파일 (기존 파일은 절대 덮어쓰지 않음)</translation>
    </message>
    <message>
        <source>change what you noted about an evidence item</source>
        <translation>증거에 적어 둔 내용 바꾸기</translation>
    </message>
    <message>
        <source>replaces the tags (repeatable)</source>
        <translation>태그를 이것으로 바꿈 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>replaces the linked incidents (repeatable)</source>
        <translation>연결된 사건을 이것으로 바꿈 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>묻지 않기</translation>
    </message>
    <message>
        <source>remove the items in the bin for good</source>
        <translation>휴지통에 있는 항목을 완전히 지우기</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>확인일</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>증거번호</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>일시 (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>No incidents yet.</source>
        <translation>아직 기록한 사건이 없어요.</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>아직 관계인이 없어요.</translation>
    </message>
    <message>
        <source>No deadlines yet.</source>
        <translation>아직 기한이 없어요.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>아직 신고·요청이 없어요.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>아직 증거가 없어요.</translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation>아직 링크가 없어요.</translation>
    </message>
    <message>
        <source>No custody events yet.</source>
        <translation>아직 보관 기록이 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln incidents)</source>
        <translation>
            <numerusform>(사건 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln contacts)</source>
        <translation>
            <numerusform>(관계인 %Ln명)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln deadlines)</source>
        <translation>
            <numerusform>(기한 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln requests)</source>
        <translation>
            <numerusform>(신고·요청 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln evidence items)</source>
        <translation>
            <numerusform>(증거 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln links)</source>
        <translation>
            <numerusform>(링크 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln custody events)</source>
        <translation>
            <numerusform>(보관 기록 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>when</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>계정·아이디</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation>보낸 곳</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>follow up on</source>
        <translation>다시 확인할 날</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가한 날</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>개인 메모</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>added at</source>
        <translation>보관 시작</translation>
    </message>
    <message>
        <source>file modified at</source>
        <translation>파일 수정 시각</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>출처 주소</translation>
    </message>
    <message>
        <source>captured at</source>
        <translation>수집일</translation>
    </message>
    <message>
        <source>captured by</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <source>shows</source>
        <translation>보여 주는 내용</translation>
    </message>
    <message>
        <source>in bin</source>
        <translation>휴지통에 있음</translation>
    </message>
    <message>
        <source>similar images</source>
        <translation>비슷한 이미지</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>보관 기록</translation>
    </message>
    <message>
        <source>post title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>uploader</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>found on</source>
        <translation>발견한 날</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>확인한 날</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>link {n}</source>
        <translation>링크 {n}</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>크기(픽셀)</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height}픽셀</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>촬영 시각</translation>
    </message>
    <message>
        <source>{time} (camera clock)</source>
        <translation>{time} (카메라 시계 기준)</translation>
    </message>
    <message>
        <source>location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>GPS {where}: this photo records where it was taken</source>
        <translation>GPS {where}: 이 사진에는 찍은 장소가 기록되어 있어요</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Note: this case file is older than the one you used on {date}: it may be an old copy or a backup that was put back.</source>
        <translation>참고: 이 사건 파일은 {date}에 사용하신 것보다 오래된 상태예요. 예전 복사본이거나 다시 가져온 백업일 수 있어요.</translation>
    </message>
    <message>
        <source>Note: this case file was made by an older Quietcase, so its records could not be compared with their history yet; that starts with the next change made to it.</source>
        <translation>참고: 이 사건 파일은 이전 버전의 Quietcase로 만들어져, 아직 기록을 보관 기록과 대조할 수 없어요. 다음에 무언가를 바꾸면 그때부터 대조해요.</translation>
    </message>
    <message>
        <source>{path}: this backup is intact.</source>
        <translation>{path}: 이 백업은 이상 없어요.</translation>
    </message>
    <message>
        <source>{path}: this case file is intact.</source>
        <translation>{path}: 이 사건 파일은 이상 없어요.</translation>
    </message>
    <message>
        <source>made at</source>
        <translation>만든 날</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>사건 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>관계인 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>기한 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>신고·요청 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>records</source>
        <translation>기록</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records in all, each as its history last recorded it</source>
        <translation>
            <numerusform>기록 모두 %Ln건, 모두 보관 기록에 마지막으로 남은 그대로</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>증거</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items ({size}), every one re-hashed: unchanged since added</source>
        <translation>
            <numerusform>%Ln건 ({size}), 모두 해시값을 다시 계산함: 추가한 뒤 바뀌지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>custody chain</source>
        <translation>보관 기록 사슬</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, unbroken</source>
        <translation>
            <numerusform>%Ln건, 끊긴 곳 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>custody head</source>
        <translation>보관 기록 최종 해시</translation>
    </message>
    <message>
        <source>event {counter}: {head}</source>
        <translation>{counter}번째 기록: {head}</translation>
    </message>
    <message>
        <source>{path}: DAMAGED. Please do not add anything to it; restore it from your most recent backup.</source>
        <translation>{path}: 이 파일이 손상되었어요. 여기에는 아무것도 추가하지 말고, 가장 최근 백업에서 복원해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>… 외 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>The history behind custody head {head} is NOT the beginning of this case file&apos;s history: it was rewritten since that head was printed, or this is another case file.</source>
        <translation>보관 기록 최종 해시 {head}까지의 기록은 이 사건 파일 기록의 앞부분이 아니에요. 그 해시가 인쇄된 뒤 기록이 다시 쓰였거나, 다른 사건 파일이에요.</translation>
    </message>
    <message>
        <source>The history printed with custody head {head} (event {counter}) is still the beginning of this case file&apos;s history: nothing recorded until then was changed or removed.</source>
        <translation>보관 기록 최종 해시 {head}({counter}번째 기록)와 함께 인쇄된 기록은 지금도 이 사건 파일 기록의 앞부분 그대로예요. 그때까지 기록된 것은 바뀌거나 지워지지 않았어요.</translation>
    </message>
    <message>
        <source>Nothing was added to it since.</source>
        <translation>그 뒤로 더해진 것은 없어요.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>Since then: %Ln events; records changed: {changed}</source>
        <translation>
            <numerusform>그 뒤로 기록 %Ln건, 바뀐 기록: {changed}</numerusform>
        </translation>
    </message>
    <message>
        <source>(That head is older than the upgrade that began recording every record&apos;s state, so records changed before the upgrade are not listed.)</source>
        <translation>(이 해시는 모든 기록의 상태를 남기기 시작한 업그레이드보다 앞선 것이라, 업그레이드 전에 바뀐 기록은 목록에 나오지 않아요.)</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>내보내기에 포함되지 않음</translation>
    </message>
    <message>
        <source>too large for the export&apos;s settings</source>
        <translation>내보내기 설정의 크기 제한을 넘어 빠짐</translation>
    </message>
    <message>
        <source>unavailable when exported</source>
        <translation>내보낼 때 받을 수 없었음</translation>
    </message>
    <message>
        <source>named but not in the folder</source>
        <translation>이름은 있지만 폴더에 없음</translation>
    </message>
    <message>
        <source>pointing outside the export folder (not read)</source>
        <translation>내보내기 폴더 밖을 가리킴 (읽지 않음)</translation>
    </message>
    <message>
        <source>Chats in this export:</source>
        <translation>이 내보내기 파일에 있는 대화방:</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (나간 대화방)</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>메시지 {n}개</translation>
    </message>
    <message>
        <source>Telegram export ({kind}) imported.</source>
        <translation>텔레그램 내보내기({kind})를 가져왔어요.</translation>
    </message>
    <message>
        <source>messages: {added} new, {known} already in the case</source>
        <translation>메시지: 새로 {added}개, 이미 있던 것 {known}개</translation>
    </message>
    <message>
        <source>{n} of those read differently in this export (the first copy is kept)</source>
        <translation>그중 {n}개는 이번 내보내기에서 내용이 달라요 (처음 가져온 것을 그대로 둬요)</translation>
    </message>
    <message>
        <source>media: {stored} stored, {missing} missing</source>
        <translation>첨부 파일: {stored}개 보관, {missing}개 없음</translation>
    </message>
    <message>
        <source>new incident {id}</source>
        <translation>새 사건 {id}</translation>
    </message>
    <message>
        <source>linked to {id}</source>
        <translation>{id}에 연결함</translation>
    </message>
    <message>
        <source>Files: {added} stored as evidence, {known} already in the case (not stored twice).</source>
        <translation>파일: {added}개를 증거로 보관했고, {known}개는 이미 있어서 두 번 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>The export&apos;s main file is {id}.</source>
        <translation>내보내기의 주 파일: {id}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln links in the folder were not followed: {names}</source>
        <translation>
            <numerusform>폴더 안의 바로 가기(심볼릭 링크) %Ln개는 따라가지 않았어요: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaired: {what}</source>
        <translation>고친 것: {what}</translation>
    </message>
    <message>
        <source>{n} entries were not messages and were left out.</source>
        <translation>메시지가 아닌 항목 {n}개는 빼 두었어요.</translation>
    </message>
    <message>
        <source>Handles you may want to note for the offenders (nothing was added):</source>
        <translation>가해자 계정으로 적어 둘 만한 아이디예요 (아무것도 추가하지 않았어요):</translation>
    </message>
    <message>
        <source>messages: {n}</source>
        <translation>메시지: {n}개</translation>
    </message>
    <message>
        <source>mentions: {n}</source>
        <translation>언급: {n}번</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>아직 메시지가 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln messages)</source>
        <translation>
            <numerusform>(메시지 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>local</source>
        <translation>현지 시각</translation>
    </message>
    <message>
        <source>{name} now has these handles: {handles}</source>
        <translation>{name}의 계정·아이디: {handles}</translation>
    </message>
    <message>
        <source>Linked to {id}, the incident of the chat.</source>
        <translation>대화방의 사건 {id}에 연결했어요.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln messages chosen for the case summary)</source>
        <translation>
            <numerusform>(사건 요약서에 넣을 메시지 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages are chosen for the case summary.</source>
        <translation>사건 요약서에 넣을 메시지를 아직 고르지 않았어요.</translation>
    </message>
    <message>
        <source>choose chat messages for the case summary&apos;s transcript excerpt, or list them</source>
        <translation>사건 요약서의 대화 발췌에 넣을 메시지를 고르거나, 고른 메시지 보기</translation>
    </message>
    <message>
        <source>messages to choose (M-3 M-5 ...); none: list the chosen ones</source>
        <translation>고를 메시지(M-3 M-5 …). 없으면 고른 메시지 보기</translation>
    </message>
    <message>
        <source>unchoose these messages instead</source>
        <translation>이 메시지들을 고른 목록에서 빼기</translation>
    </message>
    <message>
        <source>unchoose every message</source>
        <translation>고른 메시지를 모두 빼기</translation>
    </message>
    <message>
        <source>say which contact wrote under a name in an imported chat</source>
        <translation>가져온 대화방에서 어떤 이름으로 쓴 사람이 누구인지(관계인) 적기</translation>
    </message>
    <message>
        <source>the chat&apos;s name or Telegram id</source>
        <translation>대화방 이름 또는 텔레그램 ID</translation>
    </message>
    <message>
        <source>the name as the export wrote it (or a Telegram id)</source>
        <translation>내보내기에 적힌 그대로의 이름 (또는 텔레그램 ID)</translation>
    </message>
    <message>
        <source>the contact (C-3)</source>
        <translation>관계인 (C-3)</translation>
    </message>
    <message>
        <source>import a Telegram Desktop export (chat history or whole account) as evidence</source>
        <translation>텔레그램 데스크톱 내보내기(대화 기록 또는 계정 전체)를 증거로 가져오기</translation>
    </message>
    <message>
        <source>the export&apos;s folder, result.json or messages.html</source>
        <translation>내보내기 폴더, result.json 또는 messages.html</translation>
    </message>
    <message>
        <source>attach to this incident</source>
        <translation>이 사건에 연결</translation>
    </message>
    <message>
        <source>a chat of a whole-account export (repeatable)</source>
        <translation>계정 전체 내보내기 중 가져올 대화방 (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>every chat of the export</source>
        <translation>내보내기의 모든 대화방</translation>
    </message>
    <message>
        <source>the chat&apos;s public @username, if known</source>
        <translation>알고 있다면 대화방의 공개 @아이디</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({size})</source>
        <translation>백업을 만들고 확인했어요: {path} ({size})</translation>
    </message>
    <message>
        <source>custody head at backup: {head}</source>
        <translation>백업 시점의 보관 기록 최종 해시: {head}</translation>
    </message>
    <message>
        <source>This backup has its own passphrase. Keep it safe too: nobody can recover it.</source>
        <translation>이 백업에는 따로 정한 비밀번호가 있어요. 이 비밀번호도 안전하게 보관해 주세요. 누구도 되찾아 줄 수 없어요.</translation>
    </message>
    <message>
        <source>Restored into a new case file: {path}</source>
        <translation>새 사건 파일로 복원했어요: {path}</translation>
    </message>
    <message>
        <source>It opens with the new passphrase you chose.</source>
        <translation>새로 정한 비밀번호로 열려요.</translation>
    </message>
    <message>
        <source>write an encrypted, checked backup of a case file</source>
        <translation>사건 파일의 암호화된 백업을 만들고 확인</translation>
    </message>
    <message>
        <source>Writes an encrypted backup, checks it, and only then gives it its name. OUT is a folder (the name quietcase-backup-YYYY-MM-DD.quietcase is used) or a new file. The backup uses the case file&apos;s passphrase, or QUIETCASE_BACKUP_PASSPHRASE.</source>
        <translation>암호화된 백업을 만들어 확인한 뒤에야 파일 이름을 붙여요. OUT은 폴더(이름은 quietcase-backup-YYYY-MM-DD.quietcase)이거나 새 파일이에요. 백업에는 사건 파일의 비밀번호나 QUIETCASE_BACKUP_PASSPHRASE를 써요.</translation>
    </message>
    <message>
        <source>check a backup and restore it into a new case file</source>
        <translation>백업을 확인하고 새 사건 파일로 복원</translation>
    </message>
    <message>
        <source>Checks the backup first, then writes a new case file (never overwriting one). The backup&apos;s passphrase is QUIETCASE_BACKUP_PASSPHRASE or QUIETCASE_PASSPHRASE; QUIETCASE_NEW_PASSPHRASE, if set, becomes the new file&apos;s.</source>
        <translation>먼저 백업을 확인한 다음 새 사건 파일을 만들어요 (기존 파일은 절대 덮어쓰지 않아요). 백업의 비밀번호는 QUIETCASE_BACKUP_PASSPHRASE나 QUIETCASE_PASSPHRASE이고, QUIETCASE_NEW_PASSPHRASE를 설정하면 그것이 새 파일의 비밀번호가 돼요.</translation>
    </message>
    <message>
        <source>Please note: {notice}</source>
        <translation>참고해 주세요: {notice}</translation>
    </message>
    <message numerus="yes">
        <source>Saved the case summary (%Ln pages, {size}, encrypted with AES-256) to {path}.</source>
        <translation>
            <numerusform>사건 요약서(%Ln쪽, {size}, AES-256 암호화)를 {path}에 저장했어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the case summary (%Ln pages, {size}) to {path}.</source>
        <translation>
            <numerusform>사건 요약서(%Ln쪽, {size})를 {path}에 저장했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: {sha256}</source>
        <translation>PDF의 SHA-256 해시값: {sha256}</translation>
    </message>
    <message>
        <source>custody head printed in it: {head}</source>
        <translation>요약서에 찍힌 보관 기록 최종 해시: {head}</translation>
    </message>
    <message numerus="yes">
        <source>Saved the evidence bundle (%Ln files and the summary, {size}) to {path}.</source>
        <translation>
            <numerusform>증거 묶음(파일 %Ln개와 요약서, {size})을 {path}에 저장했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside it, `sha256sum -c SHA256SUMS` checks every file.</source>
        <translation>묶음 안에서 `sha256sum -c SHA256SUMS`를 실행하면 모든 파일을 확인할 수 있어요.</translation>
    </message>
    <message>
        <source>SHA-256 of its SHA256SUMS: {sha256}</source>
        <translation>SHA256SUMS 파일의 SHA-256 해시값: {sha256}</translation>
    </message>
    <message>
        <source>only this incident and its evidence (repeatable; default: the whole case)</source>
        <translation>이 사건과 그 증거만 (여러 번 쓸 수 있음, 기본값: 사건 전체)</translation>
    </message>
    <message>
        <source>the summary&apos;s language: en or ko (default: the terminal&apos;s)</source>
        <translation>요약서의 언어: en 또는 ko (기본값: 터미널의 언어)</translation>
    </message>
    <message>
        <source>incidents from this date</source>
        <translation>이 날짜부터의 사건</translation>
    </message>
    <message>
        <source>incidents up to this date</source>
        <translation>이 날짜까지의 사건</translation>
    </message>
    <message>
        <source>contacts to list (repeatable; default: those the chosen records mention)</source>
        <translation>넣을 관계인 (여러 번 쓸 수 있음, 기본값: 고른 기록에 나오는 관계인)</translation>
    </message>
    <message>
        <source>leave out a section: {sections}</source>
        <translation>뺄 부분: {sections}</translation>
    </message>
    <message>
        <source>a chat message for the transcript excerpt (repeatable; default: those chosen with report-messages)</source>
        <translation>대화 발췌에 넣을 메시지 (여러 번 쓸 수 있음, 기본값: report-messages로 고른 메시지)</translation>
    </message>
    <message>
        <source>include your private notes</source>
        <translation>개인 메모도 넣기</translation>
    </message>
    <message>
        <source>pictures in the evidence register: blurred (default), full or none</source>
        <translation>증거 목록의 사진: blurred(흐리게, 기본값), full(그대로), none(넣지 않음)</translation>
    </message>
    <message>
        <source>the title on the cover (default: the one saved, or generic)</source>
        <translation>표지 제목 (기본값: 저장해 둔 제목, 없으면 일반 제목)</translation>
    </message>
    <message>
        <source>show every time in this zone, e.g. Asia/Seoul (default: the case&apos;s, else the computer&apos;s)</source>
        <translation>모든 시각을 이 시간대로 보여 줘요. 예: Asia/Seoul (기본값: 사건 파일에 정한 시간대, 없으면 이 컴퓨터의 시간대)</translation>
    </message>
    <message>
        <source>your name or an alias for the cover</source>
        <translation>표지에 적을 이름이나 가명</translation>
    </message>
    <message>
        <source>a short summary in your own words</source>
        <translation>내 말로 쓴 짧은 개요</translation>
    </message>
    <message>
        <source>save the case summary as a PDF for a lawyer or the police</source>
        <translation>변호사나 경찰에게 건넬 사건 요약서를 PDF로 저장</translation>
    </message>
    <message>
        <source>the case summary: a new file</source>
        <translation>사건 요약서: 새 파일</translation>
    </message>
    <message>
        <source>a new file</source>
        <translation>새 파일</translation>
    </message>
    <message>
        <source>protect the PDF (AES-256) with the password held in this environment variable</source>
        <translation>이 환경 변수에 든 비밀번호로 PDF를 보호 (AES-256)</translation>
    </message>
    <message>
        <source>save a ZIP with the summary, the original evidence files and checksums</source>
        <translation>요약서, 증거 원본 파일, 해시값 목록을 담은 ZIP 저장</translation>
    </message>
    <message>
        <source>the list of links for deletion support (a support centre)</source>
        <translation>삭제지원 요청 목록 (지원센터용)</translation>
    </message>
    <message>
        <source>table of acts, numbered evidence list and people, for a lawyer (PDF)</source>
        <translation>변호사에게 건넬 고소장 작성 참고자료(PDF): 있었던 일 표(범죄일람표), 번호를 붙인 증거 목록, 관련된 사람</translation>
    </message>
    <message>
        <source>deadlines and follow-up dates for a phone&apos;s calendar</source>
        <translation>휴대폰 캘린더에 넣을 기한과 다시 확인할 날</translation>
    </message>
    <message>
        <source>every record as CSV files for a spreadsheet, in this folder</source>
        <translation>모든 기록을 스프레드시트용 CSV 파일로 이 폴더에 저장</translation>
    </message>
    <message>
        <source>deletion list only: the links of this platform</source>
        <translation>삭제지원 목록만: 이 플랫폼의 게시물</translation>
    </message>
    <message>
        <source>deletion list only: links with this status: {statuses}</source>
        <translation>삭제지원 목록만: 이 상태의 게시물: {statuses}</translation>
    </message>
    <message>
        <source>complaint helper only: these incidents in the table of acts, for this document (default: those marked with the acts command)</source>
        <translation>고소장 작성 참고자료만: 이 문서의 범죄일람표에 넣을 사건 (기본값: acts 명령으로 표시한 사건)</translation>
    </message>
    <message>
        <source>deletion list only: also the links already removed (default: only the others)</source>
        <translation>삭제지원 목록만: 이미 삭제된 링크도 넣어요 (기본값: 삭제되지 않은 링크만)</translation>
    </message>
    <message>
        <source>calendar only: every event is called Appointment</source>
        <translation>캘린더만: 모든 일정의 제목을 “약속”으로</translation>
    </message>
    <message>
        <source>Saved the deletion list ({size}) to {path}.</source>
        <translation>삭제지원 요청 목록({size})을 {path}에 저장했어요.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the complaint helper (%Ln pages, {size}) to {path}.</source>
        <translation>
            <numerusform>고소장 작성 참고자료(%Ln쪽, {size})를 {path}에 저장했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the calendar ({size}) to {path}.</source>
        <translation>캘린더 파일({size})을 {path}에 저장했어요.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln CSV files in {path}.</source>
        <translation>
            <numerusform>CSV 파일 %Ln개를 {path}에 저장했어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln rows</source>
        <translation>
            <numerusform>{name}: %Ln행</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file: {sha256}</source>
        <translation>파일의 SHA-256 해시값: {sha256}</translation>
    </message>
    <message>
        <source>not in the export (a text export holds no media)</source>
        <translation>내보내기에 없음 (텍스트 내보내기에는 사진·파일이 들어 있지 않아요)</translation>
    </message>
    <message>
        <source>never downloaded on the phone</source>
        <translation>휴대폰에서 내려받지 않은 파일</translation>
    </message>
    <message>
        <source>inside the ZIP, kept as part of it (not unpacked)</source>
        <translation>ZIP 안에 있음, ZIP의 일부로 보관 (풀지 않음)</translation>
    </message>
    <message>
        <source>KakaoTalk export ({variant}, {encoding}) imported.</source>
        <translation>카카오톡 내보내기({variant}, {encoding})를 가져왔어요.</translation>
    </message>
    <message>
        <source>Times were read in the time zone {zone}.</source>
        <translation>시각은 {zone} 시간대로 읽었어요.</translation>
    </message>
    <message>
        <source>{n} of the new messages are marked (see the notes below)</source>
        <translation>새 메시지 중 {n}개에 표시가 있어요 (아래 설명을 보세요)</translation>
    </message>
    <message>
        <source>Note: {what}</source>
        <translation>참고: {what}</translation>
    </message>
    <message>
        <source>import a KakaoTalk chat export (any phone or computer) as evidence</source>
        <translation>카카오톡 대화 내보내기(휴대폰·컴퓨터 모두)를 증거로 가져오기</translation>
    </message>
    <message>
        <source>the export&apos;s .txt or .csv file, or the folder or ZIP of an all-messages export</source>
        <translation>내보내기의 .txt 또는 .csv 파일, 또는 ‘모든 메시지’ 내보내기의 폴더나 ZIP 파일</translation>
    </message>
    <message>
        <source>the time zone of the phone or computer that made it (default: this one&apos;s)</source>
        <translation>내보내기를 만든 휴대폰이나 컴퓨터의 시간대 (기본값: 이 컴퓨터의 시간대)</translation>
    </message>
    <message>
        <source>your name in the chat (회원님, you and 나 are known already)</source>
        <translation>대화방에서 내 이름 (회원님, you, 나는 이미 알아봐요)</translation>
    </message>
    <message>
        <source>{option}: “{typed}” reads as {date}.</source>
        <translation>{option}: “{typed}” → {date}로 읽었어요.</translation>
    </message>
    <message>
        <source>Delete {record_id} (“{title}”)?</source>
        <translation>{record_id} (“{title}”) 기록을 삭제할까요?</translation>
    </message>
    <message>
        <source>{record_id} is deleted. `quietcase-cli unbin` brings it back until Quietcase&apos;s window closes this case file.</source>
        <translation>{record_id} 기록을 삭제했어요. Quietcase 창이 이 사건 파일을 닫기 전까지는 `quietcase-cli unbin`으로 되살릴 수 있어요.</translation>
    </message>
    <message>
        <source>{record_id} is back.</source>
        <translation>{record_id} 기록을 되살렸어요.</translation>
    </message>
    <message>
        <source>{record_id} is back as {new_id} (its number had been given to another).</source>
        <translation>{record_id} 기록을 되살렸어요. 원래 번호를 그사이 다른 기록이 쓰고 있어서 새 번호를 받았어요: {new_id}</translation>
    </message>
    <message>
        <source>Remove the link {link} ({url})?</source>
        <translation>게시물 주소 {link} ({url}) 항목을 사건에서 뺄까요?</translation>
    </message>
    <message>
        <source>{link} is removed from its incident. `quietcase-cli unbin` puts it back until Quietcase&apos;s window closes this case file.</source>
        <translation>게시물 주소 {link} 항목을 사건에서 뺐어요. Quietcase 창이 이 사건 파일을 닫기 전까지는 `quietcase-cli unbin`으로 되살릴 수 있어요.</translation>
    </message>
    <message>
        <source>{link} is back.</source>
        <translation>게시물 주소 {link} 항목을 되살렸어요.</translation>
    </message>
    <message>
        <source>{record_id} is linked to {incident_id}.</source>
        <translation>{record_id}: {incident_id} 사건과 연결했어요.</translation>
    </message>
    <message>
        <source>{record_id} is not linked to {incident_id}.</source>
        <translation>{record_id}: {incident_id} 사건과의 연결을 풀었어요.</translation>
    </message>
    <message>
        <source>{link}: {status} (checked {day}).</source>
        <translation>{link}: {status} (확인한 날 {day})</translation>
    </message>
    <message>
        <source>change a record (I-1, C-2, D-3, R-4, E-5) or a link (I-1/2): only the fields you give change, checked as the window checks them</source>
        <translation>기록(I-1, C-2, D-3, R-4, E-5)이나 게시물 주소(I-1/2) 고치기: 준 항목만 바뀌고, 창에서와 똑같이 확인함</translation>
    </message>
    <message>
        <source>for {kinds}</source>
        <translation>{kinds}에 씀</translation>
    </message>
    <message>
        <source>for {kinds}; a date, or your words: “작년 3월”, “last March”, “2주 전”</source>
        <translation>{kinds}에 씀; 날짜, 또는 말로: “작년 3월”, “3월 초”, “2주 전”</translation>
    </message>
    <message>
        <source>link</source>
        <translation>게시물 주소</translation>
    </message>
    <message>
        <source>link (the post&apos;s title)</source>
        <translation>게시물 주소(게시물 제목)</translation>
    </message>
    <message>
        <source>for {kinds}; replaces the list (repeatable; &quot;&quot; empties it)</source>
        <translation>{kinds}에 씀; 목록을 이것으로 바꿈 (여러 번 쓸 수 있음, &quot;&quot;는 목록을 비움)</translation>
    </message>
    <message>
        <source>print the record as JSON</source>
        <translation>기록을 JSON으로 출력</translation>
    </message>
    <message>
        <source>delete a record as the window does: evidence goes to the bin; an incident, contact, deadline, request or link (I-1/2) can be brought back with unbin until the window closes the case file</source>
        <translation>창에서처럼 기록 삭제: 증거는 휴지통으로 가고, 사건·관계인·기한·신고·요청·게시물 주소(I-1/2)는 창이 사건 파일을 닫기 전까지 unbin으로 되살릴 수 있음</translation>
    </message>
    <message>
        <source>bring back what bin deleted (evidence: take it out of the bin)</source>
        <translation>bin으로 삭제한 기록 되살리기 (증거는 휴지통에서 꺼내기)</translation>
    </message>
    <message>
        <source>link an evidence item, contact, request or deadline to an incident (a deadline belongs to one incident)</source>
        <translation>증거, 관계인, 신고·요청, 기한을 사건과 연결하기 (기한은 사건 하나에만 연결됨)</translation>
    </message>
    <message>
        <source>undo such a link</source>
        <translation>그 연결 풀기</translation>
    </message>
    <message>
        <source>note that you checked a link: still online, removed, or not known</source>
        <translation>게시물 주소를 확인한 결과 적기: 게시 중, 삭제됨, 확인 안 됨</translation>
    </message>
    <message>
        <source>I-3/2: the second link of I-3</source>
        <translation>I-3/2: I-3의 두 번째 게시물 주소</translation>
    </message>
    <message>
        <source>the day you checked (default: today)</source>
        <translation>확인한 날 (기본: 오늘)</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>police</source>
        <translation>경찰</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>activist</source>
        <translation>활동가·조력자</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>증인·참고인</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>가해자·피의자</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>takedown</source>
        <translation>삭제 요청</translation>
    </message>
    <message>
        <source>support_centre</source>
        <translation>지원센터</translation>
    </message>
    <message>
        <source>police_report</source>
        <translation>경찰 신고·고소</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>open</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>online</source>
        <translation>게시 중</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>확인 안 됨</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>증거번호</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가한 날</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>수집일</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>계정·아이디</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>남은 날</translation>
    </message>
    <message>
        <source>What</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>보낸 곳</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>다시 확인할 날</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>접수번호</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>관계인 수정</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>관계인 추가</translation>
    </message>
    <message>
        <source>One per line, e.g. @shadow_demo</source>
        <translation>한 줄에 하나씩 (예: @shadow_demo)</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>기억해 둘 만한 내용</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>소속(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Handles or IDs</source>
        <translation>계정·아이디(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>The people and organisations in your case: your lawyer, the police, the support centre, platforms, witnesses, and the accounts that harmed you.</source>
        <translation>사건과 관련된 사람과 기관이에요. 변호사, 경찰, 지원센터, 플랫폼, 증인, 그리고 피해를 준 계정까지 여기에 적어 둘 수 있어요.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>관계인 추가</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who help you, and anyone involved.</source>
        <translation>아직 관계인이 없어요. 도와주는 사람과 사건에 관련된 사람을 추가해 보세요.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a new case file</source>
        <translation>새 사건 파일 만들기</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: a few unrelated words are strong and easy to type. Nobody can recover it if it is forgotten, so please write it down and keep it where only you can reach it.</source>
        <translation>기억할 수 있는 비밀번호를 정해 주세요. 서로 관계없는 낱말 몇 개를 이으면 안전하면서도 입력하기 쉬워요. 잊어버리면 누구도 되찾아 줄 수 없으니, 적어서 나만 찾을 수 있는 곳에 보관해 주세요.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>입력한 내용 보기</translation>
    </message>
    <message>
        <source>Save it in</source>
        <translation>저장할 곳</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <source>Create the case file</source>
        <translation>사건 파일 만들기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>두 비밀번호가 같아요.</translation>
    </message>
    <message>
        <source>Creating your case file… this takes a moment.</source>
        <translation>사건 파일을 만들고 있어요… 잠시만 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Leave empty if you do not know. Words work too, such as “last March” or “two weeks ago”.</source>
        <translation>모르면 비워 두어도 괜찮아요. “작년 3월”, “2주 전”처럼 말로 써도 돼요.</translation>
    </message>
    <message>
        <source>→ {date}</source>
        <translation>→ {date}</translation>
    </message>
    <message>
        <source>Reads as: {date}</source>
        <translation>이렇게 저장돼요: {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit deadline</source>
        <translation>기한 수정</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>기한 추가</translation>
    </message>
    <message>
        <source>What must happen by then</source>
        <translation>그때까지 해야 할 일</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(연결 안 함)</translation>
    </message>
    <message>
        <source>This is done</source>
        <translation>완료했어요</translation>
    </message>
    <message>
        <source>Anything to prepare or remember</source>
        <translation>준비하거나 기억할 것</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>할 일(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>기한(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>관련 사건(&amp;I)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Dates you must not miss: overdue first, then this week, then later.</source>
        <translation>꼭 챙겨야 할 날짜예요. 기한이 지난 것, 이번 주, 그 이후 순서로 보여 줘요.</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>기한 추가</translation>
    </message>
    <message>
        <source>No deadlines yet. Add the dates you must not miss, such as a hearing or the last day to appeal.</source>
        <translation>아직 기한이 없어요. 재판 날짜나 이의를 제기할 수 있는 마지막 날처럼 꼭 챙겨야 할 날짜를 추가해 보세요.</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>완료한 것도 보기</translation>
    </message>
    <message>
        <source>1 deadline is overdue: {title} (due {due}).</source>
        <translation>기한이 지난 일이 1건 있어요: {title} (기한 {due}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadlines are overdue. The earliest: {title} (due {due}).</source>
        <translation>
            <numerusform>기한이 지난 일이 %Ln건 있어요. 가장 이른 것: {title} (기한 {due}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details of the chosen evidence</source>
        <translation>고른 증거의 자세한 내용</translation>
    </message>
    <message>
        <source>Choose an item to see what is known about it.</source>
        <translation>증거를 고르면 알려진 내용을 보여 드려요.</translation>
    </message>
    <message>
        <source>Evidence id</source>
        <translation>증거 ID</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>증거번호</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가한 날</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>수집일</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <source>File last changed</source>
        <translation>파일 마지막 수정</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>출처 주소</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>보여 주는 내용</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the full SHA-256</source>
        <translation>SHA-256 해시값 전체 복사</translation>
    </message>
    <message>
        <source>Copies the full fingerprint; it is cleared from the clipboard soon.</source>
        <translation>해시값 전체를 복사해요. 클립보드에서는 곧 지워져요.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Change the exhibit number</source>
        <translation>증거번호 바꾸기</translation>
    </message>
    <message>
        <source>Give this item another exhibit number before you print.</source>
        <translation>문서를 만들기 전에 이 자료에 다른 증거번호를 줄 수 있어요.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Notes and incidents…</source>
        <translation>메모와 관련 사건…</translation>
    </message>
    <message>
        <source>Save a copy to…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Move to the bin…</source>
        <translation>휴지통으로 옮기기…</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>아직 연결 안 됨</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h}픽셀</translation>
    </message>
    <message>
        <source>No preview for this picture: it is too large to show safely. The file itself is kept unchanged.</source>
        <translation>이 사진은 미리 보기가 없어요. 너무 커서 안전하게 보여 드릴 수 없어요. 파일은 바뀌지 않고 그대로 보관돼요.</translation>
    </message>
    <message>
        <source>No preview: the picture could not be read as an image.</source>
        <translation>미리 보기 없음: 이미지로 열 수 없는 파일이에요.</translation>
    </message>
    <message>
        <source>This photo carries the place where it was taken{where}. Anyone who gets a copy of the original can see it. It stays in the original here, unchanged; reports and bundles can leave it out.</source>
        <translation>이 사진에는 찍은 장소{where}가 기록되어 있어요. 원본 파일을 받은 사람은 누구나 이 위치를 볼 수 있어요. 여기 보관된 원본은 바꾸지 않고 그대로 두지만, 요약서와 증거 묶음에서는 뺄 수 있어요.</translation>
    </message>
</context>
<context>
    <name>DocumentCards</name>
    <message>
        <source>Deletion-support list</source>
        <translation>삭제지원 요청 목록</translation>
    </message>
    <message>
        <source>For the Digital Sex Crime Victim Support Center (first call 1366, the centre&apos;s own line 02-735-8994), the Korea Communications Standards Commission or a platform&apos;s report form: the links not removed yet, grouped by platform, with the evidence that shows each post.</source>
        <translation>디지털성범죄피해자지원센터(첫 상담 1366, 센터 직통 02-735-8994), 방송통신심의위원회 또는 플랫폼의 신고 양식에 낼 자료예요. 아직 삭제되지 않은 링크를 플랫폼별로 묶고, 게시물마다 그 게시물이 보이는 증거를 함께 적어요.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Also the links already removed</source>
        <translation>이미 삭제된 링크도 넣기</translation>
    </message>
    <message>
        <source>Without it, the list holds only the links the centre can still act on: those online or not known.</source>
        <translation>체크하지 않으면 센터가 아직 조치할 수 있는 링크(게시 중이거나 확인 안 된 링크)만 넣어요.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <source>Complaint helper for your lawyer</source>
        <translation>변호사용 고소장 작성 참고자료</translation>
    </message>
    <message>
        <source>For your lawyer, to prepare a criminal complaint: a table of what was done (범죄일람표), your evidence numbered 증 제1호증, 제2호증 and so on, and the people involved. It is not a complaint and not legal advice.</source>
        <translation>변호사가 고소장을 준비할 때 쓰는 자료예요. 있었던 일을 시간순으로 정리한 표(범죄일람표), 증 제1호증·제2호증처럼 번호를 붙인 증거 목록, 관련된 사람들이 들어가요. 고소장 자체는 아니고, 법률 자문도 아니에요.</translation>
    </message>
    <message>
        <source>The evidence numbers are kept once saved, so your lawyer&apos;s references stay the same when you make it again.</source>
        <translation>한 번 저장한 증거번호는 그대로 남아요. 다시 만들어도 변호사가 적어 둔 번호가 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>Acts of an offender, for the table (범죄일람표). Untick what someone told you or what happened afterwards; your choice is kept.</source>
        <translation>범죄일람표에 넣을 가해 행위예요. 누군가에게 전해 들은 일이나 그 뒤에 있었던 일은 체크를 풀어 주세요. 고른 내용은 저장돼요.</translation>
    </message>
    <message>
        <source>Calendar of your dates</source>
        <translation>캘린더에 넣을 일정</translation>
    </message>
    <message>
        <source>For your phone&apos;s calendar: your deadlines and the days to follow up on requests, each with a reminder the day before.</source>
        <translation>휴대폰 캘린더에 넣을 파일이에요: 기한과 신고·요청을 다시 확인할 날이 들어가고, 하루 전에 알림이 와요.</translation>
    </message>
    <message>
        <source>Discreet: call every event “Appointment”</source>
        <translation>눈에 띄지 않게: 모든 일정 이름을 “약속”으로</translation>
    </message>
    <message>
        <source>For a calendar that others may see: no titles and no details.</source>
        <translation>다른 사람이 볼 수도 있는 캘린더라면: 제목도 내용도 넣지 않아요.</translation>
    </message>
    <message>
        <source>Save calendar file…</source>
        <translation>캘린더 파일 저장…</translation>
    </message>
    <message>
        <source>Tables for a spreadsheet</source>
        <translation>스프레드시트용 표</translation>
    </message>
    <message>
        <source>For you or a helper who works in Excel or a similar program: incidents, links, evidence, contacts, requests and deadlines as six CSV files.</source>
        <translation>본인이나 돕는 분이 엑셀 같은 프로그램에서 정리할 때 쓰는 파일이에요. 사건, 링크, 증거, 관계인, 신고·요청, 기한을 CSV 파일 6개로 저장해요.</translation>
    </message>
    <message>
        <source>Save tables in a folder…</source>
        <translation>폴더에 표 저장…</translation>
    </message>
    <message>
        <source>Every incident</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>모든 플랫폼</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents that the people helping you often ask for, made from what your case file holds. Nothing leaves this computer unless you save it.</source>
        <translation>돕는 분들이 자주 요청하는 문서를 사건 파일에 있는 내용으로 만들어요. 저장하지 않으면 아무것도 이 컴퓨터 밖으로 나가지 않아요.</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>문서의 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <source>PDF password (optional)</source>
        <translation>PDF 비밀번호 (선택)</translation>
    </message>
    <message>
        <source>With a password, the deletion-support list and the complaint helper are saved encrypted (AES-256): nobody can open them without it. Tell it to the person you give them to in another way, not in the same email.</source>
        <translation>비밀번호를 정하면 삭제지원 요청 목록과 고소장 작성 참고자료가 암호화(AES-256)되어 저장돼요. 비밀번호 없이는 아무도 열 수 없어요. 받는 사람에게는 비밀번호를 같은 이메일이 아닌 다른 방법으로 알려 주세요.</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>저장하기 전에</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>저장하기</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>Save the deletion-support list as</source>
        <translation>삭제지원 요청 목록 저장</translation>
    </message>
    <message>
        <source>Making the deletion-support list…</source>
        <translation>삭제지원 요청 목록을 만들고 있어요…</translation>
    </message>
    <message>
        <source>Save the complaint helper as</source>
        <translation>고소장 작성 참고자료 저장</translation>
    </message>
    <message>
        <source>Making the complaint helper…</source>
        <translation>고소장 작성 참고자료를 만들고 있어요…</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <translation>캘린더 파일 저장</translation>
    </message>
    <message>
        <source>Making the calendar file…</source>
        <translation>캘린더 파일을 만들고 있어요…</translation>
    </message>
    <message>
        <source>Choose a folder for the tables</source>
        <translation>표를 저장할 폴더 고르기</translation>
    </message>
    <message>
        <source>Making the tables…</source>
        <translation>표를 만들고 있어요…</translation>
    </message>
    <message>
        <source>Saved as {path} ({size}).</source>
        <translation>저장했어요 ({size}): {path}</translation>
    </message>
    <message>
        <source>Saved as {path} ({size}). Open this file on your phone or in your calendar program to add the dates.</source>
        <translation>저장했어요 ({size}). 휴대폰이나 캘린더 프로그램에서 이 파일을 열면 일정이 추가돼요: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in {path}.</source>
        <translation>
            <numerusform>CSV 파일 %n개를 저장했어요: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>멈췄어요. 아무것도 저장하지 않았어요.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Delete “{name}”? You can bring it back with Undo until you close Quietcase.</source>
        <translation>“{name}” — 이 기록을 삭제할까요? Quietcase를 닫기 전까지는 ‘되돌리기’로 되살릴 수 있어요.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>삭제할까요?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>“{title}” 기록을 삭제했어요.</translation>
    </message>
    <message>
        <source>A record was deleted.</source>
        <translation>기록 하나를 삭제했어요.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Files…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>A whole folder…</source>
        <translation>폴더 전체…</translation>
    </message>
    <message>
        <source>The SHA-256 was copied. It will be cleared from the clipboard soon.</source>
        <translation>SHA-256 해시값을 복사했어요. 클립보드에서는 곧 지워져요.</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>증거 사본 저장</translation>
    </message>
    <message>
        <source>A copy was saved as {path}. It is not encrypted: please keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>사본을 저장했어요: {path}. 이 사본은 암호화되어 있지 않으니 안전한 곳에 두고, 더 필요 없으면 지워 주세요.</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>추가할 폴더 고르기</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>추가할 파일 고르기</translation>
    </message>
    <message>
        <source>Adding “{name}”.</source>
        <translation>추가하고 있어요: “{name}”</translation>
    </message>
    <message>
        <source>Adding {n} folders.</source>
        <translation>폴더 {n}개를 추가해요.</translation>
    </message>
    <message>
        <source>Adding {n} files.</source>
        <translation>파일 {n}개를 추가해요.</translation>
    </message>
    <message>
        <source>Adding {n} files and folders.</source>
        <translation>파일과 폴더 {n}개를 추가하고 있어요.</translation>
    </message>
    <message>
        <source>There is no picture to paste. Copy a screenshot first, then try again.</source>
        <translation>붙여 넣을 사진이 없어요. 먼저 화면을 캡처해서 복사한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Adding the picture you copied.</source>
        <translation>복사한 사진을 추가하고 있어요.</translation>
    </message>
    <message>
        <source>The picture you copied (double-click to show it)</source>
        <translation>복사한 사진 (두 번 누르면 보여요)</translation>
    </message>
    <message>
        <source>Evidence is still being added. Please add more when it has finished.</source>
        <translation>아직 증거를 추가하는 중이에요. 끝난 뒤에 더 추가해 주세요.</translation>
    </message>
    <message>
        <source>Getting ready to add evidence…</source>
        <translation>증거를 추가할 준비를 하고 있어요…</translation>
    </message>
    <message>
        <source>1 file was added.</source>
        <translation>파일 1개를 추가했어요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files were added.</source>
        <translation>
            <numerusform>파일 %Ln개를 추가했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} already in your case ({names}), so not stored twice; any incident you chose is now linked to it.</source>
        <translation>{n}개는 이미 사건 파일에 있어서 두 번 저장하지 않았어요 ({names}). 고른 사건이 있다면 그 증거에 연결했어요.</translation>
    </message>
    <message>
        <source>Adding was stopped; nothing of the file in progress was kept.</source>
        <translation>추가를 멈췄어요. 처리 중이던 파일은 조금도 남기지 않았어요.</translation>
    </message>
    <message>
        <source>There were no files to add.</source>
        <translation>추가할 파일이 없었어요.</translation>
    </message>
</context>
<context>
    <name>EvidenceBin</name>
    <message numerus="yes">
        <source>Move %Ln items to the bin? They stay inside your case file and you can take them out again; only emptying the bin removes them.</source>
        <translation>
            <numerusform>%Ln건을 휴지통으로 옮길까요? 사건 파일 안에 그대로 있고 다시 꺼낼 수 있어요. 휴지통을 비울 때만 완전히 지워져요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to the bin?</source>
        <translation>휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <source>Move to the bin</source>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln items in the bin for good? This cannot be undone. The custody log keeps their names and fingerprints, so your record stays complete.</source>
        <translation>
            <numerusform>휴지통에 있는 %Ln건을 완전히 지울까요? 지우면 되돌릴 수 없어요. 보관 기록에는 파일 이름과 해시값이 남아서 기록은 온전하게 유지돼요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the bin?</source>
        <translation>휴지통을 비울까요?</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>완전히 지우기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n original file(s) from the folder they came from? Quietcase first reads each one back from your case file and checks that its fingerprint matches; any that does not match is left where it is. Deleted files may still be recoverable from the disk with special tools, and copies elsewhere (a phone, a cloud folder, the Downloads folder) are not touched.</source>
        <translation>
            <numerusform>원래 있던 폴더에서 원본 파일 %n개를 지울까요? Quietcase가 먼저 사건 파일에서 하나씩 다시 읽어 해시값이 맞는지 확인하고, 맞지 않는 파일은 그대로 둬요. 지운 파일도 전문 복구 도구로 디스크에서 되살려질 수 있어요. 다른 곳에 있는 사본(휴대폰, 클라우드 폴더, 다운로드 폴더 등)은 건드리지 않아요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the originals?</source>
        <translation>원본을 지울까요?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>지우기</translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) deleted.</source>
        <translation>
            <numerusform>원본 파일 %n개를 지웠어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left where they are: they no longer match the copy in your case file, or could not be read.</source>
        <translation>
            <numerusform>%n개는 그대로 두었어요. 사건 파일 안의 사본과 더 이상 맞지 않거나 읽을 수 없었어요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Notes about E-{n}</source>
        <translation>E-{n}에 대한 메모</translation>
    </message>
    <message>
        <source>What this helps to show, in your words</source>
        <translation>이 증거로 보여 주려는 내용을 내 말로</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Source address</source>
        <translation>출처 주소(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Captured</source>
        <translation>수집일(&amp;C)</translation>
    </message>
    <message>
        <source>Captured &amp;by</source>
        <translation>수집한 사람(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What it shows</source>
        <translation>보여 주는 내용(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>태그(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>관련 사건(&amp;I)</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Screenshots, photos, chat exports and other files, kept byte for byte inside your encrypted case file. Pictures stay blurred until you choose to look. Drop files here, or paste a screenshot with Ctrl+V.</source>
        <translation>캡처, 사진, 내보낸 대화 파일 같은 자료를 암호화된 사건 파일 안에 원본 그대로 보관해요. 사진은 직접 열어 보기 전까지 흐리게 가려져 있어요. 파일을 여기로 끌어 놓거나, Ctrl+V로 캡처를 붙여 넣을 수 있어요.</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>증거 추가…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>캡처 붙여 넣기</translation>
    </message>
    <message>
        <source>Adds a picture you copied (Ctrl+V)</source>
        <translation>복사한 사진을 추가해요 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Show chosen pictures</source>
        <translation>고른 사진 보기</translation>
    </message>
    <message>
        <source>Blur all again</source>
        <translation>모두 다시 흐리게 하기</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>사진으로 보기</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록으로 보기</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Items you moved to the bin</source>
        <translation>휴지통으로 옮긴 항목</translation>
    </message>
    <message>
        <source>Take out of the bin</source>
        <translation>휴지통에서 꺼내기</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>휴지통 비우기…</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 형식</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Added from</source>
        <translation>추가한 날(부터)</translation>
    </message>
    <message>
        <source>Added until</source>
        <translation>추가한 날(까지)</translation>
    </message>
    <message>
        <source>Filter by name or notes</source>
        <translation>이름이나 메모로 찾기</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Items in the bin are not shown elsewhere and can be taken out again. Emptying the bin removes them for good.</source>
        <translation>휴지통에 있는 항목은 다른 곳에 보이지 않고, 다시 꺼낼 수 있어요. 휴지통을 비우면 완전히 지워져요.</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>증거 사진 보기</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>증거 목록</translation>
    </message>
    <message>
        <source>No evidence yet.

When you are ready, press “Add evidence…” or drop files here. They are copied into your case file; your originals stay where they are.</source>
        <translation>아직 증거가 없어요.

준비가 되면 ‘증거 추가…’를 누르거나 파일을 여기로 끌어 놓으세요. 파일은 사건 파일 안으로 복사되고, 원본은 있던 곳에 그대로 남아요.</translation>
    </message>
    <message>
        <source>Click to close this message</source>
        <translation>누르면 이 메시지가 닫혀요</translation>
    </message>
    <message>
        <source>Delete the originals from their folder…</source>
        <translation>원래 폴더에서 원본 지우기…</translation>
    </message>
    <message>
        <source>Only after checking that the copy in your case file is exact</source>
        <translation>사건 파일 안의 사본이 정확한지 확인한 뒤에만 지워요</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2024, 2024-03, 2024-03-15</source>
        <translation>연도, 월, 날짜: 2024, 2024-03, 2024-03-15</translation>
    </message>
    <message>
        <source>That date cannot be read yet.</source>
        <translation>아직 날짜로 알아볼 수 없어요.</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>휴지통이 비어 있어요.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>{total}건 중 {shown}건 표시</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link existing evidence</source>
        <translation>가지고 있는 증거 연결하기</translation>
    </message>
    <message>
        <source>Type to find: name, date, incident, platform, tag</source>
        <translation>입력해서 찾기: 이름, 날짜, 사건, 플랫폼, 태그</translation>
    </message>
    <message>
        <source>Find evidence</source>
        <translation>증거 찾기</translation>
    </message>
    <message>
        <source>Evidence you can link</source>
        <translation>연결할 수 있는 증거</translation>
    </message>
    <message>
        <source>Show chosen pictures</source>
        <translation>고른 사진 보기</translation>
    </message>
    <message>
        <source>Link the chosen items</source>
        <translation>고른 증거 연결하기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>All your evidence is already linked to this incident.</source>
        <translation>모든 증거가 이미 이 사건에 연결되어 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} items match</source>
        <translation>{total}건 중 {shown}건이 맞아요</translation>
    </message>
</context>
<context>
    <name>ExhibitNumberDialog</name>
    <message>
        <source>Change the exhibit number</source>
        <translation>증거번호 바꾸기</translation>
    </message>
    <message>
        <source>“{name}” is {label} in every document. You can give it another free number before you print. If a document with the old number was already made, the change is noted in the case&apos;s history with both numbers.</source>
        <translation>“{name}”의 증거번호: {label} (모든 문서에서 같아요). 문서를 만들기 전에 비어 있는 다른 번호로 바꿀 수 있어요. 예전 번호로 이미 만든 문서가 있으면, 바뀐 내용이 예전 번호와 새 번호와 함께 사건 기록에 남아요.</translation>
    </message>
    <message>
        <source>Exhibit number</source>
        <translation>증거번호</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Branch number (none for no branch)</source>
        <translation>가지 번호(없으면 ‘없음’)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>가지 번호(&amp;B)</translation>
    </message>
    <message>
        <source>Will read</source>
        <translation>표시될 모양</translation>
    </message>
    <message>
        <source>Change the number</source>
        <translation>번호 바꾸기</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Progress of adding evidence</source>
        <translation>증거 추가 진행 상황</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop adding evidence</source>
        <translation>증거 추가 멈추기</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} 중 {done}</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>파일 {total}개 중 {done}개</translation>
    </message>
    <message>
        <source>Adding evidence: </source>
        <translation>증거 추가 중: </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>1분도 안 남았어요</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>1분쯤 남았어요</translation>
    </message>
    <message>
        <source>about {n} minutes left</source>
        <translation>{n}분쯤 남았어요</translation>
    </message>
    <message>
        <source>Stopping… the file in progress is being undone.</source>
        <translation>멈추는 중… 처리 중이던 파일을 되돌리고 있어요.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a Telegram export</source>
        <translation>텔레그램 대화 가져오기</translation>
    </message>
    <message>
        <source>This export ({kind}) holds the chats of a whole account. Please tick the chats to import.</source>
        <translation>이 내보내기 파일({kind})에는 계정 전체의 대화방이 들어 있어요. 가져올 대화방을 골라 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>The chat “{name}” ({kind}, %Ln messages).</source>
        <translation>
            <numerusform>대화방: “{name}” ({kind}, 메시지 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file of the export is kept byte for byte as evidence inside your encrypted case file. Nothing in the export folder is changed.</source>
        <translation>내보낸 폴더의 모든 파일은 한 바이트도 바뀌지 않은 채 암호화된 사건 파일 안에 증거로 보관돼요. 원래 폴더는 전혀 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>Chats to import</source>
        <translation>가져올 대화방</translation>
    </message>
    <message>
        <source>A new incident for each chat</source>
        <translation>대화방마다 새 사건 만들기</translation>
    </message>
    <message>
        <source>A new incident for this chat</source>
        <translation>이 대화방으로 새 사건 만들기</translation>
    </message>
    <message>
        <source>Called “Telegram: ” and the chat&apos;s name. A chat imported before keeps its incident.</source>
        <translation>이름은 “텔레그램: ” 뒤에 대화방 이름이 붙어요. 전에 가져온 대화방은 원래 사건에 그대로 이어져요.</translation>
    </message>
    <message>
        <source>This incident:</source>
        <translation>이 사건:</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>The chat&apos;s public @username</source>
        <translation>대화방의 공개 @아이디</translation>
    </message>
    <message>
        <source>Add it to</source>
        <translation>연결할 곳</translation>
    </message>
    <message>
        <source>Public @username, if you know it</source>
        <translation>공개 @아이디 (알고 있다면)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>메시지 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (나간 대화방)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit what happened</source>
        <translation>있었던 일 수정</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>있었던 일 기록하기</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation>무슨 일이 있었는지 짧게</translation>
    </message>
    <message>
        <source>Room, channel, account or place</source>
        <translation>방, 채널, 계정 또는 장소</translation>
    </message>
    <message>
        <source>What you saw or what happened, in your words</source>
        <translation>본 것이나 있었던 일을 내 말로</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>일시(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>플랫폼(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>장소(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>내용(&amp;D)</translation>
    </message>
    <message>
        <source>An act of an offender (listed in the 범죄일람표)</source>
        <translation>가해 행위 (범죄일람표에 넣어요)</translation>
    </message>
    <message>
        <source>Untick it for what someone told you or what happened afterwards. Unless you choose, an incident with a link or a suspect counts as an act.</source>
        <translation>누군가에게 전해 들은 일이나 그 뒤에 있었던 일이면 체크를 풀어 주세요. 따로 고르지 않으면 링크나 피의자가 있는 사건은 가해 행위로 들어가요.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>발견한 곳</translation>
    </message>
    <message>
        <source>One per line, e.g. @shadow_demo</source>
        <translation>한 줄에 하나씩 (예: @shadow_demo)</translation>
    </message>
    <message>
        <source>Only for you; not exported unless you ask</source>
        <translation>나만 보는 메모예요. 직접 넣기로 하지 않으면 내보내지 않아요</translation>
    </message>
    <message>
        <source>No contacts yet. You can add them on the Contacts page.</source>
        <translation>아직 관계인이 없어요. ‘관계인’ 화면에서 추가할 수 있어요.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>관련된 사람</translation>
    </message>
    <message>
        <source>&amp;Handles or IDs</source>
        <translation>계정·아이디(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>태그(&amp;A)</translation>
    </message>
    <message>
        <source>Private &amp;note</source>
        <translation>개인 메모(&amp;N)</translation>
    </message>
    <message>
        <source>People, tags and note</source>
        <translation>사람, 태그, 메모</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
</context>
<context>
    <name>IncidentEvidence</name>
    <message>
        <source>Screenshots and files about this incident. Paste with Ctrl+V or drop them here; they are kept when you save. Pictures stay blurred until you choose to look.</source>
        <translation>이 사건에 대한 캡처와 파일이에요. Ctrl+V로 붙여 넣거나 여기로 끌어 놓으면 저장할 때 함께 보관돼요. 사진은 직접 보기로 하기 전까지 흐리게 보여요.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>A whole folder…</source>
        <translation>폴더 전체…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>캡처 붙여 넣기</translation>
    </message>
    <message>
        <source>Adds a picture you copied (Ctrl+V)</source>
        <translation>복사한 사진을 추가해요 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Link existing evidence…</source>
        <translation>가지고 있는 증거 연결…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show the chosen pictures unblurred</source>
        <translation>고른 사진을 흐리지 않게 보여 줘요</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <source>Take the chosen items off this incident; they stay in your case</source>
        <translation>고른 항목을 이 사건에서 빼요. 사건 파일에는 그대로 남아요</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>이 사건의 증거</translation>
    </message>
    <message>
        <source>Nothing here yet. Paste a screenshot, drop files here, or press Add files…</source>
        <translation>아직 아무것도 없어요. 캡처를 붙여 넣거나, 파일을 여기로 끌어 놓거나, 파일 추가…를 누르세요.</translation>
    </message>
    <message>
        <source>Me, a friend, a support centre…</source>
        <translation>나, 친구, 지원센터…</translation>
    </message>
    <message>
        <source>What this helps to show, in your words</source>
        <translation>이 증거로 보여 주려는 내용을 내 말로</translation>
    </message>
    <message>
        <source>Captured &amp;by</source>
        <translation>수집한 사람(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;What it shows</source>
        <translation>입증취지(&amp;W)</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>입증취지</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>추가할 폴더 고르기</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>추가할 파일 고르기</translation>
    </message>
    <message>
        <source>There is no picture to paste. Copy a screenshot first, then try again.</source>
        <translation>붙여 넣을 사진이 없어요. 먼저 화면을 캡처해서 복사한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>About “{name}”:</source>
        <translation>“{name}”에 대해:</translation>
    </message>
    <message numerus="yes">
        <source>About the %n chosen new files:</source>
        <translation>
            <numerusform>고른 새 파일 %n개에 대해:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a new file to say who captured it and what it shows.</source>
        <translation>새 파일을 고르면 수집한 사람과 입증취지를 적을 수 있어요.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>증거 추가</translation>
    </message>
    <message>
        <source>The files are kept byte for byte inside your encrypted case file. Everything below is optional and can be changed later.</source>
        <translation>파일은 암호화된 사건 파일 안에 원본 그대로 보관돼요. 아래 항목은 모두 비워 둬도 되고, 나중에 바꿀 수 있어요.</translation>
    </message>
    <message>
        <source>Me, a friend, a support centre…</source>
        <translation>나, 친구, 지원센터…</translation>
    </message>
    <message>
        <source>What this helps to show, in your words</source>
        <translation>이 증거로 보여 주려는 내용을 내 말로</translation>
    </message>
    <message>
        <source>&amp;Source address</source>
        <translation>출처 주소(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Captured</source>
        <translation>수집일(&amp;C)</translation>
    </message>
    <message>
        <source>Captured &amp;by</source>
        <translation>수집한 사람(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What it shows</source>
        <translation>보여 주는 내용(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>태그(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>관련 사건(&amp;I)</translation>
    </message>
    <message>
        <source>Add to my case</source>
        <translation>사건 파일에 추가</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Record what happened with it…</source>
        <translation>이 사진으로 있었던 일 기록하기…</translation>
    </message>
    <message>
        <source>A new incident in one line, with this picture as its evidence</source>
        <translation>이 사진을 증거로, 한 줄로 새 사건을 기록해요</translation>
    </message>
    <message>
        <source>Please look at the date: the line under it says why.</source>
        <translation>날짜를 확인해 주세요. 날짜 아래 줄에 이유가 있어요.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중이에요…</translation>
    </message>
</context>
<context>
    <name>KakaoDialog</name>
    <message>
        <source>Import a KakaoTalk export</source>
        <translation>카카오톡 대화 가져오기</translation>
    </message>
    <message>
        <source>The export “{name}”.</source>
        <translation>내보내기 “{name}”.</translation>
    </message>
    <message>
        <source>The export is kept byte for byte as evidence inside your encrypted case file, with its photos and files when they are there. Each message keeps its line numbers and its lines as written. KakaoTalk writes no time zone: choose the one of the phone or computer that made the export.</source>
        <translation>내보내기는 사진과 파일이 있으면 그것까지 바이트 그대로 암호화된 사건 파일 안에 증거로 보관해요. 메시지마다 원래 줄 번호와 적힌 그대로의 줄을 함께 남겨요. 카카오톡은 시간대를 적지 않으니, 내보내기를 만든 휴대폰이나 컴퓨터의 시간대를 골라 주세요.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>회원님, you and 나 are known already</source>
        <translation>회원님, you, 나는 이미 알아봐요</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>대화방에서 내 이름</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>KakaoImporter</name>
    <message>
        <source>A KakaoTalk export (.txt, .csv or .zip)…</source>
        <translation>카카오톡 내보내기 (.txt, .csv, .zip)…</translation>
    </message>
    <message>
        <source>A KakaoTalk export with all messages (its folder)…</source>
        <translation>모든 메시지가 담긴 카카오톡 내보내기 (폴더)…</translation>
    </message>
    <message>
        <source>Choose the folder of a KakaoTalk export</source>
        <translation>카카오톡 내보내기 폴더 고르기</translation>
    </message>
    <message>
        <source>Choose the .txt, .csv or .zip file of a KakaoTalk export</source>
        <translation>카카오톡에서 내보낸 .txt, .csv, .zip 파일 고르기</translation>
    </message>
    <message>
        <source>Importing the KakaoTalk export… You can keep working, or cancel.</source>
        <translation>카카오톡 대화를 가져오는 중이에요… 다른 일을 계속하거나 취소할 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” (KakaoTalk): %Ln new messages ({known} were already in your case).</source>
        <translation>
            <numerusform>“{name}” (카카오톡): 새 메시지 %Ln개 ({known}개는 이미 사건에 있었어요).</numerusform>
        </translation>
    </message>
    <message>
        <source>Times were read in the time zone {zone}; the file was {encoding}.</source>
        <translation>시각은 {zone} 시간대로 읽었고, 파일은 {encoding}이었어요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256.</source>
        <translation>
            <numerusform>내보내기 파일 %Ln개가 이제 증거예요. 파일마다 SHA-256 해시값이 있어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos, videos or files are named in the chat but are not in the export; they are marked as missing.</source>
        <translation>
            <numerusform>사진·동영상·파일 %Ln개는 대화에 나오지만 내보내기에 없어요. 없는 것으로 표시했어요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownList</name>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 날</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>LinksEdit</name>
    <message>
        <source>Where it was seen</source>
        <translation>발견한 곳</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>발견한 날</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Where the material was seen. Dates as 2024-03-15. A support centre needs the exact address to ask for it to be taken down.</source>
        <translation>자료가 올라온 곳이에요. 날짜는 2024-03-15처럼 적어 주세요. 지원센터가 삭제를 요청하려면 정확한 게시물 주소가 필요해요.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>링크 추가</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>고른 링크 빼기</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Every web address you recorded with your incidents. After you look at a post, mark what you found; highlighted links were last checked more than 30 days ago, or never.</source>
        <translation>사건과 함께 기록한 웹 주소가 모두 여기 있어요. 게시물을 확인한 뒤 본 그대로 상태를 표시해 주세요. 색으로 표시된 링크는 마지막으로 확인한 지 30일이 넘었거나 아직 확인하지 않은 링크예요.</translation>
    </message>
    <message>
        <source>No links yet. When you record what happened, add the addresses where you saw it; they are listed here.</source>
        <translation>아직 링크가 없어요. 있었던 일을 기록할 때 본 곳의 주소를 넣으면 여기에 모여요.</translation>
    </message>
    <message>
        <source>Open the incident</source>
        <translation>사건 열기</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>상태 표시:</translation>
    </message>
    <message>
        <source>Still online</source>
        <translation>게시 중</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Record this for the chosen links, checked today.</source>
        <translation>고른 링크에 이 상태를 기록하고, 오늘 확인한 것으로 표시해요.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Only those to check again</source>
        <translation>다시 확인할 링크만</translation>
    </message>
    <message>
        <source>Filter this list</source>
        <translation>이 목록에서 찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) marked “{status}”, checked today.</source>
        <translation>
            <numerusform>링크 %n개를 ‘{status}’ 상태로 표시했어요(확인한 날: 오늘).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied. They will be cleared from the clipboard soon.</source>
        <translation>
            <numerusform>주소 %n개를 복사했어요. 잠시 뒤 클립보드에서 지워져요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Stay unlocked</source>
        <translation>잠금 해제 유지</translation>
    </message>
    <message numerus="yes">
        <source>Quietcase locks in %n second(s): nobody has used it for a while. What you typed is kept.</source>
        <translation>
            <numerusform>한동안 사용하지 않아서 %n초 후에 Quietcase가 잠겨요. 입력한 내용은 그대로 남아요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quietcase</source>
        <translation>Quietcase</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>사건 파일 열기</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>바로 숨기기</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Hide Quietcase now</source>
        <translation>지금 Quietcase 숨기기</translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation>새 사건 파일을 둘 곳</translation>
    </message>
    <message>
        <source>Please choose where to keep the case file.</source>
        <translation>사건 파일을 둘 곳을 골라 주세요.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Checking every page of your case file before anything is written to it: it was not closed normally last time, or it changed since (for example, it was copied here). This takes about 2 seconds per GB. Nothing is changed.</source>
        <translation>사건 파일에 무엇이든 저장하기 전에 모든 페이지를 확인하고 있어요. 지난번에 정상적으로 닫히지 않았거나 그 뒤에 파일이 달라졌기 때문이에요(예: 다른 곳에서 복사해 온 경우). 1GB마다 2초쯤 걸리고, 확인하는 동안 아무것도 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>This case file is older than the one you used on {date}: it may be an old copy or a backup that was put back.</source>
        <translation>이 사건 파일은 {date}에 사용하신 것보다 오래된 상태예요. 예전 복사본이거나 다시 가져온 백업일 수 있어요.</translation>
    </message>
    <message>
        <source>Last opened here: {when}.</source>
        <translation>이 컴퓨터에서 마지막으로 연 시각: {when}</translation>
    </message>
    <message numerus="yes">
        <source>Before this unlock, a wrong passphrase was typed on this computer %n time(s) ({times}). If that was not you, someone else may have tried to open your case file.</source>
        <translation>
            <numerusform>이번에 잠금 해제하기 전에 이 컴퓨터에서 틀린 비밀번호가 %n번 입력됐어요({times}). 직접 입력한 게 아니라면, 다른 사람이 사건 파일을 열어 보려 했을 수도 있어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since then, a wrong passphrase was tried %n time(s) ({times}). If that was not you, someone else may have tried to open your case file.</source>
        <translation>
            <numerusform>그 뒤로 틀린 비밀번호가 %n번 입력됐어요({times}). 직접 입력한 게 아니라면, 다른 사람이 사건 파일을 열어 보려 했을 수도 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Shift 세 번</translation>
    </message>
    <message>
        <source>Covers and locks Quietcase and minimises the window ({key}).</source>
        <translation>Quietcase를 가리고 잠근 뒤 창을 최소화해요 ({key}).</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>The video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Sound only: nothing to see.</source>
        <translation>음성만 있어요. 볼 화면은 없어요.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Forwarded from {name}</source>
        <translation>전달됨: {name}</translation>
    </message>
    <message>
        <source>via {bot}</source>
        <translation>봇을 통해 보냄: {bot}</translation>
    </message>
    <message>
        <source>{time} (edited)</source>
        <translation>{time} (수정됨)</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>요약서에 넣음</translation>
    </message>
    <message>
        <source>{kind}: {name} (evidence E-{id})</source>
        <translation>{kind}: {name} (증거 E-{id})</translation>
    </message>
    <message>
        <source>{kind}: {why}</source>
        <translation>{kind}: {why}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>알림 전체 보기</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>이 알림 닫기</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>접기</translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>Your passphrase was changed. The old one no longer opens this case file; backups made before still open with the old one.</source>
        <translation>비밀번호를 바꿨어요. 이전 비밀번호로는 이제 이 사건 파일을 열 수 없어요. 전에 만든 백업은 여전히 이전 비밀번호로 열려요.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>비밀번호 바꾸기</translation>
    </message>
    <message>
        <source>First the passphrase you use now, then the new one twice. Nobody can recover it if it is forgotten, so please write it down and keep it where only you can reach it. Backups made before keep the old passphrase.</source>
        <translation>먼저 지금 쓰는 비밀번호를 입력하고, 새 비밀번호를 두 번 입력해 주세요. 잊어버리면 누구도 되찾아 줄 수 없으니, 적어서 나만 찾을 수 있는 곳에 보관해 주세요. 전에 만든 백업은 이전 비밀번호를 그대로 써요.</translation>
    </message>
    <message>
        <source>The passphrase you use now</source>
        <translation>지금 쓰는 비밀번호</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Type the new one again</source>
        <translation>새 비밀번호 한 번 더</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>입력한 내용 보기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>비밀번호를 바꾸고 있어요… 잠시만 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Quietcase case files (*.quietcase)</source>
        <translation>Quietcase 사건 파일 (*.quietcase)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Quietcase case files (*.quietcase);;All files (*)</source>
        <translation>Quietcase 사건 파일 (*.quietcase);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>쉽게 짐작할 수 있는 비밀번호</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>그래도 사용하기</translation>
    </message>
</context>
<context>
    <name>QuickRecordDialog</name>
    <message>
        <source>Quick record</source>
        <translation>빠른 기록</translation>
    </message>
    <message>
        <source>What happened, in one line, and the screenshots. Everything else can be filled in later from the timeline.</source>
        <translation>있었던 일을 한 줄로, 그리고 캡처를 남겨요. 나머지는 나중에 타임라인에서 채워도 돼요.</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation>무슨 일이 있었는지 짧게</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>있었던 일(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>일시(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Quietcase</name>
    <message>
        <source>There is not enough space on the drive for the backup. Nothing was left behind there, and your case file is unchanged. Please free some space or choose another drive.</source>
        <translation>드라이브에 백업할 공간이 모자라요. 만들다 만 파일은 남지 않았고, 사건 파일도 그대로예요. 공간을 비우거나 다른 드라이브를 골라 주세요.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}). If it is a USB stick, please check that it is still plugged in. Your case file is unchanged.</source>
        <translation>백업을 {path}에 저장하지 못했어요 ({reason}). USB 메모리라면 잘 꽂혀 있는지 확인해 주세요. 사건 파일은 그대로예요.</translation>
    </message>
    <message>
        <source>A file already exists at {path}. Quietcase never overwrites a file.</source>
        <translation>{path}에 이미 파일이 있어요. Quietcase는 파일을 절대 덮어쓰지 않아요.</translation>
    </message>
    <message>
        <source>This backup is damaged ({detail}), so nothing was restored from it. Please try another backup.</source>
        <translation>이 백업은 손상되어서 ({detail}) 아무것도 복원하지 않았어요. 다른 백업으로 해 보세요.</translation>
    </message>
    <message>
        <source>There is not enough space on the drive for the restored case file. Nothing was left behind there, and the backup is unchanged. Please free some space or choose another drive.</source>
        <translation>드라이브에 복원할 사건 파일을 둘 공간이 모자라요. 만들다 만 파일은 남지 않았고, 백업도 그대로예요. 공간을 비우거나 다른 드라이브를 골라 주세요.</translation>
    </message>
    <message>
        <source>The restored case file could not be written to {path} ({reason}). The backup is fine and unchanged; please choose another folder.</source>
        <translation>복원한 사건 파일을 {path}에 저장하지 못했어요 ({reason}). 백업은 이상 없이 그대로예요. 다른 폴더를 골라 주세요.</translation>
    </message>
    <message>
        <source>the folder is not there any more</source>
        <translation>폴더가 없어짐</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>The new backup did not pass its check ({detail}), so it was removed. Your case file is unchanged. Please try again, perhaps on another drive.</source>
        <translation>새 백업이 확인을 통과하지 못해서({detail}) 지웠어요. 사건 파일은 그대로예요. 다시 해 보세요. 되도록 다른 드라이브를 써 주세요.</translation>
    </message>
    <message>
        <source>The stored bytes of {evidence_id} no longer match the SHA-256 recorded when it was added, so no bundle was made. Please restore the case file from a backup.</source>
        <translation>{evidence_id}에 보관된 내용이 추가할 때 기록한 SHA-256 해시값과 더 이상 맞지 않아서 증거 묶음을 만들지 않았어요. 백업에서 사건 파일을 복원해 주세요.</translation>
    </message>
    <message>
        <source>One of the photos in the bundle records where it was taken (GPS location). It is included unchanged, because changing it would change its SHA-256. Please keep this in mind before you share the bundle.</source>
        <translation>묶음에 든 사진 1장에 찍은 곳(GPS 위치)이 기록되어 있어요. 바꾸면 SHA-256이 달라지기 때문에 그대로 넣었어요. 묶음을 건네기 전에 이 점을 알아 두세요.</translation>
    </message>
    <message>
        <source>{count} of the photos in the bundle record where they were taken (GPS location). They are included unchanged, because changing them would change their SHA-256. Please keep this in mind before you share the bundle.</source>
        <translation>묶음에 든 사진 중 {count}장에 찍은 장소(GPS 위치)가 기록되어 있어요. 바꾸면 SHA-256 해시값이 달라지기 때문에 그대로 넣었어요. 묶음을 건네기 전에 이 점을 꼭 기억해 주세요.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>요청 종류</translation>
    </message>
    <message>
        <source>date sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>다시 확인할 날</translation>
    </message>
    <message>
        <source>date found</source>
        <translation>발견한 날</translation>
    </message>
    <message>
        <source>--upcoming only works with deadlines.</source>
        <translation>--upcoming은 기한(deadlines)에만 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>--bin only works with evidence.</source>
        <translation>--bin(휴지통)은 증거(evidence)에만 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>No passphrase was given. Type it when asked, or set QUIETCASE_PASSPHRASE.</source>
        <translation>비밀번호가 입력되지 않았어요. 물어볼 때 입력하거나 QUIETCASE_PASSPHRASE를 설정해 주세요.</translation>
    </message>
    <message>
        <source>No passphrase was given for the new case file. Type it when asked, or set QUIETCASE_NEW_PASSPHRASE (QUIETCASE_PASSPHRASE is only for opening a case file).</source>
        <translation>새 사건 파일의 비밀번호가 입력되지 않았어요. 물어볼 때 입력하거나 QUIETCASE_NEW_PASSPHRASE를 설정해 주세요. (QUIETCASE_PASSPHRASE는 사건 파일을 열 때만 쓰여요.)</translation>
    </message>
    <message>
        <source>Nothing was changed. Please choose a passphrase that is harder to guess.</source>
        <translation>아무것도 바뀌지 않았어요. 짐작하기 더 어려운 비밀번호를 골라 주세요.</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-8 text. Please set it again from a terminal that uses UTF-8; nothing was changed.</source>
        <translation>{name}의 값이 올바른 UTF-8 텍스트가 아니에요. UTF-8을 쓰는 터미널에서 다시 설정해 주세요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{question} Add --yes to confirm when running from a script.</source>
        <translation>{question} 스크립트에서 실행할 때는 --yes를 붙여 확인해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>“{text}” is not an exhibit number. Please write it like 3, or 3-2 for a branch.</source>
        <translation>증거번호가 아니에요: “{text}”. 3처럼, 가지번호는 3-2처럼 적어 주세요.</translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password. Please set it to the password for the PDF, or leave out --password-env to save it without one.</source>
        <translation>환경 변수 {name}에 비밀번호가 없어요. PDF 비밀번호를 넣어 주거나, 비밀번호 없이 저장하려면 --password-env를 빼 주세요.</translation>
    </message>
    <message>
        <source>The example case can only go into a new, empty case file, never a real one.</source>
        <translation>예시 사건은 비어 있는 새 사건 파일에만 넣을 수 있어요. 실제 사건 파일에는 넣지 않아요.</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}. Please check it (capital letters, keyboard language) and try again. Nothing in the file was changed.</source>
        <translation>이 비밀번호로는 사건 파일을 열 수 없어요 ({path}). 대소문자와 한영 전환 상태를 확인하고 다시 입력해 주세요. 파일은 전혀 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{path} is not a Quietcase case file (it may be empty, or belong to another program). Nothing in it was changed.</source>
        <translation>Quietcase 사건 파일이 아니에요: {path} (비어 있거나 다른 프로그램의 파일일 수 있어요). 파일은 전혀 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a case file or a backup, so Quietcase did not use it. Please choose the file itself, or a new name for a new case file. Nothing was changed.</source>
        <translation>고른 곳이 폴더라서 사건 파일이나 백업이 아니에요. 그래서 Quietcase가 사용하지 않았어요: {path}. 파일 자체를 고르거나, 새 사건 파일이라면 새 이름을 정해 주세요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{path} is a special system item (a pipe or a device), not a case file or a backup, so Quietcase did not use it. Please choose the file itself, or a new name for a new case file. Nothing was changed.</source>
        <translation>고른 곳이 특수한 시스템 항목(파이프나 장치)이라서 사건 파일이나 백업이 아니에요. 그래서 Quietcase가 사용하지 않았어요: {path}. 파일 자체를 고르거나, 새 사건 파일이라면 새 이름을 정해 주세요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>There is no case file at {path}. Please check the name and the folder.</source>
        <translation>{path}에 사건 파일이 없어요. 파일 이름과 폴더를 확인해 주세요.</translation>
    </message>
    <message>
        <source>A file already exists at {path}. Quietcase never overwrites a file: please choose another name.</source>
        <translation>{path}에 이미 파일이 있어요. Quietcase는 파일을 절대 덮어쓰지 않으니 다른 이름을 골라 주세요.</translation>
    </message>
    <message>
        <source>This case file is open in another Quietcase (a window, or a command still running). Please close it there first, then try again.</source>
        <translation>이 사건 파일은 다른 Quietcase(창 또는 아직 실행 중인 명령)에서 열려 있어요. 그쪽을 먼저 닫은 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>This case file was saved by a newer version of Quietcase. Please update Quietcase to open it; the file was not changed.</source>
        <translation>이 사건 파일은 더 새로운 버전의 Quietcase로 저장되었어요. 열려면 Quietcase를 업데이트해 주세요. 파일은 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Quietcase cannot write to {path}. The folder may be missing, read-only, or on a removed drive. Please choose another place.</source>
        <translation>Quietcase가 {path}에 저장할 수 없어요. 폴더가 없거나, 읽기 전용이거나, 분리된 드라이브에 있을 수 있어요. 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <source>The drive is full, so Quietcase could not finish. Nothing was changed. Please free some space, then try again.</source>
        <translation>드라이브가 가득 차서 Quietcase가 작업을 끝내지 못했어요. 아무것도 바뀌지 않았어요. 공간을 비운 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The case file is locked. Please unlock it again to continue.</source>
        <translation>사건 파일이 잠겨 있어요. 계속하려면 다시 잠금을 해제해 주세요.</translation>
    </message>
    <message>
        <source>This case file is damaged ({detail}). Please do not add anything to it; restore it from your most recent backup instead.</source>
        <translation>이 사건 파일이 손상되었어요 ({detail}). 여기에는 아무것도 추가하지 말고, 가장 최근 백업에서 복원해 주세요.</translation>
    </message>
    <message>
        <source>There is no {kind} with the id {record_id} in this case file.</source>
        <translation>이 사건 파일에는 ID가 {record_id}인 {kind} 기록이 없어요.</translation>
    </message>
    <message>
        <source>Quietcase could not finish writing ({detail}). The disk may be full or removed. Nothing was changed.</source>
        <translation>Quietcase가 저장을 끝내지 못했어요 ({detail}). 디스크가 가득 찼거나 분리되었을 수 있어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Nothing was changed.</source>
        <translation>예상하지 못한 문제가 생겼어요 ({detail}). 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device or a pipe), so it was not added.</source>
        <translation>일반 파일이 아니라서(장치나 파이프) 추가하지 않았어요: {name}</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}). The other files were still added.</source>
        <translation>읽을 수 없었어요: {name} ({reason}). 다른 파일은 그대로 추가했어요.</translation>
    </message>
    <message>
        <source>{name} changed while it was being read (it was moved, shortened or still being written), so it was not added. Please try it again once it is complete.</source>
        <translation>읽는 동안 파일이 바뀌어서(옮겨졌거나, 짧아졌거나, 아직 쓰는 중) 추가하지 않았어요: {name}. 파일이 다 만들어진 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>There is no file or folder at {name}.</source>
        <translation>{name}에 파일이나 폴더가 없어요.</translation>
    </message>
    <message>
        <source>{name} is a link (a shortcut) to somewhere else, so it was not added: a link can point anywhere on this computer. If you want what it points to, please add that file itself.</source>
        <translation>다른 곳을 가리키는 링크(바로 가기)라서 추가하지 않았어요: {name}. 링크는 이 컴퓨터의 어느 곳이든 가리킬 수 있어요. 링크가 가리키는 파일이 필요하다면 그 파일 자체를 추가해 주세요.</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>출처 주소</translation>
    </message>
    <message>
        <source>who captured it</source>
        <translation>수집한 사람</translation>
    </message>
    <message>
        <source>what this shows</source>
        <translation>보여 주는 내용</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Quietcase could not write {path} ({reason}). Nothing was saved there.</source>
        <translation>Quietcase가 {path}에 저장하지 못했어요 ({reason}). 그곳에는 아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>The stored bytes of {evidence_id} no longer match the SHA-256 recorded when it was added. The copy was removed. Please restore the case file from a backup.</source>
        <translation>{evidence_id}에 보관된 내용이 추가할 때 기록한 SHA-256 해시값과 더 이상 맞지 않아요. 사본은 지웠어요. 백업에서 사건 파일을 복원해 주세요.</translation>
    </message>
    <message>
        <source>The record of when {evidence_id} was added is missing from the case file, so Quietcase cannot confirm these are the bytes that were added. No copy was saved. Please restore the case file from a backup.</source>
        <translation>이 증거({evidence_id})를 추가했을 때의 기록이 사건 파일에 없어서, 보관된 내용이 추가한 그대로인지 Quietcase가 확인할 수 없어요. 사본은 저장하지 않았어요. 백업에서 사건 파일을 복원해 주세요.</translation>
    </message>
    <message>
        <source>{evidence_id} is in the bin. Take it out of the bin first to change it.</source>
        <translation>휴지통에 있는 증거예요 ({evidence_id}). 바꾸려면 먼저 휴지통에서 꺼내 주세요.</translation>
    </message>
    <message>
        <source>{name} is too large to show inside Quietcase. You can save a copy to look at it with another program.</source>
        <translation>Quietcase 안에서 보여 주기에는 너무 큰 파일이에요: {name}. 사본을 저장해서 다른 프로그램으로 볼 수 있어요.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a record id. Ids look like I-12 (incident), C-3 (contact), D-4 (deadline), R-5 (request) or E-6 (evidence).</source>
        <translation>기록 ID가 아니에요: “{text}”. ID는 I-12(사건), C-3(관계인), D-4(기한), R-5(신고·요청), E-6(증거)처럼 써요.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; cannot be used here: please give the id of a record of this kind: {kind} (like {example}).</source>
        <translation>여기에는 쓸 수 없는 ID예요: “{text}”. {kind} 기록의 ID를 적어 주세요 (예: {example}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a link. A link is named by its incident and its number there: I-3/2 is the second link of I-3 (`list VAULT links` shows them).</source>
        <translation>게시물 주소를 가리키는 말이 아니에요: “{text}”. 게시물 주소는 사건과 그 안의 번호로 써요. I-3/2는 I-3의 두 번째 게시물 주소예요 (`list VAULT links`로 볼 수 있어요).</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>request</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>chat message</source>
        <translation>대화 메시지</translation>
    </message>
    <message>
        <source>preview not available: the image data is damaged or not a supported image</source>
        <translation>미리 보기 없음: 이미지 데이터가 손상되었거나 지원하지 않는 형식이에요</translation>
    </message>
    <message>
        <source>too large to preview: the image is bigger than 64 megapixels</source>
        <translation>미리 보기 없음: 6,400만 화소보다 큰 이미지예요</translation>
    </message>
    <message>
        <source>too large to preview: not enough memory</source>
        <translation>미리 보기 없음: 메모리가 모자라요</translation>
    </message>
    <message>
        <source>too large to preview safely: the file itself is kept unchanged</source>
        <translation>미리 보기 없음: 안전하게 보여 드리기에는 너무 큰 사진이에요. 파일은 바뀌지 않고 그대로 보관돼요</translation>
    </message>
    <message>
        <source>post title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>uploader</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>계정·아이디</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>The follow-up date comes before the day the request was sent. Please check it.</source>
        <translation>다시 확인할 날이 요청을 보낸 날보다 앞서요. 날짜를 확인해 주세요.</translation>
    </message>
    <message>
        <source>A link was last checked before the day it was found. Please check the two dates.</source>
        <translation>링크를 마지막으로 확인한 날이 발견한 날보다 앞서요. 두 날짜를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Please choose a passphrase; it cannot be empty.</source>
        <translation>비밀번호를 정해 주세요. 비워 둘 수는 없어요.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>두 비밀번호가 서로 달라요. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>비밀번호에는 NUL 문자를 넣을 수 없어요.</translation>
    </message>
    <message>
        <source>This is easy to guess. Use it anyway?</source>
        <translation>쉽게 짐작할 수 있는 비밀번호예요. 그래도 사용할까요?</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess. A few unrelated words together are stronger and easier to remember.</source>
        <translation>다른 사람이 쉽게 짐작할 수 있는 비밀번호예요. 서로 관계없는 낱말 몇 개를 이으면 더 안전하고 기억하기도 쉬워요.</translation>
    </message>
    <message>
        <source>This passphrase is fair. One or two more words would make it strong.</source>
        <translation>괜찮은 비밀번호예요. 낱말을 한두 개 더 넣으면 더 안전해져요.</translation>
    </message>
    <message>
        <source>This passphrase is strong.</source>
        <translation>안전한 비밀번호예요.</translation>
    </message>
    <message>
        <source>Quietcase could not find a font with Korean letters on this computer, so Korean text in the summary would print as empty boxes. Nothing was saved. Please install a Korean font (for example Nanum Gothic or Noto Sans KR), then try again.</source>
        <translation>이 컴퓨터에서 한글 글꼴을 찾지 못해서, 요약서의 한글이 빈 네모로 찍힐 수 있어요. 아무것도 저장하지 않았어요. 한글 글꼴(예: 나눔고딕, Noto Sans KR)을 설치한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>This PDF will not be encrypted: anyone who gets the file can read it. You can add a password, and keep it somewhere only you can reach, such as your own USB stick.</source>
        <translation>이 PDF는 암호화되지 않아요. 파일을 가진 사람은 누구나 읽을 수 있어요. 비밀번호를 걸어 둘 수 있고, 본인의 USB 메모리처럼 나만 열어 볼 수 있는 곳에 보관하면 좋아요.</translation>
    </message>
    <message>
        <source>The evidence bundle is not encrypted: anyone who gets the file can open your evidence and the summary. Please keep it somewhere only you and the people you give it to can reach, such as your own USB stick.</source>
        <translation>증거 묶음은 암호화되지 않아요. 파일을 가진 사람은 누구나 증거와 요약서를 열 수 있어요. 본인의 USB 메모리처럼 나와 건네받을 사람만 열어 볼 수 있는 곳에 보관해 주세요.</translation>
    </message>
    <message>
        <source>{folder} is inside {service}, which copies its files to the internet and to other devices signed in to it. If you can, save this to your own USB stick instead.</source>
        <translation>이 폴더는 {service} 안에 있어요: {folder}. 이곳의 파일은 인터넷과, 같은 계정으로 로그인한 다른 기기에 복사돼요. 가능하면 본인의 USB 메모리에 저장해 주세요.</translation>
    </message>
    <message>
        <source>{folder} is a shared or network folder: other people or computers may be able to open files there. If you can, save this to your own USB stick instead.</source>
        <translation>공유 폴더나 네트워크 폴더예요: {folder}. 다른 사람이나 다른 컴퓨터가 이곳의 파일을 열 수 있어요. 가능하면 본인의 USB 메모리에 저장해 주세요.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Please choose another place.</source>
        <translation>폴더가 없어요: {path}. 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <source>There is not enough space on the drive. Nothing was left behind there, and your case file is unchanged. Please free some space or choose another drive.</source>
        <translation>드라이브에 공간이 모자라요. 만들다 만 파일은 남지 않았고, 사건 파일도 그대로예요. 공간을 비우거나 다른 드라이브를 골라 주세요.</translation>
    </message>
    <message>
        <source>Quietcase could not write to {path} ({reason}). If it is a USB stick, please check that it is still plugged in. Nothing was left behind, and your case file is unchanged.</source>
        <translation>Quietcase가 {path}에 저장하지 못했어요 ({reason}). USB 메모리라면 잘 꽂혀 있는지 확인해 주세요. 만들다 만 파일은 남지 않았고, 사건 파일도 그대로예요.</translation>
    </message>
    <message>
        <source>Please fill in the {field}.</source>
        <translation>{field} 항목을 채워 주세요.</translation>
    </message>
    <message>
        <source>The {field} is too long ({length} characters; the most is {limit}). You could keep the rest as an evidence file instead.</source>
        <translation>{field} 항목이 너무 길어요 ({length}자, 최대 {limit}자). 나머지는 증거 파일로 보관할 수 있어요.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; does not look like a web address. Addresses start with https:// or a site name such as t.me/…</source>
        <translation>웹 주소로 보이지 않아요: “{text}”. 주소는 https:// 또는 t.me/… 같은 사이트 이름으로 시작해요.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; does not look like an email address.</source>
        <translation>이메일 주소로 보이지 않아요: “{text}”.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; does not look like a phone number (digits, spaces, + - ( ) only).</source>
        <translation>전화번호로 보이지 않아요: “{text}” (숫자, 공백, + - ( )만 쓸 수 있어요).</translation>
    </message>
    <message>
        <source>Quietcase could not read &quot;{text}&quot; as a date. You can write 2024-03-15, 2024-03-15 14:30, March 2024, last March, early March 2024, spring 2024, two weeks ago, yesterday, or a range such as 2024-03 .. 2024-05.</source>
        <translation>날짜로 읽을 수 없어요: “{text}”. 2024-03-15, 2024-03-15 14:30, 2024년 3월 5일, 작년 3월, 3월 초, 올해 봄, 2주 전, 그저께처럼 쓰거나, 2024-03 .. 2024-05처럼 기간으로 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a day in the calendar. Please check the month and the day.</source>
        <translation>달력에 없는 날이에요: “{text}”. 월과 일을 확인해 주세요.</translation>
    </message>
    <message>
        <source>In &quot;{text}&quot; the second date comes before the first. Please swap them.</source>
        <translation>두 번째 날짜가 첫 번째보다 앞서요: “{text}”. 순서를 바꿔 주세요.</translation>
    </message>
    <message>
        <source>For the {field} please give a day, like 2026-12-01 (a time is optional: 2026-12-01 14:00).</source>
        <translation>{field} 항목에는 2026-12-01처럼 날짜를 적어 주세요 (시각도 함께 적을 수 있어요: 2026-12-01 14:00).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a {field}. Choose one of: {choices}.</source>
        <translation>{field} 항목에 쓸 수 없는 값이에요: “{text}”. 다음 중에서 골라 주세요: {choices}.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>description</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>day the link was found</source>
        <translation>링크를 발견한 날</translation>
    </message>
    <message>
        <source>day the link was last checked</source>
        <translation>링크를 마지막으로 확인한 날</translation>
    </message>
    <message>
        <source>day it was sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <source>follow-up day</source>
        <translation>다시 확인할 날</translation>
    </message>
    <message>
        <source>Quietcase</source>
        <translation>Quietcase</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing in your case file was changed by it. If it happens again, please close Quietcase and open it again.</source>
        <translation>예상하지 못한 문제가 생겼어요. 이 때문에 사건 파일이 바뀌지는 않았어요. 다시 일어나면 Quietcase를 닫았다가 다시 열어 주세요.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Private note: {note}</source>
        <translation>개인 메모: {note}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>다음 주 이후</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>경찰</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>지원센터</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>활동가·조력자</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>증인·참고인</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>가해자·피의자</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Takedown</source>
        <translation>삭제 요청</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>경찰 신고·고소</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Still online</source>
        <translation>게시 중</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>대화 메시지</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month} {day}일</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}년</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}년 {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}년 {month} {day}일</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <source>between {start} and {end} {month} {year}</source>
        <translation>{year}년 {month} {start}일~{end}일 사이</translation>
    </message>
    <message>
        <source>between {start} and {end} {year}</source>
        <translation>{year}년 {start}~{end} 사이</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>{start}~{end} 사이</translation>
    </message>
    <message>
        <source>sometime in {year}</source>
        <translation>{year}년 중</translation>
    </message>
    <message>
        <source>around {month} {year}</source>
        <translation>{year}년 {month}경</translation>
    </message>
    <message>
        <source>never</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n일 후</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than Quietcase reads from one export ({limit} MB). Please export the chat again in parts (Telegram Desktop can export a range of dates).</source>
        <translation>{name} 파일은 {size} MB로, Quietcase가 내보내기 파일 하나에서 읽는 크기({limit} MB)보다 커요. 대화를 나누어 다시 내보내 주세요 (텔레그램 데스크톱에서 날짜 범위를 정해 내보낼 수 있어요).</translation>
    </message>
    <message>
        <source>{name} is not a Telegram JSON export: it does not start like JSON text. Nothing was imported.</source>
        <translation>텔레그램 JSON 내보내기 파일이 아니에요: {name} (JSON 텍스트로 시작하지 않아요). 아무것도 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>{name} cannot be read: it stops being valid JSON at line {line} ({problem}). Nothing was imported. If you edited the file, please export it again from Telegram Desktop.</source>
        <translation>읽을 수 없어요: {name} ({line}번째 줄부터 올바른 JSON이 아니에요: {problem}). 아무것도 가져오지 않았어요. 파일을 고친 적이 있다면 텔레그램 데스크톱에서 다시 내보내 주세요.</translation>
    </message>
    <message>
        <source>{name} cannot be read: it is nested far deeper than any Telegram export. Nothing was imported.</source>
        <translation>읽을 수 없어요: {name} (텔레그램 내보내기 파일보다 훨씬 깊게 중첩되어 있어요). 아무것도 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>{name} is JSON, but not a Telegram Desktop chat export (it has no chats or messages).</source>
        <translation>JSON 파일이지만 텔레그램 데스크톱 대화 내보내기 파일은 아니에요: {name} (대화방이나 메시지가 없어요).</translation>
    </message>
    <message>
        <source>{count} control character(s) written as \xNN (a fault of some Telegram versions) were read as the characters they stand for.</source>
        <translation>\xNN 형태로 적힌 제어 문자 {count}개(일부 텔레그램 버전의 오류)를 원래 문자로 읽었어요.</translation>
    </message>
    <message>
        <source>{count} custom emoji id(s) written without quotes (a fault of some Telegram versions) were read as text.</source>
        <translation>따옴표 없이 적힌 사용자 지정 이모지 ID {count}개(일부 텔레그램 버전의 오류)를 텍스트로 읽었어요.</translation>
    </message>
    <message>
        <source>Some bytes were not valid UTF-8 text and were read as the replacement character.</source>
        <translation>올바른 UTF-8 텍스트가 아닌 바이트가 있어서 대체 문자로 읽었어요.</translation>
    </message>
    <message>
        <source>{name} is not a Telegram Desktop export (no result.json or messages.html was found). Please choose the export&apos;s folder, its result.json, or its messages.html.</source>
        <translation>텔레그램 데스크톱 내보내기가 아니에요: {name} (result.json이나 messages.html이 없어요). 내보내기 폴더나 그 안의 result.json 또는 messages.html을 골라 주세요.</translation>
    </message>
    <message>
        <source>Some pages of this HTML export are not in its folder: {pages}. The {count} pages that are there were imported, in order; the messages of the missing pages are not in your case.</source>
        <translation>이 HTML 내보내기의 일부 페이지가 폴더에 없어요: {pages}. 있는 페이지 {count}개를 순서대로 가져왔어요. 없는 페이지의 메시지는 사건에 들어 있지 않아요.</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>카메라 제조사</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>카메라 모델</translation>
    </message>
    <message>
        <source>Taken (camera clock)</source>
        <translation>촬영 시각 (카메라 시계 기준)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>렌즈</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Description in the file</source>
        <translation>파일 안의 설명</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>고도 (m)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>기타 파일</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>{n} {unit}</source>
        <translation>{n} {unit}</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>흐림 처리됨</translation>
    </message>
    <message>
        <source>{name} is {size} MB, far more than a Telegram export page; it was not read.</source>
        <translation>{name} 파일은 {size} MB로, 텔레그램 내보내기 페이지라기에는 너무 커서 읽지 않았어요.</translation>
    </message>
    <message>
        <source>Not available: this computer has no secure keychain that Quietcase can use, and Quietcase never keeps your passphrase anywhere else.</source>
        <translation>쓸 수 없어요: 이 컴퓨터에는 Quietcase가 쓸 수 있는 안전한 키체인이 없고, Quietcase는 비밀번호를 다른 곳에 절대 보관하지 않아요.</translation>
    </message>
    <message>
        <source>Not available: the system keychain did not answer.</source>
        <translation>쓸 수 없어요: 시스템 키체인이 응답하지 않았어요.</translation>
    </message>
    <message>
        <source>This export holds the chats of a whole account. Please choose the chats to import (on the command line: --chat NAME_OR_ID, or --all-chats).</source>
        <translation>이 내보내기 파일에는 계정 전체의 대화방이 들어 있어요. 가져올 대화방을 골라 주세요 (명령줄에서는 --chat 이름_또는_ID, 또는 --all-chats).</translation>
    </message>
    <message>
        <source>There is no chat &quot;{wanted}&quot; in this export. Its chats are: {chats}.</source>
        <translation>이 내보내기 파일에는 “{wanted}” 대화방이 없어요. 들어 있는 대화방: {chats}.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a Telegram username (5 to 32 letters, digits or _, like @example_room).</source>
        <translation>텔레그램 @아이디가 아니에요: “{text}” (@example_room처럼 영문자, 숫자, _로 5~32자).</translation>
    </message>
    <message>
        <source>From the Telegram export {export}: {path}</source>
        <translation>텔레그램 내보내기 {export}에서: {path}</translation>
    </message>
    <message>
        <source>Messages imported from a Telegram Desktop export ({export}).</source>
        <translation>텔레그램 데스크톱 내보내기({export})에서 가져온 메시지.</translation>
    </message>
    <message>
        <source>Telegram: {chat}</source>
        <translation>텔레그램: {chat}</translation>
    </message>
    <message>
        <source>No imported chat is called &quot;{wanted}&quot; (give its name or its Telegram id).</source>
        <translation>가져온 대화방 중에 이 이름이 없어요: “{wanted}” (대화방 이름이나 텔레그램 ID를 적어 주세요).</translation>
    </message>
    <message>
        <source>--clear takes no message ids.</source>
        <translation>--clear에는 메시지 ID를 함께 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>--remove needs the ids of the messages (M-3 ...).</source>
        <translation>--remove에는 뺄 메시지의 ID(M-3 …)가 필요해요.</translation>
    </message>
    <message>
        <source>The calendar file is not encrypted, and a phone&apos;s calendar often copies its events to an online account. Choose discreet mode if the titles should not show what they are about.</source>
        <translation>캘린더 파일은 암호화되지 않아요. 휴대폰 캘린더는 일정을 온라인 계정에 복사하는 경우가 많아요. 일정 제목으로 무슨 일인지 드러나지 않게 하려면 ‘눈에 띄지 않게’를 골라 주세요(모든 일정 이름이 “약속”이 돼요).</translation>
    </message>
    <message>
        <source>The calendar file is not encrypted, and a phone&apos;s calendar often copies its events to an online account. In discreet mode every event is called “Appointment”, with no details.</source>
        <translation>캘린더 파일은 암호화되지 않고, 휴대폰 캘린더는 일정을 온라인 계정에 복사하는 경우가 많아요. 눈에 띄지 않게 모드에서는 모든 일정이 내용 없이 “약속”으로만 적혀요.</translation>
    </message>
    <message>
        <source>CSV files are not encrypted: anyone who gets them can read them. Please keep them somewhere only you and the people you give them to can reach, such as your own USB stick.</source>
        <translation>CSV 파일은 암호화되지 않아요. 파일을 가진 사람은 누구나 읽을 수 있어요. 본인과 파일을 건넬 사람만 열어 볼 수 있는 곳(예: 본인의 USB 메모리)에 보관해 주세요.</translation>
    </message>
    <message>
        <source>The deletion list is saved as a PDF or a CSV file: please name it .pdf or .csv.</source>
        <translation>삭제지원 요청 목록은 PDF나 CSV 파일로 저장해요. 파일 이름 끝을 .pdf나 .csv로 해 주세요.</translation>
    </message>
    <message>
        <source>Incident I-{incident} has no link number {n}.</source>
        <translation>사건 I-{incident}에는 {n}번 게시물 주소가 없어요.</translation>
    </message>
    <message>
        <source>Evidence item E-{id} is in the bin or no longer kept, so it has no exhibit.</source>
        <translation>휴지통에 있거나 더 이상 보관하지 않는 증거라서 고소장 참고자료의 증거 번호가 없어요 (E-{id}).</translation>
    </message>
    <message>
        <source>{label} ({korean}) is already given to another item (or to one no longer kept), so it cannot be given again. Please choose a free number.</source>
        <translation>{korean}({label})은(는) 이미 다른 증거(또는 더 이상 보관하지 않는 증거)에 붙어 있는 번호라서 다시 쓸 수 없어요. 비어 있는 번호를 골라 주세요.</translation>
    </message>
    <message>
        <source>An exhibit number is a whole number from 1, and a branch one from 0.</source>
        <translation>증거번호는 1부터, 가지번호는 0부터 시작하는 정수예요.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this case file, so no backup was made. Please type the passphrase you unlock Quietcase with, or give the backup its own passphrase.</source>
        <translation>이 사건 파일의 비밀번호가 아니어서 백업을 만들지 않았어요. Quietcase 잠금을 해제할 때 쓰는 비밀번호를 입력하거나, 백업용 비밀번호를 따로 정해 주세요.</translation>
    </message>
    <message>
        <source>Please give the first day, the last day, or both, of the period to include.</source>
        <translation>넣을 기간의 시작일이나 종료일, 또는 둘 다 적어 주세요.</translation>
    </message>
    <message>
        <source>Please tick at least one incident to include.</source>
        <translation>넣을 사건을 하나 이상 골라 주세요.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type the password again.</source>
        <translation>두 번 입력한 비밀번호가 서로 달라요. 비밀번호를 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>file not included in the export</source>
        <translation>내보내기에 포함되지 않은 파일</translation>
    </message>
    <message>
        <source>file not included in the export (too large for its settings)</source>
        <translation>내보내기에 포함되지 않은 파일 (내보내기 설정의 크기 제한을 넘음)</translation>
    </message>
    <message>
        <source>file was not available when exported</source>
        <translation>내보낼 때 받을 수 없었던 파일</translation>
    </message>
    <message>
        <source>file named in the export but not in its folder</source>
        <translation>내보내기에 이름은 있지만 폴더에 없는 파일</translation>
    </message>
    <message>
        <source>file pointing outside the export folder (it was not read)</source>
        <translation>내보내기 폴더 밖을 가리키는 파일 (읽지 않았어요)</translation>
    </message>
    <message>
        <source>file never downloaded on the phone, so not in the export</source>
        <translation>휴대폰에서 내려받지 않아 내보내기에 없는 파일</translation>
    </message>
    <message>
        <source>file inside the export&apos;s ZIP, kept as part of the ZIP (not unpacked)</source>
        <translation>내보내기 ZIP 안의 파일이에요. ZIP의 일부로 보관해요 (풀지 않아요)</translation>
    </message>
    <message>
        <source>Where this message begins or ends is a guess: a line of it looks like the start of another message.</source>
        <translation>이 메시지가 어디서 시작하고 끝나는지는 추정이에요: 한 줄이 다른 메시지의 시작처럼 보여요.</translation>
    </message>
    <message>
        <source>It ends at 500 characters: the phone&apos;s export may have cut it.</source>
        <translation>500자에서 끝나요: 휴대폰 내보내기가 잘랐을 수 있어요.</translation>
    </message>
    <message>
        <source>Lines the reader did not understand, kept as written.</source>
        <translation>읽어 내지 못한 줄이에요. 적힌 그대로 보관했어요.</translation>
    </message>
    <message>
        <source>This time happens twice (or never) in the chosen time zone.</source>
        <translation>고른 시간대에서 이 시각은 두 번 있거나 없는 시각이에요.</translation>
    </message>
    <message>
        <source>The export does not name this message&apos;s file: it was matched to one of the export&apos;s files by their times, where no other match was possible.</source>
        <translation>내보내기에는 이 메시지의 파일 이름이 없어요. 다르게 짝지을 수 없을 때만, 시각을 보고 내보내기의 파일 하나와 짝지었어요.</translation>
    </message>
    <message>
        <source>Line {first} of the export, as written: {written}</source>
        <translation>내보내기 {first}번째 줄, 적힌 그대로: {written}</translation>
    </message>
    <message>
        <source>Lines {first} to {last} of the export, as written: {written}</source>
        <translation>내보내기 {first}~{last}번째 줄, 적힌 그대로: {written}</translation>
    </message>
    <message>
        <source>{who} created the group</source>
        <translation>그룹을 만든 사람: {who}</translation>
    </message>
    <message>
        <source>{who} created the channel</source>
        <translation>채널을 만든 사람: {who}</translation>
    </message>
    <message>
        <source>{who} added members</source>
        <translation>멤버를 초대한 사람: {who}</translation>
    </message>
    <message>
        <source>{who} removed members</source>
        <translation>멤버를 내보낸 사람: {who}</translation>
    </message>
    <message>
        <source>{who} joined by an invite link</source>
        <translation>초대 링크로 들어온 사람: {who}</translation>
    </message>
    <message>
        <source>{who} joined after asking</source>
        <translation>요청해서 들어온 사람: {who}</translation>
    </message>
    <message>
        <source>{who} pinned a message</source>
        <translation>메시지를 고정한 사람: {who}</translation>
    </message>
    <message>
        <source>{who} changed the group&apos;s name</source>
        <translation>그룹 이름을 바꾼 사람: {who}</translation>
    </message>
    <message>
        <source>{who} changed the group&apos;s picture</source>
        <translation>그룹 사진을 바꾼 사람: {who}</translation>
    </message>
    <message>
        <source>{who} removed the group&apos;s picture</source>
        <translation>그룹 사진을 지운 사람: {who}</translation>
    </message>
    <message>
        <source>The group was upgraded</source>
        <translation>그룹이 슈퍼그룹으로 바뀌었어요</translation>
    </message>
    <message>
        <source>{who} cleared the history</source>
        <translation>대화 기록을 지운 사람: {who}</translation>
    </message>
    <message>
        <source>{who}: {action}</source>
        <translation>{who}: {action}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <source>In reply to {name}: {text}</source>
        <translation>{name}에게 답장: {text}</translation>
    </message>
    <message>
        <source>In reply to a message that is not in this export</source>
        <translation>이 내보내기에 없는 메시지에 답장함</translation>
    </message>
    <message>
        <source>(a picture or file)</source>
        <translation>(사진이나 파일)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>확인한 적 없음</translation>
    </message>
    <message>
        <source>Not checked for more than 30 days: it may be worth looking again.</source>
        <translation>30일 넘게 확인하지 않았어요. 다시 한번 살펴봐도 좋아요.</translation>
    </message>
    <message>
        <source>Quietcase stopped reading {name}: it took far longer than an export of its size should, so it may not be a real Telegram export. Nothing was changed.</source>
        <translation>{name}을(를) 읽는 데 이 크기의 내보내기라면 걸릴 시간보다 훨씬 오래 걸려서 Quietcase가 읽기를 멈췄어요. 실제 텔레그램 내보내기가 아닐 수 있어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Quietcase stopped reading {name}: reading it needed far more memory than an export of its size should, so it may not be a real Telegram export. Nothing was changed.</source>
        <translation>{name}을(를) 읽는 데 이 크기의 내보내기라면 필요할 메모리보다 훨씬 많이 필요해서 Quietcase가 읽기를 멈췄어요. 실제 텔레그램 내보내기가 아닐 수 있어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>“{text}” is not a custody head: it is 64 letters and digits (0-9, a-f), as printed on a summary or in a bundle&apos;s README. You can also give the bundle itself.</source>
        <translation>“{text}”은(는) 보관 기록 최종 해시가 아니에요. 최종 해시는 요약서나 증거 묶음의 README에 인쇄된 64자리 글자와 숫자(0-9, a-f)예요. 증거 묶음 파일을 그대로 지정해도 돼요.</translation>
    </message>
    <message>
        <source>{name} is not a Quietcase bundle (or its manifest.json) that names a custody head.</source>
        <translation>{name}은(는) 보관 기록 최종 해시가 적힌 Quietcase 증거 묶음(또는 그 manifest.json)이 아니에요.</translation>
    </message>
    <message>
        <source>From the KakaoTalk export {export}: {path}</source>
        <translation>카카오톡 내보내기 {export}에서: {path}</translation>
    </message>
    <message>
        <source>Messages imported from a KakaoTalk export ({export}); times read in the time zone {zone}.</source>
        <translation>카카오톡 내보내기({export})에서 가져온 메시지. 시각은 {zone} 시간대 기준.</translation>
    </message>
    <message>
        <source>KakaoTalk: {chat}</source>
        <translation>카카오톡: {chat}</translation>
    </message>
    <message>
        <source>{name} is not a KakaoTalk chat export that Quietcase can read (no KakaoTalk header or message lines were found in it). Please choose the .txt or .csv file KakaoTalk saved, or the folder or ZIP file of an Android export with all messages.</source>
        <translation>{name}은(는) Quietcase가 읽을 수 있는 카카오톡 대화 내보내기가 아니에요 (카카오톡 머리말이나 메시지 줄이 없어요). 카카오톡이 저장한 .txt 또는 .csv 파일, 또는 안드로이드 ‘모든 메시지’ 내보내기의 폴더나 ZIP 파일을 골라 주세요.</translation>
    </message>
    <message>
        <source>{name} could not be read as text: it is neither UTF-8, UTF-16 nor CP949 (EUC-KR), the encodings KakaoTalk writes. Nothing was changed.</source>
        <translation>{name}을(를) 글자로 읽지 못했어요: 카카오톡이 쓰는 인코딩인 UTF-8, UTF-16, CP949(EUC-KR) 어느 것도 아니에요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <source>{name} was read as {encoding} (detected from its bytes).</source>
        <translation>{name}은(는) {encoding}(으)로 읽었어요 (파일의 바이트로 알아냈어요).</translation>
    </message>
    <message>
        <source>{count} messages may have been split in the wrong place: a line inside a message looked like the start of another one. They are marked; the lines are kept as written.</source>
        <translation>메시지 {count}개는 잘못된 곳에서 나뉘었을 수 있어요: 메시지 안의 한 줄이 다른 메시지의 시작처럼 보였어요. 표시해 두었고, 줄은 적힌 그대로 보관했어요.</translation>
    </message>
    <message>
        <source>{count} messages end at exactly 500 characters: KakaoTalk&apos;s phone exports cut long messages there, so they may be longer in the chat itself. They are marked.</source>
        <translation>메시지 {count}개가 정확히 500자에서 끝나요: 카카오톡 휴대폰 내보내기는 긴 메시지를 거기서 자르기 때문에, 실제 대화에서는 더 길 수 있어요. 표시해 두었어요.</translation>
    </message>
    <message>
        <source>{count} photos or videos named only as 사진/Photo were matched to files of the export by their times, where no other match was possible. They are marked as matched by time.</source>
        <translation>&apos;사진&apos;/&apos;Photo&apos;로만 적힌 사진·동영상 {count}개를, 다르게 짝지을 수 없을 때만 시각을 보고 내보낸 대화의 파일과 짝지었어요. 시각으로 짝지었다고 표시해 두었어요.</translation>
    </message>
    <message>
        <source>{count} lines could not be read as messages. They are kept as written, marked as not understood.</source>
        <translation>{count}줄은 메시지로 읽지 못했어요. 적힌 그대로 보관하고, 읽지 못한 줄로 표시했어요.</translation>
    </message>
    <message>
        <source>Nobody wrote as &quot;{sender}&quot; in the chat &quot;{chat}&quot;.</source>
        <translation>대화방 “{chat}”에 “{sender}”(이)라는 이름으로 쓴 사람이 없어요.</translation>
    </message>
    <message>
        <source>There is no imported chat {chat}.</source>
        <translation>가져온 대화방 {chat}이(가) 없어요.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Please give one like Asia/Seoul or Europe/Berlin, or leave it empty for the computer&apos;s own.</source>
        <translation>이 컴퓨터가 모르는 시간대예요: “{name}”. Asia/Seoul이나 Europe/Berlin처럼 적거나, 이 컴퓨터의 시간대를 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <source>no preview: the file could not be drawn (the file itself is kept unchanged)</source>
        <translation>미리 보기 없음: 미리 보기를 만들 수 없었어요 (파일은 바뀌지 않고 그대로 보관돼요)</translation>
    </message>
    <message>
        <source>no preview: sound only, there is no picture in it</source>
        <translation>미리 보기 없음: 음성만 있고 화면은 없어요</translation>
    </message>
    <message>
        <source>too large to preview: the file itself is kept unchanged</source>
        <translation>미리 보기 없음: 미리 보기를 만들기에는 너무 큰 파일이에요. 파일은 바뀌지 않고 그대로 보관돼요</translation>
    </message>
    <message>
        <source>{record_id} was not deleted, or can no longer be brought back: deletions become final when Quietcase&apos;s window closes the case file.</source>
        <translation>{record_id} 기록은 삭제된 적이 없거나 더는 되살릴 수 없어요. Quietcase 창이 사건 파일을 닫으면 삭제가 확정돼요.</translation>
    </message>
    <message>
        <source>{option} does not belong to {record_id}. It can change: {options}.</source>
        <translation>{option} 항목은 {record_id} 기록에 없어요. 바꿀 수 있는 항목: {options}.</translation>
    </message>
    <message>
        <source>Nothing to change: please give at least one option, such as {options}.</source>
        <translation>바꿀 내용이 없어요. 다음 중 하나 이상을 주세요: {options}.</translation>
    </message>
    <message>
        <source>{record_id} cannot be changed or deleted: chat messages stay as they were imported.</source>
        <translation>{record_id} 기록은 고치거나 삭제할 수 없어요. 대화 메시지는 가져온 그대로 남아요.</translation>
    </message>
    <message>
        <source>Please give an incident and an evidence item, contact, request or deadline, such as E-4 I-2 (given: {first} {second}).</source>
        <translation>사건 하나와, 증거·관계인·신고·요청·기한 중 하나를 E-4 I-2처럼 주세요 (받은 것: {first} {second}).</translation>
    </message>
    <message>
        <source>A deadline belongs to one incident: please give --incident once.</source>
        <translation>기한은 사건 하나에만 연결돼요. --incident는 한 번만 주세요.</translation>
    </message>
    <message>
        <source>date checked</source>
        <translation>확인한 날</translation>
    </message>
    <message>
        <source>Saving was stopped, so nothing was saved. What you wrote and added is still here.</source>
        <translation>저장을 멈춰서 아무것도 저장되지 않았어요. 쓰고 추가한 내용은 그대로 있어요.</translation>
    </message>
    <message>
        <source>Pasted screenshot {when}.png</source>
        <translation>붙여 넣은 캡처 {when}.png</translation>
    </message>
    <message>
        <source>That is not the passphrase this case file opens with now. Nothing was changed.</source>
        <translation>이 사건 파일을 지금 여는 비밀번호가 아니에요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you use now. Nothing was changed.</source>
        <translation>새 비밀번호가 지금 쓰는 비밀번호와 같아요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>It cannot be played on this computer.</source>
        <translation>이 컴퓨터에서는 재생할 수 없어요.</translation>
    </message>
    <message>
        <source>It opened, but did not play.</source>
        <translation>파일은 열렸지만 재생되지 않았어요.</translation>
    </message>
    <message>
        <source>It plays: video, {length}.</source>
        <translation>재생돼요: 동영상, {length}.</translation>
    </message>
    <message>
        <source>It plays: sound, {length}.</source>
        <translation>재생돼요: 음성, {length}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>This is what you were writing when Quietcase locked. Nothing was lost; save it when you are ready.</source>
        <translation>Quietcase가 잠길 때 쓰고 있던 내용이에요. 잃어버린 것은 없어요. 준비되면 저장해 주세요.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 내용</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. What would you like to do?</source>
        <translation>아직 저장하지 않은 내용이 있어요. 어떻게 할까요?</translation>
    </message>
    <message>
        <source>Save them</source>
        <translation>저장하기</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 쓰기</translation>
    </message>
</context>
<context>
    <name>RecordingEditor</name>
    <message>
        <source>Saving, with the files you added…</source>
        <translation>추가한 파일과 함께 저장하고 있어요…</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Never</source>
        <translation>알리지 않기</translation>
    </message>
    <message numerus="yes">
        <source>When my last backup is more than %n day(s) old</source>
        <translation>
            <numerusform>마지막 백업 뒤 %n일이 지나면</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <source>What goes in</source>
        <translation>넣을 내용</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>사건 전체</translation>
    </message>
    <message>
        <source>Only a period of time</source>
        <translation>정한 기간만</translation>
    </message>
    <message>
        <source>Only the incidents I choose</source>
        <translation>고른 사건만</translation>
    </message>
    <message>
        <source>From, e.g. 2024-03</source>
        <translation>시작일 (예: 2024-03)</translation>
    </message>
    <message>
        <source>Until, e.g. 2024-06</source>
        <translation>종료일 (예: 2024-06)</translation>
    </message>
    <message>
        <source>Period from (date)</source>
        <translation>기간 시작 날짜</translation>
    </message>
    <message>
        <source>Period until (date)</source>
        <translation>기간 끝 날짜</translation>
    </message>
    <message>
        <source>Incidents to include</source>
        <translation>넣을 사건</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Summary in your words</source>
        <translation>직접 쓴 요약</translation>
    </message>
    <message>
        <source>Timeline of incidents</source>
        <translation>사건 경위 (시간순)</translation>
    </message>
    <message>
        <source>Evidence register</source>
        <translation>증거 목록</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>How to check the files</source>
        <translation>파일 확인 방법</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>개인 메모도 넣기</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>e.g. Images shared without my consent</source>
        <translation>예: 동의 없이 유포된 사진</translation>
    </message>
    <message>
        <source>Your name, or a name you choose</source>
        <translation>이름 또는 가명</translation>
    </message>
    <message>
        <source>A few sentences about what happened, in your own words (optional).</source>
        <translation>원하면 있었던 일을 내 말로 몇 문장 적을 수 있어요. 비워 둬도 괜찮아요.</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>흐림 처리됨</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>넣지 않기</translation>
    </message>
    <message>
        <source>Shown as they are</source>
        <translation>그대로 보이기</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Name on it</source>
        <translation>표지에 넣을 이름</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>비밀번호 (선택)</translation>
    </message>
    <message>
        <source>With a password, the saved PDF is encrypted (AES-256): nobody can open it without the password. Tell it to the person you give it to in another way, not in the same email.</source>
        <translation>비밀번호를 정하면 저장한 PDF가 암호화(AES-256)되어 비밀번호 없이는 아무도 열 수 없어요. 받는 사람에게는 비밀번호를 같은 이메일이 아닌 다른 방법으로 알려 주세요.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>PDF 비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message numerus="yes">
        <source>Chat messages you chose (%n)</source>
        <translation>
            <numerusform>고른 대화 메시지 (%n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for the PDF, again</source>
        <translation>PDF 비밀번호 한 번 더 입력</translation>
    </message>
    <message>
        <source>Choose messages in a chat&apos;s view to put them in the summary.</source>
        <translation>대화방 화면에서 메시지를 고르면 요약서에 넣을 수 있어요.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>요약서·문서</translation>
    </message>
    <message>
        <source>Make a clear summary of your case to give to a lawyer, the police or a support centre. The preview stays inside Quietcase; nothing leaves this computer unless you save or print it.</source>
        <translation>변호사, 경찰, 지원센터에 건넬 사건 요약서를 만들어요. 미리 보기는 Quietcase 안에서만 보이고, 저장하거나 인쇄하지 않는 한 아무것도 이 컴퓨터 밖으로 나가지 않아요.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Make a bundle for counsel…</source>
        <translation>변호사용 증거 묶음 만들기…</translation>
    </message>
    <message>
        <source>A ZIP file with this summary, your evidence files exactly as stored, and the lists a lawyer needs to check each file&apos;s SHA-256.</source>
        <translation>이 요약서, 보관한 그대로의 증거 파일, 그리고 변호사가 파일마다 SHA-256 해시값을 확인할 수 있는 목록을 담은 ZIP 파일이에요.</translation>
    </message>
    <message>
        <source>Choose what goes in, then press Preview to see the summary here.</source>
        <translation>넣을 내용을 고른 뒤 ‘미리 보기’를 누르면 여기에 요약서가 보여요.</translation>
    </message>
    <message>
        <source>← Change what goes in</source>
        <translation>← 넣을 내용 바꾸기</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>사건 요약서</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>다른 문서</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>미리 보기를 만드는 중이에요…</translation>
    </message>
    <message>
        <source>The preview could not be shown. You can still save the PDF.</source>
        <translation>미리 보기를 보여 드리지 못했어요. PDF 저장은 그대로 할 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). This preview is only on your screen: nothing has been saved.</source>
        <translation>
            <numerusform>%n쪽이에요. 이 미리 보기는 화면에만 있고, 아무것도 저장하지 않았어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices have changed: press Preview to see them.</source>
        <translation>고른 내용이 바뀌었어요. ‘미리 보기’를 눌러 확인해 주세요.</translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation>사건 요약서 인쇄</translation>
    </message>
    <message>
        <source>The printer did not start. Nothing was printed.</source>
        <translation>프린터가 시작되지 않았어요. 아무것도 인쇄하지 않았어요.</translation>
    </message>
    <message>
        <source>Sent to the printer. This is noted in the case&apos;s custody log.</source>
        <translation>프린터로 보냈어요. 인쇄한 사실은 보관 기록에 남겨 두었어요.</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>저장하기 전에</translation>
    </message>
    <message>
        <source>Save the case summary as</source>
        <translation>사건 요약서 저장</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>저장하기</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>Saving the case summary…</source>
        <translation>사건 요약서를 저장하는 중이에요…</translation>
    </message>
    <message>
        <source> It opens only with the password.</source>
        <translation> 비밀번호가 있어야만 열 수 있어요.</translation>
    </message>
    <message>
        <source>Saved as {path} ({size}).</source>
        <translation>저장했어요 ({size}): {path}</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>증거 묶음 저장</translation>
    </message>
    <message>
        <source>Make the bundle</source>
        <translation>증거 묶음 만들기</translation>
    </message>
    <message>
        <source>Making the evidence bundle…</source>
        <translation>증거 묶음을 만드는 중이에요…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is saved as {path} ({size}, %n evidence file(s)).</source>
        <translation>
            <numerusform>증거 묶음을 저장했어요 ({size}, 증거 %n건): {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>멈췄어요. 아무것도 저장하지 않았어요.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation>신고·요청 수정</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>신고·요청 추가</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(고르지 않음)</translation>
    </message>
    <message>
        <source>Their reference or case number</source>
        <translation>받은 곳의 접수번호나 사건번호</translation>
    </message>
    <message>
        <source>What was asked, what they answered</source>
        <translation>무엇을 요청했고 어떤 답을 받았는지</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>제목(&amp;S)</translation>
    </message>
    <message>
        <source>Sent &amp;to</source>
        <translation>보낸 곳(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>접수번호(&amp;R)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>상태(&amp;A)</translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation>보낸 날(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>다시 확인할 날(&amp;F)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>관련 사건</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>신고·요청</translation>
    </message>
    <message>
        <source>What you have asked of others: takedowns, police reports, help from a support centre. Highlighted rows are due for a follow-up.</source>
        <translation>다른 곳에 한 신고와 요청이에요. 삭제 요청, 경찰 신고·고소, 지원센터에 한 지원 신청 등을 적어 둘 수 있어요. 색으로 표시된 줄은 다시 확인할 때가 된 요청이에요.</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>신고·요청 추가</translation>
    </message>
    <message>
        <source>No requests yet. When you ask a platform, the police or a support centre for something, keep a note of it here.</source>
        <translation>아직 신고·요청이 없어요. 플랫폼, 경찰, 지원센터에 무언가를 요청하면 여기에 적어 두세요.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원하기</translation>
    </message>
    <message>
        <source>To restore, Quietcase locks this case file (it stays exactly as it is) and makes a new case file from the backup. Go on?</source>
        <translation>복원하려면 Quietcase가 지금 사건 파일을 잠그고(파일은 그대로 남아요) 백업으로 새 사건 파일을 만들어요. 계속할까요?</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>잠그고 복원하기</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>복원할 백업 고르기</translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation>새 사건 파일을 둘 곳</translation>
    </message>
    <message>
        <source>Please choose the backup to restore.</source>
        <translation>복원할 백업을 골라 주세요.</translation>
    </message>
    <message>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>백업 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>백업을 확인하고 복원하는 중이에요…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was restored or left behind.</source>
        <translation>멈췄어요. 복원한 것도, 남은 파일도 없어요.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원하기</translation>
    </message>
    <message>
        <source>Quietcase checks the backup first, then makes a new case file from it and opens it. The backup itself is not changed, and no file is ever replaced.</source>
        <translation>Quietcase가 먼저 백업을 확인한 뒤, 그 백업으로 새 사건 파일을 만들어 열어요. 백업은 바뀌지 않고, 어떤 파일도 덮어쓰지 않아요.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Give the restored case file a new passphrase</source>
        <translation>복원한 사건 파일에 새 비밀번호 정하기</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>백업 비밀번호</translation>
    </message>
    <message>
        <source>Save the new case file as</source>
        <translation>새 사건 파일 저장 위치</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원하기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Type a word or part of a word. Every word must match.</source>
        <translation>단어나 단어의 일부를 입력해 주세요. 입력한 단어가 모두 들어 있는 기록을 찾아요.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try fewer or shorter words.</source>
        <translation>“{query}” 검색 결과가 없어요. 단어 수를 줄이거나 더 짧게 입력해 보세요.</translation>
    </message>
    <message>
        <source>Found in many records. Add a word to narrow it down.</source>
        <translation>많은 기록에서 찾았어요. 단어를 더 입력하면 결과를 좁힐 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Found in %Ln records. Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>기록 %Ln건에서 찾았어요. Enter를 누르거나 두 번 클릭하면 열려요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %Ln</source>
        <translation>
            <numerusform>처음 %Ln건만 보여요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SenderNaming</name>
    <message>
        <source>“{sender}” is now one of the IDs of {name} (C-{id}), who is linked to the chat&apos;s incident.</source>
        <translation>이제 “{sender}”는 {name}(C-{id})의 아이디 중 하나예요. 이 관계인을 대화의 사건에 연결했어요.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>컴퓨터 설정 따르기</translation>
    </message>
    <message>
        <source>Takes effect the next time Quietcase starts.</source>
        <translation>Quietcase를 다시 시작하면 적용돼요.</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>Larger still</source>
        <translation>더 크게</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>가장 크게</translation>
    </message>
    <message>
        <source>Changes at once. Quietcase also follows a larger text size set for the whole computer.</source>
        <translation>바로 바뀌어요. 컴퓨터 전체에서 글자를 크게 설정했다면 Quietcase도 그 크기를 따라요.</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>컴퓨터 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝은 화면</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어두운 화면</translation>
    </message>
    <message>
        <source>Changes at once.</source>
        <translation>바로 바뀌어요.</translation>
    </message>
    <message>
        <source>When nobody has used Quietcase for this long, it locks itself. Anything you were writing is kept, encrypted, and comes back when you unlock.</source>
        <translation>이 시간 동안 Quietcase를 쓰지 않으면 저절로 잠겨요. 쓰던 내용은 암호화해서 보관하고, 잠금을 해제하면 다시 보여 드려요.</translation>
    </message>
    <message>
        <source>Remember the case files I open on this computer</source>
        <translation>이 컴퓨터에서 연 사건 파일 기억하기</translation>
    </message>
    <message>
        <source>Forget the list now</source>
        <translation>지금 목록 지우기</translation>
    </message>
    <message>
        <source>Only where the files are is remembered, never what is in them. If someone else uses this computer, you may prefer to turn this off.</source>
        <translation>파일이 있는 위치만 기억하고, 파일 안의 내용은 절대 기억하지 않아요. 다른 사람도 이 컴퓨터를 쓴다면 꺼 두는 편이 나을 수 있어요.</translation>
    </message>
    <message>
        <source>Shift pressed three times</source>
        <translation>Shift 세 번 누르기</translation>
    </message>
    <message>
        <source>Quietcase</source>
        <translation>Quietcase</translation>
    </message>
    <message>
        <source>Hide covers Quietcase at once, locks it and minimises the window. The title is what the taskbar shows, for example “Notes”. Hiding does not remove the traces the computer itself keeps (such as a list of programs that ran), and it cannot protect against monitoring software on this computer.</source>
        <translation>숨기기를 누르면 Quietcase를 바로 가리고 잠근 뒤 창을 최소화해요. 창 제목은 작업 표시줄에 보이는 이름이에요 (예: “메모”). 숨겨도 컴퓨터가 스스로 남기는 흔적(실행한 프로그램 목록 등)은 지워지지 않고, 이 컴퓨터에 있는 감시 프로그램을 막을 수는 없어요.</translation>
    </message>
    <message>
        <source>Show pictures without blurring them first</source>
        <translation>사진을 흐리게 하지 않고 바로 보기</translation>
    </message>
    <message>
        <source>Off is gentler: pictures stay blurred until you choose to look at one. Pictures you reveal are blurred again when Quietcase locks.</source>
        <translation>꺼 두는 편이 마음에 덜 부담돼요. 사진은 직접 열어 보기 전까지 흐리게 가려져 있어요. 본 사진도 Quietcase가 잠기면 다시 흐려져요.</translation>
    </message>
    <message>
        <source>After {n} seconds</source>
        <translation>{n}초 뒤</translation>
    </message>
    <message>
        <source>What you copy from Quietcase is marked as private for clipboard history tools, and cleared after this time, when Quietcase locks, and when it closes.</source>
        <translation>Quietcase에서 복사한 내용은 클립보드 기록 도구에 비공개로 표시되고, 이 시간이 지나거나 Quietcase가 잠기거나 닫히면 지워져요.</translation>
    </message>
    <message>
        <source>Every time in your documents is shown in this zone, and the document says which it is. Kept in this case file. For a Korean lawyer or support centre: Asia/Seoul.</source>
        <translation>문서의 모든 시각을 이 시간대로 보여 주고, 문서에 어느 시간대인지 적어요. 이 사건 파일에 저장돼요. 한국의 변호사나 지원센터에 낼 때는 Asia/Seoul을 고르세요.</translation>
    </message>
    <message>
        <source>Show private notes in the timeline</source>
        <translation>타임라인에서 개인 메모 보기</translation>
    </message>
    <message>
        <source>Remember my passphrase in the system keychain</source>
        <translation>시스템 키체인에 비밀번호 기억하기</translation>
    </message>
    <message>
        <source>Anyone who can use your account on this computer could then open the case file without the passphrase. Off unless you turn it on.</source>
        <translation>켜 두면 이 컴퓨터에서 내 계정을 쓸 수 있는 사람은 누구나 비밀번호 없이 사건 파일을 열 수 있어요. 직접 켜기 전에는 꺼져 있어요.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>비밀번호 바꾸기…</translation>
    </message>
    <message>
        <source>For this case file, if someone may have seen or guessed it. Backups made before keep the old passphrase.</source>
        <translation>누군가 비밀번호를 봤거나 알아냈을 수 있다면 이 사건 파일의 비밀번호를 바꿔 주세요. 전에 만든 백업은 이전 비밀번호를 그대로 써요.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>화면 모드</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>자동 잠금</translation>
    </message>
    <message>
        <source>Quick-hide key</source>
        <translation>바로 숨기기 키</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>창 제목</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Clear copied text</source>
        <translation>복사한 내용 지우기</translation>
    </message>
    <message>
        <source>Time zone of documents</source>
        <translation>문서의 시간대</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Quick unlock</source>
        <translation>빠른 잠금 해제</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>최근 사건 파일</translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation>이 컴퓨터에서의 기록</translation>
    </message>
    <message>
        <source>When this case file was unlocked here, and when a wrong passphrase was typed (times only, newest first).</source>
        <translation>이 컴퓨터에서 사건 파일의 잠금을 해제한 때와 틀린 비밀번호가 입력된 때예요(시각만, 최근 것부터).</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>잠금 해제했어요</translation>
    </message>
    <message>
        <source>wrong passphrase typed</source>
        <translation>틀린 비밀번호가 입력됐어요</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>아직 없어요.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes</source>
        <translation>
            <numerusform>%n분 뒤</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
    <message>
        <source>These settings could not be saved on this computer; they apply until Quietcase closes.</source>
        <translation>이 컴퓨터에 설정을 저장하지 못했어요. Quietcase를 닫을 때까지만 적용돼요.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Filter this list</source>
        <translation>이 목록에서 찾기</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>{total}건 중 {shown}건 표시</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>deepfake, re-upload, 유포협박</source>
        <translation>딥페이크, 재유포, 유포협박</translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>The export&apos;s folder…</source>
        <translation>내보내기 폴더…</translation>
    </message>
    <message>
        <source>Its result.json or messages.html…</source>
        <translation>result.json 또는 messages.html 파일…</translation>
    </message>
    <message>
        <source>Choose the folder of a Telegram export</source>
        <translation>텔레그램에서 내보낸 폴더 고르기</translation>
    </message>
    <message>
        <source>Choose result.json or messages.html of a Telegram export</source>
        <translation>텔레그램에서 내보낸 result.json 또는 messages.html 고르기</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>내보낸 파일을 읽는 중이에요…</translation>
    </message>
    <message>
        <source>Importing the Telegram export… You can keep working, or cancel.</source>
        <translation>텔레그램 대화를 가져오는 중이에요… 다른 일을 계속하거나 취소할 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln new messages ({known} were already in your case); {stored} pictures and files kept, {missing} not included in the export.</source>
        <translation>
            <numerusform>“{name}”: 새 메시지 %Ln개 (이미 있던 메시지 {known}개), 보관한 사진·파일 {stored}개, 내보내기에 포함되지 않은 파일 {missing}개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln messages; {stored} pictures and files kept, {missing} not included in the export.</source>
        <translation>
            <numerusform>“{name}”: 메시지 %Ln개, 보관한 사진·파일 {stored}개, 내보내기에 포함되지 않은 파일 {missing}개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256 ({known} were already in your case and were not stored twice).</source>
        <translation>
            <numerusform>내보낸 파일 %Ln개를 증거로 보관했어요. 파일마다 SHA-256 해시값을 기록했어요 (이미 있던 {known}개는 두 번 보관하지 않았어요).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of the export are now evidence, each with its SHA-256.</source>
        <translation>
            <numerusform>내보낸 파일 %Ln개를 증거로 보관했어요. 파일마다 SHA-256 해시값을 기록했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small faults of the export were repaired while reading it: {what}</source>
        <translation>읽으면서 내보내기의 작은 오류를 고쳤어요: {what}</translation>
    </message>
    <message>
        <source>Pictures stay blurred until you choose to look.</source>
        <translation>사진은 직접 열어 보기 전까지 흐리게 가려져 있어요.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Everything that happened, in time order. Dates you only roughly remember are shown as you wrote them.</source>
        <translation>있었던 일을 모두 시간 순서대로 보여 줘요. 대략만 기억나는 날짜는 적은 그대로 보여 줘요.</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>있었던 일 기록하기</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When you feel ready, press “Record what happened”. A title is enough to start; you can add the rest later.</source>
        <translation>아직 기록한 내용이 없어요.

준비가 되면 ‘있었던 일 기록하기’를 눌러 주세요. 제목만 적어도 시작할 수 있고, 나머지는 나중에 채워도 돼요.</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 관계인</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Happened from (date)</source>
        <translation>일어난 날짜: 시작</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Happened until (date)</source>
        <translation>일어난 날짜: 끝</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Quick record…</source>
        <translation>빠른 기록…</translation>
    </message>
    <message>
        <source>What happened in one line, with screenshots (Ctrl+N)</source>
        <translation>있었던 일을 한 줄로, 캡처와 함께 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Drop screenshots on an incident to add them.</source>
        <translation>캡처를 사건 위에 끌어 놓으면 그 사건에 추가돼요.</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2024, 2024-03, 2024-03-15</source>
        <translation>연도, 월, 날짜: 2024, 2024-03, 2024-03-15</translation>
    </message>
    <message>
        <source>That date cannot be read yet.</source>
        <translation>아직 날짜로 알아볼 수 없어요.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your case file</source>
        <translation>사건 파일 잠금 해제</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>입력한 내용 보기</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Unlock with the system keychain</source>
        <translation>시스템 키체인으로 잠금 해제</translation>
    </message>
    <message>
        <source>Open a different case file</source>
        <translation>다른 사건 파일 열기</translation>
    </message>
    <message>
        <source>Create a new case file</source>
        <translation>새 사건 파일 만들기</translation>
    </message>
    <message>
        <source>in {folder}</source>
        <translation>위치: {folder}</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>잠금을 해제하고 있어요… 잠시만 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Evidence E-{n}</source>
        <translation>증거 E-{n}</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>The PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>The text of the file</source>
        <translation>파일의 텍스트</translation>
    </message>
    <message>
        <source>Show the picture</source>
        <translation>사진 보기</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>다시 흐리게 하기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Turns the view only; the evidence is unchanged.</source>
        <translation>보기만 돌려요. 증거 파일은 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>Save a copy to…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>No preview for this picture: it is too large to show safely. The file itself is kept unchanged, and you can save a copy.</source>
        <translation>이 사진은 미리 보기가 없어요. 너무 커서 안전하게 보여 드릴 수 없어요. 파일은 바뀌지 않고 그대로 보관되며, 사본을 저장할 수 있어요.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: it could not be read as an image.</source>
        <translation>이미지로 열 수 없는 파일이라 보여 드릴 수 없어요.</translation>
    </message>
    <message>
        <source>Quietcase cannot show this kind of file. You can save a copy.</source>
        <translation>Quietcase에서는 이런 형식의 파일을 보여 드릴 수 없어요. 사본을 저장할 수 있어요.</translation>
    </message>
    <message>
        <source>Show the video</source>
        <translation>동영상 보기</translation>
    </message>
    <message>
        <source>The video is blurred. Show it only when you feel ready.</source>
        <translation>동영상을 흐리게 가려 두었어요. 마음의 준비가 됐을 때만 보세요.</translation>
    </message>
    <message>
        <source>Quietcase cannot play this file: this computer has no decoder for the way it was recorded, or the file is damaged. The file itself is kept unchanged. You can save a copy and play it with another program; that program may keep its own traces, such as a list of recent files.</source>
        <translation>Quietcase에서 이 파일을 재생할 수 없어요. 이 컴퓨터에 이 녹음·녹화 방식을 풀어 줄 코덱이 없거나, 파일이 손상되었어요. 파일은 바뀌지 않고 그대로 보관돼요. 사본을 저장해서 다른 프로그램으로 재생할 수 있어요. 그 프로그램은 최근 파일 목록 같은 흔적을 남길 수 있어요.</translation>
    </message>
    <message>
        <source>The picture is blurred. Show it only when you feel ready.</source>
        <translation>사진을 흐리게 가려 두었어요. 마음의 준비가 됐을 때 보셔도 돼요.</translation>
    </message>
    <message>
        <source>The picture, blurred</source>
        <translation>사진, 흐리게 가림</translation>
    </message>
    <message>
        <source>This picture could not be read as an image.</source>
        <translation>이미지로 열 수 없는 파일이에요.</translation>
    </message>
    <message>
        <source>The picture, shown sharp</source>
        <translation>사진, 선명하게 보임</translation>
    </message>
    <message>
        <source>Shown as plain text: web pages are never opened inside Quietcase.</source>
        <translation>일반 텍스트로 보여 드려요. 웹 페이지는 Quietcase 안에서 절대 열지 않아요.</translation>
    </message>
    <message>
        <source>Only the beginning is shown here; the file is kept whole.</source>
        <translation>여기에는 앞부분만 보여요. 파일은 전체가 그대로 보관되어 있어요.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Quietcase</source>
        <translation>Quietcase에 오신 것을 환영해요</translation>
    </message>
    <message>
        <source>Quietcase keeps your case in one encrypted file on this computer: what happened and when, the people involved, the dates you must not miss and the requests you have made. It never goes online, and nobody can open the file without your passphrase. Please choose the passphrase with care and write it down somewhere safe, because nobody can recover a forgotten passphrase, not even the makers of Quietcase.</source>
        <translation>Quietcase는 사건에 관한 기록을 이 컴퓨터의 암호화된 파일 하나에 보관해요. 언제 무슨 일이 있었는지, 관련된 사람, 꼭 챙겨야 할 날짜, 그동안 한 신고와 요청까지요. 인터넷에는 절대 연결하지 않고, 비밀번호 없이는 누구도 이 파일을 열 수 없어요. 비밀번호를 잊으면 Quietcase를 만든 사람들을 포함해 누구도 되찾아 줄 수 없으니, 신중하게 정하고 안전한 곳에 적어 두세요.</translation>
    </message>
    <message>
        <source>Create a new case file</source>
        <translation>새 사건 파일 만들기</translation>
    </message>
    <message>
        <source>Open an existing case file</source>
        <translation>기존 사건 파일 열기</translation>
    </message>
    <message>
        <source>I have a backup</source>
        <translation>백업이 있어요</translation>
    </message>
    <message>
        <source>Make a new case file from a Quietcase backup</source>
        <translation>Quietcase 백업으로 새 사건 파일 만들기</translation>
    </message>
    <message>
        <source>Recently opened on this computer</source>
        <translation>이 컴퓨터에서 최근에 연 파일</translation>
    </message>
    <message>
        <source>Forget this list</source>
        <translation>이 목록 지우기</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is this?</source>
        <translation>이 사람은 누구예요?</translation>
    </message>
    <message>
        <source>Who wrote as “{name}”?</source>
        <translation>“{name}”(으)로 글을 쓴 사람은 누구예요?</translation>
    </message>
    <message>
        <source>The name becomes one of the person&apos;s IDs, and the person is linked to the chat&apos;s incident, so the complaint helper&apos;s table of acts names them. The messages stay as they were.</source>
        <translation>이 이름을 그 사람의 아이디로 추가하고, 그 사람을 대화의 사건에 연결해요. 그러면 고소장 작성 참고자료의 범죄일람표에 그 사람이 나와요. 메시지는 그대로예요.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>관계인</translation>
    </message>
    <message>
        <source>A new person (suspect): “{name}”</source>
        <translation>새 관계인(가해자): “{name}”</translation>
    </message>
    <message>
        <source>{name} · C-{id}</source>
        <translation>{name} · C-{id}</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>연결하기</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝내기</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 꼭 필요해요: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자예요: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>고를 수 없는 값이에요: %(value)r (다음 중에서 골라 주세요: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>올바르지 않은 %(type)s 값이에요: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 필요해요</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 쓸 수 있어요</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요해요</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>어느 옵션인지 분명하지 않아요: %(option)s (%(matches)s 중 하나일 수 있어요)</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>다음 인자 중 하나가 꼭 필요해요: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인자와 함께 쓸 수 없어요</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r 값은 무시했어요</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령이에요: %(parser_name)r (쓸 수 있는 명령: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>열 수 없어요: &apos;%(filename)s&apos; (%(error)s)</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>값이 %s개 필요해요</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>값이 %s개 필요해요</translation>
    </message>
</context>
</TS>
