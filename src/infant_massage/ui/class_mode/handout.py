"""The class handout: a cover (the plan's name, the date, the safety rules, the steps in order)
and one page per step of the plan, on A4 or Letter by locale. Nothing personal in it."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPageSize, QTextDocument

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassPlan, check_plan, step_seconds
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_format
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.guide.handout import (
    finish_document,
    preparation_html,
    print_document,
    safety_rules_html,
    technique_page_html,
)
from infant_massage.ui.guide.rig_hands import RigHands


def class_handout_document(
    catalog: Catalog,
    illustrations: Illustrations,
    hands: RigHands,
    plan: ClassPlan,
    on: date | None = None,
) -> QTextDocument:
    check_plan(plan, catalog)
    on = on or date.today()
    when = QLocale().toString(QDate(on.year, on.month, on.day), QLocale.FormatType.LongFormat)
    document = QTextDocument()
    subtitle = fill(QCoreApplication.translate("ClassHandout", "Infant massage class, %1"), when)
    learn = QCoreApplication.translate("ClassHandout", "Today we learn")
    parts = [
        f"<h1>{escape(plan.name)}</h1>",
        f"<p><i>{escape(subtitle)}</i></p>",
        # A class covers several areas: the rules without their reasons, to keep one cover page
        # (the reasons are on each area's own handout and in the app's F1).
        *safety_rules_html(
            catalog, list(dict.fromkeys(step.area for step in plan.steps)), with_why=False
        ),
        *preparation_html(catalog, with_why=False),
        f"<h3>{escape(learn)}</h3><ol>",
    ]
    count = len(plan.steps)
    for step in plan.steps:
        name = fill(
            QCoreApplication.translate("ClassHandout", "%1 · %2"),
            str(catalog.technique(step.technique).name),
            str(catalog.area(step.area).name),
        )
        seconds = text_format.duration(step_seconds(catalog, step))
        parts.append(f"<li>{escape(name)} ({escape(seconds)})</li>")
    parts.append("</ol>")
    for number, step in enumerate(plan.steps, start=1):
        prefix = fill(
            QCoreApplication.translate("ClassHandout", "Step %1 of %2: "), str(number), str(count)
        )
        parts += technique_page_html(
            document, catalog, illustrations, hands, step.technique, step.area, prefix
        )
    return finish_document(document, parts)


def write_class_handout(
    path: str | Path,
    catalog: Catalog,
    illustrations: Illustrations,
    hands: RigHands,
    plan: ClassPlan,
    page_size: QPageSize.PageSizeId | None = None,
) -> int:
    """Write the plan's handout as a PDF; returns the number of pages (OSError if it cannot)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise OSError(f"the folder {target.parent} does not exist")
    document = class_handout_document(catalog, illustrations, hands, plan)
    title = fill(QCoreApplication.translate("ClassHandout", "Infant massage class: %1"), plan.name)
    pages = print_document(target, document, title, page_size)
    if not target.exists():
        raise OSError(f"cannot write {target}")
    return pages
