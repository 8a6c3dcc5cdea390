"""The words of the case summary and the bundle's README, in English and Korean.

The report's language is chosen per export (a Korean summary for a Korean lawyer, an English
one for a foreign platform), independently of the window's language, so the document's own
wording lives here as pairs rather than in Qt's translation files. Korean terms follow
../shared/design/KOREAN-PRACTICE.md (증 제n호증, 입증취지, 접수번호 ...).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from quietcase.app.core import platforms
from quietcase.app.core import zone as zones
from quietcase.storage.dates import When

LANGUAGES = ("en", "ko")

_WORDS: dict[str, tuple[str, str]] = {
    # cover
    "kicker": ("CASE SUMMARY", "사건 요약서"),
    "default_title": ("Case summary", "사건 경위 및 증거 요약"),
    "meta_title": ("Case summary", "사건 요약서"),  # the PDF's metadata: never her words
    "prepared_by": ("Prepared by", "작성자"),
    "report_date": ("Date of this report", "작성일"),
    "scope": ("Covers", "범위"),
    "scope_all": ("the whole case", "사건 전체"),
    "scope_incidents": ("selected incidents: {ids}", "선택한 사건: {ids}"),
    "scope_range": ("incidents from {start} to {end}", "{start}부터 {end}까지의 사건"),
    "scope_from": ("incidents from {start}", "{start} 이후의 사건"),
    "scope_to": ("incidents until {end}", "{end}까지의 사건"),
    "in_numbers": ("In this summary", "요약 내용"),
    "n_incidents": ("Incidents", "사건"),
    "n_evidence": ("Evidence items", "증거"),
    "n_evidence_value": ("{n} ({size})", "{n}건 ({size})"),
    "n_evidence_of": ("{n} of {total} ({size})", "전체 {total}건 중 {n}건 ({size})"),
    "n_contacts": ("Contacts", "관계인"),
    "n_requests": ("Requests and reports", "신고·요청"),
    "n_deadlines": ("Deadlines", "기한"),
    "count": ("{n}", "{n}건"),
    "count_people": ("{n}", "{n}명"),
    "custody_head": ("Custody log head hash", "보관 기록(관리 연속성) 최종 해시"),
    "custody_event": (
        "event {seq} of the custody log, {at}",
        "보관 기록 {seq}번째 항목, {at}",
    ),
    "custody_check": (
        "Anyone holding the case file and its passphrase can show that its custody log ends "
        "with this value; Appendix explains how.",
        "사건 파일과 비밀번호가 있으면 보관 기록이 이 값으로 끝나는지 확인할 수 있습니다. "
        "방법은 부록에 있습니다.",
    ),
    "private_included": (
        "This summary includes private notes.",
        "이 요약서에는 개인 메모가 포함되어 있습니다.",
    ),
    "made_with": (
        "Prepared with Quietcase, a private case journal kept on the author's own computer. "
        "It records what the author noted and the files the author kept; it is not a "
        "forensic report.",
        "작성자가 자신의 컴퓨터에 보관하는 사건 기록 프로그램 Quietcase로 작성했습니다. "
        "작성자가 기록한 내용과 보관한 파일을 정리한 것이며, 포렌식 감정서가 아닙니다.",
    ),
    "confidential": ("Confidential", "대외비"),
    "page_of": ("Page {page} of {total}", "{page} / {total} 쪽"),
    "contents": ("Contents", "목차"),
    # sections
    "summary": ("Summary", "사건 개요"),
    "timeline": ("Timeline of incidents", "사건 경위 (시간순)"),
    "evidence": ("Evidence register", "증거 목록"),
    "contacts": ("Contacts", "관계인 연락처"),
    "requests": ("Requests and reports", "신고·요청 현황"),
    "deadlines": ("Deadlines", "기한"),
    "appendix": ("Appendix: how to verify these files", "부록: 파일 검증 방법"),
    "no_summary": (
        "(No summary was written for this report.)",
        "(이 요약서에는 개요가 작성되지 않았습니다.)",
    ),
    # timeline
    "timeline_intro": (
        "{n} incidents in time order. Dates are as precise as they are known: 2024-03 means some "
        "time in March 2024, and a range gives the earliest and latest possible date. "
        "Undated incidents come last.",
        "사건 {n}건을 시간순으로 정리했습니다. 날짜는 알고 있는 만큼만 적었습니다. "
        "2024-03은 2024년 3월 중 어느 날을, 2024-03 ~ 2024-05는 그 기간 중 어느 때를 뜻합니다. "
        "날짜를 모르는 사건은 맨 뒤에 있습니다.",
    ),
    # every incident, not only the acts: the 범죄일람표 is the complaint helper's (acts only)
    "list_of_incidents": ("List of incidents", "사건 목록"),
    "details_of_incidents": ("Details of each incident", "사건별 상세 내용"),
    "col_no": ("No.", "순번"),
    "col_date": ("Date", "일시"),
    "col_platform": ("Platform", "플랫폼"),
    "col_incident": ("Incident", "내용"),
    "col_evidence": ("Evidence", "증거"),
    "undated": ("date unknown", "날짜 모름"),
    "when": ("When", "일시"),
    "platform": ("Platform", "플랫폼"),
    "place": ("Place or room", "장소·방"),
    "description": ("What happened", "피해 내용"),
    "links": ("Links", "게시물 주소"),
    "handles": ("Offender accounts", "가해자 계정"),
    "tags": ("Keywords", "키워드"),
    "people": ("People involved", "관계인"),
    "linked_evidence": ("Evidence", "관련 증거"),
    "linked_requests": ("Requests", "신고·요청"),
    "private_note": ("Private note", "개인 메모"),
    "link_title": ("post title “{v}”", "게시물 제목 “{v}”"),
    "link_uploader": ("posted by {v}", "게시자 {v}"),
    "link_found": ("found {v}", "발견 {v}"),
    "link_checked": ("checked {v}", "확인 {v}"),
    "online": ("still online", "게시 중"),
    "removed": ("removed", "삭제됨"),
    "unknown": ("status unknown", "확인 안 됨"),
    # evidence
    "evidence_intro": (
        "{n} files, listed with the SHA-256 fingerprint recorded when each was added to "
        "Quietcase. The files themselves are kept unchanged; a copy of any of them gives the "
        "same fingerprint. Appendix explains how to check.",
        "파일 {n}건을 Quietcase에 추가할 때 기록한 SHA-256 해시값과 함께 정리했습니다. "
        "파일은 추가한 뒤 바뀌지 않았으며, 사본의 해시값도 같습니다. 확인 방법은 부록에 있습니다. "
        "증 번호는 고소장 작성 참고자료 등 모든 문서에서 같으며, 한 번 붙으면 바뀌지 않습니다. "
        "E-번호는 Quietcase의 증거 번호입니다.",
    ),
    "list_of_evidence": ("List of exhibits", "증거자료 세부 목록"),
    "details_of_evidence": ("Each item in full", "증거별 상세 내용"),
    "col_file": ("File", "증거명"),
    "col_source": ("Captured by / source", "작성자·출처"),
    "col_captured": ("Captured", "수집일"),
    "col_shows": ("What it shows", "입증취지"),
    "exhibit": ("{label} (E-{id})", "{label} (E-{id})"),
    "col_exhibit": ("Exhibit", "증거번호"),
    "sha256": ("SHA-256", "SHA-256"),
    "type_size": ("Type and size", "형식·크기"),
    "bytes": ("{size} ({n} bytes)", "{size} ({n}바이트)"),
    "added_at": ("Added to Quietcase", "Quietcase 보관 시작"),
    "captured": ("Captured", "수집일"),
    "captured_by": ("Captured by", "수집한 사람"),
    "source_url": ("Source", "출처 주소"),
    "shows": ("What it shows", "입증취지"),
    "about": ("Description", "설명"),
    "linked_incidents": ("Incidents", "관련 사건"),
    "file_modified": ("File last modified", "파일 수정 시각"),
    "no_preview": ("no preview", "미리보기 없음"),
    "telegram_origin": ("Telegram export {chats}", "텔레그램 내보내기 {chats}"),
    "kakaotalk_origin": ("KakaoTalk export {chats}", "카카오톡 내보내기 {chats}"),
    "origin": ("From", "출처 파일"),
    "blurred_note": (
        "Pictures are shown blurred on purpose; the files themselves are unchanged.",
        "사진은 일부러 흐리게 표시했습니다. 파일 자체는 바뀌지 않았습니다.",
    ),
    # chat messages (transcript excerpt)
    "messages": ("Chat messages (excerpt)", "대화 내용 발췌"),
    "messages_intro": (
        "Messages chosen from imported chats ({n}), grouped by chat and in time "
        "order, as the export recorded them. {zone} Where the export gave the exact moment, "
        "its UTC value follows the message; where it wrote only the local time of the computer "
        "that made it (or, for KakaoTalk, the time read in the zone chosen when it was "
        "imported), that time is shown as written, and said so. Each file is named with its "
        "exhibit number and SHA-256; the export's own files are in the evidence register.",
        "가져온 대화에서 고른 메시지 {n}건을 대화방별로, 시간순으로, 내보내기에 "
        "기록된 그대로 옮겼습니다. {zone} 내보내기에 정확한 시각이 있으면 메시지 아래에 원래 "
        "UTC 값도 적었고, 내보내기를 만든 컴퓨터의 현지 시각만 있으면(카카오톡은 가져올 때 고른 "
        "시간대로 읽은 시각) 적힌 그대로 옮기고 그렇다고 표시했습니다. 첨부 파일은 증거번호와 "
        "SHA-256 해시값으로 표시했으며, 내보내기 파일 자체는 증거 목록에 있습니다.",
    ),
    "rtl_note": (
        "Right-to-left text (Arabic, Hebrew) is printed letter by letter in the order it was "
        "typed; the original is in the export's file listed in the evidence register.",
        "아랍어·히브리어처럼 오른쪽에서 왼쪽으로 쓰는 글은 입력된 순서대로 한 글자씩 "
        "표시했습니다. 원문은 증거 목록의 내보내기 파일에 있습니다.",
    ),
    "missing_letters_note": (
        "Some characters are in no font on this computer that can be embedded in a PDF: each "
        "is printed as □, and an emoji as its name in brackets. The exact text is in the "
        "export's file listed in the evidence register.",
        "이 컴퓨터에는 PDF에 넣을 수 있는 글꼴 중 일부 문자를 가진 글꼴이 없어, 그 문자는 □로, "
        "이모지는 대괄호 안에 이름으로 표시했습니다. 정확한 원문은 증거 목록의 내보내기 파일에 "
        "있습니다.",
    ),
    "chat_type_personal_chat": ("private chat", "1:1 대화"),
    "chat_type_bot_chat": ("chat with a bot", "봇과의 대화"),
    "chat_type_private_group": ("private group", "비공개 그룹"),
    "chat_type_private_supergroup": ("private group", "비공개 그룹"),
    "chat_type_public_supergroup": ("public group", "공개 그룹"),
    "chat_type_private_channel": ("private channel", "비공개 채널"),
    "chat_type_public_channel": ("public channel", "공개 채널"),
    "chat_type_saved_messages": ("saved messages", "저장한 메시지"),
    "chat_id": ("Telegram id {id}", "텔레그램 ID {id}"),
    "chat_incident": ("incident {id}", "관련 사건 {id}"),
    "chosen_count": ("messages chosen: {n}", "발췌 {n}건"),
    "no_sender": ("(no name)", "(이름 없음)"),
    "in_chat": ("message {n} of the chat", "대화방 메시지 번호 {n}"),
    # KakaoTalk: exports of plain text, without ids or time zones
    "app_kakaotalk": ("KakaoTalk", "카카오톡"),
    "source_line": ("line {first} of the export", "내보내기 {first}번째 줄"),
    "source_lines": ("lines {first}–{last} of the export", "내보내기 {first}~{last}번째 줄"),
    "as_written": ("as written: {v}", "적힌 그대로: {v}"),
    "zone_time": (
        "{v} (as written in the export; read in the time zone {zone}, UTC{offset})",
        "{v} (내보내기에 적힌 그대로, {zone} 시간대(UTC{offset})로 읽음)",
    ),
    "flag_split_guess": ("where it begins or ends is a guess", "메시지의 시작·끝은 추정"),
    "flag_maybe_cut": ("may be cut at 500 characters", "500자에서 잘렸을 수 있음"),
    "flag_not_understood": ("lines not understood, kept as written", "읽지 못한 줄, 그대로 보관"),
    "flag_time_ambiguous": ("time ambiguous in that zone", "그 시간대에서 모호한 시각"),
    "flag_no_time": ("no time of its own in the export", "내보내기에 자체 시각 없음"),
    "flag_media_by_time": (
        "its file was matched by time, not named in the export",
        "파일은 내보내기에 이름이 없어 시각으로 짝지음",
    ),
    "reply_to": ("reply to message {n}", "메시지 {n}번에 대한 답장"),
    "forwarded_from": ("forwarded from {v}", "전달됨: {v}"),
    "via_bot": ("sent via {v}", "봇을 통해 보냄: {v}"),
    "edited": ("edited {v}", "수정됨 {v}"),
    "sent_utc": ("sent {v} UTC", "보낸 시각 {v} (UTC)"),
    "service": ("service message: {v}", "알림 메시지: {v}"),
    "local_time": (
        "{v} (local time as written in the export{offset})",
        "{v} (내보내기에 적힌 현지 시각{offset})",
    ),
    "no_time": ("time not recorded", "시각 기록 없음"),
    "media_photo": ("Photo", "사진"),
    "media_file": ("File", "파일"),
    "media_video_file": ("Video", "동영상"),
    "media_voice_message": ("Voice message", "음성 메시지"),
    "media_video_message": ("Video message", "영상 메시지"),
    "media_audio_file": ("Audio", "오디오"),
    "media_animation": ("Animation", "움직이는 이미지"),
    "media_sticker": ("Sticker", "스티커"),
    "media_not_kept": (
        "the evidence item is in the bin or no longer kept",
        "증거가 휴지통에 있거나 더 이상 보관되지 않음",
    ),
    "missing_not_included": ("file not included in the export", "내보내기에 파일이 포함되지 않음"),
    "missing_too_large": (
        "file too large for the export's settings, not included",
        "내보내기 설정의 크기 제한을 넘어 파일이 포함되지 않음",
    ),
    "missing_unavailable": ("file unavailable when exported", "내보낼 때 파일을 받을 수 없었음"),
    "missing_absent": (
        "file named in the export but not in its folder",
        "내보내기에 이름은 있으나 폴더에 파일이 없음",
    ),
    "missing_refused": (
        "file pointing outside the export folder, not read",
        "내보내기 폴더 밖을 가리켜 읽지 않음",
    ),
    # contacts
    "contacts_intro": (
        "The people and organisations chosen for this summary, by role.",
        "이 요약서에 넣기로 한 사람과 기관을 역할별로 정리했습니다.",
    ),
    "col_name": ("Name", "이름"),
    "col_organisation": ("Organisation", "소속"),
    "col_reach": ("Phone / email", "전화·이메일"),
    "col_handles": ("Accounts", "계정"),
    "role_lawyer": ("Lawyer", "변호사"),
    "role_police": ("Police", "경찰"),
    "role_support_centre": ("Support centre", "지원센터"),
    "role_platform": ("Platforms", "플랫폼"),
    "role_activist": ("Activists and supporters", "활동가·조력자"),
    "role_witness": ("Witnesses", "참고인"),
    "role_suspect": ("Suspects and offender accounts", "피의자·가해 계정"),
    "role_other": ("Other", "기타"),
    "one_lawyer": ("lawyer", "변호사"),
    "one_police": ("police", "경찰"),
    "one_support_centre": ("support centre", "지원센터"),
    "one_platform": ("platform", "플랫폼"),
    "one_activist": ("supporter", "조력자"),
    "one_witness": ("witness", "참고인"),
    "one_suspect": ("suspect", "피의자"),
    "one_other": ("other", "기타"),
    # requests
    "requests_intro": (
        "Takedown requests, reports and applications made so far, with their reference numbers.",
        "지금까지 한 삭제 요청, 신고, 지원 신청과 접수번호입니다.",
    ),
    "col_request": ("Request", "요청"),
    "col_to": ("To", "받는 곳"),
    "col_sent": ("Sent / follow up", "보낸 날 / 다시 확인할 날"),
    "col_reference": ("Reference no.", "접수번호"),
    "col_status": ("Status", "상태"),
    "col_incidents": ("Incidents", "관련 사건"),
    "kind_takedown": ("Takedown request", "삭제 요청"),
    "kind_police_report": ("Police report", "경찰 신고·고소"),
    "kind_support_centre": ("Support centre", "지원센터 신청"),
    "kind_other": ("Other request", "기타 요청"),
    "status_draft": ("Draft", "작성 중"),
    "status_sent": ("Sent", "보냄"),
    "status_acknowledged": ("Acknowledged", "접수됨"),
    "status_done": ("Done", "완료"),
    "status_refused": ("Refused", "거절됨"),
    # deadlines
    "col_due": ("Due", "기한"),
    "col_what": ("What", "내용"),
    "col_state": ("State", "상태"),
    "state_done": ("done", "완료"),
    "state_open": ("open", "남음"),
    "state_overdue": ("overdue", "지남"),
    # the bundle's manifest.csv headers (English: the keys of manifest.json)
    "manifest_exhibit": ("exhibit", "증거번호"),
    "manifest_exhibit_number": ("exhibit_number", "호증 번호"),
    "manifest_exhibit_branch": ("exhibit_branch", "가지번호"),
    "manifest_id": ("id", "증거 ID"),
    "manifest_original_name": ("original_name", "원래 파일 이름"),
    "manifest_bundle_path": ("bundle_path", "묶음 안의 경로"),
    "manifest_size": ("size", "크기(바이트)"),
    "manifest_sha256": ("sha256", "SHA-256"),
    "manifest_media_type": ("media_type", "파일 형식"),
    "manifest_added_at": ("added_at", "Quietcase 보관 시작"),
    "manifest_file_modified_at": ("file_modified_at", "파일 수정 시각"),
    "manifest_captured_at": ("captured_at", "수집일"),
    "manifest_captured_by": ("captured_by", "작성자·출처"),
    "manifest_source_url": ("source_url", "출처 URL"),
    "manifest_incidents": ("incidents", "관련 사건"),
    "manifest_shows": ("shows", "입증취지"),
    "manifest_description": ("description", "설명"),
    # shared
    "none": ("—", "—"),
    "utc": ("{v} UTC", "{v} (UTC)"),
    "times": ("Times", "시각"),
    "zone_legend": ("All times are {zone}.", "모든 시각은 {zone} 기준입니다."),
}

# The appendix: (heading, paragraphs); `{cmd:...}` marks a command shown in monospace.
APPENDIX: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        (
            "Checking a file's SHA-256",
            [
                "Every file in the evidence register has a SHA-256 fingerprint, recorded when the "
                "file was added to Quietcase. Compute the fingerprint of the copy you hold and "
                "compare it with the register; if even one byte differs, the fingerprint is "
                "completely different.",
                "Windows (Command Prompt): {cmd:certutil -hashfile FILE SHA256}",
                "Windows (PowerShell): {cmd:Get-FileHash -Algorithm SHA256 FILE}",
                "macOS (Terminal): {cmd:shasum -a 256 FILE}",
                "Linux: {cmd:sha256sum FILE}",
                "In an evidence bundle from Quietcase, the file SHA256SUMS lists every file; "
                "{cmd:sha256sum -c SHA256SUMS} (Linux) or {cmd:shasum -a 256 -c SHA256SUMS} "
                "(macOS), run in that folder, checks all of them at once.",
            ],
        ),
        (
            "What the custody head hash means",
            [
                "Quietcase keeps a custody log of everything that happens in the case file: "
                "each file added, described, copied out or exported, and the new state "
                "(a fingerprint) of every record changed. Every entry contains the "
                "fingerprint of the entry before it, so the fingerprint of the newest entry (the "
                "head hash on the cover) sums up the whole history. If any earlier entry were "
                "changed or removed, the chain would no longer lead to this value.",
                "Whoever holds the case file and its passphrase can list the log with "
                "{cmd:quietcase-cli list CASEFILE custody} and check every link of the chain "
                "with {cmd:quietcase-cli verify CASEFILE}. The entry named on the cover must "
                "show the head hash printed there. Making this summary was itself recorded as "
                "the next entry.",
                "Later, {cmd:quietcase-cli verify CASEFILE --against NUMBER:HEAD} (the entry "
                "number and head hash on the cover) shows whether everything recorded until "
                "this summary is still in the case file unchanged, and lists the records "
                "changed since.",
            ],
        ),
        (
            "What this does and does not show",
            [
                "Quietcase records that each file is unchanged since it was added to Quietcase. "
                "It cannot show how or when a file was first made, or that a screenshot is "
                "authentic, and it makes no promise about whether the police or a court will "
                "accept any item as evidence. Dates and descriptions are as the author recorded "
                "them.",
                "verify finds any change made to the case file by other means than Quietcase, "
                "and any page of it put back from an older copy. Someone who knows the "
                "passphrase and controls the computer could still rewrite the whole case file "
                "before its first printout or bundle; after that, this printed head shows "
                "whether the history was rewritten since.",
            ],
        ),
    ],
    "ko": [
        (
            "파일의 SHA-256 해시값 확인",
            [
                "증거 목록의 모든 파일에는 Quietcase에 추가할 때 기록한 SHA-256 해시값이 있습니다. "
                "가지고 계신 사본의 해시값을 계산해 목록과 비교해 주세요. 한 바이트만 달라도 "
                "해시값은 완전히 달라집니다.",
                "Windows (명령 프롬프트): {cmd:certutil -hashfile 파일 SHA256}",
                "Windows (PowerShell): {cmd:Get-FileHash -Algorithm SHA256 파일}",
                "macOS (터미널): {cmd:shasum -a 256 파일}",
                "Linux: {cmd:sha256sum 파일}",
                "Quietcase 증거 묶음(ZIP)에는 모든 파일의 해시값을 적은 SHA256SUMS 파일이 "
                "있습니다. 그 폴더에서 {cmd:sha256sum -c SHA256SUMS} (Linux) 또는 "
                "{cmd:shasum -a 256 -c SHA256SUMS} (macOS)를 실행하면 한 번에 확인됩니다.",
            ],
        ),
        (
            "보관 기록 최종 해시의 의미",
            [
                "Quietcase는 사건 파일에 일어난 모든 일(증거의 추가, 설명 수정, 사본 저장, "
                "내보내기, 바뀐 모든 기록의 새 상태 해시값)을 보관 기록으로 남깁니다. 각 "
                "항목에는 바로 앞 항목의 해시값이 들어 있어서, 가장 최근 "
                "항목의 해시값(표지의 최종 해시)이 전체 기록을 요약합니다. 앞선 항목이 하나라도 "
                "바뀌거나 지워지면 이 값에 이를 수 없습니다.",
                "사건 파일과 비밀번호를 가진 사람은 {cmd:quietcase-cli list 사건파일 custody}로 "
                "기록을 보고, {cmd:quietcase-cli verify 사건파일}로 연결 전체를 확인할 수 "
                "있습니다. 표지에 적힌 항목에 표지의 최종 해시가 있어야 합니다. 이 요약서를 만든 "
                "일도 다음 항목으로 기록되었습니다.",
                "나중에 {cmd:quietcase-cli verify 사건파일 --against 번호:해시}(표지의 항목 "
                "번호와 최종 해시)를 실행하면, 이 요약서를 만들 때까지 기록된 것이 모두 바뀌지 "
                "않고 남아 있는지 확인하고, 그 뒤에 바뀐 기록을 보여 줍니다.",
            ],
        ),
        (
            "확인할 수 있는 것과 없는 것",
            [
                "Quietcase는 각 파일이 Quietcase에 추가된 뒤 바뀌지 않았음을 기록합니다. 파일이 "
                "처음 언제 어떻게 만들어졌는지, 캡처가 진본인지는 보여 줄 수 없으며, 수사기관이나 "
                "법원이 증거로 받아들일지에 대해서도 아무것도 약속하지 않습니다. 날짜와 설명은 "
                "작성자가 기록한 그대로입니다.",
                "verify는 Quietcase가 아닌 방법으로 사건 파일을 바꾼 것과, 예전 사본에서 "
                "일부를 되돌려 넣은 것을 찾아냅니다. 다만 비밀번호를 알고 컴퓨터를 마음대로 쓸 "
                "수 있는 사람은 첫 인쇄물이나 묶음이 만들어지기 전에 사건 파일 전체를 다시 쓸 수 "
                "있습니다. 그 뒤로는 인쇄된 이 최종 해시로 기록이 다시 쓰였는지 알 수 있습니다.",
            ],
        ),
    ],
}

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


class Words:
    """The report's wording in one language: `words("timeline")`, `words("count", n=3)`."""

    def __init__(self, language: str, zone: tzinfo | None = None) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._index = LANGUAGES.index(self.language)
        self.zone = zone  # every time is shown in it; None: the computer's

    def local(self, moment: datetime) -> datetime:
        """A stored (UTC) moment in the document's zone."""
        return moment.astimezone(self.zone) if self.zone is not None else moment.astimezone()

    def zone_legend(self, at: datetime) -> str:
        """The one sentence naming the zone of every time in the document."""
        zone = self.zone if self.zone is not None else zones.local_zone()
        return self("zone_legend", zone=zones.describe(zone, at, self.korean))

    @property
    def korean(self) -> bool:
        return self.language == "ko"

    def has(self, key: str) -> bool:
        return key in _WORDS

    def __call__(self, key: str, **params: object) -> str:
        text = _WORDS[key][self._index]
        return text.format(**params) if params else text

    def long_date(self, day: date) -> str:
        """25 November 2026 / 2026년 11월 25일."""
        if self.korean:
            return f"{day.year}년 {day.month}월 {day.day}일"
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def timestamp(self, moment: datetime | None, seconds: bool = False) -> str:
        """A stored UTC time in the document's zone (named once, in the legend):
        2026-11-25 16:58."""
        if moment is None:
            return ""
        return self.local(moment).strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else ""))

    def when(self, when: When | None) -> str:
        """A date as she wrote it; a range as `2024-03 to 2024-05` / `2024-03 ~ 2024-05`."""
        if when is None:
            return self("undated")
        if when.end is None:
            return when.start.text()
        joiner = " ~ " if self.korean else " to "
        return f"{when.start.text()}{joiner}{when.end.text()}"

    def platform(self, value: str) -> str:
        """A platform as the document's reader says it: `Website` is 웹사이트 in Korean."""
        return platforms.display(value, self.korean)

    def size(self, size: int) -> str:
        """1.2 KB (1,234 bytes)."""
        return self("bytes", size=human_size(size), n=f"{size:,}")


def human_size(size: int) -> str:
    """Decimal units, as file managers show them."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover
