"""A 2 GiB file through the real intake: memory stays flat and the SHA-256 is right.

Slow (a few minutes; ~2 GiB of disk): run with `pytest -m slow tests/app/test_evidence_large.py`.
The import runs in a child process so its peak RSS is its own, not the test runner's.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.shared import PASS

SIZE = 2 * 1024**3
RSS_LIMIT = 64 * 1024 * 1024

CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from datetime import UTC, datetime
    from pathlib import Path

    from quietcase.app.case import open_case
    from quietcase.app.core.clock import FixedClock
    from quietcase.app.core.progress import Progress
    from quietcase.storage.blobs import CHUNK_SIZE, Blobs
    from quietcase.storage.vault import Vault

    vault_path, source, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    Vault.create(vault_path, passphrase).close()
    case = open_case(vault_path, passphrase, FixedClock(datetime(2026, 11, 25, tzinfo=UTC)))
    # Warm up: the first import loads puremagic, Pillow and SQLite's caches.
    warm = vault_path.with_name("warm.bin")
    warm.write_bytes(b"warm-up" * 100_000)
    case.intake.import_paths([warm])

    def kib() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

    def current_kib() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return kib()

    before, current_before = kib(), current_kib()
    calls = []
    report = case.intake.import_paths([source], progress=lambda p: calls.append(p.bytes_done))
    after = kib()
    assert not report.problems, [str(p.error) for p in report.problems]
    item = report.imported[-1].evidence
    blob_id = case.vault.query_one("SELECT blob_id FROM evidence WHERE id = ?", (item.id,))[0]
    chunks = case.vault.query_one(
        "SELECT count(*), max(length(data)) FROM blob_chunk WHERE blob_id = ?", (blob_id,)
    )
    check = case.custody.check()
    case.close()
    print(json.dumps({
        "rss_before_kib": before,
        "rss_current_before_kib": current_before,
        "rss_after_kib": after,
        "size": item.size,
        "sha256": item.sha256,
        "media_type": item.media_type,
        "chunks": chunks[0],
        "largest_chunk": chunks[1],
        "chunk_size": CHUNK_SIZE,
        "progress_calls": len(calls),
        "last_progress": calls[-1] if calls else None,
        "chain_ok": check.ok,
    }))
    """
)


def zeros_sha256(size: int, block: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    zero = bytes(block)
    left = size
    while left:
        n = min(block, left)
        digest.update(zero if n == block else bytes(n))
        left -= n
    return digest.hexdigest()


@pytest.mark.slow
def test_a_2_gib_file_imports_with_flat_memory(tmp_path: Path) -> None:
    source = tmp_path / "huge-recording.bin"
    with open(source, "wb") as handle:
        handle.truncate(SIZE)  # sparse: reads back as zeros without using the disk
    vault = tmp_path / "large.quietcase"
    root = Path(__file__).resolve().parents[3]

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), str(source), PASS],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=1800,
    )

    assert child.returncode == 0, child.stderr[-4000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    growth = (result["rss_after_kib"] - result["rss_before_kib"]) * 1024
    # Stricter: the new peak against the RSS in use just before (not the earlier peak).
    above_current = (result["rss_after_kib"] - result["rss_current_before_kib"]) * 1024
    print(
        f"\npeak RSS {result['rss_before_kib'] / 1024:.1f} MiB before, "
        f"{result['rss_after_kib'] / 1024:.1f} MiB after: growth {growth / 2**20:.1f} MiB; "
        f"peak above the RSS in use before: {above_current / 2**20:.1f} MiB"
    )
    assert growth < RSS_LIMIT, result
    assert above_current < RSS_LIMIT, result
    assert result["size"] == SIZE
    assert result["sha256"] == zeros_sha256(SIZE)
    assert result["chunks"] == SIZE // result["chunk_size"]
    assert result["largest_chunk"] == result["chunk_size"]
    assert result["last_progress"] == SIZE
    assert result["chain_ok"] is True
