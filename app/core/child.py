"""Child processes that run only our code, with nothing of hers they do not need, bounded.

What she imports may have been made by the person who hurts her, so outside formats are
read in a child process (`app/chats/telegram/parsing.py`). The child is started as
`python -I -m quietcase.<module>`: isolated (no current folder on the import path, no user
site, no `PYTHON*` variables), so a folder of hers holding `quietcase/` or `app/` can never
put its code in place of ours; in a working folder of ours, not hers; with an environment
without `QUIETCASE_*` (her passphrase may be there, for the command line). The child limits
itself at once (`limit_child`): memory and CPU time, no core dump, not readable by other
processes of hers (`PR_SET_DUMPABLE`), killed when we go (`PR_SET_PDEATHSIG`), at a lower
priority. The parent watches the time too and kills it on Cancel, Lock or when it is done.

Installed from a package (PyInstaller, `packaging/`), there is no `python` to start:
`sys.executable` is our own program. The child is then the console program beside it,
`quietcase-cli --quietcase-child MODULE` (`CHILD_ARGUMENT`), which runs only one of
`CHILD_MODULES` (`run_frozen_child`) and nothing else: the frozen program's import path is
its own folder only, as isolated as `-I`.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from quietcase.app.core import hardening

# Variables never handed to a child: ours (the passphrases of the command line) and
# Python's own (-I ignores them too; dropped all the same).
_KEPT_OUT = ("QUIETCASE", "PYTHON")
CHILD_NICENESS = 10  # below the import's own threads and the window

# The packaged programs (packaging/quietcase.spec): a child is the console one, started with
# this hidden first argument and one of these modules (each has a `main()`).
CHILD_ARGUMENT = "--quietcase-child"
FROZEN_CHILD_PROGRAM = "quietcase-cli"
CHILD_MODULES = (
    "quietcase.app.chats.telegram.parsing",
    "quietcase.app.chats.kakaotalk.parsing",
)


@dataclass(frozen=True)
class Limits:
    """What a child may use: bytes of address space, seconds of CPU time (the parent also
    stops it after `seconds` of wall time)."""

    memory: int
    cpu_seconds: int
    seconds: float


def frozen() -> bool:
    """True in the packaged program (PyInstaller sets `sys.frozen`)."""
    return bool(getattr(sys, "frozen", False))


def child_command(module: str) -> list[str]:
    if frozen():
        suffix = ".exe" if sys.platform == "win32" else ""
        program = Path(sys.executable).with_name(FROZEN_CHILD_PROGRAM + suffix)
        return [str(program), CHILD_ARGUMENT, module]
    return [sys.executable, "-I", "-m", module]


def run_frozen_child(argv: list[str]) -> bool:
    """In a packaged program, first thing: when started as a child (`CHILD_ARGUMENT MODULE`),
    run that reader's `main()` and return True (the program then ends); otherwise False.
    Only the modules of `CHILD_MODULES` can be run this way."""
    if len(argv) < 2 or argv[1] != CHILD_ARGUMENT:
        return False
    if len(argv) != 3 or argv[2] not in CHILD_MODULES:
        raise SystemExit(2)
    import importlib

    importlib.import_module(argv[2]).main()
    return True


def child_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    source = os.environ if environ is None else environ
    return {k: v for k, v in source.items() if not k.upper().startswith(_KEPT_OUT)}


def child_folder() -> Path:
    """The child's working folder: the folder of our own code (never hers); packaged, the
    program's own folder (the modules live inside the program, not in folders)."""
    if frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def start_child(module: str) -> subprocess.Popen[bytes]:
    """Start `module` as an isolated child with pipes on its standard input and output (its
    errors go nowhere: her export's text never reaches a terminal or a log). Raises `OSError`
    when no interpreter can be started (an embedded Python)."""
    if not sys.executable:
        raise OSError("no Python interpreter to start")
    return subprocess.Popen(
        child_command(module),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=child_folder(),
        env=child_environment(),
        close_fds=True,
        # Windows: no console window, and below the window's priority.
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
        | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
    )


def limit_child(limits: Limits) -> None:
    """In the child, first thing: its limits (see the module). What a platform does not
    offer is skipped."""
    hardening.no_crash_dumps()
    hardening.die_with_parent()
    if hasattr(os, "nice"):
        try:
            os.nice(CHILD_NICENESS)
        except OSError:
            pass
    try:
        import resource
    except ImportError:  # Windows
        return
    for which, value in (
        (resource.RLIMIT_AS, limits.memory),
        (resource.RLIMIT_CPU, limits.cpu_seconds),
    ):
        try:
            _, hard = resource.getrlimit(which)
            wanted = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (wanted, hard))
        except (OSError, ValueError):
            pass


# Each event crosses a child's pipe as its length, then its pickle.
_LENGTH = struct.Struct("<Q")


def frame(data: bytes) -> bytes:
    """`data` as it crosses the pipe: its length first."""
    return _LENGTH.pack(len(data)) + data


def read_frame(pipe: IO[bytes]) -> bytes:
    """One event's bytes as the child sent them (`frame`); `EOFError` when the child has
    gone (or sent less than it said)."""
    head = pipe.read(_LENGTH.size)
    size = _LENGTH.unpack(head)[0] if len(head) == _LENGTH.size else -1
    data = pipe.read(size) if size > 0 else b""
    if len(data) != size:
        raise EOFError
    return data
