"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

Measured here (PySide6 6.12.0, Python 3.11.7): every call of a Qt method that returns nothing
(`label.setText(...)`, `combo.addItem(...)`) takes one reference from `None` without giving it
back; after some ten thousand calls Python frees `None` and the program dies with "Fatal Python
error: none_dealloc". Python 3.12 made `None` immortal, so the bug is harmless there. On older
Pythons we give `None` a very large reference count once, at import, which is what 3.12 does.
Without this, the window crashed on the first lock of a case with 10,000 incidents.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # more calls than a window makes in any lifetime


def keep_none_alive() -> bool:
    """Raise the reference counts of None, True and False far out of reach (CPython < 3.12
    only); True if done. The same bug hits True and False: "Fatal Python error: bool_dealloc"
    was seen when the window closed after viewing and importing evidence."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for immortal in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(immortal))  # ob_refcnt comes first
        if refcount.value < _MARGIN:
            refcount.value += _MARGIN
    return True
