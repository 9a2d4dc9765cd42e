"""The chosen baby at the top of the home screen: name and age, a quick switch, add and edit.

The choice is remembered in the history between runs. Twins are two profiles with one birth
date; a nurse's demonstration profile is marked as such.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from infant_massage.domain.profile import BabyProfile
from infant_massage.storage.history.queries import HistoryFilter
from infant_massage.storage.history.store import HistoryError, HistoryStore
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.profiles.age_text import full_age_text


class ProfileSwitcher(QWidget):
    babyChanged = Signal(object)  # BabyProfile, or None when no baby is chosen
    profilesChanged = Signal()  # a profile was added, edited or deleted

    def __init__(
        self,
        store: HistoryStore,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._profiles: list[BabyProfile] = []
        self.icon_label = QLabel()
        self._draw_icon()
        self.baby_box = QComboBox()
        self.baby_box.setMinimumWidth(240)
        self.baby_box.setMinimumHeight(40)  # as tall as the buttons beside it
        self.baby_box.setAccessibleName(self.tr("Baby"))
        self.baby_box.currentIndexChanged.connect(self._chosen)
        self.none_label = QLabel(self.tr("No baby profile yet"))
        self.none_label.setObjectName("subtle")
        self.add_button = QPushButton(self.tr("Add a baby"))
        self.add_button.clicked.connect(self.add_baby)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_baby)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("reason")
        self.problem_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (self.icon_label, self.baby_box, self.none_label):
            layout.addWidget(widget)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.add_button)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.reload()

    def _draw_icon(self) -> None:
        # In the theme's text colour, drawn again when the theme changes (see changeEvent).
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name()
        self.icon_label.setPixmap(icon("baby", colour).pixmap(QSize(28, 28)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_icon()

    # --- what the rest of the app asks ------------------------------------------------------

    def current_profile(self) -> BabyProfile | None:
        index = self.baby_box.currentIndex()
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    def age_months(self) -> float | None:
        """The chosen baby's age today as the catalog decides with it (corrected for a baby born
        early); None without a baby."""
        profile = self.current_profile()
        return profile.corrected_months(self._today()) if profile else None

    def reload(self, choose: str | None = None, announce: bool = False) -> None:
        """Read the profiles again; keep the choice (or make `choose` the chosen one).

        babyChanged is emitted when the chosen baby changed (or with `announce`, always).
        """
        wanted = choose or (self.current_profile().id if self.current_profile() else None)
        wanted = wanted or self._store.chosen_baby_id()
        before = self.current_profile()
        self._profiles = self._store.profiles()
        self.baby_box.blockSignals(True)
        self.baby_box.clear()
        for profile in self._profiles:
            self.baby_box.addItem(self._label(profile), profile.id)
        index = self.baby_box.findData(wanted)
        self.baby_box.setCurrentIndex(index if index >= 0 else 0 if self._profiles else -1)
        self.baby_box.blockSignals(False)
        has_any = bool(self._profiles)
        self.baby_box.setVisible(has_any)
        self.edit_button.setVisible(has_any)
        self.none_label.setVisible(not has_any)
        if announce or self.current_profile() != before:
            self._chosen()

    def _label(self, profile: BabyProfile) -> str:
        text = f"{profile.name} · {full_age_text(profile, self._today())}"
        return fill(self.tr("%1 · demo"), text) if profile.demo else text

    def _chosen(self, *_args) -> None:
        profile = self.current_profile()
        self.baby_box.setToolTip(profile.notes if profile else "")
        # Failing to remember the choice is no reason to refuse it.
        with contextlib.suppress(HistoryError):
            self._store.set_chosen_baby_id(profile.id if profile else None)
        self.babyChanged.emit(profile)

    # --- add, edit, delete ------------------------------------------------------------------

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def add_baby(self) -> None:
        from infant_massage.ui.profiles.dialog import ProfileDialog  # when first asked for

        dialog = ProfileDialog(None, today=self._today, parent=self)
        if dialog.exec() and dialog.profile is not None:
            self._save(dialog.profile)

    def edit_baby(self) -> None:
        profile = self.current_profile()
        if profile is None:
            self.add_baby()
            return
        count = self._store.count_sessions(HistoryFilter(baby_id=profile.id))
        from infant_massage.ui.profiles.dialog import ProfileDialog

        dialog = ProfileDialog(profile, count, today=self._today, parent=self)
        if not dialog.exec():
            return
        if dialog.deleted:
            try:
                self._store.delete_profile(profile.id)
            except HistoryError as exc:
                self._problem(fill(self.tr("Not deleted: %1"), str(exc)))
                return
            self._problem("")
            self.reload()
            self.profilesChanged.emit()
        elif dialog.profile is not None:
            self._save(dialog.profile)

    def _save(self, profile: BabyProfile) -> None:
        try:
            self._store.save_profile(profile)
        except HistoryError as exc:
            self._problem(fill(self.tr("Not saved: %1"), str(exc)))
            return
        self._problem("")
        self.reload(choose=profile.id, announce=True)  # a new birth date changes what is offered
        self.profilesChanged.emit()
