"""The words of the deletion-support list and the complaint helper, in English and Korean.

Like the case summary (app/report_text.py, whose words these extend), each document's language
is chosen per export. Korean terms follow ../shared/design/KOREAN-PRACTICE.md (삭제지원,
게시물 제목, 키워드, 범죄일람표, 증거자료 세부 목록, 증 제n호증의 m, 입증취지, 제출 유무).
Neither document names a phone number, an offence or a law article: those must be checked
against the official pages before the program tells anyone (the design notes say so).
"""

from __future__ import annotations

from quietcase.app.documents.summary.text import Words

_DOC_WORDS: dict[str, tuple[str, str]] = {
    # -- deletion-support list -----------------------------------------------------------------
    "dl_meta_title": ("Deletion-support list", "삭제지원 요청 목록"),
    "dl_kicker": ("FOR DELETION SUPPORT", "삭제지원 요청용"),
    "dl_title": ("Posts to be removed", "삭제를 요청할 게시물 목록"),
    "dl_for": ("For", "제출처"),
    "dl_for_value": (
        "a digital sex crime victim support centre, the Korea Communications Standards "
        "Commission, or a platform's report form",
        "디지털성범죄피해자지원센터(디성센터), 방송통신심의위원회 또는 플랫폼 신고 양식",
    ),
    "dl_choice": ("Links chosen", "선택 기준"),
    "dl_all": ("every link recorded", "기록한 모든 게시물"),
    "dl_not_removed": (
        "the links not removed yet (online or not known)",
        "아직 삭제되지 않은 게시물 (게시 중 또는 확인 안 됨)",
    ),
    "dl_applicant": ("Applicant", "신청인"),
    "dl_references": ("Case references", "접수번호"),
    "dl_reference": ("{v} ({kind}, R-{id})", "{v} ({kind}, R-{id})"),
    "dl_contact_label": ("Support centre", "상담·신청"),
    "dl_contact": (
        "1366 (women's emergency line: the first call for digital sex crimes since April "
        "2025) · 02-735-8994 (the Digital Sex Crime Victim Support Center's own line) · the "
        "private board at d4u.stop.or.kr. Source: the centre's public pages (d4u.stop.or.kr), "
        "noted in December 2026; numbers can change, so please check there.",
        "1366 (여성긴급전화: 2025년 4월부터 디지털 성범죄 첫 상담) · 02-735-8994 "
        "(디지털성범죄피해자지원센터 직통) · d4u.stop.or.kr 비공개 게시판. 출처: 센터 공식 "
        "누리집(d4u.stop.or.kr), 2026년 12월 기준이며 바뀔 수 있으니 그곳에서 확인해 주세요.",
    ),
    "dl_no_keywords": (
        "No keywords are recorded for these links yet. Keywords help the centre find copies "
        "of a post: add them to each link in the incident editor (Where it was seen), or as "
        "the incident's keywords.",
        "아직 이 게시물들에 기록한 키워드가 없습니다. 키워드가 있으면 센터가 복제본을 찾기 "
        "쉽습니다. 사건 편집 창의 게시된 곳(링크)이나 사건의 키워드에 추가할 수 있습니다.",
    ),
    "dl_status": ("status: {v}", "상태: {v}"),
    "dl_platform": ("platform: {v}", "플랫폼: {v}"),
    "dl_incidents": ("incidents {v}", "사건 {v}"),
    "dl_counts_label": ("In this list", "목록 내용"),
    "dl_counts": (
        "{n} links on {p} platforms; {online} still online when last checked",
        "게시물 {n}건 (플랫폼 {p}곳), 마지막 확인 때 게시 중 {online}건",
    ),
    "dl_intro": (
        "Every web address where the material was seen, grouped by platform: the post's "
        "title, the uploader's ID or nickname, keywords to find it by, when it was found, and "
        "whether it was still online when it was last checked. The last column names the "
        "evidence items (screenshots, recordings, saved pages) that show each post; their "
        "SHA-256 fingerprints are listed at the end.",
        "자료가 게시된 모든 주소를 플랫폼별로 정리했습니다. 게시물 제목, 게시자 ID·닉네임, "
        "검색할 때 쓸 키워드, 발견한 날, 마지막으로 확인했을 때 게시 중이었는지를 적었습니다. "
        "마지막 열은 각 게시물을 보여 주는 증거(캡처, 녹화, 저장한 페이지)이며, 그 SHA-256 "
        "해시값은 맨 뒤에 있습니다.",
    ),
    "dl_files": (
        "Pictures are not printed in this list, on purpose. The files named for each post, "
        "and material showing that the person in them is her, can be handed over separately "
        "(for example as an evidence bundle from Quietcase).",
        "사진은 일부러 싣지 않았습니다. 게시물마다 적은 증거 파일과 피해자 본인임을 알 수 있는 "
        "자료는 따로 전달할 수 있습니다(예: Quietcase 증거 묶음).",
    ),
    "dl_col_post": ("Address (URL) and post title", "게시물 주소(URL)·제목"),
    "dl_col_uploader": ("Uploader ID / nickname", "게시자 ID·닉네임"),
    "dl_col_keywords": ("Keywords", "키워드"),
    "dl_col_found": ("Found", "발견일"),
    "dl_col_status": ("Status", "상태"),
    "dl_col_evidence": ("Evidence showing it", "증거"),
    "dl_col_incident": ("Incident", "사건"),
    "dl_csv_url": ("URL", "게시물 주소(URL)"),
    "dl_csv_title": ("Post title", "게시물 제목"),
    "dl_csv_checked": ("Last checked", "마지막 확인일"),
    "dl_title_of": ("Title: {v}", "제목: {v}"),
    "dl_no_title": ("(no title recorded)", "(제목 기록 없음)"),
    "dl_checked": ("checked {v}", "{v} 확인"),
    "dl_not_checked": ("never checked", "확인 기록 없음"),
    "dl_stale": ("{days} days ago", "{days}일 전"),
    "dl_same_incident": ("of the same incident: {ids}", "같은 사건의 증거: {ids}"),
    "dl_platform_heading": ("{platform} · {n} links", "{platform} · {n}건"),
    "dl_platform_heading_one": ("{platform} · 1 link", "{platform} · 1건"),
    "dl_unknown_platform": ("Platform not recorded", "플랫폼 미기재"),
    "dl_none": ("No recorded link matches this choice.", "선택한 조건에 맞는 게시물이 없습니다."),
    "dl_evidence_title": ("Evidence named in this list", "목록에 나오는 증거"),
    "dl_evidence_intro": (
        "The SHA-256 fingerprint recorded when each file was added to Quietcase; a copy of the "
        "file gives the same value.",
        "각 파일을 Quietcase에 추가할 때 기록한 SHA-256 해시값입니다. 파일 사본의 해시값도 "
        "같습니다.",
    ),
    "dl_col_id": ("No.", "번호"),
    "dl_col_file": ("File", "파일"),
    "dl_col_sha": ("SHA-256", "SHA-256"),
    "dl_col_added": ("Added", "보관 시작"),
    # -- complaint helper -----------------------------------------------------------------------
    "ch_meta_title": ("Material for a complaint", "고소장 작성 참고자료"),
    "ch_kicker": ("FOR COUNSEL", "변호인·수사기관 참고용"),
    "ch_title": ("Material for a criminal complaint", "고소장 작성을 위한 자료 정리"),
    "ch_not_advice_head": (
        "Not a complaint, and not legal advice",
        "고소장이 아니며, 법률 자문도 아닙니다",
    ),
    "ch_not_advice": (
        "This document arranges what the author recorded in Quietcase the way a complaint "
        "usually lays it out: a table of the acts, a numbered list of evidence, and the "
        "people involved. Dates and descriptions are as she recorded them; no offence and no "
        "law article is named. Please check everything before using it.",
        "작성자가 Quietcase에 기록한 내용을 고소장에 흔히 쓰는 형식(범죄일람표, 증거자료 세부 "
        "목록, 피고소인·참고인)에 맞춰 정리한 것입니다. 날짜와 내용은 작성자가 기록한 "
        "그대로이며, 죄명이나 법조문은 적지 않았습니다. 사용하기 전에 반드시 확인해 주세요.",
    ),
    "ch_numbering": (
        "Exhibit numbers stay the same each time this document is made: evidence added later "
        "gets new numbers, and a number once given is never given to another item. Several "
        "files of one chat export share a number with branches (Exhibit 3-1, 3-2).",
        "증 번호는 이 문서를 다시 만들어도 바뀌지 않습니다. 나중에 추가한 증거는 새 번호를 "
        "받고, 한 번 쓴 번호는 다른 증거에 다시 쓰지 않습니다. 대화방 하나를 내보낸 여러 "
        "파일은 한 번호의 가지번호(증 제3호증의 1, 의 2)로 적었습니다.",
    ),
    "ch_acts": ("Table of acts", "범죄일람표"),
    "ch_evidence": ("List of evidence", "증거자료 세부 목록"),
    "ch_hashes": ("Fingerprints of the exhibits", "증거 파일 해시값 (SHA-256)"),
    "ch_people": ("The accused and witnesses", "피고소인 및 참고인"),
    "ch_transcript": (
        "Appendix: transcript of the chosen chat messages",
        "부록: 고른 대화 메시지 발췌",
    ),
    "ch_accused": ("The accused, as far as known", "피고소인 (알고 있는 범위)"),
    "ch_witnesses": ("Witnesses", "참고인 (인적증거)"),
    "ch_acts_intro": (
        "One row per act of an offender that she chose, in time order ({n} of {total} "
        "incidents; the others, such as what someone told her, are in the case summary). "
        "Dates are as precise as she knows them: 2024-03 means some time in March 2024, and "
        "a range gives the earliest and latest possible date.",
        "작성자가 가해 행위로 고른 사건을 한 줄씩 시간순으로 적었습니다 (전체 사건 {total}건 "
        "중 {n}건, 나머지는 사건 요약서에 있습니다). 일시는 알고 있는 만큼만 적었습니다 "
        "(2024-03은 2024년 3월 중, 2024-03 ~ 2024-05는 그 기간 중 어느 때).",
    ),
    "ch_col_when": ("Date and time", "일시"),
    "ch_col_place": ("Place (platform, room, address)", "장소 (플랫폼, 방, URL)"),
    "ch_col_act": ("What was done", "범행 내용"),
    "ch_col_offender": ("Offender ID / nickname", "가해자 ID·닉네임"),
    "ch_col_exhibits": ("Evidence", "증거"),
    "ch_evidence_intro": (
        "{n} exhibits. Evidence as the author named it, who made or captured it, when it was "
        "collected, what it shows (입증취지) and whether it is handed in with the complaint or "
        "later.",
        "증거 {n}건입니다. 증거명, 작성자·출처, 수집일, 입증취지, 제출 유무(접수시 제출 / "
        "수사 중 제출)를 적었습니다.",
    ),
    "ch_col_exhibit": ("No.", "번호"),
    "ch_col_item": ("Evidence (name, type)", "증거 (증거명·종류)"),
    "ch_col_author": ("Made or captured by", "작성자·출처"),
    "ch_col_collected": ("Collected", "수집일"),
    "ch_col_purpose": ("What it shows", "입증취지"),
    "ch_col_submitted": ("Handed in", "제출 유무"),
    "ch_submitted_with_complaint": ("with the complaint", "접수시 제출"),
    "ch_submitted_later": ("later", "수사 중 제출"),
    "ch_exhibit": ("Exhibit {n}", "증 제{n}호증"),
    "ch_exhibit_branch": ("Exhibit {n}-{b}", "증 제{n}호증의 {b}"),
    "ch_hashes_intro": (
        "The SHA-256 fingerprint of each file and the time it was added to Quietcase (the "
        "custody log records both). A copy of a file gives the same fingerprint.",
        "각 파일의 SHA-256 해시값과 Quietcase에 추가한 시각입니다(보관 기록에 함께 "
        "기록되어 있습니다). 파일 사본의 해시값도 같습니다.",
    ),
    "ch_col_intake": ("Added to Quietcase", "보관 시작 시각"),
    "ch_name": ("Name or alias", "성명·별칭"),
    "ch_ids": ("IDs and nicknames", "ID·닉네임"),
    "ch_phone": ("Phone", "전화번호"),
    "ch_email": ("Email", "이메일"),
    "ch_organisation": ("Organisation", "소속"),
    "ch_in_incidents": ("Incidents", "관련 사건"),
    "ch_unknown": ("not known", "모름"),
    "ch_no_suspect": (
        "No suspect is recorded among her contacts.",
        "연락처에 피의자로 기록된 사람이 없습니다.",
    ),
    "ch_handles_title": (
        "Offender IDs and nicknames recorded with the incidents",
        "사건에 기록된 가해자 ID·닉네임",
    ),
    "ch_col_handle": ("ID / nickname", "ID·닉네임"),
    "ch_col_seen": ("Incidents", "관련 사건"),
    "ch_col_reach": ("Phone / email", "연락처"),
    "ch_col_speaks": ("Can speak to (incidents)", "입증하려는 내용 (관련 사건)"),
    "ch_no_witness": ("No witness is recorded.", "기록된 참고인이 없습니다."),
    "ch_no_incidents": ("No incident is recorded yet.", "기록된 사건이 없습니다."),
    "ch_no_acts": (
        "No incident is marked as an act of an offender. Mark them in the incident editor "
        "or on the complaint helper's card.",
        "가해 행위로 표시한 사건이 없습니다. 사건 편집 창이나 고소장 작성 참고자료 카드에서 "
        "표시할 수 있습니다.",
    ),
    "ch_no_evidence": ("No evidence is kept yet.", "보관한 증거가 없습니다."),
}


class DocWords(Words):
    """The case summary's words plus those of the deletion list and the complaint helper."""

    def __call__(self, key: str, **params: object) -> str:
        pair = _DOC_WORDS.get(key)
        if pair is None:
            return super().__call__(key, **params)
        text = pair[self._index]
        return text.format(**params) if params else text
