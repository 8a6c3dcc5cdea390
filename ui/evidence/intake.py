"""Bringing evidence in from the window: what she says about it, and the progress bar.

The import itself runs on the serial worker (`Intake.import_paths`); progress comes back by
a queued signal, a few times a second at most, and Cancel sets a token the intake checks
between chunks, so the file in progress is undone and the window never waits for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMargins, QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Progress
from quietcase.app.evidence.intake import IntakeDetails, clean_notes
from quietcase.ui.evidence.model import size_text
from quietcase.ui.journal.fields import WHEN_EXAMPLES, ChecklistEdit, DateEdit, TagsEdit
from quietcase.ui.text import error_text
from quietcase.ui.widgets.plain import PlainLabel


class IntakeDialog(QDialog):
    """Asks, once for all the files of one import, what she knows about them. Not modal, so
    Lock stays in reach; every field may stay empty."""

    chosen = Signal(object)  # IntakeDetails

    def __init__(
        self,
        what: str,
        incidents: Sequence[tuple[int, str]],
        tags: Sequence[str],
        preselected: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths: list[str] = []  # the files asked about (none for a pasted picture)
        self.pasted: tuple[str, bytes] | None = None  # a pasted picture: its name, its PNG
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Add evidence"))
        self.ensurePolished()  # the style sheet's font (her text size) for the sizes below
        heading = PlainLabel(self.tr("Add evidence"), self)
        heading.setObjectName("heading")
        self.what = PlainLabel(what, self)
        self.what.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "The files are kept byte for byte inside your encrypted case file. Everything "
                "below is optional and can be changed later."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText("https://")
        self.captured = DateEdit("when", WHEN_EXAMPLES, self)
        self.captured_by = QLineEdit(self)
        self.captured_by.setPlaceholderText(self.tr("Me, a friend, a support centre…"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.shows = QPlainTextEdit(self)
        self.shows.setTabChangesFocus(True)
        self.shows.setPlaceholderText(self.tr("What this helps to show, in your words"))
        self.shows.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.tags = TagsEdit(tags, self)
        self.incidents = ChecklistEdit(self)
        self.incidents.set_choices(incidents, preselected)
        self.incidents.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.incidents.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # the date's line and its hint stay as tall as they read; spare room goes to the
        # incidents list, or below the form when there is none (never a gap under the date)
        self.captured.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Source address"), self.source)
        form.addRow(self.tr("&Captured"), self.captured)
        form.addRow(self.tr("Captured &by"), self.captured_by)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&What it shows"), self.shows)
        form.addRow(self.tr("T&ags"), self.tags)
        if incidents:
            form.addRow(self.tr("&Incidents"), self.incidents)
        else:
            self.incidents.hide()
        for row in range(form.rowCount()):  # screen readers say the label's words
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field_widget = field.widget() if field is not None else None
            if label is not None and field_widget is not None:
                label_widget = label.widget()  # a QLabel: addRow made it from the words
                words = (
                    label_widget.text().replace("&", "") if isinstance(label_widget, QLabel) else ""
                )
                field_widget.setAccessibleName(words)
        self.error = PlainLabel(self)
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add to my case"), self)
        self.add_button.setObjectName("primary")
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.record_button = QPushButton(self.tr("Record what happened with it…"), self)
        self.record_button.setToolTip(
            self.tr("A new incident in one line, with this picture as its evidence")
        )
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.hide()  # for a pasted picture (`ui.evidence.actions` shows it)
        self.top = QVBoxLayout()  # the picture, for a pasted one
        # The fields scroll, when the window is too short for them at her text size (200 %
        # on a small screen); the heading and the buttons stay in view.
        fields = QWidget(self)
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form, 1 if incidents else 0)
        inner.addStretch(0 if incidents else 1)
        self.fields = QScrollArea(self)
        self.fields.setObjectName("calm")  # the page colour behind the fields (the style sheet)
        self.fields.setWidgetResizable(True)
        self.fields.setFrameShape(QFrame.Shape.NoFrame)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setWidget(fields)
        self._inside = fields
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.what)
        layout.addLayout(self.top)
        layout.addWidget(hint)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self._add)
        self.cancel_button.clicked.connect(self.reject)
        self.source.setFocus()
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # once, with all it holds (a pasted picture is added later)
            self._fitted = True
            self.fit_size()
        super().showEvent(event)

    def fit_size(self) -> None:
        """As tall as the form needs at her text size (larger text: a larger dialog), about
        60 characters wide, never larger than the screen: then the fields scroll."""
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60, 640)
        self.resize(width, self.height())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        fields = self._inside
        room_inside = self.fields.viewport().width() or width
        wanted = fields.heightForWidth(room_inside)
        if wanted < 0:
            wanted = fields.sizeHint().height()
        rest = self.sizeHint().height() - self.fields.sizeHint().height()
        size = QSize(width, rest + wanted)
        owner = self.parentWidget()
        screen = owner.screen() if owner is not None else self.screen()
        if screen is not None:
            room = screen.availableGeometry().size().shrunkBy(QMargins(20, 40, 20, 40))
            size = size.boundedTo(room)
        self.resize(size.expandedTo(self.minimumSizeHint()))

    def draft(self) -> dict[str, object]:
        """What she typed, as it stands (for a draft kept across a lock)."""
        return {
            "source": self.source.text(),
            "captured": self.captured.text(),
            "captured_by": self.captured_by.text(),
            "description": self.description.toPlainText(),
            "shows": self.shows.toPlainText(),
            "tags": list(self.tags.values()),
            "incidents": self.incidents.checked_ids(),
        }

    def fill(self, draft: dict[str, object]) -> None:
        """Put a kept draft back into the form."""
        texts = {k: v for k, v in draft.items() if isinstance(v, str)}
        self.source.setText(texts.get("source", ""))
        self.captured.set_text(texts.get("captured", ""))
        self.captured_by.setText(texts.get("captured_by", ""))
        self.description.setPlainText(texts.get("description", ""))
        self.shows.setPlainText(texts.get("shows", ""))
        tags, incidents = draft.get("tags"), draft.get("incidents")
        if isinstance(tags, list):
            self.tags.set_values([str(t) for t in tags])
        if isinstance(incidents, list):
            self.incidents.set_checked([int(i) for i in incidents if isinstance(i, int)])

    def details(self) -> IntakeDetails:
        """What she typed, checked (raises `UserError` with a kind message)."""
        return clean_notes(
            IntakeDetails(
                source_url=self.source.text(),
                captured=self.captured.when(),
                captured_by=self.captured_by.text(),
                description=self.description.toPlainText(),
                shows=self.shows.toPlainText(),
                tags=self.tags.values(),
                incident_ids=tuple(self.incidents.checked_ids()),
            )
        )

    def _add(self) -> None:
        try:
            self.captured.when()
        except UserError:  # the line under the date already says what could not be read
            self.error.setText(self.tr("Please look at the date: the line under it says why."))
            self.error.show()
            self.fields.ensureWidgetVisible(self.captured)
            self.captured.setFocus()
            return
        try:
            details = self.details()
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.chosen.emit(details)
        self.accept()


class ProgressRelay(QObject):
    """Carries progress from the worker thread to the window, at most every `every` s."""

    progressed = Signal(object)

    def __init__(self, every: float = 0.1, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._every = every
        self._now = now
        self._last = -1e9
        self._items = -1

    def report(self, progress: Progress) -> None:  # runs on the worker thread
        at = self._now()
        finished = progress.bytes_done >= progress.bytes_total
        if at - self._last >= self._every or progress.items_done != self._items or finished:
            self._last, self._items = at, progress.items_done
            self.progressed.emit(progress)


class ImportBar(QFrame):
    """Bytes and items done, time left, and a Cancel that works."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, now: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setObjectName("undo")
        self._now = now
        self._started = 0.0
        self.words = PlainLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Progress of adding evidence"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop adding evidence"))
        top = QHBoxLayout()
        top.addWidget(self.words, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def start(self, words: str) -> None:
        self._started = self._now()
        self.bar.setValue(0)
        self.words.setText(words)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, progress: Progress) -> None:
        self.bar.setValue(round(progress.fraction * 1000))
        elapsed = self._now() - self._started
        left = ""
        if 0.02 < progress.fraction < 1 and elapsed > 1:
            seconds = elapsed * (1 - progress.fraction) / progress.fraction
            left = self.left_text(seconds)
        parts = [
            self.tr("{done} of {total}").format(
                done=size_text(progress.bytes_done), total=size_text(progress.bytes_total)
            ),
            self.tr("{done} of {total} files").format(
                done=f"{progress.items_done:,}", total=f"{progress.items_total:,}"
            ),
        ]
        if left:
            parts.append(left)
        self.words.setText(self.tr("Adding evidence: ") + " · ".join(parts))

    def left_text(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("less than a minute left")
        minutes = round(seconds / 60)
        if minutes == 1:
            return self.tr("about a minute left")
        return self.tr("about {n} minutes left").format(n=minutes)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.words.setText(self.tr("Stopping… the file in progress is being undone."))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.hide()
        self.words.clear()
