"""Passphrases a guesser tries first are never called strong, and using one takes a plain "yes".

The audit found `password가`, `사랑해요사랑해요` and `Password1234!` called "strong" (the old hint
counted character kinds). Whoever takes the case file can guess offline for as long as they
like, starting with dictionaries, keyboard rows, repeats and, for a Korean speaker, Korean
words in Hangul, romanised, or typed with the keyboard left in English mode (두벌식).
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.unlock.passphrase import (
    ESTIMATED_LENGTH,
    HINTS,
    Strength,
    easy_to_guess,
    strength,
)
from tests.shared import NOW, PASS

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from quietcase.cli.main import main; sys.exit(main(sys.argv[1:]))"

AUDIT = ["password가", "사랑해요사랑해요", "Password1234!"]
GUESSED_FIRST = [
    *AUDIT,
    # Korean words, in Hangul and with numbers
    "사랑해", "사랑해요1004", "비밀번호", "비밀번호123", "대한민국", "대한민국만세",
    "대한민국1234!",
    "자기야사랑해", "우리집강아지", "김민지1995", "김민지사랑해", "서울특별시", "하나둘셋넷",
    "일이삼사오육칠팔", "가나다라마바사", "가나다라1234",
    # the same words typed with the keyboard in English mode (두벌식)
    "tkfkdgo", "tkfkdgo1234", "Tkfkdgo1!", "tkfkdgody!", "qlalfqjsgh", "qlalfqjsgh123!",
    "eogksalsrnr", "wkrldi tkfkdgo",
    # repeated syllables and words
    "사랑사랑사랑사랑", "하하하하하하하하", "ㅋㅋㅋㅋㅋㅋㅋㅋ", "사랑해 사랑해 사랑해",
    "사랑해요 사랑해요 사랑해요 사랑해요", "passwordpassword",
    # keyboard rows, typed in Korean mode too (ㅂㅈㄷㄱㅅㅛ is qwerty; ㅔㅁㄴㄴㅈㅐㄱㅇ is password)
    "ㅂㅈㄷㄱㅅㅛ", "ㅂㅈㄷㄱ1234", "ㅁㄴㅇㄹ", "ㅔㅁㄴㄴㅈㅐㄱㅇ", "ㅔㅁㄴㄴㅈㅐㄱㅇ1234!",
    "qwer1234!", "1q2w3e4r!", "asdfghjkl;", "Qwerty123!",
    # romanised, mixed, dates and phone numbers
    "saranghae", "saranghaeyo1004", "Saranghae!2024", "iloveyou사랑해", "minji1995!",
    "P@ssw0rd!", "19950101", "01012345678",
]  # fmt: skip
STRONG = [
    "correct horse battery staple ocean",
    "granite orbit velvet lantern",
    "나는 오늘 아침에 빨간 우산을 잃어버렸다",
    "고등어 구름 의자 번개 자전거",
    "violet canyon 고등어 번개",
]


@pytest.mark.parametrize("guessable", GUESSED_FIRST)
def test_guessed_first_is_never_strong_and_asks_first(guessable: str) -> None:
    assert strength(guessable) is Strength.WEAK
    assert easy_to_guess(guessable)


@pytest.mark.parametrize("passphrase", STRONG)
def test_a_few_unrelated_words_are_still_strong(passphrase: str) -> None:
    assert strength(passphrase) is Strength.STRONG
    assert not easy_to_guess(passphrase)


def test_only_the_beginning_is_weighed_and_that_never_flatters() -> None:
    """The estimate looks at the first characters only (it is worked out at every key she
    presses): a long passphrase that starts with a repeat is not called strong."""
    assert strength("a" * ESTIMATED_LENGTH + "x7#Kq9!mZ2pL granite orbit") is Strength.WEAK


@pytest.mark.parametrize(
    "typed",
    [
        "x7#Kq9!mZ2pLx7#Kq9!mZ2pLx7#Kq9!mZ2pL" * 30,  # random-looking, 1,000+ characters
        "4@8({[<3&6%9!|17+$5%2" * 50,  # every character a l33t substitution
        "우리집 고양이는 하늘색 모자를 좋아해" * 40,
    ],
)
def test_the_hint_keeps_up_with_her_typing(typed: str) -> None:
    start = time.perf_counter()
    for end in range(len(typed) - 20, len(typed) + 1):  # the last 20 keys she pressed
        strength(typed[:end])
    assert (time.perf_counter() - start) / 21 < 0.25


# -- the command line ---------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), str(ROOT)]))
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en", **extra)
    return env


def quietcase_cli(
    *args: str | Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *map(str, args)],
        input=stdin,
        env=child_env(**env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def at_a_terminal(args: list[str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal of its own, answering each prompt (a piece of its
    text) as it appears; returns the exit code and all it wrote."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout, stderr and /dev/tty
        os.execve(sys.executable, [sys.executable, "-c", CLI, *args], child_env())
    seen, pending, answered_up_to = b"", list(answers), 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child has gone: EIO on Linux
                break
            if not chunk:
                break
            seen += chunk
        at = seen.find(pending[0][0].encode(), answered_up_to) if pending else -1
        if at >= 0:
            prompt, answer = pending.pop(0)
            answered_up_to = at + len(prompt.encode())
            os.write(fd, answer.encode() + b"\r")
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


needs_pty = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux terminal")


@needs_pty
@pytest.mark.parametrize("answer", ["n", ""])
def test_at_a_terminal_an_easy_passphrase_is_asked_about_and_no_is_the_default(
    tmp_path: Path, answer: str
) -> None:
    target = tmp_path / "case.quietcase"
    code, said = at_a_terminal(
        ["init", str(target)],
        [
            ("New passphrase:", "사랑해요사랑해요"),
            ("The same passphrase again:", "사랑해요사랑해요"),
            ("Use it anyway? [y/N]", answer),
        ],
    )
    assert "This is easy to guess. Use it anyway? [y/N]" in said
    assert code != 0 and "Nothing was changed" in said
    assert not target.exists()


@needs_pty
def test_at_a_terminal_yes_uses_it(tmp_path: Path) -> None:
    target = tmp_path / "case.quietcase"
    code, said = at_a_terminal(
        ["init", str(target)],
        [
            ("New passphrase:", "Password1234!"),
            ("The same passphrase again:", "Password1234!"),
            ("Use it anyway?", "네"),
        ],
    )
    assert code == 0, said
    with open_case(target, "Password1234!", FixedClock(NOW)) as case:
        assert case.journal.is_empty()


@needs_pty
def test_at_a_terminal_a_strong_passphrase_is_not_questioned(tmp_path: Path) -> None:
    target = tmp_path / "case.quietcase"
    strong = "granite orbit velvet lantern"
    code, said = at_a_terminal(
        ["init", str(target)],
        [("New passphrase:", strong), ("The same passphrase again:", strong)],
    )
    assert code == 0, said
    assert "Use it anyway" not in said and target.exists()


def test_from_a_script_an_easy_passphrase_is_used_with_a_warning(tmp_path: Path) -> None:
    """A script cannot answer: the passphrase from QUIETCASE_NEW_PASSPHRASE is used, and
    stderr says it is easy to guess."""
    target = tmp_path / "case.quietcase"
    done = quietcase_cli("init", target, QUIETCASE_NEW_PASSPHRASE="password가")
    assert done.returncode == 0, done.stderr
    assert "Please note: " + HINTS[Strength.WEAK] in done.stderr
    assert "Use it anyway" not in done.stderr + done.stdout
    with open_case(target, "password가", FixedClock(NOW)):
        pass


def test_piped_in_an_easy_passphrase_is_used_with_the_hint(tmp_path: Path) -> None:
    target = tmp_path / "case.quietcase"
    done = quietcase_cli("init", target, stdin="tkfkdgo\ntkfkdgo\n")
    assert done.returncode == 0, done.stderr
    assert "easy to guess" in done.stderr and "Use it anyway" not in done.stderr
    assert target.exists()


def test_passwd_from_a_script_warns_about_an_easy_new_passphrase(vault_path: Path) -> None:
    done = quietcase_cli(
        "passwd", vault_path, QUIETCASE_PASSPHRASE=PASS, QUIETCASE_NEW_PASSPHRASE="Password1234!"
    )
    assert done.returncode == 0, done.stderr
    assert "easy to guess" in done.stderr


def test_a_backups_own_easy_passphrase_is_warned_about(vault_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.quietcase"
    done = quietcase_cli(
        "backup",
        vault_path,
        backup,
        QUIETCASE_PASSPHRASE=PASS,
        QUIETCASE_BACKUP_PASSPHRASE="사랑해요사랑해요",
    )
    assert done.returncode == 0, done.stderr
    assert "easy to guess" in done.stderr and backup.exists()
    restored = tmp_path / "restored.quietcase"
    done = quietcase_cli(
        "restore",
        backup,
        restored,
        QUIETCASE_BACKUP_PASSPHRASE="사랑해요사랑해요",
        QUIETCASE_NEW_PASSPHRASE="qwer1234!",
    )
    assert done.returncode == 0, done.stderr
    assert "easy to guess" in done.stderr and restored.exists()
