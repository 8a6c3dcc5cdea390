"""Promise 2: a wrong passphrase never harms the case file.

100 wrong passphrases (empty, one character off, very long, Korean, NUL, invalid UTF-8 from
the environment and from a pipe), each through a real `quietcase-cli` process, spread over
the commands that open a case file for reading and for writing. Each time: exit 3 with one
clear line, nothing on stdout, the file's bytes and mtime unchanged, nothing left beside it
(no journal, no lock file; no backup, no copy), and the lock file of an earlier crash kept.

`pytest -m slow tests/reliability/test_wrong_passphrases.py`; the normal run takes a dozen
of them in-process and two through a process.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import time
import unicodedata
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from quietcase.app.case import create_case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.cli.main import main
from quietcase.storage.lock import lock_path
from quietcase.ui.main_window import MainWindow
from tests.reliability.reliability_tools import child_env, names, one_error_line, run_cli
from tests.shared import NOW, PASS

WRONG = "does not open"


@dataclass(frozen=True)
class Try:
    label: str
    secret: bytes  # as the environment or the pipe carries it
    via: str  # "env" or "stdin"


def wrong_passphrases(count: int, seed: int = 11) -> list[Try]:
    """`count` wrong passphrases: the fixed hard cases first, then one character off."""
    utf8 = PASS.encode()
    fixed = [
        Try("empty", b"", "env"),
        Try("empty line", b"\n", "stdin"),
        Try("a space", b" ", "env"),
        Try("trailing space", utf8 + b" ", "env"),
        Try("leading space", b" " + utf8, "stdin"),
        Try("tab", utf8 + b"\t", "env"),
        Try("doubled", utf8 * 2, "env"),
        Try("100,000 characters", b"x" * 100_000, "env"),
        Try("1 MiB through the pipe", (PASS * 40_000).encode()[: 1 << 20], "stdin"),
        Try("Korean", "비밀번호".encode(), "env"),
        Try("Korean, one syllable off", PASS.replace("번", "반").encode(), "env"),
        Try(
            "Korean in compatibility jamo",
            PASS.replace("비밀번호", "ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗ").encode(),
            "env",
        ),
        Try("Korean in full width", "ｐａ'ｓｓ".encode(), "env"),
        Try("NFKC of it", unicodedata.normalize("NFKC", PASS + "ﬁ").encode(), "env"),
        Try("upper case", PASS.upper().encode(), "env"),
        Try("NUL inside", utf8[:3] + b"\0" + utf8[3:], "stdin"),
        Try("invalid UTF-8", b"\xff\xfe\xfd", "env"),
        Try("invalid UTF-8 after it", utf8 + b"\xff", "env"),
        Try("cut inside the last character", utf8[:-2], "env"),
        Try("invalid UTF-8 through the pipe", utf8[:-3] + b"\xc3\x28", "stdin"),
        Try("Latin-1 of it", PASS.replace("비밀번호 🔒", "").encode("latin-1"), "env"),
        Try("a quote more", utf8.replace(b"'", b"''"), "env"),
        Try("backslash dropped", utf8.rstrip(b"\\"), "stdin"),
        Try("RTL mark", "\u202e".encode() + utf8, "env"),
        Try("newline inside", utf8[:4] + b"\n" + utf8[4:], "env"),
    ]
    rng = random.Random(seed)
    tries = list(fixed)
    seen = {t.secret for t in tries}
    alphabet = "aeiou'\"\\ 비밀번호🔒é1!"
    while len(tries) < count:
        chars = list(PASS)
        i = rng.randrange(len(chars))
        how = rng.choice(["drop", "change", "add", "swap"])
        if how == "drop":
            del chars[i]
        elif how == "change":
            chars[i] = rng.choice([c for c in alphabet if c != chars[i]])
        elif how == "add":
            chars.insert(i, rng.choice(alphabet))
        elif i + 1 < len(chars) and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            continue
        word = "".join(chars)
        if unicodedata.normalize("NFC", word) == unicodedata.normalize("NFC", PASS):
            continue
        if word.encode() in seen:
            continue
        seen.add(word.encode())
        tries.append(Try(f"one off ({how} at {i})", word.encode(), rng.choice(["env", "stdin"])))
    return tries[:count]


def commands(vault: Path, spare: Path) -> list[list[str | Path]]:
    """What she might run: reading, writing, copying out, changing the passphrase."""
    (spare / "usb").mkdir(exist_ok=True)
    (spare / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return [
        ["list", vault, "incidents"],
        ["add", "incident", vault, "--title", "not with this passphrase"],
        ["verify", vault],
        ["search", vault, "딥페이크"],
        ["show", vault, "I-1"],
        ["import", vault, spare / "photo.png"],
        ["passwd", vault],
        ["backup", vault, spare / "usb"],
        ["restore", vault, spare / "restored.quietcase"],
        ["list", vault, "custody"],
    ]


@pytest.fixture(scope="module")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wrong") / "case.quietcase"
    with create_case(path, PASS, FixedClock(NOW)) as case:
        from quietcase.storage.records import Incident

        case.journal.add_incident(Incident(title="텔레그램 딥페이크"))
    return path


@pytest.fixture
def vault(vault_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "home" / "case.quietcase"
    path.parent.mkdir()
    shutil.copyfile(vault_template, path)
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    return path


def snapshot(vault: Path, spare: Path) -> tuple[bytes, int, list[str], list[str]]:
    stat = vault.stat()
    return vault.read_bytes(), stat.st_mtime_ns, names(vault.parent), names(spare)


def in_process(argv: list[str | Path], attempt: Try) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(out), redirect_stderr(err):
        mp.delenv("QUIETCASE_NEW_PASSPHRASE", raising=False)
        mp.setenv("QUIETCASE_BACKUP_PASSPHRASE", "")
        mp.delenv("QUIETCASE_BACKUP_PASSPHRASE")
        if attempt.via == "env":
            mp.setenv("QUIETCASE_PASSPHRASE", attempt.secret.decode("utf-8", "surrogateescape"))
        else:
            mp.delenv("QUIETCASE_PASSPHRASE", raising=False)
            pipe = io.TextIOWrapper(io.BytesIO(attempt.secret), "utf-8", "surrogateescape")
            mp.setattr(sys, "stdin", pipe)
        code = main([str(a) for a in argv], clock=FixedClock(NOW))
    return code, out.getvalue(), err.getvalue()


def in_child(argv: list[str | Path], attempt: Try) -> tuple[int, str, str]:
    env = {os.fsencode(k): os.fsencode(v) for k, v in child_env().items()}
    env.pop(b"QUIETCASE_PASSPHRASE")
    stdin = None
    if attempt.via == "env":
        env[b"QUIETCASE_PASSPHRASE"] = attempt.secret
    else:
        stdin = attempt.secret if attempt.secret.endswith(b"\n") else attempt.secret + b"\n"
    done = run_cli(*argv, env=env, stdin=stdin if stdin is not None else b"")
    return done.returncode, done.stdout.decode(), done.stderr.decode(errors="replace")


def check_tries(vault: Path, tries: list[Try], run: Callable[..., tuple[int, str, str]]) -> None:
    spare = vault.parent.parent / "spare"
    spare.mkdir(exist_ok=True)
    argvs = commands(vault, spare)
    lock_path(vault).touch()  # as left by an earlier crash: it must stay
    before = snapshot(vault, spare)
    failures = []
    for index, attempt in enumerate(tries):
        argv = argvs[index % len(argvs)]
        code, out, err = run(argv, attempt)
        try:
            assert code == 3, (code, err)
            assert out == ""
            assert WRONG in one_error_line(err)
            assert snapshot(vault, spare) == before
        except AssertionError as exc:
            failures.append((attempt.label, argv[0], repr(exc)[:300]))
    assert not failures, failures
    # And the right one still opens it.
    with open_case(vault, PASS, FixedClock(NOW)) as case:
        assert [i.title for i in case.journal.incidents()] == ["텔레그램 딥페이크"]


NORMAL_RUN = [
    "empty",
    "empty line",
    "100,000 characters",
    "1 MiB through the pipe",
    "Korean in compatibility jamo",
    "NUL inside",
    "invalid UTF-8 after it",
    "cut inside the last character",
    "invalid UTF-8 through the pipe",
    "RTL mark",
]


def test_wrong_passphrases_in_process(vault: Path) -> None:
    by_label = {t.label: t for t in wrong_passphrases(100)}
    check_tries(vault, [by_label[label] for label in NORMAL_RUN], in_process)


def test_wrong_passphrases_through_processes(vault: Path) -> None:
    by_label = {t.label: t for t in wrong_passphrases(100)}
    picked = [by_label["invalid UTF-8"], by_label["invalid UTF-8 through the pipe"]]
    check_tries(vault, picked, in_child)


@pytest.mark.slow
def test_100_wrong_passphrases_through_processes(vault: Path) -> None:
    start = time.monotonic()
    tries = wrong_passphrases(100)
    assert len({t.secret for t in tries}) == 100
    check_tries(vault, tries, in_child)
    print(f"\n100 wrong passphrases through the CLI in {time.monotonic() - start:.1f} s")


def test_the_same_passphrase_typed_on_a_mac_opens_it(vault: Path) -> None:
    """Not wrong: the NFD spelling of the right passphrase (macOS) is the same passphrase."""
    nfd = unicodedata.normalize("NFD", PASS)
    assert nfd != PASS
    code, _, err = in_process(["list", vault, "incidents"], Try("NFD", nfd.encode(), "env"))
    assert code == 0, err


WindowAt = Callable[..., MainWindow]


def test_wrong_passphrases_in_the_window(window_at: WindowAt, vault: Path) -> None:
    before = snapshot(vault, vault.parent)
    window = window_at(vault)
    page = window.start.unlock
    for attempt in wrong_passphrases(100)[5:11]:
        text = attempt.secret.decode("utf-8", "replace").replace("\0", "")
        if not text.strip():
            continue  # the window does not offer Unlock for an empty field
        page.passphrase.setText(text)
        page.unlock_button.click()
        assert not window.session.is_open, attempt.label
        assert WRONG in page.error.text(), attempt.label
        assert page.unlock_button.isEnabled()
    assert snapshot(vault, vault.parent)[:2] == before[:2]
    assert not lock_path(vault).exists()
    page.passphrase.setText(PASS)
    page.unlock_button.click()
    assert window.session.is_open
    window.lock()


def test_a_new_passphrase_piped_in_as_invalid_utf8_is_refused(tmp_path: Path) -> None:
    """She could never type it again: `init` says so, and makes no file."""
    out, err = io.StringIO(), io.StringIO()
    pipe = io.TextIOWrapper(
        io.BytesIO(b"caf\xe9 au lait\ncaf\xe9 au lait\n"), "utf-8", "surrogateescape"
    )
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(out), redirect_stderr(err):
        mp.delenv("QUIETCASE_NEW_PASSPHRASE", raising=False)
        mp.setattr(sys, "stdin", pipe)
        code = main(["init", str(tmp_path / "new.quietcase")], clock=FixedClock(NOW))
    assert code == 1
    assert "not valid UTF-8" in one_error_line(err.getvalue())
    assert names(tmp_path) == []
