"""The links she recorded (web addresses where the material was seen), as rows across all
incidents: for `list VAULT links`, the deletion-support list and the window's links view; and
the use case that records a link's status after she checked it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from quietcase.app.case import Case
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.ids import NO_SUCH_LINK
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.storage.records import Evidence, Incident, Link, LinkStatus


@dataclass(frozen=True)
class LinkRow:
    """One recorded link, with the incident it belongs to (`position` counts from 1 within
    the incident) and the evidence that shows the post."""

    incident: Incident
    position: int
    link: Link
    platform: str
    evidence: tuple[Evidence, ...] = ()  # source address is this link
    same_incident: tuple[Evidence, ...] = ()  # when none does: the incident's evidence


def platform_of(incident: Incident, url: str) -> str:
    """The platform she named for the incident, else the web address's host."""
    if incident.platform.strip():
        return incident.platform.strip()
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")


def same_address(a: str, b: str) -> bool:
    """Two addresses for the same post: scheme and host in any case, a trailing slash."""
    return bool(a.strip()) and _address_key(a) == _address_key(b)


def _address_key(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}"


def all_links(case: Case) -> list[LinkRow]:
    """Every link of every incident, in the incidents' time order."""
    incidents = case.journal.incidents()
    items = case.evidence.items()
    by_incident: dict[int, list[Evidence]] = {}
    for item in items:
        for incident_id in item.incident_ids:
            by_incident.setdefault(incident_id, []).append(item)
    rows = []
    for incident in incidents:
        for n, link in enumerate(incident.links, 1):
            showing = tuple(i for i in items if same_address(i.source_url, link.url))
            fallback = () if showing else tuple(by_incident.get(incident.id, []))
            rows.append(
                LinkRow(incident, n, link, platform_of(incident, link.url), showing, fallback)
            )
    return rows


def platform_names(row: LinkRow) -> set[str]:
    host = (urlsplit(row.link.url.strip()).hostname or "").lower()
    return {row.platform.casefold(), row.incident.platform.strip().casefold(), host, host[4:]}


def by_platform(rows: list[LinkRow]) -> list[tuple[str, list[LinkRow]]]:
    """Rows grouped by platform, platforms in alphabetical order, the unnamed one last."""
    groups: dict[str, list[LinkRow]] = {}
    for row in rows:
        groups.setdefault(row.platform, []).append(row)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))


def set_link_status(
    case: Case,
    incident_id: int,
    position: int,
    status: LinkStatus,
    checked_on: date | None = None,
) -> Link:
    """She checked a link: record its status and the day (today unless given)."""
    incident = case.journal.incident(incident_id)
    if not 1 <= position <= len(incident.links):
        raise UserError(NO_SUCH_LINK, EXIT_USAGE, incident=str(incident_id), n=str(position))
    day = checked_on or case.clock.now().astimezone().date()
    links = list(incident.links)
    links[position - 1] = replace(links[position - 1], status=status, checked_on=day)
    saved = case.journal.update_incident(replace(incident, links=tuple(links)))
    return saved.links[position - 1]


def set_links_status(
    case: Case,
    refs: Iterable[tuple[int, int]],
    status: LinkStatus,
    checked_on: date | None = None,
) -> int:
    """She checked several links (`(incident id, position)` pairs): record the same status and
    day for each, in one transaction (all of them are kept, or none). Returns how many."""
    chosen = list(dict.fromkeys(refs))
    with case.journal.transaction():
        for incident_id, position in chosen:
            set_link_status(case, incident_id, position, status, checked_on)
    return len(chosen)


def link_record(row: LinkRow) -> dict[str, Any]:
    """One link as a plain dictionary (`list VAULT links --json`)."""
    link = row.link
    return {
        "id": format_id(RecordKind.INCIDENT, row.incident.id),
        "link": row.position,
        "platform": row.platform,
        "url": link.url,
        "post_title": link.post_title,
        "uploader": link.uploader,
        "keywords": link.keywords,
        "found_on": None if link.found_on is None else link.found_on.isoformat(),
        "status": link.status.value,
        "checked_on": None if link.checked_on is None else link.checked_on.isoformat(),
        "evidence_ids": [format_id(RecordKind.EVIDENCE, e.id) for e in row.evidence],
    }
