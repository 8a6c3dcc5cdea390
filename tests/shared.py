"""What many tests share: the test passphrase, the fixed "now", and the shared real photos."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

PASS = 'pa\'ss "wörd" 비밀번호 🔒\\'
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _real_images() -> Path:
    """The shared real photos: `../shared/fixtures/real-images` beside the project (used from
    there, never copied in), or where QUIETCASE_FIXTURES points."""
    candidates = [
        Path(os.environ.get("QUIETCASE_FIXTURES", "/nonexistent")),
        Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real-images",
        Path("/work/shared/fixtures/real-images"),
    ]
    return next((p for p in candidates if p.is_dir()), candidates[1])


REAL_IMAGES = _real_images()
NEEDS_REAL_IMAGES = pytest.mark.skipif(
    not REAL_IMAGES.is_dir(), reason=f"the shared real photos are not at {REAL_IMAGES}"
)


def checkout_child_command(module: str) -> list[str]:
    """How a reader's child is started (`python -I`: no environment, no user site), but with
    this process's import path, so it runs this checkout (the installed Quietcase may be
    another one). For `app.core.child.child_command` in tests and benchmarks."""
    import sys

    paths = [p for p in sys.path if p]
    code = (
        f"import sys; sys.path[:0] = {paths!r}; import runpy; "
        f"runpy.run_module({module!r}, run_name='__main__')"
    )
    return [sys.executable, "-I", "-c", code]
