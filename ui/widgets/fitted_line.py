"""A filter line as wide as its words ("Added from", "Filter by name or notes")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

DATE_SAMPLE = "2026-12-28"  # the longest date she would type in a date filter
# the line's padding and border (the style sheet: 7 px, 1-2 px), its own text margin (2 px), room
PADDING = 2 * 7 + 2 * 2 + 2 * 2 + 6


class FittedLine(QLineEdit):
    """As wide as its placeholder words (or `sample`, what she would type, when longer) at her
    text size: never cut to "Added f…" at 150 %, never wider (the filter row wraps rather than
    squeezing it)."""

    def __init__(self, sample: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample = sample
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        words = max(
            metrics.horizontalAdvance(self.placeholderText()),
            metrics.horizontalAdvance(self.sample),
        )
        clear = 24 if self.isClearButtonEnabled() else 0  # the ✕ that empties it
        return QSize(words + PADDING + clear, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
