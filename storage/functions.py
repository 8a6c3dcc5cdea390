"""SQL functions every vault connection has (registered by `storage/vault.py`)."""

from __future__ import annotations

import hashlib
from typing import Any

SHA256_FUNCTION = "qc_sha256"


def sha256_text(text: str | None) -> str | None:
    """`qc_sha256(text)`: SHA-256 (hex) of the UTF-8 text; NULL stays NULL."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def register(conn: Any) -> None:
    conn.create_function(SHA256_FUNCTION, 1, sha256_text, deterministic=True)
