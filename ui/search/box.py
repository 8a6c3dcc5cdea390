"""The search box of the open case: one search at a time, only the latest query matters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QStackedWidget

from quietcase.app.search import SearchResults
from quietcase.ui.search.page import SearchPage
from quietcase.ui.session import Session


class CaseSearch(QObject):
    """Runs the query typed in `box` on the worker and shows the results on `page`; when
    the box is emptied, `back` returns to the page she was on."""

    def __init__(
        self,
        session: Session,
        box: QLineEdit,
        pages: QStackedWidget,
        page: SearchPage,
        back: Callable[[], None],
        failed: Callable[[Any], None],
    ) -> None:
        super().__init__(box)
        self.session, self.box, self.pages, self.page = session, box, pages, page
        self._back, self._failed = back, failed
        self._searching = False
        self._pending: str | None = None
        box.textChanged.connect(self._changed)
        box.returnPressed.connect(page.open_current)

    def rerun(self) -> None:
        """After the records changed: the results she is looking at must follow."""
        if self.box.text().strip():
            self._run(self.box.text())

    def clear(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self._pending = None
        self._searching = False
        self.page.clear()

    def _changed(self, query: str) -> None:
        if not query.strip():
            self._pending = None
            self.page.clear()
            self._back()
            return
        self.pages.setCurrentWidget(self.page)
        if self._searching:
            self._pending = query  # only the latest matters while one runs
            return
        self._run(query)

    def _run(self, query: str) -> None:
        self._searching = True
        if not self.session.search(query, self._done, self._not_done):
            self._searching = False

    def _done(self, results: SearchResults) -> None:
        self._searching = False
        if self._pending is not None:
            query, self._pending = self._pending, None
            self._run(query)
            return
        if self.box.text().strip():
            self.page.set_results(results)

    def _not_done(self, error: Any) -> None:
        self._searching = False
        self._failed(error)
