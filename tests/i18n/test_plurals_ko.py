"""Plural forms with %n: Korean has one form and a counter word (사건 3건, 관계인 3명);
English has two (1 incident, 2 incidents). The window (Qt, .qm) and the CLI (the .ts read by
app/locale.py) give the same words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from quietcase.cli.language import catalog
from tests.i18n.korean_window import speaking

CASES = [
    # context, source, n, English, Korean
    ("CaseView", "%Ln incidents", 1, "1 incident", "사건 1건"),
    ("CaseView", "%Ln incidents", 2, "2 incidents", "사건 2건"),
    ("CaseView", "%Ln incidents", 0, "0 incidents", "사건 0건"),
    ("CaseView", "%Ln contacts", 1, "1 contact", "관계인 1명"),
    ("CaseView", "%Ln contacts", 12345, "12,345 contacts", "관계인 12,345명"),
    ("SettingsPage", "After %n minutes", 1, "After 1 minute", "1분 뒤"),
    ("SettingsPage", "After %n minutes", 15, "After 15 minutes", "15분 뒤"),
    ("Quietcase", "in %n days", 2, "in 2 days", "2일 후"),
    ("Quietcase", "%n days ago", 1, "1 day ago", "1일 전"),
    ("Quietcase", "%n bytes", 1, "1 byte", "1바이트"),
    ("SearchPage", "showing the first %Ln", 50, "showing the first 50", "처음 50건만 보여요"),
    ("Cli", "(%Ln incidents)", 1, "(1 incident)", "(사건 1건)"),
    ("Cli", "(%Ln custody events)", 3, "(3 custody events)", "(보관 기록 3건)"),
    ("Cli", "%Ln events, unbroken", 1, "1 event, unbroken", "1건, 끊긴 곳 없음"),
]


@pytest.mark.parametrize(("context", "source", "n", "english", "korean"), CASES)
def test_the_window_picks_the_plural_form(
    qapp: object, context: str, source: str, n: int, english: str, korean: str
) -> None:
    with speaking("en"):
        assert QCoreApplication.translate(context, source, None, n) == english
    with speaking("ko"):
        assert QCoreApplication.translate(context, source, None, n) == korean


@pytest.mark.parametrize(("context", "source", "n", "english", "korean"), CASES)
def test_the_cli_picks_the_same_form(
    context: str, source: str, n: int, english: str, korean: str
) -> None:
    assert catalog("en").translate(context, source, None, n) == english
    assert catalog("ko").translate(context, source, None, n) == korean


def test_a_sentence_whose_english_singular_has_no_number(qapp: object) -> None:
    """English may say "the item" for one; Korean still counts."""
    source = "Remove the %Ln items in the bin for good? This cannot be undone."
    assert catalog("en").translate("Cli", source, None, 1).startswith("Remove the item in")
    assert catalog("en").translate("Cli", source, None, 4).startswith("Remove the 4 items")
    assert catalog("ko").translate("Cli", source, None, 1).startswith("휴지통에 있는 1건을")
