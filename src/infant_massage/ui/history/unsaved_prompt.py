"""Asked on quitting while finished sessions still wait to be written (a full disk, say)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.common.text_format import fill


class UnsavedPrompt(QMessageBox):
    """The question; its buttons are `retry_button`, `quit_button` and `stay_button`.

    A class rather than a function so that lupdate sees self.tr(text, "", n) as a plural.
    """

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        count = len(store.unsaved)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Sessions not saved yet"))
        reason = store.notice.detail if store.notice is not None else ""
        if store.journaled:
            text = self.tr(
                "%n session(s) could not be written to the history yet (%1). Nothing is lost: "
                "what could not be written is kept in a small file beside the history and saved "
                "the next time the app starts.",
                "",
                count,
            )
        else:
            text = self.tr(
                "%n session(s) could not be written to the history (%1) and will be lost if you "
                "quit now. Free some space, then try again.",
                "",
                count,
            )
        self.setText(fill(text, reason))
        self.retry_button = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(
            self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.stay_button = self.addButton(self.tr("Don't quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.stay_button)
        self.setEscapeButton(self.stay_button)


def may_quit(store: HistoryStore | None, parent: QWidget | None = None) -> bool:
    """True when nothing waits to be written, or the user chose to quit anyway.

    A closed history cannot be written any more (what waits is in its journal), so there is
    nothing to ask then: asking again after "Quit anyway" would only repeat the question.
    """
    while store is not None and store.is_open and not store.retry():
        box = UnsavedPrompt(store, parent)
        box.exec()
        if box.clickedButton() is box.quit_button:
            return True
        if box.clickedButton() is not box.retry_button:
            return False
    return True
