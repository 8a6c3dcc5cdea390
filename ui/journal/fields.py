"""Small input widgets the editors share: dates as she remembers them, lists, tags, choices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core import validation
from quietcase.app.core.date_words import Prefer
from quietcase.app.core.errors import UserError
from quietcase.storage.dates import Moment, When
from quietcase.ui import text
from quietcase.ui.widgets.models import every_word
from quietcase.ui.widgets.plain import PlainLabel, plain_tooltip

WHEN_EXAMPLES = "2024 · 2024-03 · 2024-03-15 · 2024-03-15 14:30 · 2024-03 .. 2024-05"


def _local_today() -> date:
    return datetime.now().astimezone().date()


def day_first() -> bool:
    """Whether her computer writes the day before the month ("3/5" is 3 May): the system's
    short date format, not the window's language (an English window on a British computer)."""
    pattern = QLocale.system().dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= day < month


# What year-less words mean for each kind of field: what happened lies behind her, what is due
# ahead, a day sent or to follow up whichever is nearer.
_PREFER: dict[str, Prefer] = {"when": "past", "due": "future", "day": "nearest"}


class DateEdit(QWidget):
    """A line for a date with a live line under it saying how Quietcase reads it: dates, or
    her own words ("작년 3월", "two weeks ago"), shown as understood ("→ around March 2025")
    before she saves.

    `kind` is "when" (approximate dates and ranges), "due" (a day, time optional) or "day"."""

    changed = Signal()

    def __init__(self, kind: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.today: Callable[[], date] = _local_today  # tests give a fixed day
        self._day_first = day_first()
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.hint = PlainLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.line)  # its label's access key and Tab land on the line
        self.setFocusPolicy(self.line.focusPolicy())  # a label gives no focus to NoFocus
        self.line.textChanged.connect(self._update_hint)
        self.line.textChanged.connect(self.changed)
        self._update_hint()

    def text(self) -> str:
        return self.line.text()

    def set_text(self, value: str) -> None:
        self.line.setText(value)

    def when(self) -> When | None:
        """The date as a `When` (raises `UserError` with a kind message if unreadable)."""
        return validation.when(self.line.text(), **self._reading())

    def due(self) -> Moment:
        return validation.due(self.line.text(), **self._reading())

    def day(self, field: str) -> date | None:
        return validation.day(self.line.text(), field, **self._reading())

    def _reading(self) -> validation.Reading:
        return {
            "today": self.today(),
            "day_first": self._day_first,
            "prefer": _PREFER.get(self.kind, "past"),
        }

    def _update_hint(self) -> None:
        raw = self.line.text().strip()
        if not raw:
            self.hint.setText(
                self.tr(
                    "Leave empty if you do not know. Words work too, such as “last March” or "
                    "“two weeks ago”."
                )
                if self.kind == "when"
                else ""
            )
            self.hint.setProperty("problem", False)
            self.line.setAccessibleDescription("")
        else:
            try:
                if self.kind == "when":
                    shown = text.when_text(self.when())
                else:
                    shown = text.moment_text(self.due())
                self.hint.setText(self.tr("→ {date}").format(date=shown))
                self.line.setAccessibleDescription(self.tr("Reads as: {date}").format(date=shown))
                self.hint.setProperty("problem", False)
            except UserError as exc:
                self.hint.setText(text.error_text(exc))
                self.line.setAccessibleDescription(self.hint.text())
                self.hint.setProperty("problem", True)
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)


class LinesEdit(QPlainTextEdit):
    """A short list, one item per line (handles)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def values(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_values(self, values: Sequence[str]) -> None:
        self.setPlainText("\n".join(values))


class TagsEdit(QLineEdit):
    """Tags separated by commas, with completion of the tag being typed."""

    def __init__(self, known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("deepfake, re-upload, 유포협박"))
        self._model = QStringListModel(list(known), self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._complete)
        self.textEdited.connect(self._suggest)

    def values(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.text().split(",") if t.strip())

    def set_values(self, values: Sequence[str]) -> None:
        self.setText(", ".join(values))

    def _current(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _suggest(self) -> None:
        word = self._current()
        if not word:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        assert popup is not None  # QCompleter makes its list the first time it is asked
        popup.hide()

    def _complete(self, tag: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{tag}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(f"{head}{tag}, "))


class ChecklistEdit(QListWidget):
    """Records to link, each with a tick box (contacts of an incident, incidents of a request).

    With more than a few, a line at the top filters them as she types (every word, anywhere
    in the label: for incidents their date as shown, title, platform and tags); a label too
    long for the list is whole in its tooltip."""

    changed = Signal()
    FILTER_FROM = 6  # choices from which the filter line shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # long labels end in "…" (whole in their tooltip) rather than scrolling sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.finder = QLineEdit(self)
        self.finder.setPlaceholderText(self.tr("Type to find…"))
        self.finder.setAccessibleName(self.tr("Find in this list"))
        self.finder.setClearButtonEnabled(True)
        self.finder.textChanged.connect(self.filter)
        self.finder.hide()

    def set_choices(self, choices: Sequence[tuple[int, str]], checked: Sequence[int]) -> None:
        self.blockSignals(True)
        self.clear()
        ticked = set(checked)
        for record_id, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(plain_tooltip(label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in ticked else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)
        many = len(choices) >= self.FILTER_FROM
        self.finder.setVisible(many)
        self.setViewportMargins(0, self.finder.sizeHint().height() + 4 if many else 0, 0, 0)
        self.filter(self.finder.text())

    def filter(self, needle: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setHidden(not every_word(needle, item.text()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = self.frameWidth()
        self.finder.setGeometry(
            frame, frame, self.width() - 2 * frame, self.finder.sizeHint().height()
        )

    def checked_ids(self) -> list[int]:
        return [
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Sequence[int]) -> None:
        ticked = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            state = (
                Qt.CheckState.Checked
                if int(item.data(Qt.ItemDataRole.UserRole)) in ticked
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
