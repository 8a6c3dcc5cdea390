"""A case file as a whole: create, open, lock, change the passphrase, verify.

`Case` bundles an open vault with the use cases that work on it; both front ends (window and
CLI) get one from `create_case` / `open_case` and close it when done (locking = closing).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import writing
from quietcase.app.core.unfinished import remove_leftovers
from quietcase.app.evidence import seal
from quietcase.app.evidence.anchors import Anchor, AnchorCheck, check_anchor
from quietcase.app.evidence.custody import CREATED, Custody, EvidenceHistory, evidence_history
from quietcase.app.evidence.history import RecordHistory, StatesCheck, check_states
from quietcase.app.journal.records import Journal
from quietcase.app.settings import default_folder
from quietcase.app.unlock.seen import OlderCopy, SeenStates
from quietcase.storage.blobs import Blobs
from quietcase.storage.errors import VaultError
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import CaseCounts
from quietcase.storage.search import links as search_links
from quietcase.storage.vault import Vault

if TYPE_CHECKING:
    from quietcase.app.chats.kakaotalk.importing import KakaoOptions
    from quietcase.app.chats.kakaotalk.result import KakaoImportResult
    from quietcase.app.chats.messages import ChatMessages
    from quietcase.app.chats.telegram.choices import ImportOptions
    from quietcase.app.chats.telegram.result import TelegramImportResult
    from quietcase.app.evidence.intake import Intake
    from quietcase.app.evidence.items import KeptEvidence
    from quietcase.app.journal.drafts import Drafts
    from quietcase.app.search import LiveSearch, SearchResults

_T = TypeVar("_T")

BACKUP_MADE_AT = "backup.made_at"  # set in a backup (app/backup/backups.py)


class Case:
    """An open case file and its use cases.

    The use cases that need heavy modules (Pillow for intake and the kept evidence, the chat
    code) are made on first use, so that a command that never touches them (`list`, `show`)
    never imports them (docs/decisions.md, "Start-up")."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self.journal = Journal(vault, clock)
        self.custody = Custody(vault, clock)
        # Every transaction that changes records ends by recording their new state.
        self.history = RecordHistory(vault, clock)
        if not vault.read_only:
            self.history.start()
        # Set by `open_case`: whether the keyed seal matched the history when opened (None:
        # no seal yet), and whether a newer state of this file was seen on this computer.
        self.sealed: bool | None = None
        self.older_copy: OlderCopy | None = None
        self.seen: SeenStates | None = None  # where the newest state is remembered

    @cached_property
    def intake(self) -> Intake:
        from quietcase.app.evidence.intake import Intake

        return Intake(self.vault, self.clock)

    @cached_property
    def evidence(self) -> KeptEvidence:
        from quietcase.app.evidence.items import KeptEvidence

        return KeptEvidence(self.vault, self.clock)

    @cached_property
    def chats(self) -> ChatMessages:
        from quietcase.app.chats.messages import ChatMessages

        return ChatMessages(self.vault, self.clock)

    @cached_property
    def drafts(self) -> Drafts:
        from quietcase.app.journal.drafts import Drafts

        return Drafts(self.vault)

    @property
    def path(self) -> Path:
        return self.vault.path

    def time_zone(self) -> tzinfo:
        """The zone this case's times are shown in (documents, window, CLI): the one she
        chose, else the computer's (also when hers is unknown on this computer)."""
        from quietcase.app.core import zone

        return zone.shown_zone(self.vault)

    def together(self, work: Callable[[], _T]) -> _T:
        """Run several use cases as one: all of their changes are kept, or (on any error, or
        Cancel) none is. Storage trouble comes out as a `UserError`."""
        with writing(self.vault):
            return work()

    def search(self, query: str) -> SearchResults:
        """Records, evidence and chat messages matching `query` (see app/search.py)."""
        from quietcase.app.search import search

        return search(self.vault, query)

    @cached_property
    def live_search(self) -> LiveSearch:
        """Search as she types (the window): an in-memory copy of the indexed text, made on
        first use and dropped when the case is locked."""
        from quietcase.app.search import LiveSearch

        return LiveSearch(self.vault)

    def import_telegram(
        self,
        path: Path | str,
        options: ImportOptions | None = None,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> TelegramImportResult:
        """Import a Telegram Desktop export (see app/chats/telegram/importing.py)."""
        from quietcase.app.chats.telegram.choices import ImportOptions
        from quietcase.app.chats.telegram.importing import TelegramImport

        return TelegramImport(self.vault, self.clock).import_export(
            path, options or ImportOptions(), progress, cancel
        )

    def import_kakaotalk(
        self,
        path: Path | str,
        options: KakaoOptions | None = None,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> KakaoImportResult:
        """Import a KakaoTalk chat export (see app/chats/kakaotalk/importing.py)."""
        from quietcase.app.chats.kakaotalk.importing import KakaoOptions, KakaoTalkImport

        return KakaoTalkImport(self.vault, self.clock).import_export(
            path, options or KakaoOptions(), progress, cancel
        )

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the case file with a new passphrase; the old one stops working. Copies
        of the case that the old one would still open are removed with it: those made before
        a migration (storage/vault.py), and unfinished backups or restores a killed Quietcase
        left beside it. Backups keep the passphrase they were made with (docs/decisions.md)."""
        from quietcase.app.unlock.passphrase import require_usable

        require_usable(new_passphrase)
        try:
            self.vault.rekey(new_passphrase)
        except VaultError as exc:
            raise explain(exc, self.path) from exc
        remove_leftovers(self.path.parent)

    def interrupt(self) -> None:
        """Stop the statement running now (Lock during a long job, which is cancelled and
        undone): the one method that may be called from another thread than the case's."""
        self.vault.interrupt()

    def close(self) -> None:
        """Lock: close the vault and release it for other programs (and forget the search
        copy of her text)."""
        self.__dict__.pop("live_search", None)
        if self.seen is not None and self.vault.is_open and not self.vault.read_only:
            try:
                # An older copy only looked at stays noted; once she adds to it, it is hers.
                if self.older_copy is None or self.custody.state()[0] > self.older_copy.counter:
                    _remember(self, self.seen)
            except Exception:  # never a reason not to lock
                pass
        self.vault.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_case(
    path: Path | str, passphrase: str, clock: Clock, *, seen_in: Path | None = None
) -> Case:
    """A new, empty case file at `path` (never overwrites a file), sealed (its custody event
    makes the seal key), its state remembered in `seen_in` (default: the settings folder)."""
    from quietcase.app.unlock.passphrase import require_usable

    require_usable(passphrase)
    try:
        vault = Vault.create(Path(path), passphrase)
        case = Case(vault, clock)
        with vault.atomic():
            vault.set_meta("created_at", clock.now().isoformat())
            vault.set_meta("vault_id", str(uuid.uuid4()))  # names this case in its backups
            case.history.begin_new()
            case.custody.record(CREATED, detail="case file created")
        case.sealed = True
        case.seen = SeenStates(seen_in or default_folder())
        _remember(case, case.seen)
    except (VaultError, OSError) as exc:
        raise explain(exc, path) from exc
    return case


def open_case(
    path: Path | str,
    passphrase: str,
    clock: Clock,
    *,
    read_only: bool = False,
    checking: Callable[[], None] | None = None,
    seen_in: Path | None = None,
    remember: bool = True,
) -> Case:
    """Open an existing case file; a wrong passphrase raises `UserError` (exit code 3).
    `checking` is called before every page is read (after a crash, or a file changed or
    copied in since it was last closed: about 2 s per GiB).

    Never refused for what follows, only noted on the `Case`: whether the keyed seal matches
    the history (`sealed`; None for a file from an older Quietcase, sealed with its first
    change), and whether a newer state of this case file was seen on this computer
    (`older_copy`, from `seen_in`, by default the settings folder). Unless `remember` is
    False (a copy being made), the state is remembered when newer, and again on closing."""
    try:
        vault = Vault.open(Path(path), passphrase, read_only=read_only, checking=checking)
    except (VaultError, OSError, ValueError) as exc:
        raise explain(exc, path) from exc
    case = Case(vault, clock)
    if not read_only:
        try:
            search_links.catch_up(vault)  # links' keywords saved before they were indexed
        except Exception:  # only the search would miss them: never a reason not to open
            pass
    try:
        _check_history(case, SeenStates(seen_in or default_folder()), remember=remember)
    except Exception:  # damaged pages: `verify` and the writer's own checks say so
        pass
    return case


def _check_history(case: Case, seen: SeenStates, *, remember: bool) -> None:
    vault = case.vault
    counter, head = case.custody.state()
    vault_id = vault.meta("vault_id")
    if vault.meta(BACKUP_MADE_AT) is not None:
        vault_id = None  # a backup is an older state by design
    # Sealed when last seen here, and no key now: put back from a copy made before it had one.
    lost = vault_id is not None and seen.was_sealed(vault_id) and vault.meta(seal.KEY) is None
    if lost and not vault.read_only:
        with vault.atomic():
            seal.mark_lost(vault)
    case.sealed = False if lost else seal.matches(vault, counter, head)
    if vault_id is None:
        return
    case.older_copy = seen.older(vault_id, counter, head)
    if remember and not vault.read_only:
        case.seen = seen
        if case.older_copy is None:
            _remember(case, seen)


def _remember(case: Case, seen: SeenStates) -> None:
    """Note the case file's state now as the newest seen on this computer."""
    vault_id = case.vault.meta("vault_id")
    if vault_id is not None and case.vault.meta(BACKUP_MADE_AT) is None:
        sealed = case.vault.meta(seal.KEY) is not None
        seen.remember(vault_id, *case.custody.state(), case.clock.now(), sealed=sealed)


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found: an empty `problems` list means the file is intact."""

    path: Path
    problems: list[str] = field(default_factory=list)
    counts: CaseCounts = field(default_factory=CaseCounts)
    custody_head: str = ""
    custody_counter: int = 0  # the newest event's number: printed with the head
    records_checked: int = 0  # records compared with the state their history recorded
    states_recorded: bool = True  # False: a file from an older Quietcase, not changed since
    evidence_bytes: int = 0
    backup_made_at: str | None = None  # set when the file is a backup
    older_copy: OlderCopy | None = None  # a newer state was seen here: a note, not a problem
    against: AnchorCheck | None = None  # an earlier printout's or bundle's head, checked

    @property
    def ok(self) -> bool:
        """Intact, and (when checked against an earlier head) not rewritten since."""
        return self.intact and (self.against is None or self.against.found)

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_case(
    path: Path | str,
    passphrase: str,
    clock: Clock,
    progress: ProgressCallback = ignore_progress,
    *,
    against: Anchor | None = None,
) -> VerifyReport:
    """Check every page's HMAC, SQLite's integrity, the links between records, every
    evidence item's bytes against its stored SHA-256 and the one its intake event recorded,
    that no item is gone without a purge event, the custody chain and its seal, and every
    record's state against its history, without writing anything. With `against` (a head
    printed earlier), also whether that history is still the beginning of today's, and what
    changed since. Raises `UserError` when the file cannot be opened at all."""
    case = open_case(path, passphrase, clock, read_only=True)
    try:
        # Every page's HMAC and SQLite's own check, then every record's state, run on a second
        # connection while this one re-hashes the evidence: both spend most of their time
        # inside SQLite, without the GIL.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="quietcase-verify") as pool:
            pages = pool.submit(_pages_and_states, Path(path), passphrase)
            try:
                problems = check_evidence(case.vault, progress)
                chain = case.custody.check()
                if not chain.ok:
                    problems.append(f"custody event {chain.broken_at}: {chain.reason}")
                anchored = None
                if against is not None:
                    anchored = check_anchor(case.vault, case.custody, against)
                unsealed = case.sealed is False or case.custody.sealed() is False
                counts = replace(
                    case.journal.counts(),
                    evidence=case.evidence.count(),
                    custody_events=chain.events,
                )
                stored = case.evidence.items() + case.evidence.items(binned=True)
            except (UserError, VaultError) as exc:
                problems, stored, chain, unsealed = [str(exc)], [], None, False
                anchored = None
            page_problems, states = pages.result()
            problems += states.problems
            if unsealed:
                problems.append(
                    "the seal over the history does not match: the records and the log were "
                    "changed outside Quietcase, or rolled back together"
                )
        if page_problems or chain is None:
            # Damaged pages: what reading the records found could only add noise.
            return VerifyReport(Path(path), page_problems or problems)
        return VerifyReport(
            Path(path),
            problems,
            counts,
            custody_head=chain.head,
            custody_counter=chain.events,
            records_checked=states.records,
            states_recorded=not states.notes,
            evidence_bytes=sum(e.size for e in stored),
            backup_made_at=case.vault.meta(BACKUP_MADE_AT),
            older_copy=case.older_copy,
            against=anchored,
        )
    finally:
        case.close()


def _pages_and_states(path: Path, passphrase: str) -> tuple[list[str], StatesCheck]:
    """Every page, then (when the pages are sound) every record against its history."""
    with Vault.open(path, passphrase, read_only=True) as vault:
        problems = vault.full_check()
        if problems:
            return problems, StatesCheck()
        try:
            return [], check_states(vault)
        except (UserError, VaultError) as exc:
            return [], StatesCheck(problems=[str(exc)])


def check_evidence(vault: Vault, progress: ProgressCallback = ignore_progress) -> list[str]:
    """Re-hash every stored item (binned ones too) and compare with its stored SHA-256 and
    with the size and SHA-256 its intake event recorded; then check the items against the
    custody log: each has an intake event, and every id ever given (or named by an event)
    that is gone has a purge event. Rewriting the stored hashes alone is therefore caught."""
    items, blobs = EvidenceItems(vault), Blobs(vault)
    fingerprints = items.fingerprints()
    history = evidence_history(vault)
    total = sum(size for _, _, _, size, _ in fingerprints)
    problems, done = [], 0
    for index, (evidence_id, blob_id, sha256, size, _name) in enumerate(fingerprints):
        digest, seen = hashlib.sha256(), 0
        for chunk in blobs.chunks(blob_id):
            digest.update(chunk)
            seen += len(chunk)
            progress(Progress(done + seen, total, index, len(fingerprints)))
        done += size
        label = f"E-{evidence_id}"
        problems += [
            f"{label}: {p}"
            for p in _against_records(seen, digest.hexdigest(), size, sha256, history, evidence_id)
        ]
        problems += [f"{label}: {p}" for p in blobs.sequence_problems(blob_id)]
    problems += _gone_without_purge({e[0] for e in fingerprints}, history, items)
    return problems


def _against_records(
    seen: int, digest: str, size: int, sha256: str, history: EvidenceHistory, evidence_id: int
) -> list[str]:
    if evidence_id not in history.intakes:
        found = ["no intake event records when it was added"]
    else:
        found = []
    if seen != size:
        return [*found, f"{seen} bytes stored, {size} recorded at intake"]
    if digest != sha256:
        return [*found, "the stored bytes no longer match the SHA-256 from intake"]
    # The stored hash fits the bytes; the intake event is what nobody can rewrite without
    # breaking the chain. (None: an intake detail of another form, so no hash to compare.)
    recorded = history.intakes.get(evidence_id)
    if recorded is not None and recorded.size != seen:
        found.append(f"{seen} bytes stored, {recorded.size} recorded when it was added")
    elif recorded is not None and recorded.sha256 != digest:
        found.append("the stored bytes do not match the SHA-256 recorded when it was added")
    return found


def _gone_without_purge(
    present: set[int], history: EvidenceHistory, items: EvidenceItems
) -> list[str]:
    """Ids run from 1 without gaps (AUTOINCREMENT): an id below the highest given that is not
    here must have been purged, and so must every id an event names. A run of missing ids is
    one line (a forged sequence number must not make verify count to a billion)."""
    highest = max([items.highest_id_given(), *present, *history.named], default=0)
    accounted = present | history.purged
    named_gone = sorted(history.named - accounted)
    problems = [
        f"E-{evidence_id}: the custody log names it, but it is gone and no purge event "
        "records its removal"
        for evidence_id in named_gone
    ]
    start = 1
    for boundary in [*sorted(accounted | set(named_gone)), highest + 1]:
        if boundary > start:
            ids = f"E-{start}" if boundary - 1 == start else f"E-{start} to E-{boundary - 1}"
            problems.append(
                f"{ids}: missing (ids run to E-{highest}) and no purge event records the removal"
            )
        start = max(start, boundary + 1)
    return problems
