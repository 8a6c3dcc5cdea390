"""The platforms Quietcase knows by name, in English and Korean: one table for the window's
suggestions, its display of a platform, the documents, and search.

A platform is stored as she typed it ("Telegram", "텔레그램", "my forum"); a known one typed in
any case gets its usual spelling (`validation.platform`). Shown in Korean, "Telegram" reads
텔레그램; searching "텔레", "카톡", "인스타", "엑스" or "트위터" also finds what she recorded under
the English name, and "telegram" finds "텔레그램".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    """`name`: the stored (suggested) spelling; `korean`: how Korean text names it; `aliases`:
    other names people use for it (short forms, the old name)."""

    name: str
    korean: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, self.korean, *self.aliases)


PLATFORMS = (
    Platform("Telegram", "텔레그램", ("텔레",)),
    Platform("KakaoTalk", "카카오톡", ("카톡", "카카오", "Kakao")),
    Platform("X", "X", ("엑스", "트위터", "Twitter")),
    Platform("Instagram", "인스타그램", ("인스타", "Insta")),
    Platform("Discord", "디스코드", ("디코",)),
    Platform("Facebook", "페이스북", ("페북",)),
    Platform("YouTube", "유튜브", ("유튭",)),
    Platform("Naver", "네이버", ()),
    Platform("Website", "웹사이트", ()),
    Platform("In person", "대면(오프라인)", ("대면", "오프라인")),
)

SUGGESTIONS = tuple(p.name for p in PLATFORMS)

_SHORTEST_HANGUL = 2  # "텔레", "카톡": two syllables name a platform
_SHORTEST_LATIN = 4  # "tele", "kaka": fewer letters start too many other words
_SHORTEST_TEXT = 3  # a name shorter than this ("X") is looked for as a platform only


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def known(value: str) -> Platform | None:
    """The known platform `value` names (its stored name, Korean name or an alias)."""
    folded = _fold(value)
    for platform in PLATFORMS:
        if folded in (_fold(s) for s in platform.spellings):
            return platform
    return None


def stored_name(value: str) -> str:
    """A known platform typed in any case (or in Korean) as its usual spelling; anything
    else as she typed it."""
    platform = known(value)
    return platform.name if platform is not None and _fold(value) == _fold(platform.name) else value


def display(value: str, korean: bool) -> str:
    """A stored platform as a reader of that language says it: "Telegram" is 텔레그램."""
    platform = known(value)
    if platform is None or not korean or _fold(value) != _fold(platform.name):
        return value
    return platform.korean


def _names(term: str) -> list[Platform]:
    """The platforms a search word starts the name of: "텔레" -> Telegram, "트위터" -> X."""
    folded = _fold(term)
    latin = folded.isascii()
    if len(folded) < (_SHORTEST_LATIN if latin else _SHORTEST_HANGUL):
        return [p for p in PLATFORMS if folded in (_fold(s) for s in p.spellings)]
    return [p for p in PLATFORMS if any(_fold(s).startswith(folded) for s in p.spellings)]


@dataclass(frozen=True)
class SearchWord:
    """What one search word may match: `texts`, any of which in a record's text will do (as
    typed first), and `platforms`, the stored names of the platforms it names (an incident
    recorded on one of them matches even when its text holds no spelling long enough to look
    for, like "X")."""

    texts: tuple[str, ...]
    platforms: tuple[str, ...] = ()


def search_word(term: str) -> SearchWord:
    """The texts and platforms a search word stands for: "텔레" also looks for "telegram",
    "telegram" also for "텔레그램"; "엑스" finds incidents on X and texts saying "twitter"."""
    platforms = _names(term)
    if not platforms:
        return SearchWord((term,))
    texts = [term]
    for platform in platforms:
        for spelling in platform.spellings:
            if len(spelling) >= _SHORTEST_TEXT or not spelling.isascii():
                texts.append(spelling)
    return SearchWord(tuple(dict.fromkeys(texts)), tuple(p.name for p in platforms))
