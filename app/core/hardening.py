"""Keeping her case out of crash dumps and away from other processes.

A core dump of Quietcase after Lock held the passphrase five times and incident text. So the
window, the command line and every child turn crash dumps off for themselves at start:

- Linux and other POSIX systems: the core file size limit is 0 (`RLIMIT_CORE`), and on Linux
  the process is marked not dumpable (`PR_SET_DUMPABLE` 0): no core file, no
  `systemd-coredump` copy, and other processes of the same user cannot attach to it or read
  its memory through /proc.
- Windows: Windows Error Reporting shows no dialog and collects no heap (where the text
  lives) for this process.

What Python cannot do: wipe a string. A passphrase she typed lives in Python `str` objects
(and in Qt's line edit) until they are freed and the memory is reused; Quietcase drops its
references as soon as the key is set, and the rules above keep that memory out of dumps.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import signal
import sys

_PR_SET_PDEATHSIG = 1
_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
_WER_FAULT_REPORTING_FLAG_NOHEAP = 0x1
_WER_FAULT_REPORTING_NO_UI = 0x20


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The running Python's own symbols, libc's among them: no `ldconfig -p` child process
        # (what `find_library` runs, ~7 ms at every start of the window and the command line).
        own = ctypes.CDLL(None, use_errno=True)
        if hasattr(own, "prctl"):
            return own
    except OSError:
        pass
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def no_crash_dumps() -> None:
    """No core dump and no crash report with memory in it, for this process (see module)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):
        pass
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    if sys.platform == "win32":
        try:
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
            kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
            kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP | _WER_FAULT_REPORTING_NO_UI)
        except (OSError, AttributeError):
            pass


def dumpable() -> bool | None:
    """Whether this process could be dumped (Linux; None elsewhere)."""
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def die_with_parent() -> None:
    """Linux: this process is killed when the one that started it goes (a child reading an
    export never outlives the window or the command line)."""
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
