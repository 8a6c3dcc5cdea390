"""Quick unlock through the system keychain, only where a real secure one exists.

`keyring` picks a backend; the ones that are not a secure system keychain (its "fail"
backend, `keyrings.alt`'s plaintext and obfuscated files, the null backend) count as "not
available", and so does any error while asking. There is no fallback that writes the
passphrase anywhere else.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

SERVICE = "Quietcase"
NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Not available: this computer has no secure keychain that Quietcase can use, and "
    "Quietcase never keeps your passphrase anywhere else.",
)
KEYCHAIN_ERROR = QT_TRANSLATE_NOOP(
    "Quietcase", "Not available: the system keychain did not answer."
)
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""  # why not (marked for translation)
    backend: str = ""


def availability() -> Availability:
    """Whether quick unlock can be offered on this computer, and if not, why."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        backend = keyring.get_keyring()
        backends = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
        secure = [
            b
            for b in backends
            if not type(b).__module__.startswith(_INSECURE_MODULES)
            and getattr(b, "priority", 0) > 0
        ]
    except Exception:
        return Availability(False, KEYCHAIN_ERROR)
    if not secure:
        return Availability(False, NO_KEYCHAIN)
    return Availability(True, "", type(secure[0]).__name__)


def account(vault: Path) -> str:
    """The keychain entry's name: a hash of the case file's path, never its name."""
    return hashlib.sha256(str(vault.expanduser().resolve()).encode("utf-8")).hexdigest()[:32]


def remember(vault: Path, passphrase: str) -> bool:
    """Keep the passphrase in the system keychain; False (and nothing kept) if not possible."""
    if not availability().available:
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, account(vault), passphrase)
    except Exception:
        return False
    return True


def recall(vault: Path) -> str | None:
    """The remembered passphrase, or None (none kept, no keychain, or it did not answer)."""
    if not availability().available:
        return None
    try:
        import keyring

        found = keyring.get_password(SERVICE, account(vault))
    except Exception:
        return None
    return found if isinstance(found, str) and found else None


def forget(vault: Path) -> None:
    """Remove the remembered passphrase (quick unlock turned off, or it no longer works)."""
    try:
        import keyring

        keyring.delete_password(SERVICE, account(vault))
    except Exception:
        pass
