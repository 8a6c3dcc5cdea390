"""Column widths that follow her text size and the room there is: a stretching column (what
happened, a title) that keeps room to be read, columns never narrower than their heading, and
secondary columns folded away when even that is not enough (200 % text, a narrow window)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

STRETCH_ROOM = 220  # pixels the stretching column keeps at least
HEADING_PADDING = 16 + 14  # the heading's padding (the style sheet) and the sort arrow
USUAL_LINE = 17  # pixels: a line of table text at the usual size (16-18 at 10.5 pt, 96 dpi)


class ColumnFit(QObject):
    """Fits the columns of `table` (`set_widths`), again on every resize and text size."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._widths: dict[int, int] = {}  # starting column widths (set_widths)
        self._stretch = -1
        self._secondary: tuple[int, ...] = ()  # folded away, first first, when room is short
        self._measured: dict[int, Callable[[QFontMetrics], int]] = {}  # measured (set_widths)
        table.installEventFilter(self)

    def _text_metrics(self) -> QFontMetrics:
        self.table.ensurePolished()
        return self.table.fontMetrics()

    def _text_scale(self) -> float:
        return max(1.0, self._text_metrics().height() / USUAL_LINE)

    def set_widths(
        self,
        widths: dict[int, int],
        stretch: int,
        whole: tuple[int, ...] = (),
        secondary: tuple[int, ...] = (),
        measured: Mapping[int, Callable[[QFontMetrics], int]] | None = None,
    ) -> None:
        """Starting column widths (at the usual text size: larger text widens them in
        proportion); the `stretch` column takes the room that is left. When the room is too
        small for every column at its usual width with its heading whole (200 % text, a
        narrow window), the `secondary` columns are folded away, the first first, until it is
        enough; they come back when there is room (what they hold is in the record).
        `measured` columns (a date: `text.date_column_width`; a status: `longest`) are measured
        at the text size shown and never cut: the others fold first."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self._widths = {c: w for c, w in widths.items() if c not in whole}
        self._stretch = stretch
        self._secondary = tuple(c for c in secondary if c in self._widths)
        self._measured = dict(measured or {})
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in whole:  # never cut (a reference number she reads out): as wide as it is
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_widths()
        self.table.viewport().installEventFilter(self)

    def _heading_width(self, column: int) -> int:
        """Pixels the column's heading needs to be read whole (its padding included)."""
        model = self.table.model()
        words = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        font = QFont(self.table.horizontalHeader().font())
        font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws headings
        return QFontMetrics(font).horizontalAdvance(str(words or "")) + HEADING_PADDING

    def _fit_widths(self) -> None:
        """Scale the starting widths with the text, but never so far that the stretching
        column (what happened, a title) is left less than `STRETCH_ROOM` pixels, nor a
        column narrower than its heading or most of its usual width: fold secondary columns
        away first."""
        header = self.table.horizontalHeader()
        scale = self._text_scale()
        whole = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
        )
        room = self.table.viewport().width() - whole
        stretch = self._stretch
        # the stretching column keeps as many letters at larger text: others fold first
        keep = max(round(STRETCH_ROOM * scale), self._heading_width(stretch) if stretch >= 0 else 0)
        usual: dict[int, float] = dict(self._widths)
        metrics = self._text_metrics()
        for dated, measure in self._measured.items():  # as long as it is at this size
            if dated in usual:
                usual[dated] = max(usual[dated], measure(metrics) / scale)
        # A column keeps its heading whole and three quarters of its usual width; a measured
        # one (a date) all of it: others fold away first.
        least = {
            c: max(round(w * (scale if c in self._measured else 0.75)), self._heading_width(c))
            for c, w in usual.items()
        }
        folded: set[int] = set()
        laid_out = self.table.width() > 1  # before: nothing to fold against
        for column in (None, *self._secondary):
            if column is not None:
                folded.add(column)
            sizes = self._sizes(usual, scale, room - keep, least, folded)
            if not laid_out or sum(sizes.values()) + keep <= room + len(sizes):  # (rounding)
                break
        for column in self._secondary:
            self.table.setColumnHidden(column, column in folded)
        for column, width in sizes.items():
            header.resizeSection(column, width)

    @staticmethod
    def _sizes(
        usual: dict[int, float], scale: float, spare: int, least: dict[int, int], folded: set[int]
    ) -> dict[int, int]:
        """The shown columns' widths: their usual widths times `scale`, shrunk together to
        fit `spare` (never below half), and never below `least`."""
        shown = {c: w for c, w in usual.items() if c not in folded}
        fixed = sum(shown.values())
        if spare > 0 and fixed * scale > spare:  # larger text, narrow window: shrink to fit
            scale = max(0.5, spare / fixed)
        return {c: max(round(w * scale), least[c]) for c, w in shown.items()}

    def fit(self) -> None:
        """Fit again (new rows: a date column measures what it holds)."""
        if self._widths:
            self._fit_widths()

    def longest(self, column: int, metrics: QFontMetrics, rows: int = 500) -> int:
        """Pixels the longest text of `column` needs (the first `rows` rows), with padding."""
        model = self.table.model()
        if model is None:
            return 0
        count = min(model.rowCount(), rows)
        words = (model.index(row, column).data() for row in range(count))
        return max((metrics.horizontalAdvance(str(w)) for w in words if w), default=0) + 24

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_widths()  # columns share the new width
        if watched is self.table and event.type() == QEvent.Type.FontChange and self._widths:
            self._fit_widths()
        return super().eventFilter(watched, event)
