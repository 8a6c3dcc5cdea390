"""Hangul as the keys that type it (두벌식), and the Korean words the strength hint knows."""

from __future__ import annotations

import unicodedata

import pytest

from quietcase.app.unlock.korean import WORDS, has_hangul, ranked_words, typed_keys


@pytest.mark.parametrize(
    ("hangul", "keys"),
    [
        ("사랑해", "tkfkdgo"),  # what appears with the keyboard left in English mode
        ("비밀번호", "qlalfqjsgh"),
        ("대한민국", "eogksalsrnr"),
        ("ㅂㅈㄷㄱㅅㅛ", "qwerty"),  # a keyboard row, typed in Korean mode
        ("ㅔㅁㄴㄴㅈㅐㄱㅇ", "password"),
        ("있어", "dlTdj"),  # ㅆ is shift+t
        ("뷁", "qnpfr"),  # a compound vowel and a compound final
        ("password가 123!", "passwordrk 123!"),  # the rest stays as it is
    ],
)
def test_typed_keys(hangul: str, keys: str) -> None:
    assert typed_keys(hangul) == keys
    assert typed_keys(unicodedata.normalize("NFD", hangul)) == keys  # as macOS may give it


def test_has_hangul() -> None:
    assert has_hangul("password가") and has_hangul("ㅋ") and has_hangul("사랑")
    assert not has_hangul("Password1234!") and not has_hangul("tkfkdgo") and not has_hangul("")


def test_ranked_words_hold_every_form_once_in_lower_case() -> None:
    words = ranked_words()
    assert len(words) == len(set(words)) and all(w == w.lower() for w in words)
    for word in ("사랑해", "tkfkdgo", "saranghae", "비밀번호", "qlalfqjsgh", "daehanminguk"):
        assert word in words
    assert words.index("사랑해") < words.index("무궁화")  # most common first
    assert len(WORDS.split()) == len(set(WORDS.split()))
