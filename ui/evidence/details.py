"""Everything known about one evidence item, beside the gallery."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.documents import exhibits
from quietcase.app.evidence.imaging import too_large
from quietcase.app.evidence.media_type import IMAGE
from quietcase.app.evidence.view import Details
from quietcase.ui import text
from quietcase.ui.evidence.model import kind_word, size_text
from quietcase.ui.widgets.plain import PlainLabel

EXIF_WORDS = {
    "make": QT_TRANSLATE_NOOP("Quietcase", "Camera make"),
    "model": QT_TRANSLATE_NOOP("Quietcase", "Camera model"),
    "taken_at": QT_TRANSLATE_NOOP("Quietcase", "Taken (camera clock)"),
    "software": QT_TRANSLATE_NOOP("Quietcase", "Software"),
    "lens": QT_TRANSLATE_NOOP("Quietcase", "Lens"),
    "orientation": QT_TRANSLATE_NOOP("Quietcase", "Orientation"),
    "description": QT_TRANSLATE_NOOP("Quietcase", "Description in the file"),
    "gps_latitude": QT_TRANSLATE_NOOP("Quietcase", "Latitude"),
    "gps_longitude": QT_TRANSLATE_NOOP("Quietcase", "Longitude"),
    "gps_altitude": QT_TRANSLATE_NOOP("Quietcase", "Altitude (m)"),
}


def short_hash(sha256: str) -> str:
    return f"{sha256[:12]}…{sha256[-4:]}" if len(sha256) > 16 else sha256


def _value(parent: QWidget) -> QLabel:
    label = PlainLabel(parent)  # names and notes are never rendered
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class DetailsPanel(QScrollArea):
    copy_hash = Signal(str)
    open_requested = Signal()
    edit_requested = Signal()
    save_requested = Signal()
    bin_requested = Signal()
    renumber_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("calm")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(320)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Details of the chosen evidence"))
        inner = QWidget(self)
        self.setWidget(inner)
        self.title = _value(inner)
        self.title.setObjectName("subheading")
        self.nothing = PlainLabel(self.tr("Choose an item to see what is known about it."), inner)
        self.nothing.setObjectName("hint")
        self.nothing.setWordWrap(True)
        self.gps_note = PlainLabel(inner)
        self.gps_note.setObjectName("note")
        self.gps_note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("id", self.tr("Evidence id")),
            ("exhibit", self.tr("Exhibit")),
            ("size", self.tr("Size")),
            ("type", self.tr("Type")),
            ("sha", self.tr("SHA-256")),
            ("added", self.tr("Added")),
            ("captured", self.tr("Captured")),
            ("captured_by", self.tr("Captured by")),
            ("modified", self.tr("File last changed")),
            ("source", self.tr("Source address")),
            ("incidents", self.tr("Incidents")),
            ("tags", self.tr("Tags")),
            ("description", self.tr("Description")),
            ("shows", self.tr("What it shows")),
            ("picture", self.tr("Picture")),
        ]
        for key, words in rows:
            value = _value(inner)
            value.setAccessibleName(words)
            self.values[key] = value
            if key == "sha":
                self.copy_button = QPushButton(self.tr("Copy"), inner)
                self.copy_button.setAccessibleName(self.tr("Copy the full SHA-256"))
                self.copy_button.setToolTip(
                    self.tr("Copies the full fingerprint; it is cleared from the clipboard soon.")
                )
                line = QHBoxLayout()
                line.addWidget(value, 1)
                line.addWidget(self.copy_button)
                self.form.addRow(words, line)
            elif key == "exhibit":
                self.renumber_button = QPushButton(self.tr("Change…"), inner)
                self.renumber_button.setAccessibleName(self.tr("Change the exhibit number"))
                self.renumber_button.setToolTip(
                    self.tr("Give this item another exhibit number before you print.")
                )
                line = QHBoxLayout()
                line.addWidget(value, 1)
                line.addWidget(self.renumber_button)
                self.form.addRow(words, line)
            else:
                self.form.addRow(words, value)
        self.exif = QFormLayout()

        self.open_button = QPushButton(self.tr("Open"), inner)
        self.edit_button = QPushButton(self.tr("Notes and incidents…"), inner)
        self.save_button = QPushButton(self.tr("Save a copy to…"), inner)
        self.bin_button = QPushButton(self.tr("Move to the bin…"), inner)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        for button in (self.save_button, self.bin_button):
            more.addWidget(button)
        more.addStretch(1)

        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.nothing)
        layout.addLayout(buttons)
        layout.addWidget(self.gps_note)
        layout.addLayout(self.form)
        layout.addLayout(self.exif)
        layout.addLayout(more)
        layout.addStretch(1)
        self._sha = ""
        self.copy_button.clicked.connect(lambda: self.copy_hash.emit(self._sha))
        self.open_button.clicked.connect(self.open_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.bin_button.clicked.connect(self.bin_requested)
        self.renumber_button.clicked.connect(self.renumber_requested)
        self.show_details(None)

    def show_details(self, details: Details | None, *, in_bin: bool = False) -> None:
        shown = details is not None
        self.nothing.setVisible(not shown)
        for widget in (self.title, self.open_button, self.edit_button, self.save_button):
            widget.setVisible(shown)
        self.bin_button.setVisible(shown and not in_bin)
        self.edit_button.setEnabled(not in_bin)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        self._clear_exif()
        self.gps_note.hide()
        if details is None:
            self._sha = ""
            self.title.clear()
            for value in self.values.values():
                value.clear()
            return
        entry, item = details.entry, details.entry.evidence
        self._sha = item.sha256
        self.title.setText(item.filename)
        v = self.values
        v["id"].setText(f"E-{item.id}")
        exhibit = entry.exhibit
        v["exhibit"].setText(exhibits.label(exhibit, text.korean()) if exhibit else "")
        self.renumber_button.setVisible(entry.exhibit is not None)
        exact = self.tr("{n} bytes").format(n=f"{item.size:,}")
        v["size"].setText(size_text(item.size) + (f" ({exact})" if item.size >= 1000 else ""))
        v["type"].setText(f"{kind_word(entry.kind)} · {item.media_type}")
        v["sha"].setText(short_hash(item.sha256))
        v["sha"].setToolTip(item.sha256)
        v["added"].setText(text.timestamp_text(item.added_at))
        v["captured"].setText(text.when_text(item.captured) if item.captured else "")
        v["captured_by"].setText(item.captured_by)
        v["modified"].setText(
            text.timestamp_text(item.file_modified_at) if item.file_modified_at else ""
        )
        v["source"].setText(item.source_url)
        v["incidents"].setText("\n".join(entry.incident_titles) or self.tr("Not linked yet"))
        v["tags"].setText(", ".join(item.tags))
        v["description"].setText(item.description)
        v["shows"].setText(item.shows)
        image = details.image
        picture = ""
        if image is not None:
            if image.width and image.height:
                picture = self.tr("{w} × {h} pixels").format(w=image.width, h=image.height)
            if entry.kind != IMAGE:
                pass  # a PDF's page or a video's frame: only the video's size is said
            elif image.problem and too_large(image.problem):
                picture = self.tr(
                    "No preview for this picture: it is too large to show safely. The file "
                    "itself is kept unchanged."
                )
            elif image.problem:
                picture = self.tr("No preview: the picture could not be read as an image.")
            for key, exif_value in image.exif.items():
                label = text.tr(EXIF_WORDS[key]) if key in EXIF_WORDS else key
                shown_value = _value(self)
                shown_value.setText(exif_value)
                shown_value.setAccessibleName(label)
                self.exif.addRow(PlainLabel(label, self), shown_value)
            if image.has_gps:
                where = ""
                if "gps_latitude" in image.exif:
                    where = f" ({image.exif['gps_latitude']}, {image.exif['gps_longitude']})"
                self.gps_note.setText(
                    self.tr(
                        "This photo carries the place where it was taken{where}. Anyone who "
                        "gets a copy of the original can see it. It stays in the original here, "
                        "unchanged; reports and bundles can leave it out."
                    ).format(where=where)
                )
                self.gps_note.show()
        v["picture"].setText(picture)
        for row, key in enumerate(self.values):
            self.form.setRowVisible(row, bool(self.values[key].text()) or key == "incidents")

    def _clear_exif(self) -> None:
        while self.exif.rowCount():
            self.exif.removeRow(0)
