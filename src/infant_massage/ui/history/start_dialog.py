"""What the history has to say at start-up, once: a damaged file repaired (how many sessions were
recovered, where the damaged copy is), rows that could not be read, nothing being saved this
time, or a session that a crash or a power cut interrupted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.storage.history.notices import NoticeKind
from infant_massage.storage.history.opening import OpenedHistory
from infant_massage.ui.history.wording import HistoryWording


class HistoryStartDialog(QDialog):
    @staticmethod
    def needed(opened: OpenedHistory) -> bool:
        return bool(opened.notices or opened.interrupted)

    def __init__(self, opened: OpenedHistory, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.setMinimumWidth(520)
        wording = HistoryWording(catalog, self)
        self.show_session_id: str | None = None  # set when the user asks to see the session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.messages: list[QLabel] = []
        for notice in opened.notices:
            box = QFrame()
            box.setObjectName("warningBox")
            label = QLabel(wording.notice(notice))
            label.setObjectName("warningText")
            label.setWordWrap(True)
            if notice.kind is NoticeKind.SALVAGED:  # the path, to copy into a file manager
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            QVBoxLayout(box).addWidget(label)
            layout.addWidget(box)
            self.messages.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.show_button: QPushButton | None = None
        if opened.interrupted:
            names = {p.id: p.name for p in opened.store.profiles()} if opened.store else {}
            label = QLabel(wording.interrupted(opened.interrupted, names))
            label.setWordWrap(True)
            layout.addWidget(label)
            self.messages.append(label)
            latest = max(opened.interrupted, key=lambda r: r.started_at)
            self.show_button = buttons.addButton(
                self.tr("Show it in the history"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.show_button.clicked.connect(lambda: self._show(latest.id))
        layout.addWidget(buttons)

    def _show(self, session_id: str) -> None:
        self.show_session_id = session_id
        self.accept()
