"""Choosing evidence she already has, to link it to an incident: type to find it by name,
date, incident, platform or tag; pictures blurred as in the gallery."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.evidence import recording
from quietcase.app.evidence.recording import Adding
from quietcase.app.evidence.view import EvidenceEntry, previews
from quietcase.ui import text
from quietcase.ui.evidence.thumbnails import Thumbnails
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel


def entry_words(entry: EvidenceEntry) -> list[str]:
    """What finding an item looks in: its id, dates as she wrote them and as shown, the
    incidents it belongs to, tags, and what she noted."""
    e = entry.evidence
    words = [f"E-{e.id}", *entry.incident_titles, *e.tags, e.description, e.shows, e.captured_by]
    if e.captured is not None:
        words += [e.captured.text(), text.when_text(e.captured)]
    words.append(text.timestamp_text(e.added_at))
    return [w for w in words if w]


class EvidencePicker(QDialog):
    """Not modal, so Lock stays in reach; `chosen` gets the ids she picked."""

    chosen = Signal(list)

    def __init__(
        self,
        session: Session,
        entries: Sequence[EvidenceEntry],
        reveal_all: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Link existing evidence"))
        self.resize(760, 560)
        heading = PlainLabel(self.tr("Link existing evidence"), self)
        heading.setObjectName("heading")
        self.finder = QLineEdit(self)
        self.finder.setPlaceholderText(self.tr("Type to find: name, date, incident, platform, tag"))
        self.finder.setAccessibleName(self.tr("Find evidence"))
        self.finder.setClearButtonEnabled(True)
        self.pictures = Thumbnails(self)
        self.pictures.reveal_all = reveal_all
        self.pictures.setAccessibleName(self.tr("Evidence you can link"))
        for entry in entries:
            self.pictures.add(
                str(entry.id),
                entry.evidence.filename,
                entry_words(entry),
                picture=entry.has_preview,
                kind=entry.kind,
            )
        self.count = PlainLabel(self)
        self.count.setObjectName("hint")
        self.show_button = QPushButton(self.tr("Show chosen pictures"), self)
        self.link_button = QPushButton(self.tr("Link the chosen items"), self)
        self.link_button.setObjectName("primary")
        self.link_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.finder)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.finder.textChanged.connect(self._filter)
        self.pictures.wanted.connect(self._fetch)
        self.pictures.itemSelectionChanged.connect(self._update)
        self.pictures.itemActivated.connect(lambda _item: self._link())
        self.show_button.clicked.connect(lambda: self.pictures.reveal(self.pictures.chosen_keys()))
        self.link_button.clicked.connect(self._link)
        cancel.clicked.connect(self.reject)
        self._filter("")
        self.finder.setFocus()

    def _filter(self, needle: str) -> None:
        shown = self.pictures.filter(needle)
        total = self.pictures.count()
        if not total:
            words = self.tr("All your evidence is already linked to this incident.")
        elif shown == total:
            words = self.tr("%n items", "", total)
        else:
            words = self.tr("{shown} of {total} items match").format(shown=shown, total=total)
        self.count.setText(words)
        self._update()

    def _update(self) -> None:
        chosen = self.pictures.chosen_keys()
        self.link_button.setEnabled(bool(chosen))
        self.show_button.setEnabled(any(self.pictures.is_blurred(k) for k in chosen))

    def _link(self) -> None:
        chosen = [int(k) for k in self.pictures.chosen_keys()]
        if chosen:
            self.chosen.emit(chosen)
            self.accept()

    def _fetch(self, keys: list[str], sharp: bool) -> None:
        fetch_pictures(self.session, self.pictures, keys, sharp)

    def done(self, code: int) -> None:
        self.pictures.clear()
        super().done(code)


def fetch_pictures(
    session: Session,
    pictures: Thumbnails,
    keys: Sequence[str],
    sharp: bool,
    adding: Mapping[str, Adding] | None = None,
) -> None:
    """Read the previews `pictures` asked for on the worker (stored ones by evidence id,
    those of things not saved yet made from memory) and decode them there."""
    ids = [int(k) for k in keys if k.isdigit()]
    new = {k: adding[k] for k in keys if adding is not None and k in adding}

    def job(case: Case) -> dict[str, QImage]:
        found = {str(i): data for i, data in previews(case, ids, sharp=sharp).items()}
        for key, item in new.items():
            data = recording.preview(item, sharp=sharp)
            if data is not None:
                found[key] = data
        return {k: QImage.fromData(v) for k, v in found.items()}

    def done(found: dict[str, QImage]) -> None:
        for key, image in found.items():
            pictures.set_picture(key, image, sharp=sharp)

    session.run(job, done)
