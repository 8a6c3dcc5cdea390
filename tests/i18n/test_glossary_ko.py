"""docs/glossary.md is kept: every English text with a glossary term (✓ rows) says it in Korean
with the glossary's word, and no translation uses a word the glossary rules out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tools.i18n import Message, messages, ts_path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
KO = [m for m in messages(ts_path("ko")) if not m.unfinished]

# English (as a pattern over the source text) -> the Korean word its translation must hold.
CHECKED = {
    "case file": (r"\bcase files?\b", "사건 파일"),
    "passphrase": (r"\bpassphrases?\b", "비밀번호"),
    "unlock": (r"\bunlock", "잠금"),
    "encrypted": (r"\bencrypted\b", "암호화"),
    "incident": (r"\bincidents?\b", "사건"),
    "evidence": (r"\bevidence\b", "증거"),
    "contact": (r"\bcontacts?\b", "관계인"),
    "lawyer": (r"\blawyers?\b", "변호사"),
    "police": (r"\bpolice\b", "경찰"),
    "support centre": (r"\bsupport cent(re|er)s?\b", "지원센터"),
    "platform": (r"\bplatforms?\b", "플랫폼"),
    "handle": (r"\bhandles?\b", "계정"),
    "tag": (r"\btags?\b", "태그"),
    "private note": (r"\bprivate notes?\b", "개인 메모"),
    "deadline": (r"\bdeadlines?\b", "기한"),
    "request": (r"\brequests?\b", "요청"),
    "takedown": (r"\btakedowns?\b", "삭제"),
    "backup": (r"\bbackups?\b", "백업"),
    "bin": (r"(?<!-)\bbin\b", "휴지통"),
    "custody": (r"\bcustody\b", "보관 기록"),
    "SHA-256": (r"\bSHA-256\b", "SHA-256"),
    "deepfake": (r"\bdeepfakes?\b", "딥페이크"),
}
AVOIDED = ["리벤지 포르노", "몰카", "음란물", "야동", "패스워드", "패스프레이즈"]


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in GLOSSARY.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and not set(cells[0]) <= {"-"}:
            rows.append((cells[0], cells[1], cells[2]))
    return rows


@pytest.mark.parametrize("english", CHECKED)
def test_the_glossary_lists_each_checked_term(english: str) -> None:
    _, korean = CHECKED[english]
    assert any(
        english.casefold() in e.casefold() and korean in k and "✓" in note for e, k, note in _rows()
    ), f"docs/glossary.md has no ✓ row for {english} = {korean}"


def test_every_checked_row_of_the_glossary_is_tested() -> None:
    marked = [e for e, _, note in _rows() if "✓" in note]
    assert len(marked) >= 15
    for english in marked:
        assert any(term.casefold() in english.casefold() for term in CHECKED), english


@pytest.mark.parametrize("english", CHECKED)
def test_translations_use_the_glossary_word(english: str) -> None:
    pattern, korean = CHECKED[english]
    found = [m for m in KO if re.search(pattern, m.source, re.IGNORECASE)]
    assert found, f"no message mentions {english}"
    wrong = [_show(m) for m in found if not all(korean in form for form in m.forms)]
    assert wrong == [], f"{english} should read {korean}"


def test_words_we_do_not_use() -> None:
    for m in KO:
        for form in m.forms:
            assert not any(word in form for word in AVOIDED), _show(m)
            assert not re.search(r"암호(?!화)", form), f"passphrase is 비밀번호: {_show(m)}"


def test_polite_but_plain_haeyo() -> None:
    """Every sentence ends in 해요체 (…요.), not 합니다체 (…니다.), in the window and the CLI:
    each sentence is checked, not only the end of the whole text. The documents (summary,
    complaint helper, deletion list) keep their formal register; their words are not in this
    catalogue but in app/documents/*/text.py."""
    formal = [_show(m) for m in KO if any(FORMAL.search(f) for f in m.forms)]
    assert formal == []


# A sentence in 합니다체: "…니다" (or a question "…니까?") before a space, a bracket, a
# closing quote or the end. "…니까" joining two clauses ("크니까 …") is not one.
FORMAL = re.compile(r"(니다[.?!]?|니까[.?!])(\s|[()”’\]]|$)")


@pytest.mark.parametrize(
    ("text", "formal"),
    [
        ("CSV 파일은 암호화되지 않습니다. 보관해 주세요.", True),  # not the last sentence
        ("목록은 PDF 파일로 저장합니다. 이름을 .pdf로 끝내 주세요.", True),
        ("복사하는 경우가 많습니다(예: 구글 캘린더).", True),
        ("계속할까요? 정말입니까? 네.", True),
        ("저장합니다", True),
        ("파일이 크니까 다른 곳을 골라 주세요.", False),
        ("저장했어요. 확인해 주세요.", False),
    ],
)
def test_the_register_check_reads_every_sentence(text: str, formal: bool) -> None:
    assert bool(FORMAL.search(text)) == formal


def _show(m: Message) -> str:
    return f"[{m.context}] {m.source[:60]!r} -> {m.forms[0][:60]!r}"
