"""Shared fixtures: a real SQLCipher vault per test, copied from one template per session.

Creating a vault runs SQLCipher's deliberately slow key derivation; the template is built once
and copied. Qt runs offscreen and in English unless a test asks for Korean.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"
for _name in ("QUIETCASE_PASSPHRASE", "QUIETCASE_NEW_PASSPHRASE", "QUIETCASE_DEBUG"):
    os.environ.pop(_name, None)

import pytest  # noqa: E402

from quietcase.app.case import Case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.history import STATES_SINCE  # noqa: E402
from quietcase.storage.vault import Vault, close_all  # noqa: E402
from tests.shared import NOW, PASS  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _own_config_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Settings and the wrong-passphrase notes go to a folder of this run, never to the
    machine's own (and child processes inherit it)."""
    before = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config-home"))
    yield
    if before is None:
        os.environ.pop("XDG_CONFIG_HOME", None)
    else:
        os.environ["XDG_CONFIG_HOME"] = before


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault as a new case file has it: nothing whose state is not in its history
    (a file without this mark is one made by an older Quietcase; see app/evidence/history)."""
    path = tmp_path_factory.mktemp("template") / "template.quietcase"
    with Vault.create(path, PASS) as vault, vault.atomic():
        vault.set_meta(STATES_SINCE, "1")
    return path


@pytest.fixture
def vault_path(template_vault: Path, tmp_path: Path) -> Path:
    """A fresh, empty vault file (passphrase `PASS`) for this test."""
    path = tmp_path / "case.quietcase"
    shutil.copyfile(template_vault, path)
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def case(vault_path: Path, clock: FixedClock) -> Iterator[Case]:
    """An open case over a fresh vault."""
    opened = open_case(vault_path, PASS, clock)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _close_vaults() -> Iterator[None]:
    yield
    close_all()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt closed a test's windows (`deleteLater`), delete them now (for the window
    tests of every folder: ui, i18n, reliability, hostile). Otherwise they live on into the
    next test, until its first wait: every style-sheet change there re-styles them too (slow),
    and one made after an emptied sheet crashed Qt (QStyleSheetStyle kept them after they were
    gone: `QWidget::style()` on a deleted widget)."""
    result = yield
    if "PySide6.QtCore" in sys.modules:  # (a test run without Qt never loads it)
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result
