"""The window in Korean, offscreen: every main page, the start screens and the editors show
Korean words, and nothing that has a Korean translation is left in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.i18n.korean_window import (
    HANGUL,
    demo_case,
    english_patterns,
    shown_texts,
    speaking,
    untranslated,
    window,
)
from tests.shared import NOW, PASS

PATTERNS = english_patterns()


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    with speaking("ko"):
        yield
    Prompts.reset()


@pytest.fixture
def opened(
    korean: None, qtbot: QtBot, vault_path: Path, clock: FixedClock, tmp_path: Path
) -> Iterator[MainWindow]:
    demo_case(vault_path, PASS, clock, NOW.date())
    settings = Settings()
    settings.remember(vault_path)
    shown = window(clock, tmp_path / "config", settings)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    shown.start.unlock.passphrase.setText(PASS)
    shown.start.unlock.unlock_button.click()
    assert shown.session.is_open
    yield shown
    shown.close()


def _korean_and_complete(widget: QWidget, where: str) -> list[str]:
    texts = shown_texts(widget)
    assert any(HANGUL.search(t) for t in texts), f"{where}: no Korean at all"
    left = untranslated(texts, PATTERNS)
    assert left == [], f"{where}: still in English: {left}"
    return texts


def test_start_screens_speak_korean(
    korean: None, qtbot: QtBot, clock: FixedClock, tmp_path: Path
) -> None:
    shown = window(clock, tmp_path / "config")
    qtbot.addWidget(shown)
    shown.show()
    start = shown.start
    texts = _korean_and_complete(start.welcome, "welcome")
    assert "새 사건 파일 만들기" in texts
    shown.show_create()
    start.create_page.passphrase.setText("abc")
    texts = _korean_and_complete(start.create_page, "create")
    assert "비밀번호" in texts
    assert any("쉽게 짐작할 수 있는 비밀번호예요" in t for t in texts)  # strength hint (app)
    shown.show_unlock(tmp_path / "case.quietcase")
    shown.start.unlock.passphrase.setText("")
    shown.start.unlock.unlock_button.click()
    texts = _korean_and_complete(start.unlock, "unlock")
    assert "비밀번호를 입력해 주세요." in texts
    assert shown.windowTitle() == "Quietcase"


def test_wrong_passphrase_is_said_in_korean(
    korean: None, qtbot: QtBot, vault_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    shown = window(clock, tmp_path / "config")
    qtbot.addWidget(shown)
    shown.show_unlock(vault_path)
    shown.start.unlock.passphrase.setText("not it")
    shown.start.unlock.unlock_button.click()
    error = shown.start.unlock.error.text()
    assert "이 비밀번호로는 사건 파일을 열 수 없어요" in error
    assert "한영 전환" in error


def test_every_page_of_the_case_speaks_korean(opened: MainWindow) -> None:
    view = opened.case_view
    names = [view.nav.item(row).text() for row in range(view.nav.count())]
    assert names[:4] == ["타임라인", "증거", "대화방", "관계인"]
    assert "설정" in names
    for row, name in enumerate(view.page_names):
        view.nav.setCurrentRow(row)
        page = view.pages.currentWidget()
        _korean_and_complete(page, name)
    status = view.status.text().replace("\u00a0", " ")
    assert "사건 " in status and "건" in status and "관계인 " in status and "명" in status
    assert "마지막 백업: 아직 없음" in status


def test_timeline_dates_read_the_korean_way(opened: MainWindow) -> None:
    model = opened.case_view.timeline.model
    dates = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(d.endswith("경") for d in dates)  # "2026년 3월경"
    assert any("년 " in d and "일" in d for d in dates)
    assert not any("around" in d or "between" in d for d in dates)
    deadlines = opened.case_view.deadlines.model
    soon = {deadlines.index(row, 2).data() for row in range(deadlines.rowCount())}
    assert any(s.endswith(("일 후", "일 전")) or s in {"오늘", "내일", "어제", ""} for s in soon)


def test_search_results_speak_korean(opened: MainWindow, qtbot: QtBot) -> None:
    view = opened.case_view
    view.search_box.setText("텔레그램")
    page = view.search_page
    assert view.pages.currentWidget() is page
    texts = _korean_and_complete(page, "search")
    assert any(t.startswith("기록 ") and "건에서 찾았어요" in t for t in texts)
    assert any(t.startswith("사건  (") for t in texts)  # the group heading
    view.search_box.setText("없는낱말xyz")
    assert "검색 결과가 없어요" in page.summary.text()


@pytest.mark.parametrize("kind", ["incident", "contact", "deadline", "request"])
def test_editors_speak_korean(opened: MainWindow, kind: str) -> None:
    view = opened.case_view
    dialog = view.editors.edit(kind, None)
    try:
        texts = _korean_and_complete(dialog, kind)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        assert {b.text() for b in buttons.buttons()} == {"저장", "취소"}
        if kind == "incident":
            for index in range(1, dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                _korean_and_complete(dialog, f"{kind} tab {index}")
            dialog.when.set_text("2024년 3월")
            assert dialog.when.hint.text() == "→ 2024년 3월경"
            dialog.when.set_text("2024-02-30")
            assert dialog.when.hint.text().startswith("달력에 없는 날이에요")
        assert texts
    finally:
        dialog.close_for_lock()


def test_questions_and_errors_are_korean(opened: MainWindow) -> None:
    view = opened.case_view
    view.contacts.table.selectRow(0)
    Prompts.set_next_answer("no")
    view.contacts.delete_button.click()
    assert Prompts.asked[-1].endswith(
        "이 기록을 삭제할까요? Quietcase를 닫기 전까지는 ‘되돌리기’로 되살릴 수 있어요."
    )
    dialog = view.editors.edit("contact", None)
    dialog.email.setText("not an address")
    dialog.name.setText("테스트")
    dialog.save()
    assert dialog.error.text() == "이메일 주소로 보이지 않아요: “not an address”."
    dialog.close_for_lock()


def test_standard_buttons_speak_korean(korean: None) -> None:
    """Qt's own words come from qtbase_ko.qm in the PySide6 wheel."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    assert {b.text().replace("&", "") for b in box.buttons()} <= {
        "확인",
        "취소",
        "닫기",
        "확인(O)",
        "취소(C)",
        "닫기(C)",
    }
    assert QLocale().language() == QLocale.Language.Korean
    assert QCoreApplication.translate("CaseView", "%Ln incidents", None, 1234) == "사건 1,234건"


def test_english_stays_english_with_its_plurals(qapp: object) -> None:
    with speaking("en"):
        assert QCoreApplication.translate("CaseView", "%Ln incidents", None, 1) == "1 incident"
        assert (
            QCoreApplication.translate("CaseView", "%Ln incidents", None, 1234) == "1,234 incidents"
        )
        assert QCoreApplication.translate("SettingsPage", "After %n minutes", None, 1) == (
            "After 1 minute"
        )
