"""The case summary's transcript excerpt of chosen chat messages, the Telegram export's files in
its evidence register, and its exhibit numbers: the complaint helper's kept ones, the same in
every document, given and kept when a summary is exported.

Real vault, real Telegram exports (the writer of test_telegram_writer), PDFs read back with
pypdf.
"""

from __future__ import annotations

import re
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.core.errors import UserError
from quietcase.app.documents.complaint_helper import ComplaintOptions, export_complaint_helper
from quietcase.app.documents.summary.data import ReportOptions, Section
from quietcase.app.documents.summary.pdf import export_report, render_report
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.exhibits import Exhibits
from tests.app.chats.telegram.writer import (
    NOT_INCLUDED,
    T0,
    ChatSpec,
    Msg,
    room,
    write_json,
    write_media,
)
from tests.shared import NOW, PASS

LONG = " ".join(f"긴메시지{n} long-message-word-{n}" for n in range(400))
URL = "https://example.org/" + "x" * 300


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _extra_chat() -> ChatSpec:
    at = T0 + timedelta(hours=2)
    return ChatSpec(
        "Leak channel عربي",
        "public_channel",
        777,
        [
            Msg(1, at, "חנה", "user9001", "שלום, זה סרטון מזויף"),
            Msg(2, at + timedelta(minutes=1), "Иван", "user5550002", LONG),
            Msg(3, at + timedelta(minutes=2), "Иван", "user5550002", URL, photo=NOT_INCLUDED),
        ],
    )


@pytest.fixture
def chats(case: Case, tmp_path: Path) -> Case:
    """The demo case, a Korean group's export attached to I-2 and a channel's export."""
    fill_demo(case.journal, NOW.date())
    case.intake.import_bytes(
        "capture.png", b"capture", IntakeDetails(incident_ids=(2,), shows="입증취지")
    )
    importer = TelegramImport(case.vault, case.clock)
    for name, spec, incident in (("room", room(), 2), ("channel", _extra_chat(), None)):
        folder = tmp_path / name
        write_json(folder, [spec])
        write_media(folder, [spec])
        importer.import_export(folder, ImportOptions(incident_id=incident))
    return case


def _by_text(case: Case) -> dict[tuple[str, int], int]:
    return {(m.chat_name, m.message_id): m.id for m in ChatMessages(case.vault).messages()}


def _choose(case: Case) -> list[int]:
    ids = _by_text(case)
    room_name = "딥페이크 공유방"
    chosen = [ids[(room_name, n)] for n in (3, 4, 5, 7, 11, 12)]
    chosen += [ids[("Leak channel عربي", n)] for n in (1, 2, 3)]
    ChatMessages(case.vault, case.clock).set_for_report(chosen, True)
    return chosen


def test_no_chosen_messages_no_section(chats: Case) -> None:
    text = text_of(render_report(chats, ReportOptions()).pdf)
    assert "Chat messages (excerpt)" not in text


def test_the_chosen_messages_are_an_excerpt_grouped_by_chat(chats: Case) -> None:
    _choose(chats)
    report = render_report(chats, ReportOptions())
    text = text_of(report.pdf)
    words = flat(text)
    assert "Chat messages (excerpt)" in text
    assert report.messages == 9
    head = words.index("Chat messages (excerpt)", words.index("Contents") + 40)
    room_at = words.index("“딥페이크 공유방”", head)
    channel_at = words.index("“Leak channel", room_at)
    assert room_at < channel_at  # chats in the order their first chosen message came
    part = words[room_at:channel_at]
    # time order inside the chat, exact times in UTC, sender name and id
    assert part.index("2025-11-03 12:25:06 UTC") < part.index("2025-11-03 12:28:06 UTC")
    assert "그림자 (user5550001)" in part and "Иван (user5550002)" in part
    assert "사진 @dealer_kim 에게 문의" in part
    assert "reply to message 2" in part and "forwarded from Archive Channel" in part
    assert "sent via @leakbot" in part
    # media: the evidence item with its SHA-256, or why there is none
    photo = next(e for e in chats.evidence.items() if e.filename.startswith("photo_1@"))
    assert f"E-{photo.id}" in part and photo.sha256 in text.replace("\n", "")
    assert "Video: file not included in the export" in part
    # a message's line breaks and quotes survive
    assert 'quote "this" & <that>' in part and "줄바꿈" in part
    channel = words[channel_at:]
    assert "public channel · Telegram id 777" in channel
    assert "שלום" in channel or "םולש" in channel  # printed, not dropped
    assert "long-message-word-399" in channel and "x" * 50 in channel.replace(" ", "")
    assert "Photo: file not included in the export" in channel


def test_the_section_is_a_toggle_and_ids_can_be_given(chats: Case) -> None:
    chosen = _choose(chats)
    without = frozenset(Section) - {Section.MESSAGES}
    text = text_of(render_report(chats, ReportOptions(sections=without)).pdf)
    assert "Chat messages (excerpt)" not in text
    one = render_report(chats, ReportOptions(messages=(chosen[1],)))
    assert one.messages == 1
    words = flat(text_of(one.pdf))
    assert "Смотрите" in words and "딥페이크 영상" not in words.split("excerpt)")[-1]
    with pytest.raises(UserError, match="no chat message with the id M-999"):
        render_report(chats, ReportOptions(messages=(999,)))


def test_a_summary_of_chosen_incidents_keeps_their_chats_messages(chats: Case) -> None:
    _choose(chats)
    report = render_report(chats, ReportOptions(incident_ids=(2,)))
    assert report.messages == 6  # the room is attached to I-2; the channel to no incident
    assert render_report(chats, ReportOptions(incident_ids=(3,))).messages == 0


def test_korean_transcript(chats: Case) -> None:
    _choose(chats)
    text = flat(text_of(render_report(chats, ReportOptions(language="ko")).pdf))
    assert "대화 내용 발췌" in text and "메시지 2번에 대한 답장" in text
    assert "내보내기에 파일이 포함되지 않음" in text and "공개 채널 · 텔레그램 ID 777" in text


def test_the_register_names_the_export_of_each_file(chats: Case) -> None:
    text = flat(text_of(render_report(chats, ReportOptions()).pdf))
    assert "Telegram export “딥페이크 공유방” (room): result.json" in text
    assert "Telegram export “딥페이크 공유방” (room): files/list.pdf" in text
    # (pypdf reorders the Arabic word and the brackets next to it)
    assert re.search(r"Telegram export “Leak channel .{4,10}channel\): result\.json", text)


def test_summary_and_complaint_helper_cite_the_same_kept_numbers(
    chats: Case, tmp_path: Path
) -> None:
    """The summary numbers exhibits as the complaint helper does, keeps them when exported,
    and both keep them after new items arrive."""
    from quietcase.app.documents.exhibits import label

    first = export_report(chats, ReportOptions(language="ko"), tmp_path / "summary.pdf")
    kept = Exhibits(chats.vault).all()
    items = chats.evidence.items()
    assert set(kept) == {e.id for e in items}  # every item got its number at this export
    events = [e.detail for e in chats.custody.events() if e.action == "export"]
    assert f"{len(items)} exhibit numbers given" in events[-1]
    summary = flat(text_of((tmp_path / "summary.pdf").read_bytes()))
    assert first.pages > 3
    capture = next(e for e in items if e.filename == "capture.png")
    exports = [e for e in items if e.filename == "result.json"]
    assert all(kept[e.id].branch for e in exports)  # an export's files: 증 제n호증의 m
    for item in (capture, *exports):
        assert f"{label(kept[item.id], True)} (E-{item.id})" in summary

    helper = tmp_path / "helper.pdf"
    export_complaint_helper(chats, ComplaintOptions("ko"), helper)
    assert Exhibits(chats.vault).all() == kept  # nothing renumbered, nothing new
    helper_text = flat(text_of(helper.read_bytes()))
    for item in items:
        assert label(kept[item.id], True) in helper_text

    # a new item of the earliest incident, and a re-export: old numbers stay, it gets the next
    late = chats.intake.import_bytes("late.png", b"late", IntakeDetails(incident_ids=(1,)))
    export_report(chats, ReportOptions(language="ko"), tmp_path / "again.pdf")
    again = Exhibits(chats.vault).all()
    assert {i: again[i] for i in kept} == kept
    new = [i for i in again if i not in kept]
    assert new == [late.evidence.id]
    assert again[new[0]].number == max(e.number for e in kept.values()) + 1
    text = flat(text_of((tmp_path / "again.pdf").read_bytes()))
    assert f"{label(again[new[0]], True)} (E-{new[0]})" in text
    export_complaint_helper(chats, ComplaintOptions("ko"), tmp_path / "helper2.pdf")
    assert Exhibits(chats.vault).all() == again


def test_a_preview_or_a_cancelled_export_keeps_no_numbers(chats: Case, tmp_path: Path) -> None:
    from quietcase.app.core.progress import Cancelled, CancelToken

    render_report(chats, ReportOptions(language="ko"))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_report(chats, ReportOptions(), tmp_path / "a.pdf", cancel=token)
    assert Exhibits(chats.vault).all() == {}


def test_cli_export_with_and_without_messages(
    chats: Case, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(chats)
    chats.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    out = tmp_path / "with.pdf"
    assert main(["export", str(vault_path), "--pdf", str(out)]) == 0
    assert "Chat messages (excerpt)" in text_of(out.read_bytes())
    out = tmp_path / "without.pdf"
    assert main(["export", str(vault_path), "--pdf", str(out), "--without", "messages"]) == 0
    assert "Chat messages (excerpt)" not in text_of(out.read_bytes())
    out = tmp_path / "one.pdf"
    assert main(["export", str(vault_path), "--pdf", str(out), "--message", "M-4"]) == 0
    words = flat(text_of(out.read_bytes()))
    assert "messages chosen: 1" in words
