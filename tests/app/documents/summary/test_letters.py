"""Letters the report's font lacks: printed in a spare font that has them (DejaVu Sans for
Arabic or Cyrillic beside a Korean font, a Chinese TrueType font for simplified Chinese),
never dropped: a letter no font here has prints as □ and an emoji as its name, and the
transcript says so. Real fonts of this computer (CI installs Nanum, DejaVu and WenQuanYi
Zen Hei), real PDFs read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.documents.summary import fonts as report_fonts
from quietcase.app.documents.summary.data import Cover, ReportOptions
from quietcase.app.documents.summary.fonts import MISSING, choose_fonts, unprintable, with_fallback
from quietcase.app.documents.summary.pdf import render_report
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.storage.records import Incident
from tests.app.chats.telegram.writer import T0, ChatSpec, Msg, write_json
from tests.app.documents.summary.test_transcript import flat, text_of
from tests.shared import PASS

MIXED = "딥페이크 新的深伪视频 請看頻道 Новое مقطع 🤮❤️ 👩‍💻 𐀀 x"
_TAG = re.compile(r'<font name="([^"]+)">|</font>')


def printed(markup: str) -> list[tuple[str, str]]:
    """(letter, the font it is printed in) for every letter of `markup` (no other tags)."""
    regular = choose_fonts(True).regular
    out: list[tuple[str, str]] = []
    font, at = regular, 0
    for tag in _TAG.finditer(markup):
        out += [(c, font) for c in markup[at : tag.start()]]
        font, at = (tag.group(1) or regular), tag.end()
    return out + [(c, font) for c in markup[at:]]


def glyphs(font: str) -> frozenset[int]:
    found = report_fonts._glyphs(font)
    assert found is not None
    return found


@pytest.fixture
def fresh_spares(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spare fonts looked for again (each test may offer other ones)."""
    monkeypatch.setattr(report_fonts, "_SPARES", [])


def test_every_letter_is_printed_in_a_font_that_has_it(fresh_spares: None) -> None:
    regular = choose_fonts(True).regular
    out = with_fallback(MIXED, regular)
    for char, font in printed(out):
        if unicodedata.category(char) in ("Cf", "Mn", "Me") or char.isspace():
            continue  # joiners and variation selectors print as nothing anyway
        assert ord(char) in glyphs(font), (char, font)
    kept = "".join(c for c, _ in printed(out))
    assert kept.startswith("딥페이크 新的深")
    assert "Новое" in kept and "مقطع" in kept and kept.endswith(" x")


def test_letters_no_font_has_print_as_a_square_and_emoji_by_name(
    fresh_spares: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_fonts, "_SPARE", [])  # no Chinese font: only the Latin spare
    regular = choose_fonts(True).regular
    every = glyphs(regular) | report_fonts._spares().fonts[0][1]
    assert ord("伪") not in every  # neither Nanum nor DejaVu has simplified Chinese
    kept = "".join(c for c, _ in printed(with_fallback(MIXED, regular)))
    assert "新的深" + MISSING * 3 in kept  # 新的深 are in Nanum (hanja), 伪视频 nowhere
    assert "[face with open mouth vomiting]" in kept or "🤮" in kept
    assert "[woman]\u200d[personal computer]" in kept or "👩" in kept
    if ord("𐀀") not in every:
        assert kept.endswith(MISSING + " x")  # a letter, not a symbol: no name
    assert unprintable("新的深伪视频", regular)
    assert not unprintable("딥페이크 Новое", regular)


def test_a_chinese_font_of_this_computer_prints_simplified_chinese(fresh_spares: None) -> None:
    if not any(p.name in report_fonts._SPARE for p in report_fonts._spare_paths()):
        pytest.skip("no Chinese TrueType font here (CI installs fonts-wqy-zenhei)")
    regular = choose_fonts(True).regular
    out = with_fallback("新的深伪视频", regular)
    assert MISSING not in out
    assert not unprintable("新的深伪视频", regular)
    fonts = {font for _, font in printed(out)}
    assert regular in fonts and len(fonts) == 2  # 新的深 in Nanum, 伪视频 in the spare


def test_the_transcript_says_when_letters_could_not_be_printed(
    case: Case, tmp_path: Path, fresh_spares: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_fonts, "_SPARE", [])
    folder = tmp_path / "export"
    spec = ChatSpec(
        "频道", "public_channel", 4242, [Msg(1, T0, "Li", "user1", "新的深伪视频 🤮 请看")]
    )
    write_json(folder, [spec])
    TelegramImport(case.vault, case.clock).import_export(folder)
    ChatMessages(case.vault, case.clock).set_for_report(
        [m.id for m in ChatMessages(case.vault).messages()], True
    )
    words = flat(text_of(render_report(case, ReportOptions()).pdf))
    assert "Some characters are in no font on this computer" in words
    assert "新的深" + MISSING * 3 in words
    assert PASS not in words


def test_her_own_text_in_headings_and_the_cover_keeps_every_letter(
    case: Case, fresh_spares: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An incident's title and place, a file's name, her summary: printed in a spare font
    or as □, never left out."""
    monkeypatch.setattr(report_fonts, "_SPARE", [])
    case.journal.add_incident(Incident(title="新的深伪视频 방", platform="Telegram", place="频道"))
    case.intake.import_bytes("截图_伪.png", b"not really a picture", IntakeDetails())
    options = ReportOptions(cover=Cover(summary="她说 伪视频", title="사건 伪"))
    words = flat(text_of(render_report(case, options).pdf))
    assert "新的深" + MISSING * 3 + " 방" in words
    assert "Telegram · " + MISSING + "道" in words  # 频 is nowhere, 道 is hanja
    assert "截" + MISSING + "_" + MISSING + ".png" in words  # 截 is hanja, 图 and 伪 are not
    assert "사건 " + MISSING in words and MISSING * 2 + " " + MISSING * 3 in words
    assert "\x00" not in words  # the running head too: no letter drawn without a glyph
