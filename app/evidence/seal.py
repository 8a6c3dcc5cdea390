"""The keyed seal over the custody history: HMAC-SHA256 of "counter:head" with a random key
kept inside the encrypted file.

The counter is the last custody event's seq and the head its hash. The seal is refreshed in
the same transaction as every custody event (`Custody.record`), and only when the seal before
it still matched: a history changed or rolled back outside Quietcase stays unsealed, however
much is added to it afterwards. Without the passphrase nobody can read the key, so nobody can
put records and log back to an older state together and make the seal match.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from quietcase.storage.vault import Vault

KEY = "seal_key"  # 32 random bytes (hex): created once, kept across passphrase changes
SEAL = "seal"  # HMAC-SHA256(key, f"{counter}:{head}") (hex)
LOST = "lost"  # in place of the seal: it was taken away outside Quietcase (never matches)


def mac(key: str, counter: int, head: str) -> str:
    return hmac.new(
        bytes.fromhex(key), f"{counter}:{head}".encode("ascii"), hashlib.sha256
    ).hexdigest()


def matches(vault: Vault, counter: int, head: str) -> bool | None:
    """Whether the stored seal is that of (counter, head); None when the file has no seal key
    yet (made by an older Quietcase and not opened for writing since)."""
    key = vault.meta(KEY)
    if key is None:
        return None
    stored = vault.meta(SEAL)
    try:
        return stored is not None and hmac.compare_digest(stored, mac(key, counter, head))
    except ValueError:
        return False


def refresh(vault: Vault, before: tuple[int, str], after: tuple[int, str]) -> None:
    """Seal `after` if the seal matched `before` (or the file had no key yet: one is made, so
    a file from an older Quietcase is sealed with its first change; merely opening it writes
    nothing). Call inside the transaction that moves the history from `before` to `after`."""
    key = vault.meta(KEY)
    if key is None:
        key = secrets.token_hex(32)
        vault.set_meta(KEY, key)
    elif not matches(vault, *before):
        return  # changed outside Quietcase: it stays a finding
    vault.set_meta(SEAL, mac(key, *after))


def mark_lost(vault: Vault) -> None:
    """The file had a seal when last seen on this computer and has no key now (its meta put
    back from a copy made before it had one): a new key that seals nothing, so the finding
    stays in the file whatever is added later."""
    if vault.meta(KEY) is None:
        vault.set_meta(KEY, secrets.token_hex(32))
        vault.set_meta(SEAL, LOST)
