"""Small input widgets the editors share: dates as she remembers them, lists, tags, choices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
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
from quietcase.app.core.errors import UserError
from quietcase.storage.dates import Moment, When
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel


class DateEdit(QWidget):
    """A line for a date with a live line under it saying how Quietcase reads it.

    `kind` is "when" (approximate dates and ranges), "due" (a day, time optional) or "day"."""

    changed = Signal()

    def __init__(self, kind: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
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
        return validation.when(self.line.text())

    def due(self) -> Moment:
        return validation.due(self.line.text())

    def day(self, field: str) -> date | None:
        return validation.day(self.line.text(), field)

    def _update_hint(self) -> None:
        raw = self.line.text().strip()
        if not raw:
            self.hint.setText(
                self.tr("Leave empty if you do not know.") if self.kind == "when" else ""
            )
            self.hint.setProperty("problem", False)
        else:
            try:
                if self.kind == "when":
                    shown = text.when_text(self.when())
                else:
                    shown = text.moment_text(self.due())
                self.hint.setText(self.tr("Reads as: {date}").format(date=shown))
                self.hint.setProperty("problem", False)
            except UserError as exc:
                self.hint.setText(text.error_text(exc))
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
    """Records to link, each with a tick box (contacts of an incident, incidents of a request)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Sequence[tuple[int, str]], checked: Sequence[int]) -> None:
        self.blockSignals(True)
        self.clear()
        ticked = set(checked)
        for record_id, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in ticked else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)

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
