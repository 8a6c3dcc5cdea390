"""The vault file: creating, opening, keying, transactions, migrations and damage checks.

Every test works on a real SQLCipher 4 file. Opening costs one key derivation (~75 ms), so
tests reuse the session template (`vault_path`) wherever a fresh vault will do.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import quietcase.storage.schema
import quietcase.storage.vault
from quietcase.storage.errors import (
    IntegrityError,
    NotAFile,
    NotAVault,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    VaultUnwritable,
    WrongPassphrase,
)
from quietcase.storage.lock import lock_path
from quietcase.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from quietcase.storage.vault import Vault, migration_copies
from tests.shared import PASS


class Boom(Exception):
    """Raised on purpose inside a transaction."""


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def snapshot(path: Path) -> tuple[bytes, int]:
    """The file's bytes and modification time, to prove nothing wrote to it."""
    return path.read_bytes(), os.stat(path).st_mtime_ns


def age(path: Path) -> None:
    """Push the mtime far into the past, so any write at all would change it."""
    old = 1_000_000_000_000_000_000  # 2001-09-09, in nanoseconds
    os.utime(path, ns=(old, old))


def sql_literal(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def raw_connect(path: Path, passphrase: str) -> Any:
    """A plain SQLCipher client, as another program (or a rescuer) would open the file."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {sql_literal(passphrase)}")
    return conn


def fill(vault: Vault, rows: int = 200) -> None:
    """Make the vault big (about 100 pages) so the middle of the file is ordinary data."""
    with vault.atomic():
        for i in range(rows):
            vault.set_meta(f"filler-{i:04d}", f"{i:04d}" * 512)


def table_names(vault: Vault) -> set[str]:
    return {r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


# -- create, open, close --------------------------------------------------------------------


def test_create_makes_a_vault_that_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "new.quietcase"
    vault = Vault.create(path, PASS)
    assert vault.is_open
    assert not vault.read_only
    assert vault.path == path
    assert vault.query_one("PRAGMA user_version") == (LATEST_VERSION,)
    assert vault.query_one("PRAGMA application_id") == (APPLICATION_ID,)
    assert {"meta", "incident", "contact", "deadline", "request"} <= table_names(vault)
    vault.set_meta("greeting", "안녕")
    vault.close()
    assert not vault.is_open

    assert oct(os.stat(path).st_mode & 0o777) == oct(0o600)
    assert not path.read_bytes().startswith(b"SQLite format 3\x00")  # encrypted header
    with Vault.open(path, PASS) as again:
        assert again.meta("greeting") == "안녕"
        assert again.meta("nothing here") is None
    assert not again.is_open
    assert not journal(path).exists()
    assert not lock_path(path).exists()


def test_open_the_template_copy(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        assert vault.query_one("SELECT count(*) FROM incident") == (0,)
        assert vault.full_check() == []
        assert vault.quick_check() == []


def test_read_only_open_cannot_write(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS, read_only=True) as vault:
        assert vault.read_only
        assert vault.query_one("SELECT count(*) FROM meta") is not None
        with pytest.raises((VaultUnwritable, sqlcipher3.OperationalError)):
            vault.set_meta("k", "v")


def test_create_refuses_an_existing_file(vault_path: Path) -> None:
    before = snapshot(vault_path)
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASS)
    with pytest.raises(VaultExists):
        Vault.create(vault_path, "another passphrase")
    assert snapshot(vault_path) == before
    assert not lock_path(vault_path).exists()
    Vault.open(vault_path, PASS).close()


def test_create_refuses_an_existing_unrelated_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("her own notes")
    with pytest.raises(VaultExists):
        Vault.create(path, PASS)
    assert path.read_text() == "her own notes"


def test_create_refuses_an_existing_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.quietcase"
    path.mkdir()
    with pytest.raises(NotAFile) as refused:
        Vault.create(path, PASS)
    assert refused.value.folder
    assert path.is_dir()
    assert not lock_path(path).exists()


def test_create_in_a_missing_folder_is_unwritable(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "case.quietcase"
    with pytest.raises(VaultUnwritable):
        Vault.create(path, PASS)
    assert not (tmp_path / "no").exists()


def test_create_below_a_regular_file_is_unwritable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(VaultUnwritable):
        Vault.create(blocker / "case.quietcase", PASS)
    assert blocker.read_bytes() == b"not a folder"


# -- passphrases ----------------------------------------------------------------------------

PASSPHRASES = {
    "single quotes": "it's 'quoted'",
    "double quotes": 'say "hello"',
    "backslashes": "back\\slash\\\\ and \\'",
    "korean": "비밀번호는 아무도 몰라",
    "emoji": "🔒🗝️ 🐈‍⬛",
    "spaces": "  leading and trailing  ",
    "sql": "x'; DROP TABLE meta; --",
    "conftest": PASS,
}


@pytest.mark.parametrize("passphrase", PASSPHRASES.values(), ids=PASSPHRASES.keys())
def test_passphrase_round_trips(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "case.quietcase"
    Vault.create(path, passphrase).close()
    with Vault.open(path, passphrase) as vault:
        assert "meta" in table_names(vault)  # nothing was "dropped" by a crafted passphrase
        assert vault.full_check() == []
    # The key is exactly the passphrase: a standard client with the literal opens it...
    conn = raw_connect(path, passphrase)
    try:
        assert conn.execute("SELECT count(*) FROM meta").fetchone() is not None
    finally:
        conn.close()
    # ...and a near miss does not.
    with pytest.raises(WrongPassphrase):
        Vault.open(path, passphrase[:-1])


@pytest.mark.parametrize(
    "passphrase",
    ["비밀번호 한글", "Crème brûlée à la façon"],
    ids=["korean", "accents"],
)
def test_nfc_and_nfd_open_the_same_vault(tmp_path: Path, passphrase: str) -> None:
    nfc = unicodedata.normalize("NFC", passphrase)
    nfd = unicodedata.normalize("NFD", passphrase)
    assert nfc != nfd  # otherwise this test would prove nothing

    typed_on_mac = tmp_path / "mac.quietcase"
    Vault.create(typed_on_mac, nfd).close()
    Vault.open(typed_on_mac, nfc).close()

    typed_on_windows = tmp_path / "windows.quietcase"
    Vault.create(typed_on_windows, nfc).close()
    Vault.open(typed_on_windows, nfd).close()

    # Stored under the NFC form, so any standard client typing NFC opens it.
    conn = raw_connect(typed_on_mac, nfc)
    try:
        assert conn.execute("SELECT count(*) FROM meta").fetchone() is not None
    finally:
        conn.close()


def test_nul_in_passphrase_is_refused(tmp_path: Path, vault_path: Path) -> None:
    path = tmp_path / "nul.quietcase"
    with pytest.raises(ValueError):
        Vault.create(path, "before\x00after")
    assert not path.exists()
    assert not lock_path(path).exists()

    # No vault can have such a passphrase, so opening with one is simply a wrong passphrase.
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASS + "\x00")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "\x00")
    assert snapshot(vault_path) == before

    with Vault.open(vault_path, PASS) as vault, pytest.raises(ValueError):
        vault.rekey("new\x00passphrase")
    Vault.open(vault_path, PASS).close()


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_wrong_passphrase_changes_nothing(vault_path: Path, read_only: bool) -> None:
    age(vault_path)
    before = snapshot(vault_path)
    for wrong in ("wrong", PASS + " "):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, wrong, read_only=read_only)
    assert snapshot(vault_path) == before
    assert not journal(vault_path).exists()
    assert not lock_path(vault_path).exists()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]
    Vault.open(vault_path, PASS).close()


def test_empty_passphrase_is_refused_cleanly(vault_path: Path) -> None:
    age(vault_path)
    before = snapshot(vault_path)
    try:
        with pytest.raises((WrongPassphrase, ValueError)):
            Vault.open(vault_path, "")
    finally:
        assert snapshot(vault_path) == before
        assert not lock_path(vault_path).exists()


# -- files that are not (our) vaults --------------------------------------------------------


def test_random_bytes_look_like_a_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "noise.quietcase"
    path.write_bytes(os.urandom(64 * 1024))
    age(path)
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    assert snapshot(path) == before
    assert not journal(path).exists()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _tiny(path: Path) -> None:
    path.write_bytes(os.urandom(100))


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO photos (name) VALUES (?)", [(f"p{i}",) for i in range(50)])
    conn.commit()
    conn.close()


def _plain_sqlite_with_our_id(path: Path) -> None:
    _plain_sqlite(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "make",
    [_empty, _tiny, _plain_sqlite, _plain_sqlite_with_our_id],
    ids=["empty", "tiny", "plain-sqlite", "plain-sqlite-with-our-application-id"],
)
def test_not_a_vault(tmp_path: Path, make: Callable[[Path], None]) -> None:
    path = tmp_path / "other.db"
    make(path)
    age(path)
    before = snapshot(path)
    with pytest.raises(NotAVault):
        Vault.open(path, PASS)
    with pytest.raises(NotAVault):
        Vault.open(path, PASS, read_only=True)
    assert snapshot(path) == before
    assert not lock_path(path).exists()


def test_another_programs_sqlcipher_database_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "other-app.db"
    conn = raw_connect(path, PASS)
    conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO messages (body) VALUES ('hello')")
    conn.close()
    age(path)
    before = snapshot(path)

    with pytest.raises(NotAVault):
        Vault.open(path, PASS)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not its passphrase")
    assert snapshot(path) == before
    assert not journal(path).exists()
    assert not lock_path(path).exists()


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "gone.quietcase"
    with pytest.raises(VaultMissing):
        Vault.open(path, PASS)
    with pytest.raises(VaultMissing):
        Vault.open(path, PASS, read_only=True)
    assert not path.exists()
    assert not lock_path(path).exists()


def test_directory_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "folder.quietcase"
    path.mkdir()
    with pytest.raises(NotAVault):
        Vault.open(path, PASS)
    assert list(path.iterdir()) == []


# -- a standard SQLCipher 4 file ------------------------------------------------------------


def test_standard_client_opens_the_vault_with_sqlcipher4_defaults(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        vault.set_meta("note", "written by Quietcase")

    conn = raw_connect(vault_path, PASS)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'note'").fetchone() == (
            "written by Quietcase",
        )
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        settings = {row[0] for row in conn.execute("PRAGMA cipher_settings")}
        assert "PRAGMA kdf_iter = 256000;" in settings
        assert "PRAGMA cipher_page_size = 4096;" in settings
        assert "PRAGMA cipher_use_hmac = 1;" in settings
        assert "PRAGMA cipher_plaintext_header_size = 0;" in settings
        assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
        assert "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings
        defaults = {row[0] for row in conn.execute("PRAGMA cipher_default_settings")}
        assert "PRAGMA cipher_default_kdf_iter = 256000;" in defaults
        assert str(conn.execute("PRAGMA cipher_page_size").fetchone()[0]) == "4096"
        assert str(conn.execute("PRAGMA kdf_iter").fetchone()[0]) == "256000"
    finally:
        conn.close()

    wrong = raw_connect(vault_path, "wrong")
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        wrong.close()


def test_vault_created_by_a_standard_client_with_our_schema_opens(tmp_path: Path) -> None:
    """The other direction: nothing hidden beyond the key, application_id and schema."""
    path = tmp_path / "by-hand.quietcase"
    conn = raw_connect(path, PASS)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for step in MIGRATIONS:
        step(conn)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    conn.close()
    with Vault.open(path, PASS) as vault:
        assert vault.full_check() == []


def test_pragmas_in_effect_after_open(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        assert vault.query_one("PRAGMA foreign_keys") == (1,)
        assert vault.query_one("PRAGMA temp_store") == (2,)  # MEMORY
        assert vault.query_one("PRAGMA synchronous") == (2,)  # FULL
        assert vault.query_one("PRAGMA journal_mode") == ("delete",)
        assert str(vault.query_one("PRAGMA cipher_memory_security")[0]) == "0"  # type: ignore[index]


def test_pragmas_in_effect_after_create(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "new.quietcase", PASS) as vault:
        assert vault.query_one("PRAGMA foreign_keys") == (1,)
        assert vault.query_one("PRAGMA temp_store") == (2,)
        assert vault.query_one("PRAGMA synchronous") == (2,)
        assert vault.query_one("PRAGMA journal_mode") == ("delete",)
        assert str(vault.query_one("PRAGMA cipher_memory_security")[0]) == "0"  # type: ignore[index]


def test_pragmas_in_effect_after_read_only_open(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS, read_only=True) as vault:
        assert vault.query_one("PRAGMA foreign_keys") == (1,)
        assert vault.query_one("PRAGMA temp_store") == (2,)
        assert str(vault.query_one("PRAGMA cipher_memory_security")[0]) == "0"  # type: ignore[index]


# -- rekey ----------------------------------------------------------------------------------


def test_rekey(vault_path: Path) -> None:
    new = "새 비밀번호 with 'quotes' \\ 🔑"
    with Vault.open(vault_path, PASS) as vault:
        vault.set_meta("kept", "yes")
        vault.rekey(new)
        assert vault.meta("kept") == "yes"  # still usable after rekey
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASS)
    with Vault.open(vault_path, new) as vault:
        assert vault.meta("kept") == "yes"
        assert vault.full_check() == []
    with Vault.open(vault_path, unicodedata.normalize("NFD", new)) as vault:
        assert vault.meta("kept") == "yes"
    conn = raw_connect(vault_path, unicodedata.normalize("NFC", new))
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone() == ("yes",)
    finally:
        conn.close()
    assert not journal(vault_path).exists()


# -- transactions ---------------------------------------------------------------------------


def test_atomic_commits_when_fine(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        with vault.atomic():
            vault.set_meta("a", "1")
            with vault.atomic():
                vault.set_meta("b", "2")
            vault.set_meta("c", "3")
        assert not vault.conn.in_transaction
    with Vault.open(vault_path, PASS) as vault:
        assert (vault.meta("a"), vault.meta("b"), vault.meta("c")) == ("1", "2", "3")


def test_atomic_exception_rolls_back_everything(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        vault.set_meta("before", "kept")
        with pytest.raises(Boom), vault.atomic():
            vault.set_meta("a", "1")
            vault.set_meta("before", "changed")
            with vault.atomic():
                vault.set_meta("b", "2")
            raise Boom
        assert vault.meta("a") is None
        assert vault.meta("b") is None
        assert vault.meta("before") == "kept"
        assert not vault.conn.in_transaction
        # The vault is usable (not stuck in a transaction) afterwards.
        with vault.atomic():
            vault.set_meta("after", "ok")
    with Vault.open(vault_path, PASS) as vault:
        assert vault.meta("after") == "ok"
        assert vault.meta("a") is None


def test_exception_in_inner_atomic_propagating_rolls_back_everything(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        with pytest.raises(Boom), vault.atomic():
            vault.set_meta("outer", "1")
            with vault.atomic():
                vault.set_meta("inner", "2")
                raise Boom
        assert vault.meta("outer") is None
        assert vault.meta("inner") is None


def test_nested_atomic_rolls_back_only_the_inner_part(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        with vault.atomic():
            vault.set_meta("outer-before", "1")
            with pytest.raises(Boom), vault.atomic():
                vault.set_meta("inner", "2")
                vault.set_meta("outer-before", "overwritten")
                raise Boom
            assert vault.meta("inner") is None
            assert vault.meta("outer-before") == "1"
            vault.set_meta("outer-after", "3")
            with vault.atomic():  # a second savepoint after the failed one still works
                vault.set_meta("inner-2", "4")
    with Vault.open(vault_path, PASS) as vault:
        assert vault.meta("outer-before") == "1"
        assert vault.meta("inner") is None
        assert vault.meta("outer-after") == "3"
        assert vault.meta("inner-2") == "4"


def test_constraint_error_inside_atomic_rolls_back(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS) as vault:
        with pytest.raises(sqlcipher3.IntegrityError), vault.atomic():
            vault.set_meta("a", "1")
            vault.execute(
                "INSERT INTO incident_link (incident_id, position, url) VALUES (999, 0, 'x')"
            )
        assert vault.meta("a") is None


# -- closed vaults --------------------------------------------------------------------------


def test_closed_vault_raises_vault_locked(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASS)
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.query("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.query_one("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.execute("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [("a", "b")])
    with pytest.raises(VaultLocked):
        vault.meta("a")
    with pytest.raises(VaultLocked):
        vault.set_meta("a", "b")
    with pytest.raises(VaultLocked):
        vault.rekey("new")
    with pytest.raises(VaultLocked):
        vault.full_check()
    with pytest.raises(VaultLocked), vault.atomic():
        pass
    with pytest.raises(VaultLocked):
        _ = vault.conn


def test_close_twice_is_fine(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASS)
    vault.close()
    vault.close()
    with vault:
        pass
    assert not vault.is_open
    Vault.open(vault_path, PASS).close()


def test_close_all_closes_what_is_open(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASS)
    assert quietcase.storage.vault.close_all() >= 1
    assert not vault.is_open
    assert not lock_path(vault_path).exists()


# -- schema versions and migrations ---------------------------------------------------------


def test_vault_too_new(vault_path: Path) -> None:
    conn = raw_connect(vault_path, PASS)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    age(vault_path)
    before = snapshot(vault_path)

    for read_only in (False, True):
        with pytest.raises(VaultTooNew) as info:
            Vault.open(vault_path, PASS, read_only=read_only)
        assert info.value.found == LATEST_VERSION + 1
        assert info.value.supported == LATEST_VERSION
    assert snapshot(vault_path) == before
    assert not lock_path(vault_path).exists()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def _extra_step(conn: Any) -> None:
    conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT")
    conn.execute("INSERT INTO extra (note) VALUES ('migrated')")


def _failing_step(conn: Any) -> None:
    conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT")
    conn.execute("UPDATE meta SET value = 'half-migrated'")
    raise Boom("migration step failed")


def _pretend_newer_program(monkeypatch: pytest.MonkeyPatch, step: Any) -> None:
    steps = [*MIGRATIONS, step]
    for module in (quietcase.storage.schema, quietcase.storage.vault):
        monkeypatch.setattr(module, "MIGRATIONS", steps)
        monkeypatch.setattr(module, "LATEST_VERSION", len(steps))


def test_migration_runs_and_copies_the_old_vault_aside(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(vault_path, PASS) as vault:
        vault.set_meta("her data", "still here")
    old_bytes = vault_path.read_bytes()
    new_version = LATEST_VERSION + 1
    aside = vault_path.with_name(f"{vault_path.name}.before-v{new_version}")
    seen: dict[str, Any] = {}

    def step(conn: Any) -> None:
        # While migrating: the copy is there, whole, readable by her only.
        seen["mode"] = aside.stat().st_mode & 0o777
        seen["bytes"] = aside.read_bytes()
        with Vault.open(aside, PASS, read_only=True) as old:
            seen["version"] = old.query_one("PRAGMA user_version")
            seen["her data"] = old.meta("her data")
        _extra_step(conn)

    _pretend_newer_program(monkeypatch, step)
    with Vault.open(vault_path, PASS) as vault:
        assert vault.query_one("PRAGMA user_version") == (new_version,)
        assert "extra" in table_names(vault)
        assert vault.query("SELECT note FROM extra") == [("migrated",)]
        assert vault.meta("her data") == "still here"
        assert vault.full_check() == []

    assert seen == {
        "mode": 0o600,
        "bytes": old_bytes,  # ciphertext copied as is
        "version": (LATEST_VERSION,),
        "her data": "still here",
    }
    # A good migration leaves no copy of her case beside it.
    assert not aside.exists()
    assert migration_copies(vault_path) == []
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]

    # Opening the migrated vault again migrates (and copies) nothing more.
    with Vault.open(vault_path, PASS) as vault:
        assert vault.query_one("PRAGMA user_version") == (new_version,)
    assert not aside.exists()

    # And with the real (older) program it is too new.
    monkeypatch.undo()
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASS)


def test_read_only_open_does_not_migrate(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(vault_path)
    _pretend_newer_program(monkeypatch, _extra_step)
    with Vault.open(vault_path, PASS, read_only=True) as vault:
        assert vault.query_one("PRAGMA user_version") == (LATEST_VERSION,)
        assert "extra" not in table_names(vault)
    assert snapshot(vault_path) == before


def test_failing_migration_leaves_the_vault_as_it_was(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(vault_path, PASS) as vault:
        vault.set_meta("her data", "still here")

    before = vault_path.read_bytes()
    _pretend_newer_program(monkeypatch, _failing_step)
    with pytest.raises((Boom, VaultError)):
        Vault.open(vault_path, PASS)
    assert not lock_path(vault_path).exists()
    assert not journal(vault_path).exists()
    # The copy made before it stays (the way back), readable by her only.
    (aside,) = migration_copies(vault_path)
    assert aside.name == f"{vault_path.name}.before-v{LATEST_VERSION + 1}"
    assert aside.stat().st_mode & 0o777 == 0o600
    assert aside.read_bytes() == before
    with Vault.open(vault_path, PASS, read_only=True) as vault:
        assert vault.query_one("PRAGMA user_version") == (LATEST_VERSION,)
        assert "extra" not in table_names(vault)
        assert vault.meta("her data") == "still here"

    monkeypatch.undo()
    with Vault.open(vault_path, PASS) as vault:
        assert vault.query_one("PRAGMA user_version") == (LATEST_VERSION,)
        assert vault.meta("her data") == "still here"
        assert vault.full_check() == []


# -- damage ---------------------------------------------------------------------------------


@pytest.fixture
def big_vault(vault_path: Path) -> Path:
    with Vault.open(vault_path, PASS) as vault:
        fill(vault)
        assert vault.full_check() == []
    assert vault_path.stat().st_size > 100 * 4096
    return vault_path


def test_full_check_is_empty_on_a_good_vault(big_vault: Path) -> None:
    with Vault.open(big_vault, PASS) as vault:
        assert vault.full_check() == []
        assert vault.quick_check() == []
        quietcase.storage.vault.integrity_problems(vault)  # does not raise


def test_full_check_reports_a_flipped_byte(big_vault: Path) -> None:
    data = bytearray(big_vault.read_bytes())
    data[len(data) // 2] ^= 0x01
    big_vault.write_bytes(bytes(data))
    with Vault.open(big_vault, PASS, read_only=True) as vault:
        problems = vault.full_check()
    assert problems
    assert any("HMAC" in p or "page" in p for p in problems)


def test_flipped_byte_is_reported_one_way_or_another(big_vault: Path) -> None:
    """Whatever the exact shape, damage never passes as a clean vault."""
    data = bytearray(big_vault.read_bytes())
    data[len(data) // 2] ^= 0x01
    big_vault.write_bytes(bytes(data))
    with Vault.open(big_vault, PASS, read_only=True) as vault:
        with pytest.raises(IntegrityError):
            quietcase.storage.vault.integrity_problems(vault)
        assert vault.query("PRAGMA cipher_integrity_check") != []


# -- the seal: a file changed since its last clean close is checked before any write ----------


def counting_quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = Vault.quick_check

    def counting(self: Vault) -> list[str]:
        calls.append(1)
        return real(self)

    monkeypatch.setattr(Vault, "quick_check", counting)
    return calls


def test_a_sealed_vault_opens_without_reading_every_page(
    big_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = counting_quick_checks(monkeypatch)
    with Vault.open(big_vault, PASS) as vault:  # `big_vault` wrote and closed: sealed
        vault.execute("INSERT INTO meta (key, value) VALUES ('note', 'x')")
    with Vault.open(big_vault, PASS):
        pass
    assert checks == []
    mtime = big_vault.stat().st_mtime_ns
    assert mtime % 2_000_000_000 == 0  # whole even seconds: kept exactly even on FAT
    with Vault.open(big_vault, PASS, read_only=True) as vault:
        assert vault.meta(quietcase.storage.vault.SEAL_KEY) == str(mtime)


def test_a_session_that_writes_nothing_leaves_the_file_as_it_was(big_vault: Path) -> None:
    os.utime(big_vault, ns=(1, 1_000_000_000))  # unsealed now: the next open checks it all
    before = big_vault.read_bytes()
    with Vault.open(big_vault, PASS) as vault:
        vault.query("SELECT count(*) FROM meta")
    assert big_vault.read_bytes() == before
    assert big_vault.stat().st_mtime_ns == 1_000_000_000


@pytest.mark.parametrize("where", [0.3, 0.5, 0.9])
def test_a_byte_flipped_after_a_clean_close_is_refused_for_writing(
    big_vault: Path, where: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = counting_quick_checks(monkeypatch)
    data = bytearray(big_vault.read_bytes())
    data[int(len(data) * where)] ^= 0x10
    big_vault.write_bytes(bytes(data))
    with pytest.raises(IntegrityError):
        Vault.open(big_vault, PASS)
    assert checks == [1]
    assert big_vault.read_bytes() == bytes(data)  # nothing written
    with pytest.raises(IntegrityError):
        Vault.open(big_vault, PASS)  # and not forgotten the second time


def test_a_copy_made_by_the_vault_is_sealed(
    big_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.quietcase"
    with Vault.open(big_vault, PASS, read_only=True) as vault:
        vault.copy_to(target, "another passphrase")
    checks = counting_quick_checks(monkeypatch)
    with Vault.open(target, "another passphrase"):
        pass
    assert checks == []


def test_damage_met_while_open_is_never_sealed(
    big_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault.open(big_vault, PASS)
    vault.execute("INSERT INTO meta (key, value) VALUES ('note', 'x')")
    with pytest.raises(IntegrityError), vault._translated():
        raise sqlcipher3.DatabaseError("database disk image is malformed")
    vault.close()
    checks = counting_quick_checks(monkeypatch)
    with Vault.open(big_vault, PASS):
        pass
    assert checks == [1]


def test_damage_met_by_a_reader_leaves_no_lock_file_but_a_writer_leaves_one(
    vault_path: Path,
) -> None:
    for read_only in (True, False):
        vault = Vault.open(vault_path, PASS, read_only=read_only)
        with pytest.raises(IntegrityError), vault._translated():
            raise sqlcipher3.DatabaseError("database disk image is malformed")
        vault.close()
        assert lock_path(vault_path).exists() is not read_only, read_only


def _truncate_params() -> list[Any]:
    return [
        pytest.param(lambda size: size // 2 // 4096 * 4096, id="half-page-aligned"),
        pytest.param(lambda size: size // 2 + 1000, id="half-mid-page"),
        pytest.param(lambda size: size - 4096, id="last-page"),
        pytest.param(lambda size: size - 100, id="part-of-last-page"),
    ]


@pytest.mark.parametrize("cut", _truncate_params())
def test_truncated_vault_is_noticed(big_vault: Path, cut: Callable[[int], int]) -> None:
    data = big_vault.read_bytes()
    big_vault.write_bytes(data[: cut(len(data))])
    try:
        vault = Vault.open(big_vault, PASS)
    except (IntegrityError, WrongPassphrase):
        assert not lock_path(big_vault).exists()
        return
    try:
        assert vault.full_check() != []
    finally:
        vault.close()


def test_key_matches_reads_only_page_1_and_leaves_the_open_vault_alone(vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with Vault.open(vault_path, PASS, read_only=True) as vault:
        assert vault.key_matches(PASS)
        assert not vault.key_matches(PASS + "x")
        assert not vault.key_matches("")
        assert not vault.key_matches("a\x00b")
        assert vault.query_one("SELECT count(*) FROM meta") is not None  # still usable
    assert vault_path.read_bytes() == before


# -- what is not a file, and copies made before a migration ----------------------------------


def test_a_fifo_a_folder_or_a_device_is_refused_before_it_is_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.quietcase"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.quietcase"
    folder.mkdir()
    for path, is_folder in ((pipe, False), (folder, True), (Path("/dev/zero"), False)):
        for read_only in (False, True):
            with pytest.raises(NotAFile) as refused:
                Vault.open(path, PASS, read_only=read_only)  # a pipe would block here
            assert refused.value.folder is is_folder
            assert refused.value.args[0] == str(path)
        assert not lock_path(path).exists()
    with pytest.raises(NotAFile):
        Vault.create(pipe, PASS)
    assert isinstance(NotAFile("x", folder=True), NotAVault)  # old handlers still see it


def test_a_journal_that_is_not_a_file_is_refused(vault_path: Path) -> None:
    os.mkfifo(journal(vault_path))
    for read_only in (False, True):
        with pytest.raises(NotAFile) as refused:
            Vault.open(vault_path, PASS, read_only=read_only)
        assert refused.value.args[0] == str(journal(vault_path))
    journal(vault_path).unlink()
    journal(vault_path).symlink_to(vault_path.with_name("elsewhere"))
    with pytest.raises(NotAFile):
        Vault.open(vault_path, PASS)
    journal(vault_path).unlink()
    Vault.open(vault_path, PASS).close()


def test_an_older_copy_is_kept_private_and_a_planted_link_is_not_followed(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_version = LATEST_VERSION + 1
    aside = vault_path.with_name(f"{vault_path.name}.before-v{new_version}")
    aside.write_bytes(b"a copy an earlier, failed try made")
    aside.chmod(0o644)
    _pretend_newer_program(monkeypatch, _failing_step)
    with pytest.raises(Boom):
        Vault.open(vault_path, PASS)
    assert aside.read_bytes() == b"a copy an earlier, failed try made"  # the older one stays
    assert aside.stat().st_mode & 0o777 == 0o600

    aside.unlink()
    target = tmp_path / "elsewhere"
    aside.symlink_to(target)
    with pytest.raises(Boom):
        Vault.open(vault_path, PASS)
    assert not target.exists() and not aside.is_symlink()
    assert aside.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in migration_copies(vault_path)] == [aside.name]


def test_changing_the_passphrase_removes_every_copy_made_before_a_migration(
    vault_path: Path,
) -> None:
    names = [
        f"{vault_path.name}.before-v3",
        f"{vault_path.name}.before-v{LATEST_VERSION}",
        f"{vault_path.name}.before-v9.0123abcd.incomplete",  # a copy cut short by a kill
    ]
    for name in names:
        vault_path.with_name(name).write_bytes(vault_path.read_bytes())
    unrelated = [f"{vault_path.name}.before-vx", "other.quietcase.before-v3", "notes.txt"]
    for name in unrelated:
        vault_path.with_name(name).write_text("hers")
    assert sorted(p.name for p in migration_copies(vault_path)) == sorted(names)

    with Vault.open(vault_path, PASS) as vault:
        vault.rekey("a new passphrase")
    left = sorted(p.name for p in vault_path.parent.iterdir())
    assert left == sorted([vault_path.name, *unrelated])
