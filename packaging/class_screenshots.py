"""Class mode's pictures for the README and the issue: the wall (also shrunk to a quarter, as
the back row sees it, at 1024x768 and in high contrast), the presenter view, the single-screen
window and the first pages of a sample plan's class handout. Drawn offscreen at a fixed moment.

Run: .venv/bin/python packaging/class_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "screenshots"
SAMPLE_PLAN = [("legs", "stroking"), ("abdomen", "kneading"), ("back", "spinal_pinching")]


def main() -> int:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from infant_massage import load_catalog
    from infant_massage.app.qt_app import apply_theme, get_application
    from infant_massage.app.window_factory import make_window
    from infant_massage.domain.class_plan import ClassPlan, ClassStep
    from infant_massage.domain.clock import ManualClock
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.class_mode.handout import write_class_handout
    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.presenter import PresenterWindow
    from infant_massage.ui.class_mode.windows import AudienceWindow, SingleScreenWindow
    from infant_massage.ui.guide.rig_hands import RigHands

    app = get_application("en")
    apply_theme(app, "light")
    catalog = load_catalog()
    illustrations, hands = Illustrations(), RigHands()
    home = make_window(catalog, illustrations)
    plan = ClassPlan(
        name="Tuesday baby massage class",
        steps=[ClassStep(area=a, technique=t) for a, t in SAMPLE_PLAN],
    )
    clock = ManualClock()
    mode = ClassMode(catalog, home.guide_for, plan, clock)
    mode.next()  # kneading the tummy: circles with arrows

    def settle(widget, size: tuple[int, int]) -> None:
        widget.resize(*size)
        widget.show()
        for _ in range(5):
            app.processEvents()
        clock.advance(1.6)
        mode.playback.seek(1.6)
        for _ in range(3):
            app.processEvents()

    OUT.mkdir(exist_ok=True)
    wall = AudienceWindow(mode, illustrations, hands)
    settle(wall, (1920, 1080))
    image = wall.grab().toImage()
    image.save(str(OUT / "class-wall.png"))
    image.scaled(
        480, 270, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).save(str(OUT / "class-wall-quarter.png"))
    settle(wall, (1024, 768))  # an old projector, or a laptop's screen shared as the wall
    wall.grab().save(str(OUT / "class-wall-1024x768.png"))
    mode.set_high_contrast(True)
    settle(wall, (1920, 1080))
    wall.grab().save(str(OUT / "class-wall-high-contrast.png"))
    mode.set_high_contrast(False)
    wall.hide()

    presenter = PresenterWindow(mode, illustrations, hands, None)
    settle(presenter, (1366, 768))
    presenter.grab().save(str(OUT / "class-presenter.png"))
    presenter.hide()

    mode.start_practice()
    clock.advance(12)
    mode.tick()
    single = SingleScreenWindow(mode, illustrations, hands, None)
    settle(single, (1280, 720))
    single.grab().save(str(OUT / "class-single-screen.png"))
    mode.stop_practice()
    single.hide()

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "class.pdf"
        write_class_handout(pdf, catalog, illustrations, hands, plan)
        document = QPdfDocument()
        document.load(str(pdf))
        pages = [document.render(i, QSize(620, 877)) for i in range(min(3, document.pageCount()))]
        sheet = QImage(
            sum(p.width() for p in pages) + 40 * (len(pages) + 1),
            877 + 80,
            QImage.Format.Format_RGB32,
        )
        sheet.fill(QColor("#d9d4cc"))
        painter = QPainter(sheet)
        x = 40
        for page in pages:
            painter.fillRect(x, 40, page.width(), page.height(), QColor("#ffffff"))
            painter.drawImage(x, 40, page)
            x += page.width() + 40
        painter.end()
        sheet.save(str(OUT / "class-handout.png"))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
