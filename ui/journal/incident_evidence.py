"""The screenshots and files of one incident, inside its editor (and the quick record form).

What she adds here (pasted, dropped or chosen) is not saved at once: it stays in the editor,
kept in its encrypted draft across a lock or a crash, and is stored with the incident in one
transaction when she saves (`app.evidence.recording`). Items she already has are linked and
unlinked the same way. Pictures are blurred as in the gallery.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.evidence.recording import Adding
from quietcase.app.evidence.view import EvidenceEntry
from quietcase.ui.evidence.intake import ImportBar
from quietcase.ui.evidence.pasting import Pasted, pasted
from quietcase.ui.evidence.picker import EvidencePicker, entry_words, fetch_pictures
from quietcase.ui.evidence.thumbnails import Thumbnails
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel

NEW = "new:"  # keys of what is not saved yet; an item she has is keyed by its id


class IncidentEvidence(QWidget):
    """Blurred thumbnails with Add files…, Paste screenshot, Link existing evidence…,
    Show and Unlink; the questions about new files asked once for the batch."""

    changed = Signal()
    notice = Signal(str)  # something to tell her (nothing to paste...)

    def __init__(
        self,
        session: Session,
        entries: Sequence[EvidenceEntry],
        linked: Sequence[int],
        parent: QWidget | None = None,
        *,
        can_link: bool = True,
        margin: int = 12,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entries = {e.id: e for e in entries}
        self.linked: list[int] = [i for i in linked if i in self.entries]
        self.adding: dict[str, Adding] = {}
        self._next = 1
        self.picker: EvidencePicker | None = None

        self.hint = PlainLabel(
            self.tr(
                "Screenshots and files about this incident. Paste with Ctrl+V or drop them "
                "here; they are kept when you save. Pictures stay blurred until you choose "
                "to look."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        menu = QMenu(self.add_button)
        menu.addAction(self.tr("Files…"), self.choose_files)
        menu.addAction(self.tr("A whole folder…"), lambda: self.choose_files(folders=True))
        self.add_button.setMenu(menu)
        self.paste_button = QPushButton(self.tr("Paste screenshot"), self)
        self.paste_button.setToolTip(self.tr("Adds a picture you copied (Ctrl+V)"))
        self.link_button = QPushButton(self.tr("Link existing evidence…"), self)
        self.link_button.setVisible(can_link)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setToolTip(self.tr("Show the chosen pictures unblurred"))
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.setToolTip(
            self.tr("Take the chosen items off this incident; they stay in your case")
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.paste_button,
            self.link_button,
            self.show_button,
            self.unlink_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.pictures = Thumbnails(self)
        self.pictures.setAccessibleName(self.tr("Evidence of this incident"))
        self.empty = PlainLabel(
            self.tr("Nothing here yet. Paste a screenshot, drop files here, or press Add files…"),
            self,
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        # What the new files are, asked once for the batch; one item when one is chosen.
        self.captured_by = QLineEdit(self)
        self.captured_by.setPlaceholderText(self.tr("Me, a friend, a support centre…"))
        self.shows = QLineEdit(self)
        self.shows.setPlaceholderText(self.tr("What this helps to show, in your words"))
        self.about = QWidget(self)
        about = QFormLayout(self.about)
        about.setContentsMargins(0, 0, 0, 0)
        self.about_words = PlainLabel(self.about)
        self.about_words.setObjectName("hint")
        about.addRow(self.about_words)
        about.addRow(self.tr("Captured &by"), self.captured_by)
        about.addRow(self.tr("&What it shows"), self.shows)
        self.captured_by.setAccessibleName(self.tr("Captured by"))
        self.shows.setAccessibleName(self.tr("What it shows"))
        self.import_bar = ImportBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.about)
        layout.addWidget(self.import_bar)

        self.paste_button.clicked.connect(lambda: self.paste())
        self.link_button.clicked.connect(self.open_picker)
        self.show_button.clicked.connect(self._show_chosen)
        self.unlink_button.clicked.connect(self.unlink_chosen)
        self.pictures.wanted.connect(self._fetch)
        self.pictures.itemSelectionChanged.connect(self._chosen)
        self.captured_by.textEdited.connect(lambda t: self._note(captured_by=t))
        self.shows.textEdited.connect(lambda t: self._note(shows=t))
        for number in self.linked:
            self._add_entry(self.entries[number])
        self._update()

    # -- adding --------------------------------------------------------------------------

    def choose_files(self, *, folders: bool = False) -> None:
        title = self.tr("Choose a folder to add") if folders else self.tr("Choose files to add")
        paths = Prompts.open_paths(self, title, Path.home(), folders=folders)
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: Sequence[Path]) -> None:
        self.add([Adding(name=p.name or str(p), path=str(p)) for p in paths])

    def paste(self, mime: QMimeData | None = None) -> bool:
        """Ctrl+V: the copied picture or files join the incident; False if there were none."""
        if mime is None:
            mime = _clipboard_mime()
        found: Pasted = pasted(mime, self.session.clock.now())
        if found.paths:
            self.add_paths(found.paths)
        elif found.data is not None:
            self.add([Adding(name=found.name, data=found.data)])
        else:
            self.notice.emit(
                self.tr("There is no picture to paste. Copy a screenshot first, then try again.")
            )
            return False
        return True

    def add(self, items: Sequence[Adding]) -> None:
        """A batch: chosen together, so the questions below are answered once for it."""
        keys = []
        for item in items:
            key = f"{NEW}{self._next}"
            self._next += 1
            self.adding[key] = item
            picture = item.data is not None or _looks_like_picture(item.path)
            self.pictures.add(key, item.name, [item.path], picture=picture)
            keys.append(key)
        self.pictures.choose(keys)  # the batch: the questions below are about all of it
        self._update()
        self.changed.emit()

    def _add_entry(self, entry: EvidenceEntry) -> None:
        e = entry.evidence
        self.pictures.add(
            str(entry.id),
            e.filename,
            entry_words(entry),
            picture=entry.has_preview,
            kind=entry.kind,
        )

    # -- linking -------------------------------------------------------------------------

    def open_picker(self) -> EvidencePicker:
        offered = [e for i, e in self.entries.items() if i not in self.linked]
        picker = EvidencePicker(self.session, offered, self.pictures.reveal_all, self)
        picker.chosen.connect(self.link)
        self.picker = picker
        picker.show()
        return picker

    def link(self, ids: Sequence[int]) -> None:
        for number in ids:
            if number in self.entries and number not in self.linked:
                self.linked.append(number)
                self._add_entry(self.entries[number])
        self._update()
        self.changed.emit()

    def unlink_chosen(self) -> None:
        chosen = self.pictures.chosen_keys()
        self.linked = [i for i in self.linked if str(i) not in chosen]
        for key in chosen:
            self.adding.pop(key, None)
        self.pictures.remove(chosen)
        self._update()
        self.changed.emit()

    # -- the questions about new files ---------------------------------------------------

    def _chosen_new(self) -> list[str]:
        return [k for k in self.pictures.chosen_keys() if k in self.adding]

    def _note(self, captured_by: str | None = None, shows: str | None = None) -> None:
        for key in self._chosen_new():
            item = self.adding[key]
            self.adding[key] = replace(
                item,
                captured_by=item.captured_by if captured_by is None else captured_by,
                shows=item.shows if shows is None else shows,
            )
        self.changed.emit()

    def _chosen(self) -> None:
        chosen = self._chosen_new()
        self.about.setEnabled(bool(chosen))
        if len(chosen) == 1:
            words = self.tr("About “{name}”:").format(name=self.adding[chosen[0]].name)
        elif chosen:
            words = self.tr("About the %n chosen new files:", "", len(chosen))
        else:
            words = self.tr("Choose a new file to say who captured it and what it shows.")
        self.about_words.setText(words)
        for line, field in ((self.captured_by, "captured_by"), (self.shows, "shows")):
            values = {getattr(self.adding[k], field) for k in chosen}
            line.setText(values.pop() if len(values) == 1 else "")
        self._update_buttons()

    def _show_chosen(self) -> None:
        self.pictures.reveal(self.pictures.chosen_keys())

    # -- state ---------------------------------------------------------------------------

    def _update(self) -> None:
        has_any = self.pictures.count() > 0
        self.empty.setVisible(not has_any)
        self.about.setVisible(bool(self.adding))
        self._chosen()

    def _update_buttons(self) -> None:
        chosen = self.pictures.chosen_keys()
        self.unlink_button.setEnabled(bool(chosen))
        self.show_button.setEnabled(any(self.pictures.is_blurred(k) for k in chosen))
        self.link_button.setEnabled(any(i not in self.linked for i in self.entries))

    def new_items(self) -> list[Adding]:
        return [self.adding[k] for k in self.pictures.keys() if k in self.adding]

    def values(self) -> dict[str, Any]:
        """For drafts: the linked ids, and what she added (a pasted picture as its bytes, in
        base64: the draft is kept inside the encrypted case file, never on the disk)."""
        adding: list[dict[str, str]] = []
        for item in self.new_items():
            kept = {"name": item.name, "captured_by": item.captured_by, "shows": item.shows}
            if item.data is not None:
                kept["png"] = base64.b64encode(item.data).decode()
            else:
                kept["path"] = item.path
            adding.append(kept)
        return {"evidence": list(self.linked), "adding": adding}

    def set_values(self, fields: dict[str, Any]) -> None:
        linked = fields.get("evidence")
        if isinstance(linked, list):
            for key in [str(i) for i in self.linked]:
                self.pictures.remove([key])
            self.linked = []
            self.link([int(i) for i in linked if isinstance(i, int)])
        kept = fields.get("adding")
        if isinstance(kept, list):
            self.pictures.remove(list(self.adding))
            self.adding.clear()
            self.add([a for a in map(_adding_from, kept) if a is not None])

    def clear(self) -> None:
        self.pictures.clear()
        self.adding.clear()
        self.linked = []
        self.entries = {}

    # -- pictures ------------------------------------------------------------------------

    def _fetch(self, keys: list[str], sharp: bool) -> None:
        fetch_pictures(self.session, self.pictures, keys, sharp, self.adding)


def _clipboard_mime() -> QMimeData | None:
    return QGuiApplication.clipboard().mimeData()


def _looks_like_picture(path: str) -> bool:
    return Path(path).suffix.lower() in {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".avif",
    }


def _adding_from(kept: object) -> Adding | None:
    """One item of a draft back; a damaged one is left out rather than shown broken."""
    if not isinstance(kept, dict):
        return None
    name, png, path = kept.get("name"), kept.get("png"), kept.get("path")
    by, shows = str(kept.get("captured_by") or ""), str(kept.get("shows") or "")
    if not isinstance(name, str) or not name:
        return None
    if isinstance(png, str):
        try:
            data = base64.b64decode(png, validate=True)
        except ValueError:
            return None
        return Adding(name=name, data=data, captured_by=by, shows=shows)
    if isinstance(path, str) and path:
        return Adding(name=name, path=path, captured_by=by, shows=shows)
    return None
