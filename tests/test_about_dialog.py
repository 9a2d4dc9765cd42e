"""Help > About: the app's icon, and every licence readable in full without a network."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QPoint, qVersion
from PySide6.QtWidgets import QLabel

from infant_massage.ui.common.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parent.parent
LICENCES = ROOT / "assets" / "licences"


def test_the_bundled_mit_licence_is_the_repositorys() -> None:
    assert (LICENCES / "infant-massage-guide-MIT.txt").read_bytes() == (
        ROOT / "LICENSE"
    ).read_bytes()


def test_about_shows_the_apps_icon(qtbot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    pixmap = about.icon_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 64
    # The app's teal rounded square, not an empty or missing-icon picture.
    centre = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 10)
    assert centre.alpha() == 255 and centre.green() > centre.red()


def test_the_licences_page_holds_every_text_in_full_and_where_qt_comes_from(qtbot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    about.tabs.setCurrentIndex(1)
    shown = about.licences.toPlainText()
    for name in ("infant-massage-guide-MIT.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "third-party.txt"):
        text = (LICENCES / name).read_text(encoding="utf-8")
        assert " ".join(text.split()) in " ".join(shown.split()), name
    assert f"Qt {qVersion()} and PySide6 {PySide6.__version__}" in shown
    assert "https://download.qt.io/official_releases/QtForPython/" in shown
    assert not about.licences.openExternalLinks()


def test_a_link_on_the_licences_page_jumps_to_that_text(qtbot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    about.tabs.setCurrentIndex(1)
    qtbot.waitExposed(about)
    bar = about.licences.verticalScrollBar()
    assert bar.value() == 0
    jumps = [
        ("lgpl", "GNU LGPL version 3"),
        ("gpl", "GNU GPL version 3"),
        ("third-party", "Python"),
    ]
    for anchor, heading in jumps:
        about.licences.scrollToAnchor(anchor)
        assert bar.value() > 0
        top_line = about.licences.cursorForPosition(QPoint(8, 8)).block().text()
        assert heading in top_line


def test_the_about_tab_names_both_licences(qtbot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    labels = "\n".join(label.text() for label in about.findChildren(QLabel))
    assert "MIT licence" in labels and "LGPL version 3" in labels


def test_the_third_party_notices_cover_every_package_the_app_ships() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import write_licences

    notices = (LICENCES / "third-party.txt").read_text(encoding="utf-8")
    headings = {line.split(" (")[0].lower() for line in notices.splitlines() if " (" in line}
    expected = set(write_licences.runtime_closure())
    assert {"pydantic", "platformdirs"} <= expected
    missing = {name for name in expected if name not in {h.replace("_", "-") for h in headings}}
    assert not missing, "run packaging/write_licences.py"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices
