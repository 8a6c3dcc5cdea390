"""`quietcase-cli` speaks Korean when the locale is Korean: LC_ALL, then LC_MESSAGES, then
LANG decide, as gettext reads them for messages."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from quietcase.app.core.clock import FixedClock
from quietcase.cli import language as locale
from quietcase.cli.language import Catalog, catalog, language_from_environment, language_of, read_ts
from quietcase.cli.main import main
from tests.shared import NOW, PASS

KOREAN = {"LANG": "ko_KR.UTF-8"}


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    locale.use_language("en")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ko_KR.eucKR"}, "ko"),
        ({"LANG": "ko"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),  # LC_ALL first
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_GB.UTF-8"}, "ko"),
        ({"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_GB.UTF-8"}, "ko"),  # then LC_MESSAGES
        ({"LC_MESSAGES": "C.UTF-8", "LANG": "ko_KR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ko_KR.UTF-8"}, "ko"),  # empty = not set
        ({"LANGUAGE": "ko", "LANG": "en_GB.UTF-8"}, "en"),  # LANGUAGE is not consulted
        ({}, "en"),
    ],
)
def test_the_locale_decides_in_gettext_order(environ: dict[str, str], language: str) -> None:
    assert language_from_environment(environ) == language


def test_language_names() -> None:
    assert [language_of(v) for v in ("ko_KR.UTF-8", "Korean_Korea.949", "ko-KR", "kok_IN")] == [
        "ko",
        "ko",
        "ko",
        "en",
    ]


def _run(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "quietcase.cli.main", *args],
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_errors_are_korean_under_a_korean_locale(tmp_path: Path) -> None:
    missing = tmp_path / "없는파일.quietcase"
    result = _run("show", str(missing), "I-1", env={**KOREAN, "QUIETCASE_PASSPHRASE": "x"})
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"quietcase-cli: {missing}에 사건 파일이 없어요. 파일 이름과 폴더를 확인해 주세요."
    )
    result = _run("show", str(missing), "X-1", env=KOREAN)
    assert result.returncode == 2
    assert "기록 ID가 아니에요: “X-1”." in result.stderr
    english = _run(
        "show",
        str(missing),
        "I-1",
        env={"LC_ALL": "C.UTF-8", **KOREAN, "QUIETCASE_PASSPHRASE": "x"},
    )
    assert "There is no case file at" in english.stderr


def test_help_and_usage_errors_are_korean() -> None:
    helped = _run("--help", env=KOREAN)
    assert helped.returncode == 0
    assert helped.stdout.startswith("사용법: quietcase-cli")
    assert "옵션:" in helped.stdout and "이 도움말을 보여 주고 끝내기" in helped.stdout
    assert "비어 있는 새 사건 파일 만들기" in helped.stdout
    assert "종료 코드" in helped.stdout
    wrong = _run("list", env=KOREAN)
    assert wrong.returncode == 2
    assert "오류: 다음 인자가 꼭 필요해요: VAULT" in wrong.stderr
    choice = _run("list", "case.quietcase", "nonsense", env=KOREAN)
    assert "고를 수 없는 값이에요: 'nonsense'" in choice.stderr


def _cli(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv, clock=FixedClock(NOW))
    return code, out.getvalue(), err.getvalue()


def test_tables_cards_and_counts_in_korean(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = str(vault_path)
    code, out, _ = _cli(["list", vault, "incidents"], monkeypatch)
    assert (code, out.strip()) == (0, "아직 기록한 사건이 없어요.")
    _cli(["add", "contact", vault, "--name", "김지원", "--role", "support_centre"], monkeypatch)
    _cli(
        ["add", "incident", vault, "--title", "텔레그램 방 유포", "--when", "2024년 3월"],
        monkeypatch,
    )
    code, out, _ = _cli(["list", vault, "incidents"], monkeypatch)
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "일시", "플랫폼", "제목"]
    assert lines[-1] == "(사건 1건)"
    code, out, _ = _cli(["list", vault, "contacts"], monkeypatch)
    assert "지원센터" in out and "support_centre" not in out
    code, out, _ = _cli(["show", vault, "C-1"], monkeypatch)
    card = dict(line.split(maxsplit=1) for line in out.splitlines())
    assert (card["ID"], card["이름"], card["역할"]) == ("C-1", "김지원", "지원센터")
    code, out, err = _cli(["add", "contact", vault, "--name", "x", "--role", "judge"], monkeypatch)
    assert code == 1
    assert err.startswith("quietcase-cli: 역할 항목에 쓸 수 없는 값이에요: “judge”.")
    code, out, _ = _cli(["verify", vault], monkeypatch)
    assert code == 0
    assert "이 사건 파일은 이상 없어요." in out
    assert "사건 1건, 관계인 1명, 기한 0건, 신고·요청 0건" in out


def test_the_catalog_reads_the_ts_file() -> None:
    data = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko_KR">
<context><name>Cli</name>
<message><source>Hello</source><translation>안녕하세요</translation></message>
<message><source>Later</source><translation type="unfinished">나중</translation></message>
<message numerus="yes"><source>%Ln files</source><translation>
<numerusform>파일 %Ln개</numerusform></translation></message>
</context></TS>""".encode()
    ko = read_ts(data, "ko")
    assert ko.translate("Cli", "Hello") == "안녕하세요"
    assert ko.translate("Cli", "Later") == "Later"  # unfinished: like lrelease, left out
    assert ko.translate("Cli", "%Ln files", None, 12345) == "파일 12,345개"
    assert ko.translate("Other", "Hello") == "Hello"
    assert Catalog("en").translate("Cli", "%n files", None, 2) == "2 files"


def test_the_shipped_catalogs() -> None:
    assert catalog("ko").translate("Cli", "(%Ln incidents)", None, 1) == "(사건 1건)"
    assert catalog("en").translate("Cli", "(%Ln incidents)", None, 1) == "(1 incident)"
    assert catalog("en").translate("Cli", "(%Ln incidents)", None, 1000) == "(1,000 incidents)"
    assert catalog("xx").language == "en"


def test_platforms_are_named_in_korean(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored platform reads as her language says it in tables and cards; `--json` keeps
    the stored name; search finds it by its Korean name (app/core/platforms.py)."""
    vault = str(vault_path)
    _cli(["add", "incident", vault, "--title", "방 유포", "--platform", "telegram"], monkeypatch)
    code, out, _ = _cli(["list", vault, "incidents"], monkeypatch)
    assert code == 0 and "텔레그램" in out.splitlines()[1] and "Telegram" not in out
    code, out, _ = _cli(["show", vault, "I-1"], monkeypatch)
    assert "텔레그램" in out
    code, out, _ = _cli(["show", vault, "I-1", "--json"], monkeypatch)
    assert '"platform": "Telegram"' in out
    code, out, _ = _cli(["search", vault, "텔레"], monkeypatch)
    assert code == 0 and "I-1" in out
