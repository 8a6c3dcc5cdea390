"""A whole session of use, for promises 5 (nothing plaintext reaches the disk) and 6 (no
network): the case's words with unique markers, source files that carry them, the CLI steps,
a fresh HOME / XDG / TMPDIR, a scan for the markers, and a guard that refuses the network.

The CLI session runs in one child process (`SESSION_CHILD`: `main()` once per step); the
window session is `window_session.py`, run by pytest in a child process. Both children get
the fresh directories from their first instruction and the network guard as
`sitecustomize.py` on PYTHONPATH, so one run of each serves both promises.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.reliability.reliability_tools import ROOT, files_under
from tests.shared import PASS, REAL_IMAGES

# Unique words that appear nowhere but in what she writes and in her files. The Korean one
# has Hangul syllables and an é, so its NFD spelling (macOS file names) differs.
MARKER_EN = "qcmark-zx81-orchid-lantern"
MARKER_KO = "큐씨표식-딥페이크-café-zx81"
MARKERS = (MARKER_EN, MARKER_KO)
NEW_PASSPHRASE = "another quiet river 7"

# Refuses the network in whatever process imports it first (as `sitecustomize`), and notes
# every attempt in QUIETCASE_TEST_NETWORK_LOG: a swallowed error would otherwise hide it.
GUARD = r'''
import os, socket, sys

_LOG = os.environ.get("QUIETCASE_TEST_NETWORK_LOG", "")


def _note(what):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(what + "\n")


class NetworkRefused(OSError):
    pass


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _note(f"socket.socket{args!r}")
        raise NetworkRefused("Quietcase must not use the network (socket.socket)")


def _refuse(name):
    def refuse(*args, **kwargs):
        _note(f"socket.{name}{args[:2]!r}")
        raise NetworkRefused(f"Quietcase must not use the network (socket.{name})")
    return refuse


socket.socket = socket.SocketType = _NoSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
              "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
    setattr(socket, _name, _refuse(_name))


class _NoQtNetwork:
    """An import of PySide6.QtNetwork fails (and is noted)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "PySide6.QtNetwork":
            _note("import PySide6.QtNetwork")
            raise ImportError("Quietcase must not use the network (QtNetwork)")
        return None


sys.meta_path.insert(0, _NoQtNetwork)
'''

# Runs a JSON list of CLI steps in this one process: {"argv": [...], "env": {...}} each,
# printing {"code", "out", "err"} per step.
SESSION_CHILD = r"""
import io, json, os, sys
from contextlib import redirect_stderr, redirect_stdout
from quietcase.cli.main import main
for step in json.loads(open(sys.argv[1], encoding="utf-8").read()):
    for name, value in step.get("env", {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(step["argv"])
    print(json.dumps({"argv": step["argv"], "code": code, "out": out.getvalue(),
                      "err": err.getvalue()}), flush=True)
"""


@dataclass(frozen=True)
class Fresh:
    """A fresh home for one session: every place a program may write on its own."""

    root: Path

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def vault(self) -> Path:
        return self.home / "Documents" / "Quietcase" / "case.quietcase"

    def env(self, guard_dir: Path, network_log: Path) -> dict[str, str]:
        home = self.home
        places = {
            "HOME": home,
            "XDG_CONFIG_HOME": home / ".config",
            "XDG_CACHE_HOME": home / ".cache",
            "XDG_DATA_HOME": home / ".local" / "share",
            "XDG_STATE_HOME": home / ".local" / "state",
            "XDG_RUNTIME_DIR": self.root / "run",
            "TMPDIR": self.tmp,
            "TMP": self.tmp,
            "TEMP": self.tmp,
        }
        for folder in places.values():
            folder.mkdir(parents=True, exist_ok=True)
        (self.root / "run").chmod(0o700)
        self.vault.parent.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIETCASE_", "XDG_"))}
        env.update({k: str(v) for k, v in places.items()})
        env.update(
            {
                "PYTHONPATH": os.pathsep.join([str(guard_dir), str(ROOT)]),
                "PYTHONDONTWRITEBYTECODE": "1",
                "QUIETCASE_TEST_NETWORK_LOG": str(network_log),
                "QT_QPA_PLATFORM": "offscreen",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
                "TZ": "UTC",
            }
        )
        return env


def write_guard(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    return folder


def _png_with_text(text: str) -> bytes:
    """A small PNG whose tEXt chunk carries `text`: its original bytes hold the marker."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    width = height = 16
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 16, y * 16, 90)) for x in range(width)) for y in range(height)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\0\0\0")
        + chunk(b"tEXt", b"Comment\0" + text.encode("utf-8"))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_sources(folder: Path) -> list[Path]:
    """Her files, outside every scanned place: real photos, a note and a page with the
    markers, a PNG that carries them, and random bytes (the "evidence bytes" to look for)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name in ("Canon_40D.jpg", "gps_DSCN0010.jpg"):
        if (REAL_IMAGES / name).exists():
            files.append(Path(shutil.copy(REAL_IMAGES / name, folder / name)))
    note = folder / f"notes-{MARKER_EN}.txt"
    note.write_text(f"{MARKER_KO}\n{MARKER_EN}\n그 방에서 본 것\n", encoding="utf-8")
    page = folder / "saved-page.html"
    page.write_text(f"<html><body><p>{MARKER_KO}</p><p>{MARKER_EN}</p></body></html>")
    picture = folder / "screenshot.png"
    picture.write_bytes(_png_with_text(f"{MARKER_EN} {MARKER_KO}"))
    blob = folder / "chat-export.bin"
    blob.write_bytes(random.Random(20261125).randbytes(300_000))
    return [*files, note, page, picture, blob]


def needles(sources: list[Path]) -> dict[str, bytes]:
    """What must not be found: each marker in UTF-8, UTF-16 (LE and BE), NFC and NFD, and
    slices of every source file's bytes (where they are not plain zeros)."""
    found: dict[str, bytes] = {}
    for marker in MARKERS:
        for form in ("NFC", "NFD"):
            text = unicodedata.normalize(form, marker)
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found[f"{marker!r} {form} {encoding}"] = text.encode(encoding)
    for source in sources:
        data = source.read_bytes()
        if source.suffix in (".txt", ".html"):
            continue  # text: the markers above stand for it
        for at in (len(data) // 4, len(data) // 2, len(data) * 3 // 4):
            piece = data[at : at + 48]
            if len(piece) == 48 and len(set(piece)) > 8:
                found[f"bytes of {source.name} at {at}"] = piece
    return found


def scan(folders: list[Path], looking_for: dict[str, bytes]) -> list[str]:
    """Every file under `folders`, byte by byte: which needle is in which file."""
    hits = []
    for path in sorted(set(files_under(*folders))):
        data = path.read_bytes()
        hits += [f"{path}: {label}" for label, needle in looking_for.items() if needle in data]
    return hits


def cli_steps(fresh: Fresh, sources: list[Path], *, exports: bool) -> list[dict[str, object]]:
    """A whole CLI session. With `exports`, also what writes her case out in plain on
    purpose (PDF, ZIP, extract); the plaintext scan runs without them."""
    vault = str(fresh.vault)
    out = fresh.root.parent / "exports"  # outside every scanned place
    usb = fresh.root / "usb"  # an encrypted backup: scanned too
    usb.mkdir(exist_ok=True)
    mixed = f"{MARKER_KO} {MARKER_EN}"
    steps: list[dict[str, object]] = [
        {"argv": ["init", vault], "env": {"QUIETCASE_NEW_PASSPHRASE": PASS}},
        {
            "argv": [
                "add",
                "contact",
                vault,
                "--name",
                f"변호사 {MARKER_KO}",
                "--role",
                "lawyer",
                "--note",
                MARKER_EN,
            ],
            "env": {"QUIETCASE_PASSPHRASE": PASS, "QUIETCASE_NEW_PASSPHRASE": None},
        },
        {
            "argv": [
                "add",
                "incident",
                vault,
                "--title",
                f"텔레그램 {MARKER_KO}",
                "--when",
                "2024-03",
                "--platform",
                "Telegram",
                "--url",
                "https://t.me/example_room/204",
                "--handle",
                "@shadow_demo",
                "--tag",
                "deepfake",
                "--contact",
                "C-1",
                "--description",
                MARKER_EN,
                "--note",
                mixed,
            ]
        },
        {
            "argv": [
                "add",
                "incident",
                vault,
                "--title",
                f"Posted again {MARKER_EN}",
                "--description",
                MARKER_KO,
            ]
        },
        {
            "argv": [
                "add",
                "deadline",
                vault,
                "--title",
                MARKER_KO,
                "--due",
                "2026-12-01",
                "--incident",
                "I-1",
            ]
        },
        {
            "argv": [
                "add",
                "request",
                vault,
                "--kind",
                "takedown",
                "--subject",
                MARKER_EN,
                "--reference",
                MARKER_KO,
                "--to",
                "C-1",
                "--incident",
                "I-1",
            ]
        },
        {
            "argv": [
                "import",
                vault,
                *map(str, sources),
                "--incident",
                "I-1",
                "--description",
                mixed,
                "--tag",
                "evidence",
            ]
        },
        {"argv": ["describe", vault, "E-1", "--description", f"{MARKER_KO} again"]},
        {"argv": ["search", vault, MARKER_EN]},
        {"argv": ["search", vault, "딥페이크"]},
        {"argv": ["search", vault, "텔레"]},
        {"argv": ["show", vault, "I-1"]},
        {"argv": ["show", vault, "E-1", "--json"]},
        {"argv": ["list", vault, "incidents", "--json"]},
        {"argv": ["list", vault, "evidence"]},
        {"argv": ["list", vault, "custody"]},
        {"argv": ["bin", vault, "E-2", "--yes"]},
        {"argv": ["unbin", vault, "E-2"]},
        {"argv": ["verify", vault]},
        {"argv": ["backup", vault, str(usb / "backup.quietcase")]},
        {"argv": ["passwd", vault], "env": {"QUIETCASE_NEW_PASSPHRASE": NEW_PASSPHRASE}},
        {
            "argv": ["verify", vault],
            "env": {"QUIETCASE_PASSPHRASE": NEW_PASSPHRASE, "QUIETCASE_NEW_PASSPHRASE": None},
        },
    ]
    if exports:
        out.mkdir(exist_ok=True)
        steps += [
            {"argv": ["export", vault, "--pdf", str(out / "summary.pdf")]},
            {"argv": ["bundle", vault, str(out / "bundle.zip")]},
            {"argv": ["extract", vault, "E-1", str(out / "E-1.bin")]},
            {
                "argv": ["restore", str(usb / "backup.quietcase"), str(out / "restored.quietcase")],
                "env": {"QUIETCASE_PASSPHRASE": PASS},
            },
        ]
    return steps


def run_cli_session(
    fresh: Fresh, steps: list[dict[str, object]], guard_dir: Path, network_log: Path
) -> list[dict[str, object]]:
    """The steps in one child process with the fresh places and the network guard."""
    plan = fresh.root.parent / "steps.json"  # outside every scanned place
    plan.write_text(json.dumps(steps, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SESSION_CHILD, str(plan)],
        env=fresh.env(guard_dir, network_log),
        cwd=fresh.root.parent,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def run_window_session(
    fresh: Fresh, sources: list[Path], guard_dir: Path, network_log: Path
) -> subprocess.CompletedProcess[str]:
    """`window_session.py` under pytest-qt, in a child process with the fresh places."""
    env = fresh.env(guard_dir, network_log)
    env["QUIETCASE_SESSION_VAULT"] = str(fresh.vault)
    env["QUIETCASE_SESSION_SOURCES"] = json.dumps([str(s) for s in sources])
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            str(Path(__file__).with_name("window_session.py")),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


@dataclass
class Sessions:
    """One CLI session and one window session, each in its own fresh places, run once per
    test run and shared by the plaintext and the network tests."""

    sources: list[Path]
    cli_places: Fresh
    cli_results: list[dict[str, object]]
    window_places: Fresh
    window_run: subprocess.CompletedProcess[str]
    network_log: Path
    seconds: float


_SESSIONS: list[Sessions] = []


def sessions(work: Path) -> Sessions:
    """Run both sessions (the first time; later calls get the same results)."""
    if _SESSIONS:
        return _SESSIONS[0]
    import time

    start = time.monotonic()
    sources = make_sources(work / "sources")
    guard = write_guard(work / "guard")
    network_log = work / "network.log"
    cli_places = Fresh(work / "cli")
    cli_places.root.mkdir()
    cli_results = run_cli_session(
        cli_places, cli_steps(cli_places, sources, exports=False), guard, network_log
    )
    window_places = Fresh(work / "window")
    window_places.root.mkdir()
    window_run = run_window_session(window_places, sources, guard, network_log)
    _SESSIONS.append(
        Sessions(
            sources,
            cli_places,
            cli_results,
            window_places,
            window_run,
            network_log,
            time.monotonic() - start,
        )
    )
    return _SESSIONS[0]
