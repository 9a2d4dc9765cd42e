"""Asked on quitting while finished sessions still wait to be written (a full disk, say)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.common.text_format import fill


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UnsavedPrompt", text, "", n)


def unsaved_prompt(store: HistoryStore, parent: QWidget | None = None) -> QMessageBox:
    """The question; its buttons are `retry_button`, `quit_button` and `stay_button`."""
    count = len(store.unsaved)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Sessions not saved yet"))
    reason = store.notice.detail if store.notice is not None else ""
    if store.journaled:
        text = _tr(
            "%n session(s) could not be written to the history yet (%1). They are kept in a "
            "small file next to it and will be saved the next time the app starts.",
            count,
        )
    else:
        text = _tr(
            "%n session(s) could not be written to the history (%1) and will be lost if you "
            "quit now. Free some space, then try again.",
            count,
        )
    box.setText(fill(text, reason))
    box.retry_button = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.ActionRole)
    box.quit_button = box.addButton(_tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.stay_button = box.addButton(_tr("Don't quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.stay_button)
    box.setEscapeButton(box.stay_button)
    return box


def may_quit(store: HistoryStore | None, parent: QWidget | None = None) -> bool:
    """True when nothing waits to be written, or the user chose to quit anyway."""
    while store is not None and not store.retry():
        box = unsaved_prompt(store, parent)
        box.exec()
        if box.clickedButton() is box.quit_button:
            return True
        if box.clickedButton() is not box.retry_button:
            return False
    return True
