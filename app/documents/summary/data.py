"""What goes into a case summary: her choices (`ReportOptions`) and the records they select
(`ReportData`), read from the case in one go so the document is one consistent moment.

Whole case, a date range, or chosen incidents (and so their evidence); each section on or off;
contacts only as she ticks them (by default those the chosen records mention); private notes
only when she asks. The cover's title, her name or alias and the short summary she writes are
kept in the case file (encrypted, like everything else) so she writes them once.

Exhibit numbers (증 제n호증) are the complaint helper's kept ones (app/exhibits.py): a render
plans them for every item of the case not numbered yet, and an export keeps them (see
`app.documents.summary.pdf.record_export`), so an item has the same number in every document.
The chat messages she chose (`ChatMessages.for_report`) become a transcript excerpt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.core.errors import RECORD_MISSING, UserError
from quietcase.app.core.kinds import RecordKind, format_id, kind_label
from quietcase.app.core.transactions import reading
from quietcase.app.core.zone import case_zone
from quietcase.app.documents import exhibits as exhibit_numbers
from quietcase.app.documents.summary.choices import Section as Section  # re-exported
from quietcase.app.documents.summary.choices import Thumbnails as Thumbnails
from quietcase.storage.chats.messages import sort_key
from quietcase.storage.chats.report_messages import export_apps, export_origins
from quietcase.storage.custody_log import CustodyLog
from quietcase.storage.dates import When
from quietcase.storage.exhibits import Exhibit
from quietcase.storage.records import (
    Chat,
    ChatMessage,
    Contact,
    Deadline,
    Evidence,
    Incident,
    Request,
)

COVER_TITLE, COVER_NAME, COVER_SUMMARY = "report.title", "report.name", "report.summary"


ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class Cover:
    """What she writes for the cover: a title, her name or an alias, a short summary."""

    title: str = ""
    name: str = ""
    summary: str = ""


@dataclass(frozen=True)
class ReportOptions:
    """Her choices for one summary. Empty `incident_ids` and no dates mean the whole case;
    `contact_ids=None` means the contacts the chosen records mention."""

    language: str = "en"
    cover: Cover | None = None  # None: what is saved in the case file
    incident_ids: tuple[int, ...] = ()
    date_from: When | None = None
    date_to: When | None = None
    contact_ids: tuple[int, ...] | None = None
    sections: frozenset[Section] = ALL_SECTIONS
    thumbnails: Thumbnails = Thumbnails.BLURRED
    private_notes: bool = False
    password: str = ""  # empty: not encrypted
    # Chat messages (record ids) for the transcript excerpt; None: the ones she chose and
    # saved (`ChatMessages.for_report`), those of the chosen incidents' chats (or inside the
    # date range) when the summary does not cover the whole case.
    messages: tuple[int, ...] | None = None
    # the zone every time is shown in ("Asia/Seoul"); empty: the case's, else the computer's
    time_zone: str = ""

    @property
    def whole_case(self) -> bool:
        return not self.incident_ids and self.date_from is None and self.date_to is None


@dataclass
class ReportData:
    """The records one summary shows, in the order it shows them."""

    made_at: datetime
    options: ReportOptions
    zone: tzinfo
    cover: Cover
    incidents: list[Incident]
    evidence: list[Evidence]
    contacts: list[Contact]
    requests: list[Request]
    deadlines: list[Deadline]
    overdue: set[int]
    evidence_total: int
    custody_head: str
    custody_seq: int
    custody_at: datetime | None
    exhibit: dict[int, int] = field(default_factory=dict)  # evidence id -> 증 제n호증's n
    # evidence id -> its exhibit, kept or planned, for every kept item of the case (an export
    # keeps the planned ones: `app.documents.summary.pdf.record_export`)
    exhibits: dict[int, Exhibit] = field(default_factory=dict)
    messages: list[ChatMessage] = field(default_factory=list)  # time order
    chats: dict[int, Chat] = field(default_factory=dict)
    # every kept evidence item by id (the transcript names the files of messages)
    files: dict[int, Evidence] = field(default_factory=dict)
    # evidence id -> (export folder, path inside it, chat names) for a Telegram export's files
    origins: dict[int, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    # evidence id -> the app of its export, where not Telegram ("kakaotalk")
    origin_apps: dict[int, str] = field(default_factory=dict)

    def contact_names(self) -> dict[int, Contact]:
        return {c.id: c for c in self.contacts}

    def texts(self) -> list[str]:
        """Every piece of her text the report may print (to know whether it needs Korean)."""
        out = [self.cover.title, self.cover.name, self.cover.summary]
        for i in self.incidents:
            out += [i.title, i.platform, i.place, i.description, i.note, *i.handles, *i.tags]
            out += [t for link in i.links for t in (link.url, link.post_title, link.uploader)]
        for e in self.evidence:
            out += [e.filename, e.source_url, e.captured_by, e.description, e.shows, *e.tags]
        for c in self.contacts:
            out += [c.name, c.organisation, c.phone, c.email, c.note, *c.handles]
        for r in self.requests:
            out += [r.subject, r.reference, r.note]
        for d in self.deadlines:
            out += [d.title, d.note]
        for m in self.messages:
            out += [m.chat_name, m.sender, m.text, m.forwarded_from]
        return out


def load_cover(case: Case) -> Cover:
    """The cover details saved in the case file (empty strings when never written)."""
    vault = case.vault

    def read() -> Cover:
        return Cover(
            vault.meta(COVER_TITLE) or "",
            vault.meta(COVER_NAME) or "",
            vault.meta(COVER_SUMMARY) or "",
        )

    return reading(vault, read)


def save_cover(case: Case, cover: Cover) -> None:
    """Keep the cover details in the case file for the next summary."""
    from quietcase.app.core.transactions import writing

    with writing(case.vault):
        case.vault.set_meta(COVER_TITLE, cover.title.strip())
        case.vault.set_meta(COVER_NAME, cover.name.strip())
        case.vault.set_meta(COVER_SUMMARY, cover.summary.strip())


def collect(case: Case, options: ReportOptions) -> ReportData:
    """Read and select the records for one summary."""
    journal = case.journal
    all_incidents = journal.incidents()
    wanted = set(options.incident_ids)
    for incident_id in wanted:
        journal.incident(incident_id)  # a missing id is an error she should see, not a gap
    incidents = [i for i in all_incidents if _selected(i, wanted, options)]
    chosen = {i.id for i in incidents}
    items = case.evidence.items()
    zone = case_zone(case.vault, options.time_zone)
    if options.whole_case:
        evidence = items
    else:
        evidence = [
            e for e in items if chosen.intersection(e.incident_ids) or _loose(e, options, zone)
        ]
    evidence = [_only_chosen(e, chosen) for e in evidence]
    requests = [r for r in journal.requests() if _request_selected(r, chosen, options)]
    requests.sort(key=lambda r: (r.sent_on is None, r.sent_on or date.min, r.id))
    deadlines = [d for d in journal.deadlines() if _deadline_selected(d, chosen, options)]
    deadlines.sort(key=lambda d: (d.due.earliest(), d.id))
    if options.contact_ids is None:
        mentioned = {c for i in incidents for c in i.contact_ids}
        mentioned |= {r.contact_id for r in requests if r.contact_id is not None}
    else:
        mentioned = set(options.contact_ids)
        for contact_id in mentioned:
            journal.contact(contact_id)
    contacts = [c for c in journal.contacts() if c.id in mentioned]
    last = reading(case.vault, CustodyLog(case.vault).last)
    planned = exhibit_numbers.numbers(case, items, all_incidents)
    # every document lists evidence in exhibit order, so its numbers read 1, 2, 3-1, 3-2 ...
    evidence.sort(key=lambda e: exhibit_numbers.sort_key(planned.get(e.id), e.id))
    messages, chats = _messages(case, options, chosen)
    return ReportData(
        made_at=case.clock.now(),
        options=options,
        zone=zone,
        cover=options.cover if options.cover is not None else load_cover(case),
        incidents=incidents,
        evidence=evidence,
        contacts=contacts,
        requests=requests,
        deadlines=deadlines,
        overdue={d.id for d in deadlines if journal.is_overdue(d)},
        evidence_total=len(items),
        custody_head=case.custody.head(),
        custody_seq=0 if last is None else last.seq,
        custody_at=None if last is None else last.at,
        exhibit={e.id: planned[e.id].number for e in evidence if e.id in planned},
        exhibits=planned,
        messages=messages,
        chats=chats,
        files={e.id: e for e in items},
        origins=reading(case.vault, lambda: export_origins(case.vault)),
        origin_apps=reading(case.vault, lambda: export_apps(case.vault)),
    )


def _messages(
    case: Case, options: ReportOptions, chosen: set[int]
) -> tuple[list[ChatMessage], dict[int, Chat]]:
    """The messages of the transcript excerpt (time order) and their chats."""
    store = ChatMessages(case.vault, case.clock)
    if options.messages is not None:
        wanted = list(dict.fromkeys(options.messages))
        found = store.selected(wanted)
        missing = sorted(set(wanted) - {m.id for m in found})
        if missing:  # an id she gave that is not there is an error she should see
            raise UserError(
                RECORD_MISSING,
                kind=kind_label(RecordKind.MESSAGE),
                record_id=", ".join(format_id(RecordKind.MESSAGE, i) for i in missing),
            )
        messages = found
    else:
        messages = store.selected(store.for_report())
    chats = {c.id: c for c in store.chats()} if messages else {}
    if options.messages is None and not options.whole_case:
        if options.incident_ids:
            messages = [m for m in messages if chats[m.chat_id].incident_id in chosen]
        else:
            messages = [m for m in messages if _message_in_range(m, options)]
    used = {m.chat_id for m in messages}
    return messages, {i: c for i, c in chats.items() if i in used}


def _message_in_range(message: ChatMessage, options: ReportOptions) -> bool:
    at = sort_key(message)[:16]
    return bool(at) and _in_range(at, at, options)


def _in_range(earliest: str, latest: str, options: ReportOptions) -> bool:
    if options.date_from is not None and latest < options.date_from.earliest():
        return False
    return options.date_to is None or earliest <= options.date_to.latest()


def _selected(incident: Incident, wanted: set[int], options: ReportOptions) -> bool:
    if wanted and incident.id not in wanted:
        return False
    if options.date_from is None and options.date_to is None:
        return True
    when = incident.when
    return when is not None and _in_range(when.earliest(), when.latest(), options)


def _loose(item: Evidence, options: ReportOptions, zone: tzinfo) -> bool:
    """Evidence linked to no incident, captured (or added) inside a date range."""
    if item.incident_ids or options.incident_ids:
        return False
    if item.captured is not None:
        return _in_range(item.captured.earliest(), item.captured.latest(), options)
    local = item.added_at.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    return _in_range(local, local, options)


def _only_chosen(item: Evidence, chosen: set[int]) -> Evidence:
    """Show only the links to incidents that are in this summary."""
    from dataclasses import replace

    return replace(item, incident_ids=tuple(i for i in item.incident_ids if i in chosen))


def _request_selected(request: Request, chosen: set[int], options: ReportOptions) -> bool:
    if options.whole_case:
        return True
    if chosen.intersection(request.incident_ids):
        return True
    if request.incident_ids or options.incident_ids or request.sent_on is None:
        return False
    day = request.sent_on.isoformat()
    return _in_range(day + "T00:00", day + "T23:59", options)


def _deadline_selected(deadline: Deadline, chosen: set[int], options: ReportOptions) -> bool:
    if options.whole_case:
        return True
    if deadline.incident_id is not None:
        return deadline.incident_id in chosen
    return not options.incident_ids and _in_range(
        deadline.due.earliest(), deadline.due.latest(), options
    )
