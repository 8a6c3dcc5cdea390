"""Changing the passphrase from the window's Settings: the one in use first, then the new one
twice; any mistake changes nothing (a real SQLCipher file, opened again afterwards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.unlock.change import NOT_THE_ONE_IN_USE, SAME_AS_NOW, change_passphrase
from quietcase.app.unlock.passphrase import EMPTY, MISMATCH
from quietcase.storage.errors import WrongPassphrase
from tests.shared import PASS

NEW = "seven quiet harbour lamps at dawn"


def test_the_new_passphrase_opens_it_and_the_old_one_no_longer(
    vault_path: Path, clock: FixedClock
) -> None:
    with open_case(vault_path, PASS, clock) as case:
        change_passphrase(case, PASS, NEW, NEW)
    with open_case(vault_path, NEW, clock, read_only=True) as case:
        assert case.vault.is_open
    with pytest.raises((WrongPassphrase, UserError)):
        open_case(vault_path, PASS, clock, read_only=True).close()


@pytest.mark.parametrize(
    ("current", "new", "again", "said"),
    [
        ("not the passphrase", NEW, NEW, NOT_THE_ONE_IN_USE),
        (PASS, NEW, NEW + " ", MISMATCH),
        (PASS, "", "", EMPTY),
        (PASS, PASS, PASS, SAME_AS_NOW),
    ],
)
def test_a_mistake_changes_nothing(
    vault_path: Path, clock: FixedClock, current: str, new: str, again: str, said: str
) -> None:
    with open_case(vault_path, PASS, clock) as case:
        with pytest.raises(UserError) as caught:
            change_passphrase(case, current, new, again)
        assert caught.value.template == said
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert case.vault.is_open
