"""One use case, one transaction; storage trouble becomes a message she can read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from quietcase.app.core.errors import UserError, explain
from quietcase.storage.vault import Vault

_T = TypeVar("_T")


@contextmanager
def writing(vault: Vault) -> Iterator[None]:
    """`vault.atomic()`: everything inside is kept, or (on any error) nothing is. Errors from
    storage or the OS come out as `UserError` after the rollback."""
    try:
        with vault.atomic():
            yield
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc


def reading(vault: Vault, read: Callable[[], _T]) -> _T:
    """Run a query; storage errors come out as `UserError`."""
    try:
        return read()
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc
