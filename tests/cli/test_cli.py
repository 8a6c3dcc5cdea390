"""`quietcase-cli`: exit codes, messages and output, on real vaults.

Most tests call `cli.main.main` in this process (fast); a few run the installed executable to
check the entry point, the locale handling and the cases that need a second process.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import default_folder
from quietcase.app.unlock.attempts import AttemptLog
from quietcase.cli.main import main
from quietcase.storage.records import Incident
from tests.shared import NOW, PASS

NEW_PASS = "새 비밀번호 new passphrase"
EXE = shutil.which("quietcase-cli")
ID = re.compile(r"^[ICDR]-\d+$")


# -- helpers -------------------------------------------------------------------------------


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Result(code={self.code}, out={self.out!r}, err={self.err!r})"


Cli = Callable[..., Result]


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    monkeypatch.delenv("QUIETCASE_NEW_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def _utc() -> Iterator[None]:
    """Deadlines are compared in local time: pin it, so NOW means the same everywhere."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run `main` in this process with the fixed clock; returns code, stdout, stderr."""

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in argv], clock=FixedClock(NOW))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def usage_exit(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """argparse exits by itself (help, usage errors): catch it."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main([str(a) for a in argv], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


def assert_one_kind_line(result: Result | subprocess.CompletedProcess[bytes]) -> None:
    """A failure says one clear line on stderr, never a traceback."""
    err = result.err if isinstance(result, Result) else result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("quietcase-cli: ")


def exe_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIETCASE_", "LC_", "LANG"))}
    env.pop("PYTHONIOENCODING", None)
    env.pop("PYTHONUTF8", None)
    env.update({"LANG": "C.UTF-8", "QUIETCASE_PASSPHRASE": PASS})
    env.update(extra)
    return env


def exe(*argv: str | Path, env: Any = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    assert EXE is not None, "quietcase-cli is not on PATH (pip install -e .)"
    return subprocess.run(
        [EXE, *(str(a) for a in argv)],
        env=exe_env() if env is None else env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        **kwargs,
    )


FILLED_IDS = {"contact": "C-1", "incident": "I-1", "deadline": "D-1", "request": "R-1"}


@pytest.fixture(scope="module")
def filled_template(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with one record of each kind, added through the CLI (built once per module)."""
    path = tmp_path_factory.mktemp("filled") / "filled.quietcase"
    shutil.copyfile(template_vault, path)

    def add(*argv: str) -> str:
        out = io.StringIO()
        with redirect_stdout(out):
            code = main(["add", argv[0], str(path), *argv[1:]], clock=FixedClock(NOW))
        assert code == 0, argv
        return out.getvalue()

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIETCASE_PASSPHRASE", PASS)
        contact = add(
            "contact", "--name", "김지원", "--role", "Support Centre",
            "--organisation", "디지털성범죄피해자지원센터", "--phone", "02-735-8994",
            "--email", "help@example.or.kr", "--handle", "@centre", "--handle", "@CENTRE",
            "--note", "calls back",
        )  # fmt: skip
        incident = add(
            "incident", "--title", "텔레그램 방에 사진 유포",
            "--when", "2024-03 .. 2024-05", "--platform", "telegram", "--place", "room 42",
            "--url", "t.me/room", "--url", "https://example.com/p/1", "--handle", "@bad",
            "--tag", "사진", "--contact", "C-1", "--description", "첫 줄\n둘째 줄",
            "--note", "private",
        )  # fmt: skip
        deadline = add(
            "deadline", "--title", "Complaint", "--due", "2026-12-01 14:00", "--incident", "I-1"
        )
        request = add(
            "request", "--kind", "takedown", "--subject", "delete the posts",
            "--to", "C-1", "--reference", "2026-0042", "--status", "sent",
            "--sent", "2026-11-01", "--follow-up", "2026-12-03", "--incident", "I-1",
        )  # fmt: skip
    printed = {"contact": contact, "incident": incident, "deadline": deadline, "request": request}
    assert printed == {kind: f"{i}\n" for kind, i in FILLED_IDS.items()}
    return path


@pytest.fixture
def filled(vault_path: Path, filled_template: Path) -> dict[str, str]:
    """`vault_path` now holds one record of each kind; returns their ids."""
    shutil.copyfile(filled_template, vault_path)
    return dict(FILLED_IDS)


@pytest.fixture(scope="module")
def big_template(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault of a few hundred pages, so a byte in the middle is far from page 1."""
    path = tmp_path_factory.mktemp("big") / "big.quietcase"
    shutil.copyfile(template_vault, path)
    with open_case(path, PASS, FixedClock(NOW)) as case, case.vault.atomic():
        for n in range(40):
            case.journal.add_incident(
                Incident(title=f"incident {n}", description=f"line {n} of a long chat. " * 400)
            )
    assert path.stat().st_size > 300_000
    return path


@pytest.fixture
def big_vault(big_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "big.quietcase"
    shutil.copyfile(big_template, path)
    return path


def flip_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


# -- init and passwd -----------------------------------------------------------------------


def test_init_creates_a_vault(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "새 사건.quietcase"
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    result = cli("init", path)
    assert result.code == 0, result
    assert str(path) in result.out
    assert "nobody" in result.err and "recover" in result.err
    assert path.is_file()
    with open_case(path, NEW_PASS, FixedClock(NOW)) as case:
        assert case.vault.meta("created_at") == NOW.isoformat()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", NEW_PASS)
    listed = cli("list", path, "incidents")
    assert listed.code == 0 and listed.out.strip() == "No incidents yet."


def test_init_refuses_an_existing_file(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    before = vault_path.read_bytes()
    result = cli("init", vault_path)
    assert result.code == 1
    assert_one_kind_line(result)
    assert "never overwrites" in result.err
    assert vault_path.read_bytes() == before
    assert cli("list", vault_path, "incidents").code == 0  # still opens with the old passphrase


def test_init_refuses_a_plain_file_too(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes")
    assert cli("init", notes).code == 1
    assert notes.read_text() == "my own notes"


def test_init_in_a_missing_folder(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    path = tmp_path / "no such folder" / "case.quietcase"
    result = cli("init", path)
    assert result.code == 1
    assert_one_kind_line(result)
    assert "folder may be missing" in result.err
    assert "Errno" not in result.err
    assert not path.parent.exists()


def test_init_refuses_an_empty_new_passphrase(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", "")
    path = tmp_path / "case.quietcase"
    result = cli("init", path)
    assert result.code == 1
    assert_one_kind_line(result)
    assert "cannot be empty" in result.err
    assert list(tmp_path.iterdir()) == []


def test_passwd_old_stops_working_new_works(
    vault_path: Path, filled: dict[str, str], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cli("list", vault_path, "incidents", "--json").json()
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    result = cli("passwd", vault_path)
    assert result.code == 0, result
    assert "changed" in result.out

    old = cli("list", vault_path, "incidents")
    assert old.code == 3
    assert_one_kind_line(old)

    monkeypatch.setenv("QUIETCASE_PASSPHRASE", NEW_PASS)
    assert cli("list", vault_path, "incidents", "--json").json() == before
    assert cli("verify", vault_path).code == 0


def test_passwd_refuses_empty_and_keeps_the_old(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", "")
    result = cli("passwd", vault_path)
    assert result.code == 1
    assert_one_kind_line(result)
    assert cli("list", vault_path, "incidents").code == 0


def test_passwd_with_wrong_old_passphrase(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", "not it")
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    before = vault_path.read_bytes()
    assert cli("passwd", vault_path).code == 3
    assert vault_path.read_bytes() == before


def test_passphrase_typed_in_nfd_opens_the_same_vault(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", unicodedata.normalize("NFD", PASS))
    assert unicodedata.normalize("NFD", PASS) != PASS
    assert cli("list", vault_path, "incidents").code == 0


# -- add -----------------------------------------------------------------------------------


def test_add_prints_ids(vault_path: Path, filled: dict[str, str]) -> None:
    assert filled == {"contact": "C-1", "incident": "I-1", "deadline": "D-1", "request": "R-1"}
    assert all(ID.match(i) for i in filled.values())


def test_add_incident_minimal_and_ids_grow(vault_path: Path, cli: Cli) -> None:
    first = cli("add", "incident", vault_path, "--title", "one")
    second = cli("add", "incident", vault_path, "--title", "two")
    assert (first.code, first.out, second.out) == (0, "I-1\n", "I-2\n")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["incident", "--title", "   "], "Please fill in the title"),
        (["incident", "--title", "x", "--url", "not a url"], "web address"),
        (["incident", "--title", "x", "--url", "https://ok.org", "--url", "ftp://x.org"], "ftp"),
        (["incident", "--title", "x", "--when", "2026-02-31"], "not a day in the calendar"),
        (["incident", "--title", "x", "--when", "a while back"], "could not read"),
        (["incident", "--title", "x", "--contact", "C-99"], "C-99"),
        (["contact", "--name", "x", "--role", "dentist"], "is not a role"),
        (["contact", "--name", "x", "--role", "other", "--email", "kim at law"], "email"),
        (["contact", "--name", "x", "--role", "other", "--phone", "call me"], "phone"),
        (["deadline", "--title", "x", "--due", "2026-02-31"], "not a day in the calendar"),
        (["deadline", "--title", "x", "--due", "2026-12"], "please give a day"),
        (["deadline", "--title", "x", "--due", "2026-12-01", "--incident", "I-9"], "I-9"),
        (["request", "--kind", "pizza"], "is not a kind of request"),
        (["request", "--kind", "other", "--status", "lost"], "is not a status"),
        (["request", "--kind", "other", "--sent", "2026-13-01"], "not a day in the calendar"),
        (["request", "--kind", "other", "--follow-up", "soon"], "could not read"),
        (["request", "--kind", "other", "--to", "C-5"], "C-5"),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(
    vault_path: Path, filled: dict[str, str], cli: Cli, argv: list[str], fragment: str
) -> None:
    before = vault_path.read_bytes()
    result = cli("add", argv[0], vault_path, *argv[1:])
    assert result.code == 1, result
    assert_one_kind_line(result)
    assert fragment in result.err
    assert result.out == ""
    assert vault_path.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["incident", "--title", "x", "--contact", "I-1"],
        ["incident", "--title", "x", "--contact", "someone"],
        ["deadline", "--title", "x", "--due", "2026-12-01", "--incident", "C-1"],
        ["request", "--kind", "other", "--to", "I-1"],
    ],
)
def test_add_with_an_id_of_the_wrong_kind_is_a_usage_error(
    vault_path: Path, filled: dict[str, str], cli: Cli, argv: list[str]
) -> None:
    before = vault_path.read_bytes()
    result = cli("add", argv[0], vault_path, *argv[1:])
    assert result.code == 2, result
    assert_one_kind_line(result)
    assert vault_path.read_bytes() == before


# -- list ----------------------------------------------------------------------------------

FIELDS = {
    "incidents": {"id", "title", "when", "platform", "place", "links", "handles", "tags",
                  "description", "note"},
    "contacts": {"id", "name", "role", "organisation", "phone", "email", "handles", "note"},
    "deadlines": {"id", "title", "due", "incident_id", "done"},
    "requests": {"id", "kind", "contact_id", "reference", "status", "sent_on", "follow_up_on",
                 "incident_ids"},
}  # fmt: skip
LINK_FIELDS = {"url", "post_title", "uploader", "found_on", "status", "checked_on", "keywords"}


@pytest.mark.parametrize("what", list(FIELDS))
def test_list_json_fields(vault_path: Path, filled: dict[str, str], cli: Cli, what: str) -> None:
    result = cli("list", vault_path, what, "--json")
    assert result.code == 0, result
    rows = result.json()
    assert isinstance(rows, list) and len(rows) == 1
    assert FIELDS[what] <= set(rows[0])
    assert all(re.fullmatch(r"[a-z_]+", key) for key in rows[0])
    assert ID.match(rows[0]["id"])


def test_list_json_values(vault_path: Path, filled: dict[str, str], cli: Cli) -> None:
    [incident] = cli("list", vault_path, "incidents", "--json").json()
    assert incident["title"] == "텔레그램 방에 사진 유포"
    assert incident["when"] == "2024-03 .. 2024-05"
    assert incident["platform"] == "Telegram"
    assert incident["place"] == "room 42"
    assert [link["url"] for link in incident["links"]] == [
        "https://t.me/room",
        "https://example.com/p/1",
    ]
    assert all(set(link) == LINK_FIELDS for link in incident["links"])
    assert incident["links"][0]["status"] == "unknown"
    assert incident["handles"] == ["@bad"] and incident["tags"] == ["사진"]
    assert incident["description"] == "첫 줄\n둘째 줄"
    assert incident["note"] == "private"
    assert incident["contact_ids"] == ["C-1"]
    assert incident["created_at"] == NOW.isoformat()

    [contact] = cli("list", vault_path, "contacts", "--json").json()
    assert contact["role"] == "support_centre"
    assert contact["handles"] == ["@centre"]
    assert (contact["phone"], contact["email"]) == ("02-735-8994", "help@example.or.kr")

    [deadline] = cli("list", vault_path, "deadlines", "--json").json()
    assert deadline["due"] == "2026-12-01 14:00"
    assert deadline["incident_id"] == "I-1"
    assert deadline["done"] is False and deadline["overdue"] is False

    [request] = cli("list", vault_path, "requests", "--json").json()
    assert request["kind"] == "takedown" and request["status"] == "sent"
    assert request["contact_id"] == "C-1" and request["incident_ids"] == ["I-1"]
    assert request["reference"] == "2026-0042"
    assert (request["sent_on"], request["follow_up_on"]) == ("2026-11-01", "2026-12-03")


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("incidents", ["I-1", "2024-03 .. 2024-05", "Telegram", "텔레그램 방에 사진 유포"]),
        ("contacts", ["C-1", "support_centre", "김지원", "디지털성범죄피해자지원센터"]),
        ("deadlines", ["D-1", "2026-12-01 14:00", "open", "Complaint"]),
        ("requests", ["R-1", "takedown", "sent", "2026-11-01", "2026-0042", "delete the posts"]),
    ],
)
def test_list_text(
    vault_path: Path, filled: dict[str, str], cli: Cli, what: str, expected: list[str]
) -> None:
    result = cli("list", vault_path, what)
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert lines[0].startswith("ID")
    assert all(cell in lines[1] for cell in expected)
    assert lines[-1] == f"(1 {what[:-1]})"


@pytest.mark.parametrize("what", list(FIELDS))
def test_list_empty(vault_path: Path, cli: Cli, what: str) -> None:
    assert cli("list", vault_path, what).out == f"No {what} yet.\n"
    assert cli("list", vault_path, what, "--json").json() == []


def test_list_does_not_touch_the_file(vault_path: Path, filled: dict[str, str], cli: Cli) -> None:
    before = vault_path.read_bytes()
    for what in FIELDS:
        assert cli("list", vault_path, what).code == 0
    assert cli("show", vault_path, "I-1").code == 0
    assert cli("verify", vault_path).code == 0
    assert vault_path.read_bytes() == before


def test_list_deadlines_upcoming(vault_path: Path, cli: Cli) -> None:
    # NOW is 2026-11-25 09:00 UTC
    for title, due in [
        ("overdue", "2026-11-20"),
        ("far", "2027-03-01"),
        ("soon", "2026-12-01"),
        ("done already", "2026-11-26"),
    ]:
        assert cli("add", "deadline", vault_path, "--title", title, "--due", due).code == 0
    with open_case(vault_path, PASS, FixedClock(NOW)) as case:
        case.journal.mark_deadline_done(4)

    upcoming = cli("list", vault_path, "deadlines", "--upcoming", "--json").json()
    assert [(d["title"], d["overdue"]) for d in upcoming] == [("overdue", True), ("soon", False)]
    everything = cli("list", vault_path, "deadlines", "--json").json()
    assert [d["title"] for d in everything] == ["overdue", "done already", "soon", "far"]

    text = cli("list", vault_path, "deadlines", "--upcoming").out
    assert "OVERDUE" in text and "far" not in text and "done already" not in text
    assert "done" in cli("list", vault_path, "deadlines").out


# -- show ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["incident", "contact", "deadline", "request"])
def test_show_json_matches_list(
    vault_path: Path, filled: dict[str, str], cli: Cli, kind: str
) -> None:
    shown = cli("show", vault_path, filled[kind], "--json")
    assert shown.code == 0, shown
    [listed] = cli("list", vault_path, kind + "s", "--json").json()
    assert shown.json() == listed


def test_show_text(vault_path: Path, filled: dict[str, str], cli: Cli) -> None:
    result = cli("show", vault_path, "i1")
    assert result.code == 0, result
    text = result.out
    assert re.search(r"^title\s+텔레그램 방에 사진 유포$", text, re.M)
    assert re.search(r"^link 1\s+https://t\.me/room", text, re.M)
    assert re.search(r"^description\s+첫 줄$", text, re.M)
    assert re.search(r"^\s+둘째 줄$", text, re.M)
    assert "place" in text and "room 42" in text

    contact = cli("show", vault_path, " c-1 ").out
    assert "help@example.or.kr" in contact and "김지원" in contact


def test_show_unknown_id(vault_path: Path, filled: dict[str, str], cli: Cli) -> None:
    result = cli("show", vault_path, "I-9")
    assert result.code == 1
    assert_one_kind_line(result)
    assert "I-9" in result.err and result.out == ""


@pytest.mark.parametrize("garbage", ["zz", "12", "I-", "X-1", "I-1-2"])
def test_show_garbage_id_is_a_usage_error(
    vault_path: Path, filled: dict[str, str], cli: Cli, garbage: str
) -> None:
    result = cli("show", vault_path, garbage)
    assert result.code == 2
    assert_one_kind_line(result)
    assert "I-12" in result.err  # shows what an id looks like


# -- verify and files that are not a good vault --------------------------------------------


def test_verify_good_vault(vault_path: Path, filled: dict[str, str], cli: Cli) -> None:
    result = cli("verify", vault_path)
    assert result.code == 0, result
    assert "intact" in result.out
    report = cli("verify", vault_path, "--json").json()
    counter, head = report.pop("custody_counter"), report.pop("custody_head")
    assert report == {"file": str(vault_path), "ok": True, "problems": [], "notes": []}
    assert f"custody head   event {counter}: {head}" in result.out
    assert counter > 0 and len(head) == 64


def test_verify_big_vault_is_intact(big_vault: Path, cli: Cli) -> None:
    result = cli("verify", big_vault)
    assert result.code == 0, result
    assert "40 incidents" in result.out


def test_verify_flipped_byte_in_the_middle(big_vault: Path, cli: Cli) -> None:
    flip_middle_byte(big_vault)
    result = cli("verify", big_vault)
    assert result.code == 4, result
    assert "Traceback" not in result.err
    assert "DAMAGED" in result.out and "backup" in result.out
    assert re.search(r"^  - ", result.out, re.M)  # the problems found, one per line


def test_verify_json_reports_the_damage(big_vault: Path, cli: Cli) -> None:
    flip_middle_byte(big_vault)
    result = cli("verify", big_vault, "--json")
    assert result.code == 4
    report = result.json()
    assert report["ok"] is False and report["problems"]


def test_list_on_a_damaged_vault_is_exit_4(big_vault: Path, cli: Cli) -> None:
    # Damage every page but the first, so whatever pages listing reads are damaged (the
    # middle of the file may hold only the search index, which listing never reads).
    data = bytearray(big_vault.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset] ^= 0x01
    big_vault.write_bytes(bytes(data))
    result = cli("list", big_vault, "incidents")
    assert result.code == 4, result
    assert_one_kind_line(result)
    assert "backup" in result.err


@pytest.mark.parametrize("keep", [0.5, 0.37])
def test_truncated_vault(big_vault: Path, cli: Cli, keep: float) -> None:
    data = big_vault.read_bytes()
    big_vault.write_bytes(data[: int(len(data) * keep)])
    cut = big_vault.read_bytes()
    result = cli("verify", big_vault)
    # page 1 is intact, so this is damage (4), not a wrong passphrase (3)
    assert result.code == 4, result
    assert_one_kind_line(result)
    assert "damaged" in result.err and "passphrase" not in result.err
    assert big_vault.read_bytes() == cut


def make_random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def make_plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('mine')")
    db.close()


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_short(path: Path) -> None:
    path.write_bytes(b"hello")


@pytest.mark.parametrize("make", [make_random, make_plain_sqlite, make_empty, make_short])
@pytest.mark.parametrize("command", [["verify"], ["list", "{}", "incidents"]])
def test_files_that_are_not_vaults(
    tmp_path: Path, cli: Cli, make: Callable[[Path], None], command: list[str]
) -> None:
    path = tmp_path / "not-a-case.quietcase"
    make(path)
    before = path.read_bytes()
    argv = [command[0], path, *command[2:]]
    result = cli(*argv)
    assert result.code == 3, result
    assert_one_kind_line(result)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "{}"],
        ["list", "{}", "incidents"],
        ["show", "{}", "I-1"],
        ["add", "incident", "{}", "--title", "x"],
        ["passwd", "{}"],
    ],
)
def test_missing_file(tmp_path: Path, cli: Cli, argv: list[str]) -> None:
    path = tmp_path / "nowhere.quietcase"
    result = cli(*[path if a == "{}" else a for a in argv])
    assert result.code == 1, result
    assert_one_kind_line(result)
    assert "There is no case file" in result.err
    assert not path.exists()


def test_wrong_passphrase_leaves_file_identical(
    vault_path: Path, filled: dict[str, str], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = vault_path.read_bytes()
    for wrong in ["wrong", PASS.upper(), PASS + " ", "\ufffd"]:
        monkeypatch.setenv("QUIETCASE_PASSPHRASE", wrong)
        for argv in (["add", "incident", vault_path, "--title", "x"], ["list", vault_path,
                     "incidents"], ["verify", vault_path]):  # fmt: skip
            result = cli(*argv)
            assert result.code == 3, (wrong, argv, result)
            assert_one_kind_line(result)
    assert vault_path.read_bytes() == before
    assert not (vault_path.parent / (vault_path.name + "-journal")).exists()


def test_wrong_passphrases_are_noted_for_her_next_unlock(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", "not hers")
    assert cli("list", vault_path, "incidents").code == 3
    assert cli("add", "incident", vault_path, "--title", "x").code == 3
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    assert cli("list", vault_path, "incidents").code == 0  # a right one is not noted
    since = AttemptLog(default_folder()).opened(vault_path, NOW)
    assert since.failed == 2
    assert since.failed_at == (NOW, NOW)
    notes = (default_folder() / "unlock-attempts.json").read_text("utf-8")
    assert vault_path.name not in notes and str(vault_path.parent) not in notes


@pytest.mark.parametrize("command", [["list", "{}", "incidents"], ["verify", "{}"]])
def test_empty_passphrase_is_a_wrong_passphrase(
    vault_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", "")
    before = vault_path.read_bytes()
    result = cli(*[vault_path if a == "{}" else a for a in command])
    assert_one_kind_line(result)
    assert "unexpected" not in result.err
    assert "passphrase" in result.err
    assert result.code == 3, result
    assert vault_path.read_bytes() == before


def test_in_use_in_process(vault_path: Path, cli: Cli) -> None:
    with open_case(vault_path, PASS, FixedClock(NOW)):
        for argv in (["list", vault_path, "incidents"], ["add", "contact", vault_path,
                     "--name", "x", "--role", "other"]):  # fmt: skip
            result = cli(*argv)
            assert result.code == 5, result
            assert_one_kind_line(result)
    assert cli("list", vault_path, "incidents").code == 0


# -- usage and help ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["list"],
        ["list", "case.quietcase", "things"],
        ["add"],
        ["add", "incident", "case.quietcase"],
        ["add", "contact", "case.quietcase", "--name", "x"],
        ["show", "case.quietcase"],
        ["verify", "a", "b"],
        ["list", "case.quietcase", "incidents", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = usage_exit(capsys, *argv)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


HELP_COMMANDS = [
    [],
    ["init"],
    ["passwd"],
    ["add"],
    ["add", "incident"],
    ["add", "contact"],
    ["add", "deadline"],
    ["add", "request"],
    ["list"],
    ["show"],
    ["verify"],
    ["demo"],
]


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, err = usage_exit(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("usage: quietcase-cli")
    assert err == ""


def test_top_help_explains_exit_codes_and_env(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = usage_exit(capsys, "--help")
    assert "QUIETCASE_PASSPHRASE" in out
    for command in ["init", "passwd", "add", "list", "show", "verify", "demo"]:
        assert command in out


# -- demo ----------------------------------------------------------------------------------


def test_demo_creates_an_example_case(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("quietcase.cli.demo")
    path = tmp_path / "demo.quietcase"
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    result = cli("demo", path)
    assert result.code == 0, result
    assert str(path) in result.out
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", NEW_PASS)
    incidents = cli("list", path, "incidents", "--json").json()
    assert 25 <= len(incidents) <= 35
    assert all(ID.match(i["id"]) for i in incidents)
    assert cli("verify", path).code == 0


def test_demo_refuses_an_existing_file(
    vault_path: Path, filled: dict[str, str], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("quietcase.cli.demo")
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    before = vault_path.read_bytes()
    result = cli("demo", vault_path)
    assert result.code == 1, result
    assert_one_kind_line(result)
    assert vault_path.read_bytes() == before


# -- the real executable -------------------------------------------------------------------


def test_executable_round_trip_with_korean(tmp_path: Path) -> None:
    path = tmp_path / "사건.quietcase"
    init = exe("init", path, env=exe_env(QUIETCASE_NEW_PASSPHRASE=PASS))
    assert init.returncode == 0, init
    title = "텔레그램 방 — 유포 🔒"
    add = exe("add", "incident", path, "--title", title, "--platform", "kakaotalk")
    assert add.returncode == 0, add
    assert ID.match(add.stdout.decode().strip())

    for locale in ({"LANG": "C.UTF-8"}, {"LC_ALL": "C"}):
        listed = exe("list", path, "incidents", "--json", env=exe_env(**locale))
        assert listed.returncode == 0, (locale, listed)
        [row] = json.loads(listed.stdout.decode("utf-8"))
        assert (row["title"], row["platform"]) == (title, "KakaoTalk")
        shown = exe("show", path, "I-1", env=exe_env(**locale))
        assert shown.returncode == 0, (locale, shown)
        assert title in shown.stdout.decode("utf-8")

    added_in_c = exe("add", "contact", path, "--name", "김지원", "--role", "lawyer",
                     env=exe_env(LC_ALL="C"))  # fmt: skip
    assert added_in_c.returncode == 0, added_in_c
    listed = exe("list", path, "contacts", "--json")
    assert json.loads(listed.stdout.decode("utf-8"))[0]["name"] == "김지원"


def test_executable_exit_codes_without_tracebacks(vault_path: Path, tmp_path: Path) -> None:
    random_file = tmp_path / "random.bin"
    make_random(random_file)
    before = vault_path.read_bytes()
    cases = [
        (["--help"], 0),
        (["verify", vault_path], 0),
        (["frobnicate"], 2),
        (["show", vault_path, "zz"], 2),
        (["verify", tmp_path / "missing.quietcase"], 1),
        (["add", "deadline", vault_path, "--title", "x", "--due", "2026-02-31"], 1),
        (["add", "contact", vault_path, "--name", "x", "--role", "dentist"], 1),
        (["verify", random_file], 3),
    ]
    for argv, code in cases:
        result = exe(*argv)
        assert result.returncode == code, (argv, result)
        assert b"Traceback" not in result.stderr
    wrong = exe("list", vault_path, "incidents", env=exe_env(QUIETCASE_PASSPHRASE="wrong"))
    assert wrong.returncode == 3
    assert_one_kind_line(wrong)
    assert vault_path.read_bytes() == before


def test_executable_flipped_byte_exit_4(big_vault: Path) -> None:
    flip_middle_byte(big_vault)
    result = exe("verify", big_vault)
    assert result.returncode == 4, result
    assert b"Traceback" not in result.stderr


def test_executable_invalid_utf8_passphrase_is_exit_3(vault_path: Path) -> None:
    env = {k.encode(): v.encode() for k, v in exe_env().items()}
    env[b"QUIETCASE_PASSPHRASE"] = b"\xff\xfe pa\xe4ss"
    before = vault_path.read_bytes()
    for argv in (["list", vault_path, "incidents"], ["verify", vault_path]):
        result = exe(*argv, env=env)
        assert result.returncode == 3, result
        assert_one_kind_line(result)
    assert vault_path.read_bytes() == before


def test_executable_refuses_undecodable_new_passphrase(tmp_path: Path) -> None:
    env = {k.encode(): v.encode() for k, v in exe_env().items()}
    env[b"QUIETCASE_NEW_PASSPHRASE"] = b"p\xe4ssw\xf6rd with words"
    path = tmp_path / "case.quietcase"
    result = exe("init", path, env=env)
    assert result.returncode in (1, 2), result
    assert not path.exists()


def test_executable_vault_in_use_is_exit_5(vault_path: Path) -> None:
    before_open = vault_path.read_bytes()
    with open_case(vault_path, PASS, FixedClock(NOW)):
        for argv in (
            ["list", vault_path, "incidents"],
            ["add", "incident", vault_path, "--title", "x"],
            ["verify", vault_path],
        ):
            result = exe(*argv)
            assert result.returncode == 5, (argv, result)
            assert_one_kind_line(result)
            assert b"close it there" in result.stderr
    assert vault_path.read_bytes() == before_open
    assert exe("list", vault_path, "incidents").returncode == 0


def test_executable_without_any_passphrase(vault_path: Path) -> None:
    env = exe_env()
    del env["QUIETCASE_PASSPHRASE"]
    # a new session has no terminal to ask on; stdin is empty
    result = exe("list", vault_path, "incidents", env=env, start_new_session=True)
    assert result.returncode == 1, result
    assert b"QUIETCASE_PASSPHRASE" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_new_case_file_without_its_passphrase_names_the_right_setting(tmp_path: Path) -> None:
    """QUIETCASE_PASSPHRASE set, as for opening: the message names the one a new file reads."""
    env = exe_env()
    env.pop("QUIETCASE_NEW_PASSPHRASE", None)
    for command in ("init", "demo"):
        path = tmp_path / f"{command}.quietcase"
        result = exe(command, path, env=env, start_new_session=True)
        assert result.returncode == 1, result
        assert b"QUIETCASE_NEW_PASSPHRASE" in result.stderr
        assert b"Traceback" not in result.stderr
        assert not path.exists()


@pytest.fixture(autouse=True)
def _no_stray_lock_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.lock")), "a lock file was left behind"
