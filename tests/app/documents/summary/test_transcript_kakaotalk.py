"""KakaoTalk messages in the case summary: the chat named with its app, each message with
its lines in the export as written, its time in the zone she chose (never called exact UTC),
the reader's marks; the export's file named as a KakaoTalk export in the register."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.chats.kakaotalk.importing import KakaoOptions
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.documents.summary.data import ReportOptions
from quietcase.app.documents.summary.pdf import render_report

CORPUS = Path(__file__).parents[2] / "chats" / "kakaotalk" / "corpus"


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", False)


def words_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_kakaotalk_messages_in_the_excerpt(case: Case) -> None:
    result = case.import_kakaotalk(CORPUS / "android_ko.txt", KakaoOptions("Asia/Seoul"))
    store = ChatMessages(case.vault, case.clock)
    chosen = [m.id for m in store.messages() if m.line_first in (14, 21)]
    store.set_for_report(chosen, True)
    words = words_of(render_report(case, ReportOptions()).pdf)
    part = words[words.index("“박서준”", words.index("Chat messages (excerpt)")) :]
    assert "KakaoTalk" in part[:200]
    assert "2020-01-01 13:15:00 (as written in the export; read in the time zone Asia/Seoul" in part
    assert "lines 14–16 of the export" in part
    assert "as written: 2020년 1월 1일 오후 1:15, 박서준 : 첫째 줄" in part
    assert "where it begins or ends is a guess" in part
    assert "04:15:00 UTC" not in part  # derived from her zone: never called exact
    assert "KakaoTalk export “박서준”" in words
    assert result.main_evidence_id is not None


def test_the_complaint_helper_has_the_transcript_appendix_and_names_the_person(
    case: Case,
) -> None:
    from quietcase.app.documents.complaint_helper import (
        ComplaintOptions,
        render_complaint_helper,
    )
    from quietcase.storage.records import ContactRole

    result = case.import_kakaotalk(CORPUS / "android_ko.txt", KakaoOptions("Asia/Seoul"))
    store = ChatMessages(case.vault, case.clock)
    store.name_sender_as_new(result.chat_id, "박서준", ContactRole.SUSPECT)
    before = words_of(render_complaint_helper(case, ComplaintOptions()).rendered.data)
    assert "transcript of the chosen chat messages" not in before  # nothing chosen: none
    chosen = [m.id for m in store.messages() if m.line_first in (14, 21)]
    store.set_for_report(chosen, True)
    helper = render_complaint_helper(case, ComplaintOptions(language="ko"))
    words = words_of(helper.rendered.data)
    assert "KakaoTalk: 박서준" in words[: words.index("부록: 고른 대화 메시지 발췌", 1000)]
    appendix = words[words.rindex("부록: 고른 대화 메시지 발췌") :]
    assert "“박서준”" in appendix and "2020-01-01 13:15:00" in appendix
    assert "내보내기 14~16번째 줄" in appendix and "첫째 줄" in appendix
    assert "2 chat messages in the appendix" in helper.rendered.detail
