"""Searching in Korean: particles and compounds, two-syllable words, Hangul mixed with Latin,
full-width and half-width letters, and NFD file names from a Mac. Both ways of searching (the
index, for `quietcase-cli search`; the in-memory copy, as she types) must agree."""

from __future__ import annotations

import unicodedata

import pytest

from quietcase.app.case import Case
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.search import LiveSearch, search
from quietcase.storage.records import Contact, ContactRole, Incident


@pytest.fixture
def filled(case: Case) -> Case:
    journal = case.journal
    journal.add_incident(
        Incident(
            title="텔레그램에서 사진 유포",
            description="딥페이크영상이 텔레그램방에 올라왔어요.",
            tags=("허위영상물",),
        )
    )  # I-1
    journal.add_incident(
        Incident(title="n번방 관련 신고", platform="Telegram", place="Telegram 방")
    )  # I-2
    journal.add_incident(Incident(title="ＫａｋａｏＴａｌｋ 오픈채팅 캡처"))  # I-3
    journal.add_incident(Incident(title=unicodedata.normalize("NFD", "불법촬영물 발견")))  # I-4
    journal.add_contact(
        Contact(name="이하늘 상담원", role=ContactRole.SUPPORT_CENTRE, organisation="디성센터")
    )  # C-1
    case.intake.import_bytes(unicodedata.normalize("NFD", "증거.png"), b"bytes", IntakeDetails())
    return case


def _both(case: Case, query: str) -> list[str]:
    indexed = [hit.ref for hit in search(case.vault, query).hits()]
    live = [hit.ref for hit in LiveSearch(case.vault).search(query).hits()]
    assert indexed == live, query
    return indexed


@pytest.mark.parametrize(
    ("query", "refs"),
    [
        ("텔레그램", ["I-1", "I-2"]),  # "텔레그램에서", "텔레그램방"; and "Telegram" (I-2)
        ("딥페이크", ["I-1"]),  # "딥페이크영상"
        ("영상", ["I-1"]),  # the other half of the compound
        ("텔레그램방", ["I-1"]),
        ("허위영상물", ["I-1"]),  # a tag
        ("텔레", ["I-1", "I-2"]),  # two syllables: shorter than a trigram; starts 텔레그램
        ("사진", ["I-1"]),
        ("신고", ["I-2"]),
        ("n번방", ["I-2"]),  # Hangul and Latin in one word
        ("N번방", ["I-2"]),
        ("Telegram 방", ["I-1", "I-2"]),  # both words, anywhere; "텔레그램방" (I-1) too
        ("telegram", ["I-1", "I-2"]),  # the platform in either language
        ("오픈채팅", ["I-3"]),
        ("촬영", ["I-4"]),  # typed in NFD (a Mac), found in NFC
        ("디성센터", ["C-1"]),
        ("상담원", ["C-1"]),
        ("증거", ["E-1"]),  # a file name that arrived in NFD
        (unicodedata.normalize("NFD", "증거"), ["E-1"]),  # and a query in NFD
        ("텔레그램 없는말", []),
    ],
)
def test_korean_words_are_found(filled: Case, query: str, refs: list[str]) -> None:
    assert _both(filled, query) == refs


def test_nfd_is_stored_as_nfc(filled: Case) -> None:
    [evidence] = filled.evidence.items()
    assert evidence.filename == unicodedata.normalize("NFC", "증거.png")
    assert filled.journal.incident(4).title == "불법촬영물 발견"


@pytest.mark.parametrize(
    ("query", "refs"),
    [
        ("ＫａｋａｏＴａｌｋ", ["I-3"]),  # full-width, as stored
        ("ｋａｋａｏ", ["I-3"]),
        ("kakaotalk", ["I-3"]),  # half-width finds full-width (a Korean IME's full-width mode)
        ("Kakao 오픈", ["I-3"]),
        ("ＴＥＬＥＧＲＡＭ", ["I-1", "I-2"]),  # and full-width finds half-width (and 텔레그램)
        ("ｎ번방", ["I-2"]),
        ("ｎ번", ["I-2"]),  # two characters: the LIKE path
    ],
)
def test_full_and_half_width_find_each_other(filled: Case, query: str, refs: list[str]) -> None:
    assert _both(filled, query) == refs


def test_snippets_show_the_match_across_widths(filled: Case) -> None:
    [hit] = search(filled.vault, "kakao").hits()
    assert hit.title == "ＫａｋａｏＴａｌｋ 오픈채팅 캡처"
