"""The contacts, deadlines and requests pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from quietcase.app.overview import DeadlineEntry, RequestEntry, Urgency
from quietcase.storage.records import ContactRole, RequestStatus
from quietcase.ui import text
from quietcase.ui.journal.models import contacts_model, deadlines_model, requests_model
from quietcase.ui.widgets.models import contains
from quietcase.ui.widgets.plain import PlainLabel
from quietcase.ui.widgets.table_page import TablePage


def _choice_combo(
    parent: QWidget, anything: str, table: dict[str, str], values: list[str]
) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(anything, None)
    for value in values:
        combo.addItem(text.label(table, value), value)
    return combo


class ContactsPage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            contacts_model(),
            self.tr("Contacts"),
            self.tr(
                "The people and organisations in your case: your lawyer, the police, the "
                "support centre, platforms, witnesses, and the accounts that harmed you."
            ),
            self.tr("Add a contact"),
            self.tr("No contacts yet. Add the people who help you, and anyone involved."),
            parent,
        )
        self.model.setParent(self)
        self.role = _choice_combo(
            self, self.tr("Any role"), text.ROLES, [r.value for r in ContactRole]
        )
        self.role.setAccessibleName(self.tr("Role"))
        self.role.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.filters.addWidget(self.role)
        self.columns.set_widths(
            {0: 200, 1: 120, 2: 220, 3: 130, 4: 200}, stretch=5, secondary=(3, 4)
        )

    def filters_active(self) -> bool:
        return self.role.currentData() is not None or super().filters_active()

    def accepts(self, record: Any, needle: str) -> bool:
        role = self.role.currentData()
        if role is not None and record.role.value != role:
            return False
        return contains(
            needle,
            record.name,
            record.organisation,
            record.phone,
            record.email,
            record.note,
            *record.handles,
        )


class DeadlinesPage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            deadlines_model(),
            self.tr("Deadlines"),
            self.tr("Dates you must not miss: overdue first, then this week, then later."),
            self.tr("Add a deadline"),
            self.tr(
                "No deadlines yet. Add the dates you must not miss, such as a hearing or "
                "the last day to appeal."
            ),
            parent,
        )
        self.model.setParent(self)
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(lambda _on: self.apply_filter())
        self.filters.addWidget(self.show_done)
        self.overdue_banner = PlainLabel(self)
        self.overdue_banner.setObjectName("overdue")
        self.overdue_banner.setWordWrap(True)
        self.overdue_banner.hide()
        self.banner_slot.addWidget(self.overdue_banner)
        self.columns.set_widths(
            {0: 100, 1: 170, 2: 100, 4: 260},
            stretch=3,
            secondary=(4, 2),
            measured={1: lambda m: text.date_column_width(m, with_time=True)},
        )

    def set_rows(self, rows: list[Any]) -> None:
        super().set_rows(rows)
        overdue = [e for e in rows if isinstance(e, DeadlineEntry) and e.urgency is Urgency.OVERDUE]
        if overdue:
            first = overdue[0].deadline
            message = (
                self.tr("1 deadline is overdue: {title} (due {due}).")
                if len(overdue) == 1
                else self.tr(
                    "%Ln deadlines are overdue. The earliest: {title} (due {due}).",
                    "",
                    len(overdue),
                )
            )
            self.overdue_banner.setText(
                message.format(title=first.title, due=text.moment_text(first.due))
            )
        self.overdue_banner.setVisible(bool(overdue))

    def clear(self) -> None:
        self.model.clear()
        self.overdue_banner.clear()
        self.overdue_banner.hide()

    def filters_active(self) -> bool:
        return not self.show_done.isChecked() or super().filters_active()

    def accepts(self, record: Any, needle: str) -> bool:
        if not self.show_done.isChecked() and record.urgency is Urgency.DONE:
            return False
        return contains(needle, record.deadline.title, record.deadline.note, record.incident_title)


class RequestsPage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            requests_model(),
            self.tr("Requests"),
            self.tr(
                "What you have asked of others: takedowns, police reports, help from a "
                "support centre. Highlighted rows are due for a follow-up."
            ),
            self.tr("Add a request"),
            self.tr(
                "No requests yet. When you ask a platform, the police or a support centre "
                "for something, keep a note of it here."
            ),
            parent,
        )
        self.model.setParent(self)
        self.status = _choice_combo(
            self, self.tr("Any status"), text.REQUEST_STATUSES, [s.value for s in RequestStatus]
        )
        self.status.setAccessibleName(self.tr("Status"))
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.filters.addWidget(self.status)
        # the reference she reads out on the phone is never cut
        self.columns.set_widths(
            {0: 120, 2: 160, 3: 105, 4: 115, 5: 130},
            stretch=1,
            whole=(6,),
            secondary=(3, 5, 2, 0),
            measured={
                3: text.date_column_width,
                4: lambda m: self.columns.longest(4, m),  # "Acknowledged", whole
                5: text.date_column_width,
            },
        )

    def filters_active(self) -> bool:
        return self.status.currentData() is not None or super().filters_active()

    def accepts(self, record: Any, needle: str) -> bool:
        assert isinstance(record, RequestEntry)
        status = self.status.currentData()
        if status is not None and record.request.status.value != status:
            return False
        r = record.request
        return contains(
            needle, r.subject, r.reference, r.note, record.contact_name, *record.incident_titles
        )
