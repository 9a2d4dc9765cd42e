"""The main window: body areas on the left, the chosen area's techniques on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.about_dialog import AboutDialog
from infant_massage.ui.area_list import AreaList
from infant_massage.ui.safety_dialog import SafetyDialog
from infant_massage.ui.technique_panel import TechniquePanel


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings | None = None,
        storage_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._settings = settings
        self.setWindowTitle(self.tr("Infant Massage Guide"))
        self.resize(1200, 800)
        self.setMinimumSize(800, 600)
        self.area_list = AreaList(catalog)
        self.technique_panel = TechniquePanel(catalog)
        self._init_central()
        self._init_menus()
        self._init_status(storage_problem)
        self.area_list.areaSelected.connect(self._on_area_selected)
        self._restore()

    def _init_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(12)
        splitter.addWidget(self.area_list)
        splitter.addWidget(self.technique_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 780])
        splitter.setContentsMargins(16, 12, 16, 8)
        self.setCentralWidget(splitter)

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.fullscreen_action = QAction(self.tr("&Full screen"), self)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.fullscreen_action.toggled.connect(self._set_fullscreen)
        view_menu.addAction(self.fullscreen_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        safety_action = QAction(self.tr("&Safety rules"), self)
        safety_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        safety_action.triggered.connect(self.show_safety_rules)
        help_menu.addAction(safety_action)
        about_action = QAction(self.tr("&About Infant Massage Guide"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _init_status(self, storage_problem: str) -> None:
        if storage_problem:
            warning = QLabel(self.tr("Not saving: %1").replace("%1", storage_problem))
            warning.setObjectName("reason")
            self.statusBar().addPermanentWidget(warning)
        self.statusBar().showMessage(self.tr("Choose an area to see its techniques."))

    def select_area(self, area_id: str) -> None:
        self.area_list.select_area(area_id)

    def _on_area_selected(self, area_id: str) -> None:
        self.technique_panel.show_area(area_id)
        area = self.catalog.area(area_id)
        count = len(self.technique_panel.cards)
        self.statusBar().showMessage(
            self.tr("%1: %n technique(s)", "", count).replace("%1", str(area.name))
        )

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_safety_rules(self) -> None:
        SafetyDialog(self.catalog.safety, self).exec()

    def _set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _restore(self) -> None:
        if self._settings is None:
            return
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        area = self._settings.value("window/area")
        if isinstance(area, str) and area in self.catalog.area_ids:
            self.select_area(area)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            area = self.area_list.selected_area()
            if area:
                self._settings.setValue("window/area", area)
            self._settings.sync()
        super().closeEvent(event)
