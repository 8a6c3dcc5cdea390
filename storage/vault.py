"""The vault: one standard SQLCipher 4 database file, keyed with her passphrase.

Any SQLCipher 4 client opens it with `PRAGMA key = '<passphrase>'` (default SQLCipher 4
settings), so her case is never locked into this program. See docs/decisions.md for the
journal mode and the other choices made here.

The seal: a writer that closes cleanly records, inside the file, the modification time it
then gives the file (`_seal`). A writable open compares the two: a file changed by anything
but Quietcase since (a flipped bit, a cut, a page swapped: writing changes the time) or one
whose last Quietcase did not close (the lock file says so) has every page checked before
anything is written ("Reliability" in docs/decisions.md).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import time
import unicodedata
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from quietcase.storage import functions
from quietcase.storage.errors import (
    IntegrityError,
    NotAFile,
    NotAVault,
    VaultExists,
    VaultFull,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    VaultUnwritable,
    WrongPassphrase,
)
from quietcase.storage.lock import VaultLock
from quietcase.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

_SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_SIZE = 512  # smallest SQLCipher page; anything shorter cannot be a vault
# Opening without waiting (a pipe), without following a last link where asked, binary on
# Windows, and never inherited by a child process.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

Row = tuple[Any, ...]

# Every vault still open in this process, so a test harness (or shutdown) can close them all.
_OPEN: weakref.WeakSet[Vault] = weakref.WeakSet()
SEAL_KEY = "sealed_mtime_ns"
# Whole even seconds: the one modification time every file system keeps exactly (FAT: 2 s).
_SEAL_STEP_NS = 2_000_000_000


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on macOS (NFD) or Windows opens the same vault."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot contain a NUL character")
    if not passphrase:
        raise ValueError("a passphrase cannot be empty")
    return unicodedata.normalize("NFC", passphrase)


def _could_be_a_passphrase(passphrase: str) -> bool:
    """False for what no vault can have been created with: nothing, a NUL character, or
    text that is not Unicode (bytes that were not UTF-8, carried as lone surrogates)."""
    if not passphrase or "\x00" in passphrase:
        return False
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def key_literal(passphrase: str) -> str:
    """The passphrase as a SQL string literal for PRAGMA key / rekey (which take no parameters)."""
    return "'" + normalise_passphrase(passphrase).replace("'", "''") + "'"


class Vault:
    """An open vault. Use `Vault.create` or `Vault.open`; close it (or use `with`) when done.

    One connection, used by one thread at a time (the UI's serial worker or the CLI).
    """

    def __init__(self, path: Path, conn: Any, lock: VaultLock, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._conn: Any = conn
        self._lock = lock
        self._depth = 0
        # A lock file left by a Quietcase that did not close stays until a writer has
        # checked every page (see `open`), so a read-only look in between does not hide it.
        self._keep_lock_file = False
        # Sealed on a clean close only if known sound when opened (created, sealed, or every
        # page checked), written to since (a file left as it was stays byte for byte as it
        # was), and no damaged page was met.
        self._sound = False
        self._opened_mtime_ns = 0
        self._damaged = False
        # Called inside every outermost transaction just before COMMIT (an error undoes it
        # all): the custody history records what the transaction changed (app/evidence).
        self._before_commit: Callable[[], None] | None = None
        _OPEN.add(self)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str) -> Vault:
        """Create a new, empty vault at `path`; never overwrites an existing file."""
        path = Path(path)
        if not path.parent.is_dir():
            raise VaultUnwritable(str(path.parent))
        _refuse_odd_journal(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o600)
            except FileExistsError:
                # Not ours to touch: also the sign that its last Quietcase did not close.
                lock.release(keep_file=lock.found_stale)
                try:
                    _refuse_unless_file(path)  # a folder or a pipe is said to be one
                except VaultMissing:
                    pass  # a link to nothing
                raise VaultExists(str(path)) from None
            except OSError as exc:
                raise VaultUnwritable(str(path)) from exc
            os.close(fd)
            try:
                conn = _connect(path, passphrase, mode="rw")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                vault = cls(path, conn, lock, read_only=False)
                vault._configure()
                vault._migrate(copy_aside=False)
                vault._sound = True
                return vault
            except BaseException:
                _remove_quietly(path)
                raise
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        read_only: bool = False,
        checking: Callable[[], None] | None = None,
    ) -> Vault:
        """Open an existing vault. A wrong passphrase never changes a byte of the file.
        `checking` is called (on this thread) before a writable open reads every page, so a
        window can say why this unlock takes longer."""
        path = Path(path)
        _check_looks_like_vault(path)
        if not _could_be_a_passphrase(passphrase):
            raise WrongPassphrase(str(path))  # no vault is ever created with it
        if read_only and _has_hot_journal(path):
            _roll_back(path, passphrase)
        lock = VaultLock(path, exclusive=not read_only)
        try:
            lock.acquire()
        except VaultUnwritable:
            if not read_only:
                raise
            lock = VaultLock(path, exclusive=False)  # read-only folder: nobody can write it
        keep_lock_file = lock.found_stale
        try:
            conn = _connect(path, passphrase, mode="ro" if read_only else "rw")
            try:
                with _translated(path):
                    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != APPLICATION_ID:
                    raise NotAVault(str(path))
                if version > LATEST_VERSION:
                    raise VaultTooNew(version, LATEST_VERSION)
                vault = cls(path, conn, lock, read_only=read_only)
                with _translated(path):
                    vault._configure()
                    if not read_only:
                        # Never write to a damaged file: unless it is exactly as a clean
                        # close left it, check every page.
                        thorough = lock.found_stale or not vault._seal_matches()
                        if thorough and checking is not None:
                            checking()
                        vault._check_before_writing(thorough=thorough)
                        keep_lock_file = False
                        vault._sound = True
                        vault._opened_mtime_ns = _mtime_ns(path)
                    if version < LATEST_VERSION and not read_only:
                        vault._migrate(copy_aside=True)
                vault._keep_lock_file = keep_lock_file
                return vault
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release(keep_file=keep_lock_file)
            raise

    def interrupt(self) -> None:
        """Stop the statement running now, from any thread (SQLite's own interrupt): it
        fails, and the transaction it belongs to is rolled back by its owner. For Lock
        during a long job, which is undone anyway."""
        conn = self._conn
        if conn is not None:
            conn.interrupt()

    def close(self) -> None:
        """Close the connection and release the lock. Safe to call twice."""
        conn = self._conn
        if conn is None:
            return
        damaged = self._damaged
        sealed_at = None
        if self._sound and not damaged and not self.read_only and not self._depth:
            if _mtime_ns(self.path) != self._opened_mtime_ns:
                sealed_at = _write_seal(conn)
        self._conn = None
        try:
            conn.close()
            if sealed_at is not None:
                _set_mtime(self.path, sealed_at)
        finally:
            # A writer that met damage leaves its lock file, so the next writer checks every
            # page; a reader wrote nothing and leaves nothing (a backup on a USB stick).
            keep = self._keep_lock_file or (damaged and not self.read_only)
            self._lock.release(keep_file=keep)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and queries --------------------------------------------------------

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLocked(str(self.path))
        return self._conn

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; nested calls become savepoints. An exception undoes everything
        done inside the block (and only that), then propagates."""
        conn = self.conn
        self._depth += 1
        name = f"sp{self._depth}"
        outer = self._depth == 1
        try:
            # COMMIT is where a full disk or a damaged page often shows: translated too.
            with self._translated():
                conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            try:
                yield
                if outer and self._before_commit is not None:
                    self._before_commit()
                with self._translated():
                    conn.execute("COMMIT" if outer else f"RELEASE {name}")
            except BaseException:
                _undo(conn, None if outer else name)
                raise
        finally:
            self._depth -= 1

    def before_commit(self, hook: Callable[[], None] | None) -> None:
        """Run `hook` inside every outermost transaction, just before it is committed."""
        self._before_commit = hook

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns lastrowid (for INSERT)."""
        with self._translated():
            cur = self.conn.execute(sql, params)
            return int(cur.lastrowid or 0)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._translated():
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._translated():
            rows: list[Row] = self.conn.execute(sql, params).fetchall()  # tuples already
            return rows

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._translated():
            row = self.conn.execute(sql, params).fetchone()
            return None if row is None else tuple(row)

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows one at a time (for chunk data: memory stays flat whatever the size)."""
        with self._translated():
            cursor = self.conn.execute(sql, params)
            try:
                while (row := cursor.fetchone()) is not None:
                    yield row
            finally:
                cursor.close()

    def copy_to(
        self,
        target: Path,
        passphrase: str,
        progress: Callable[[int, int], None] | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> None:
        """Write a consistent copy of the whole vault into the new file `target`, encrypted
        with `passphrase` (SQLite's online backup API: page by page, through the target's
        cipher, so no page is ever written in plain), with `meta` set in the copy (on the
        same connection: no second key derivation to open it again). `progress(done,
        total)` may raise to cancel; the caller removes the unfinished file. Never
        overwrites a file."""
        key_literal(passphrase)  # refuses an empty passphrase: never a plain copy
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise VaultExists(str(target)) from None
        except OSError as exc:
            raise VaultUnwritable(str(target)) from exc
        os.close(fd)
        dest = _connect(target, passphrase, mode="rw")

        def step(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        sealed_at = None
        try:
            with _translated(target):
                self.conn.backup(dest, pages=256, progress=step)
                if meta:
                    dest.execute("BEGIN IMMEDIATE")
                    dest.executemany(_SET_META, list(meta.items()))
                    dest.execute("COMMIT")
            # Written whole by us: its first writable open need not check every page.
            sealed_at = _write_seal(dest)
        finally:
            dest.close()
        if sealed_at is not None:
            _set_mtime(target, sealed_at)
        with open(target, "rb") as fh:
            os.fsync(fh.fileno())

    # -- passphrase and checks -----------------------------------------------------------

    def key_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this file. A second, read-only connection reads page 1
        and nothing else; this one is not disturbed."""
        if not _could_be_a_passphrase(passphrase):
            return False
        try:
            conn = _connect(self.path, passphrase, mode="ro")
        except WrongPassphrase:
            return False
        conn.close()
        return True

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page with a new passphrase (atomic through the rollback journal).
        Copies made before a migration still open with the old one: they are removed."""
        self.conn.execute(f"PRAGMA rekey = {key_literal(new_passphrase)}")
        remove_migration_copies(self.path)

    def quick_check(self) -> list[str]:
        """Fast structural check (`PRAGMA quick_check`); an empty list means fine."""
        return _check_lines(self.query("PRAGMA quick_check"))

    def size_problems(self) -> list[str]:
        """The file's size against its page count: a file cut short or with bytes added at
        the end (which the HMAC check alone misses). Reads nothing but page 1."""
        pages = int(self.query("PRAGMA page_count")[0][0])
        page_size = int(self.query("PRAGMA page_size")[0][0])
        size = self.path.stat().st_size
        if pages * page_size == size:
            return []
        return [f"the file is {size} bytes but should be {pages} pages of {page_size} bytes"]

    def full_check(self) -> list[str]:
        """Every page's HMAC, SQLite's integrity check, and foreign keys; empty means fine.

        `PRAGMA integrity_check` reads every page in use, and SQLCipher checks the HMAC of
        every page it reads, so a sound file is read once. Only when something is found is
        `PRAGMA cipher_integrity_check` run too (a second read of every page, free ones
        included), to name each page whose HMAC fails."""
        problems: list[str] = []
        try:
            problems += self.size_problems()
            found = _check_lines(self.query("PRAGMA integrity_check"))
            found += [
                f"broken link in {r[0]} row {r[1]}" for r in self.query("PRAGMA foreign_key_check")
            ]
        except (sqlcipher3.DatabaseError, IntegrityError) as exc:
            found = [str(exc)]
        if found:
            try:
                problems += [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]
            except (sqlcipher3.DatabaseError, IntegrityError) as exc:
                problems.append(str(exc))
            problems += found
        return problems

    def meta(self, key: str) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.execute(_SET_META, (key, value))

    # -- internals -----------------------------------------------------------------------

    def _configure(self) -> None:
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA synchronous = FULL")
        if not self.read_only:
            # Rollback journal: measured ~1.6x faster than WAL for large blobs, one file to
            # back up, and our single serial worker needs no concurrent readers.
            conn.execute("PRAGMA journal_mode = DELETE")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """`_translated` for this file, remembering damage met (never sealed as sound)."""
        try:
            with _translated(self.path):
                yield
        except IntegrityError:
            self._damaged = True
            raise

    def _seal_matches(self) -> bool:
        try:
            row = self.query_one("SELECT value FROM meta WHERE key = ?", (SEAL_KEY,))
            return row is not None and int(row[0]) == self.path.stat().st_mtime_ns
        except (ValueError, OSError, IntegrityError, sqlcipher3.DatabaseError):
            return False

    def _check_before_writing(self, *, thorough: bool) -> None:
        """Refuse to open a damaged file for writing. Always (cheap): page 1 and the schema
        (read by opening) and the size against the page count. Unless the file is exactly as
        a clean close left it (`thorough`, about 2 s per GiB): every page in use, by
        `PRAGMA quick_check` (each page read is HMAC-checked too). Whatever error the check
        itself meets is damage too (a swapped page of the search index's tables, for one,
        fails as "vtable constructor failed"). See docs/decisions.md, "Reliability"."""
        problems = self.size_problems()
        if not problems and thorough:
            try:
                problems = self.quick_check()
            except sqlcipher3.DatabaseError as exc:
                self._damaged = True
                problems = [str(exc)]
        if problems:
            raise IntegrityError(problems)

    def _migrate(self, *, copy_aside: bool) -> None:
        version = int(self.query("PRAGMA user_version")[0][0])
        if version >= LATEST_VERSION:
            return
        if copy_aside:
            self._copy_aside()
        for step in range(version, LATEST_VERSION):
            with self.atomic():
                MIGRATIONS[step](self.conn)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")
        if copy_aside:
            # A good migration: no copy of her case is left beside it (a failed one keeps it).
            remove_migration_copies(self.path)

    def _copy_aside(self) -> Path:
        """Copy the vault (ciphertext, as is) to `NAME.before-vN` before migrating it: made
        readable by her only, under a temporary name (created with O_EXCL, never through a
        link) and given its name only when whole. A copy kept by an earlier try that failed
        is the older one, from before anything changed: it stays."""
        aside = migration_copy(self.path)
        try:
            info: os.stat_result | None = os.lstat(aside)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise VaultUnwritable(str(aside)) from exc
        if info is not None:
            try:
                if stat.S_ISREG(info.st_mode):
                    os.chmod(aside, 0o600)  # an older Quietcase made it readable by others
                    return aside
                os.unlink(aside)  # not a copy of ours (a link, a pipe): never written through
            except OSError as exc:
                raise VaultUnwritable(str(aside)) from exc
        partial = aside.with_name(f"{aside.name}.{secrets.token_hex(4)}.incomplete")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC
        fd = os.open(partial, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as out, open(self.path, "rb") as source:
                shutil.copyfileobj(source, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            try:
                os.link(partial, aside)  # never replaces a file
            except FileExistsError:
                raise VaultUnwritable(str(aside)) from None
            except OSError:
                os.rename(partial, aside)  # no hard links (FAT)
            else:
                os.unlink(partial)
        except BaseException:
            _unlink_quietly(partial)
            raise
        return aside


_SET_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
    "excluded.value"
)


def _write_seal(conn: Any) -> int | None:
    """Record inside the file the time it is about to be given (`_set_mtime` after closing);
    None if it cannot be written."""
    sealed_at = time.time_ns() // _SEAL_STEP_NS * _SEAL_STEP_NS
    try:
        with conn:  # one small transaction of its own
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEAL_KEY, str(sealed_at)),
            )
    except sqlcipher3.Error:
        return None  # a full or read-only drive: no seal, so the next writer checks it all
    return sealed_at


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _set_mtime(path: Path, mtime_ns: int) -> None:
    try:
        os.utime(path, ns=(path.stat().st_atime_ns, mtime_ns))
    except OSError:
        pass  # the seal then does not match: the next writer checks every page


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """SQLite's errors about the file itself become the vault's own exceptions."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        message = str(exc).lower()
        if isinstance(exc, sqlcipher3.IntegrityError):  # a constraint, not damage
            raise
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            raise IntegrityError([str(exc)]) from exc
        if "disk is full" in message or ("disk i/o" in message and _no_room(path)):
            raise VaultFull(str(path)) from exc
        if "disk i/o" in message or "readonly" in message:
            raise VaultUnwritable(str(path)) from exc
        raise


_ROOM = 1 << 20  # less than this left, and a failed write is taken for a full drive


def _no_room(path: Path) -> bool:
    """Whether a write SQLite calls an I/O error most likely failed for want of space: the
    drive is (nearly) full, or this process may only write files up to a size (`ulimit -f`).
    SQLite reports ENOSPC as "full", but EFBIG only as "disk I/O", and it has already
    rolled back (and shortened the file again) when the error reaches us."""
    try:
        if shutil.disk_usage(path.parent).free < _ROOM:
            return True
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    return resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY


def _undo(conn: Any, savepoint: str | None) -> None:
    """Roll back the transaction (or back to the savepoint) after an error; the error itself
    is what matters, so a failing rollback (SQLite may have rolled back already, after a full
    disk or an I/O error) is not raised over it."""
    try:
        if savepoint is None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        else:
            conn.execute(f"ROLLBACK TO {savepoint}")
            conn.execute(f"RELEASE {savepoint}")
    except sqlcipher3.Error:
        pass


def _check_lines(rows: list[Row]) -> list[str]:
    """SQLite's check results, one problem a line ("ok" and its "*** in database main ***"
    headings dropped), so each can be shown on a line of its own."""
    if rows == [("ok",)]:
        return []
    lines = (line.strip() for row in rows for line in str(row[0]).splitlines())
    return [line for line in lines if line and not line.startswith("*** in database")]


def close_all() -> int:
    """Close every vault this process still has open; returns how many were open."""
    still_open = [v for v in list(_OPEN) if v.is_open]
    for vault in still_open:
        vault.close()
    return len(still_open)


def _has_hot_journal(path: Path) -> bool:
    """A journal SQLite would roll back: there, and its first byte is not zero (a journal
    whose header was never written is ignored, and removed by the next write)."""
    try:
        fd = os.open(path.with_name(path.name + "-journal"), os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, 1) not in (b"", b"\0")
    except OSError:
        return False
    finally:
        os.close(fd)


def _roll_back(path: Path, passphrase: str) -> None:
    """After a crash, a journal beside the vault holds what must be rolled back before anyone
    reads it; a read-only connection cannot do that. So a writable one does, under the
    exclusive lock, and is closed again: the read-only open then shares the lock as usual
    (`verify` opens the file twice). A lock file left by the crash stays, for the next
    writer's thorough check. Where the folder cannot be written, nothing can be rolled back;
    the read-only connection then says so."""
    lock = VaultLock(path)
    try:
        lock.acquire()
    except VaultUnwritable:
        return
    try:
        _connect(path, passphrase, mode="rw").close()  # reading page 1 rolls the journal back
    finally:
        lock.release(keep_file=lock.found_stale)


def _check_looks_like_vault(path: Path) -> None:
    """Refuse at once what cannot be a vault: nothing there, a folder, a pipe or a device (a
    pipe would block whoever reads it, for ever), a journal beside it that is not a file, a
    plain SQLite database, or less than one page. Never waits: the file is opened without
    blocking and looked at again once open (a pipe swapped in meanwhile is refused too)."""
    _refuse_unless_file(path)
    _refuse_odd_journal(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY | _CLOEXEC)
    except FileNotFoundError:
        raise VaultMissing(str(path)) from None
    except IsADirectoryError:
        raise NotAFile(str(path), folder=True) from None
    except OSError as exc:
        raise VaultUnwritable(str(path)) from exc
    try:
        _refuse_unless_file(path, os.fstat(fd))
        head = b""
        while len(head) < _MIN_SIZE and (more := os.read(fd, _MIN_SIZE - len(head))):
            head += more
    except OSError as exc:
        raise VaultUnwritable(str(path)) from exc
    finally:
        os.close(fd)
    if len(head) < _MIN_SIZE or head.startswith(_SQLITE_HEADER):
        raise NotAVault(str(path))


def _refuse_unless_file(path: Path, info: os.stat_result | None = None) -> None:
    """`NotAFile` for a folder, a pipe, a device or a socket (links followed: a link to her
    case file is her case file); `VaultMissing` when nothing is there."""
    if info is None:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise VaultMissing(str(path)) from None
        except OSError as exc:
            raise VaultUnwritable(str(path)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotAFile(str(path), folder=True)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(str(path), folder=False)


def _refuse_odd_journal(path: Path) -> None:
    """SQLite reads and writes `NAME-journal` beside the vault; if something put a pipe (or a
    folder, or a link) there, SQLite would wait on it for ever: refuse instead."""
    journal = path.with_name(path.name + "-journal")
    try:
        info = os.lstat(journal)
    except OSError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(str(journal), folder=stat.S_ISDIR(info.st_mode))


def migration_copy(path: Path) -> Path:
    """Where the vault at `path` is copied before a migration to this version."""
    return path.with_name(f"{path.name}.before-v{LATEST_VERSION}")


def migration_copies(path: Path) -> list[Path]:
    """Every copy of `path` made before a migration (`NAME.before-vN`, whatever N), and any
    left half-made by a Quietcase that was stopped while copying."""
    pattern = re.compile(re.escape(path.name) + r"\.before-v\d+(\.[0-9a-f]{8}\.incomplete)?")
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        return []
    return [path.with_name(name) for name in names if pattern.fullmatch(name)]


def remove_migration_copies(path: Path) -> list[Path]:
    """Remove the copies made before migrations (they open with the passphrase of the day they
    were made); returns what was removed. A folder of that name is left alone."""
    removed = []
    for copy in migration_copies(path):
        try:
            if stat.S_ISDIR(os.lstat(copy).st_mode):
                continue
            os.unlink(copy)
        except OSError:
            continue
        removed.append(copy)
    return removed


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _connect(path: Path, passphrase: str, *, mode: str) -> Any:
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    try:
        # No statement cache: chosen while cipher_memory_security was ON (every allocation
        # outside SQLite's lookaside pool cost an mlock/munlock pair, and cached statements
        # fill that pool; docs/decisions.md, Telegram). Memory security is off now (below);
        # preparing a statement again costs microseconds, so this stays until measured.
        conn = sqlcipher3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, cached_statements=0
        )
    except sqlcipher3.OperationalError as exc:
        raise VaultUnwritable(str(path)) from exc
    try:
        functions.register(conn)
        conn.execute("PRAGMA cipher_log_level = NONE")
        # SQLCipher's memory security (`cipher_memory_security`) stays at its default, OFF:
        # it cost 1.4x on writes and reads and 5-10x on search, and protects only SQLite's own
        # buffers while every record and file she reads lives in Python objects it cannot
        # reach (docs/decisions.md, "Memory security is off"). Dumps are off instead
        # (app/core/hardening.py).
        conn.execute(f"PRAGMA key = {key_literal(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc).lower():  # page 1 did not decrypt
                raise WrongPassphrase(str(path)) from None
            if "readonly" in str(exc).lower():  # a crash journal it may not roll back
                raise VaultUnwritable(str(path)) from None
            raise IntegrityError([str(exc)]) from None  # page 1 fine, the schema is damaged
    except BaseException:
        conn.close()
        raise
    return conn


def _remove_quietly(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        try:
            p.unlink()
        except OSError:
            pass


def integrity_problems(vault: Vault) -> None:
    """Raise `IntegrityError` if `full_check` finds anything."""
    problems = vault.full_check()
    if problems:
        raise IntegrityError(problems)
