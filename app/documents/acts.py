"""Which incidents are acts of an offender: the rows of the complaint helper's 범죄일람표.

Not everything she records is something an offender did ("A colleague told me…", "the police
took the device", a paid deletion service writing to her). By default an incident is an act
when it names a suspect or has a link where the material was seen; she can mark any incident
either way (in the incident editor, on the complaint helper's card, or with
`quietcase-cli acts`), and that choice is kept in the case file. The table lists the acts in
time order, so its 순번 stay the same for the same selection.
"""

from __future__ import annotations

from quietcase.app.case import Case
from quietcase.app.core.transactions import reading, writing
from quietcase.storage.acts import IncidentActs
from quietcase.storage.records import Contact, ContactRole, Incident


def by_default(incident: Incident, contacts: dict[int, Contact]) -> bool:
    """An act unless she says otherwise: it names a suspect, or it has a link."""
    if incident.links:
        return True
    return any(
        contacts[c].role is ContactRole.SUSPECT for c in incident.contact_ids if c in contacts
    )


def choices(case: Case) -> dict[int, bool]:
    """Her own choices only (incident id -> act or not)."""
    store = IncidentActs(case.vault)
    return reading(case.vault, store.choices)


def marks(case: Case, incidents: list[Incident] | None = None) -> dict[int, bool]:
    """Every incident (or those given) -> whether it is an act: her choice, else the default."""
    journal = case.journal
    incidents = journal.incidents() if incidents is None else incidents
    contacts = {c.id: c for c in journal.contacts()}
    chosen = choices(case)
    return {i.id: chosen.get(i.id, by_default(i, contacts)) for i in incidents}


def acts(
    case: Case, incidents: list[Incident], only: tuple[int, ...] | None = None
) -> list[Incident]:
    """The acts among `incidents` (time order kept); `only` names them for one document
    instead of her kept choice."""
    if only is not None:
        for incident_id in only:
            case.journal.incident(incident_id)  # a missing id is an error she should see
        wanted = set(only)
        return [i for i in incidents if i.id in wanted]
    marked = marks(case, incidents)
    return [i for i in incidents if marked.get(i.id, False)]


def choose(case: Case, incident_ids: list[int], is_act: bool | None) -> None:
    """Keep her choice for these incidents (None: back to the default)."""
    for incident_id in incident_ids:
        case.journal.incident(incident_id)
    with writing(case.vault):
        IncidentActs(case.vault).choose(incident_ids, is_act, case.clock.now())
