"""The gallery's cells: an even grid, every cell the same size, the picture centred in a box of
one size and the name on one line at the same place in every cell (cut in the middle when it
is long; the model's tooltip holds it whole).

Qt's own icon view puts the name right under the picture, so a wide photo's name sits higher
than a tall one's: a row of captions at uneven heights. Here the geometry is one function of
the cell's rectangle (`cell_parts`), used both to paint and by the tests.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

PAD = 6  # inside the cell, around the picture and the name
GAP = 4  # between the picture's box and the name
GRID_GAP = 8  # between cells

Index = QModelIndex | QPersistentModelIndex


def cell_size(icon: QSize, metrics: QFontMetrics) -> QSize:
    """One cell: the picture's box, the gap, one line of text, padding all round."""
    return QSize(icon.width() + 2 * PAD, icon.height() + GAP + metrics.height() + 2 * PAD)


def cell_parts(cell: QRect, icon: QSize, metrics: QFontMetrics) -> tuple[QRect, QRect, int]:
    """The picture's box, the name's line and the name's baseline (y) in a cell."""
    box = QRect(cell.left() + (cell.width() - icon.width()) // 2, cell.top() + PAD, *icon.toTuple())
    line = QRect(
        cell.left() + PAD, box.bottom() + 1 + GAP, cell.width() - 2 * PAD, metrics.height()
    )
    return box, line, line.top() + metrics.ascent()


class GalleryDelegate(QStyledItemDelegate):
    """Paints a cell of the gallery: selection and focus as the style draws them, then the
    picture (scaled to fit its box, centred) and the name (one line, middle-elided)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return cell_size(self.view.iconSize(), option.fontMetrics)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = str(opt.text)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
        opt.showDecorationSelected = True  # the whole cell
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)
        rect: QRect = opt.rect
        metrics: QFontMetrics = opt.fontMetrics
        size = self.view.iconSize()
        box, line, _baseline = cell_parts(rect, size, metrics)
        if isinstance(icon, QIcon) and not icon.isNull():
            pixmap = icon.pixmap(size)
            shown = (
                pixmap.deviceIndependentSize()
                .toSize()
                .scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
            )
            target = QRect(0, 0, shown.width(), shown.height())
            target.moveCenter(box.center())
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pixmap)
            painter.restore()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(role))
        painter.drawText(
            line,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, line.width()),
        )
        painter.restore()


class Gallery(QListView):
    """An icon view on an even grid: `GalleryDelegate` paints every cell, and the grid follows
    the picture size and the font (larger text: taller cells, never a cut name line)."""

    fitted = Signal(int)  # the height of one row of cells, after the grid changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(0)  # the grid holds the room between cells
        self.setItemDelegate(GalleryDelegate(self))

    def set_icon(self, size: QSize) -> None:
        self.setIconSize(size)
        self._fit()

    def _fit(self) -> None:
        cell = cell_size(self.iconSize(), self.fontMetrics())
        self.setGridSize(cell.grownBy(QMargins(GRID_GAP, GRID_GAP, 0, 0)))
        self.fitted.emit(self.gridSize().height() + GRID_GAP + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
