"""Help > About: version, what the app is, and the licences of what ships inside it.

The licence texts are bundled assets, so the page works on a laptop that is never online:
the app's own MIT licence, and the GNU LGPL v3 (with the GPL v3 it builds on) under which Qt
and PySide6 are used, with where their source code comes from.
"""

from __future__ import annotations

import platform
from html import escape

import pydantic
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from infant_massage import __version__, resources
from infant_massage.identity import APP_ICON
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.text_format import fill

ICON_SIZE = 64
QT_SOURCES = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCES = "https://download.qt.io/official_releases/QtForPython/"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Infant Massage Guide"))
        self.setMinimumWidth(680)
        # Room for the licence texts' 80 columns and a page of them; it still fits 1024x768.
        self.resize(780, 620)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolling(self._about_page()), self.tr("About"))
        self.tabs.addTab(self._licences_page(), self.tr("Licences"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(
            QIcon(resources.path(APP_ICON)).pixmap(ICON_SIZE, ICON_SIZE, QIcon.Mode.Normal)
        )
        self.icon_label.setAccessibleName(self.tr("The app's icon"))
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        title = QLabel(self.tr("Infant Massage Guide"))
        title.setObjectName("title")
        names.addWidget(title)
        names.addWidget(wrapped_label(fill(self.tr("Version %1"), __version__)))
        row.addLayout(names, 1)
        return row

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        # Wrapped labels in a tab get their height only through a scroll area; with the
        # largest text the page scrolls instead of cutting lines off.
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    @staticmethod
    def _page() -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(12)
        return page, layout

    def _about_page(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Learn gentle massage for your baby: pick an area, follow the hand, "
                    "and stop whenever the baby has had enough. Everything stays on this "
                    "computer; the app never uses the network."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Massage is for comfort and closeness. It does not replace advice from "
                    "your midwife, health visitor or doctor."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Infant Massage Guide is free software under the MIT licence. It uses Qt and "
                    "PySide6 under the GNU LGPL version 3: see Licences for the texts and where "
                    "their source code comes from."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        page, layout = self._page()
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Licences"))
        # Links inside the page jump to a licence's text; web addresses are text only (offline).
        self.licences.setOpenExternalLinks(False)
        self.licences.setMinimumHeight(240)
        self.licences.setHtml(self._licences_html())
        layout.addWidget(self.licences, 1)
        return page

    def _licence_texts(self) -> list[tuple[str, str, str]]:
        """(anchor, heading, asset with the full text), the app's own first."""
        return [
            (
                "mit",
                self.tr("Infant Massage Guide: MIT licence"),
                "licences/infant-massage-guide-MIT.txt",
            ),
            ("lgpl", self.tr("Qt and PySide6: GNU LGPL version 3"), "licences/LGPL-3.0.txt"),
            ("gpl", self.tr("GNU GPL version 3 (the LGPL builds on it)"), "licences/GPL-3.0.txt"),
            (
                "third-party",
                self.tr("Python and the Python packages inside the app"),
                "licences/third-party.txt",
            ),
        ]

    def _licences_html(self) -> str:
        texts = self._licence_texts()
        parts = [f"<p>{escape(line)}</p>" for line in self._notices()]
        parts.append(f"<p><b>{escape(self.tr('The licence texts:'))}</b></p><ul>")
        parts += [f'<li><a href="#{anchor}">{escape(title)}</a></li>' for anchor, title, _ in texts]
        parts.append("</ul>")
        for anchor, title, asset in texts:
            parts.append(f'<h3><a name="{anchor}"></a>{escape(title)}</h3>')
            # pre-wrap: the texts keep their lines, and wrap only when large text needs it.
            text = escape(resources.read_text(asset))
            parts.append(f'<pre style="white-space: pre-wrap">{text}</pre>')
        return "".join(parts)

    def _notices(self) -> list[str]:
        lines = [
            self.tr(
                "Infant Massage Guide, its texts, illustrations and sounds are free software "
                "under the MIT licence."
            ),
            fill(
                self.tr(
                    "It uses Qt %1 and PySide6 %4 (Qt for Python) by The Qt Company, under the "
                    "GNU Lesser General Public License version 3. Their unmodified source code is "
                    "available from %2 and %3, and from the Infant Massage Guide contributors on "
                    "request. In the installable bundle they are separate libraries (in its "
                    "PySide6 folder), which you may replace with your own build."
                ),
                qVersion(),
                QT_SOURCES,
                PYSIDE_SOURCES,
                PySide6.__version__,
            ),
            fill(
                self.tr(
                    "Python %1 (PSF licence) and the Python packages the app runs on, such as "
                    "pydantic %2 and platformdirs (MIT licence), are inside the bundle too; their "
                    "notices are the last text below."
                ),
                platform.python_version(),
                pydantic.VERSION,
            ),
        ]
        return lines
