"""Evidence bytes inside the vault, as chunk rows of about 1 MiB each.

Written and read as streams, so memory use does not grow with the size of a file. The caller
(app/evidence.py) hashes the bytes and wraps a whole item in one transaction, so a crash or a
cancel leaves no half item. Chunk size measured in tests/bench/bench_evidence.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from quietcase.storage.vault import Vault

CHUNK_SIZE = 1 << 20


class Blobs:
    """Chunked byte streams; one `blob` row per stored file, `blob_chunk` rows in order."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def create(self, chunk_size: int = CHUNK_SIZE) -> int:
        """A new, empty blob; fill it with `append`, then `finish`."""
        return self.vault.execute(
            "INSERT INTO blob (size, sha256, chunk_size) VALUES (0, '', ?)", (chunk_size,)
        )

    def append(self, blob_id: int, seq: int, data: bytes) -> None:
        self.vault.execute(
            "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, data)
        )

    def finish(self, blob_id: int, size: int, sha256: str) -> None:
        self.vault.execute(
            "UPDATE blob SET size = ?, sha256 = ? WHERE id = ?", (size, sha256, blob_id)
        )

    def chunks(self, blob_id: int) -> Iterator[bytes]:
        """The bytes in order, one chunk at a time."""
        for (data,) in self.vault.stream(
            "SELECT data FROM blob_chunk WHERE blob_id = ? ORDER BY seq", (blob_id,)
        ):
            yield bytes(data)

    def head(self, blob_id: int, limit: int) -> bytes:
        """The first `limit` bytes (or fewer), for sniffing and previews."""
        out = bytearray()
        for chunk in self.chunks(blob_id):
            out += chunk
            if len(out) >= limit:
                break
        return bytes(out[:limit])

    def sequence_problems(self, blob_id: int) -> list[str]:
        """Missing or extra chunks: seq must run 0..n-1 and sizes add up to the blob's size."""
        row = self.vault.query_one(
            "SELECT b.size, count(c.id), coalesce(sum(length(c.data)), 0), "
            "coalesce(max(c.seq), -1) FROM blob b LEFT JOIN blob_chunk c ON c.blob_id = b.id "
            "WHERE b.id = ? GROUP BY b.id",
            (blob_id,),
        )
        if row is None:
            return [f"blob {blob_id} is missing"]
        size, count, total, last = (int(v) for v in row)
        problems = []
        if last != count - 1:
            problems.append(f"blob {blob_id} has {count} chunks but the last is number {last}")
        if total != size:
            problems.append(f"blob {blob_id} holds {total} bytes, expected {size}")
        return problems

    def delete(self, blob_id: int) -> None:
        """Remove the bytes for good (chunks go with the blob: ON DELETE CASCADE)."""
        self.vault.execute("DELETE FROM blob WHERE id = ?", (blob_id,))
