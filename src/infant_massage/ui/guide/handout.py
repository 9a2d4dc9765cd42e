"""A printable handout for one area: its techniques, steps, cautions and still diagrams (PDF).

For a nurse's class: nothing personal in it, only the catalog's texts and the drawings.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from infant_massage.domain.catalog import Catalog, SafetyKind, SafetyRule
from infant_massage.domain.guide import Guide
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.technique_facts import technique_facts
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.guide.painter import GuidePainter, GuideStyle
from infant_massage.ui.guide.rig_hands import RigHands

DIAGRAM_SIZE = (900, 620)


def follow_text() -> str:
    return QCoreApplication.translate(
        "Handout", "The dotted line is the hand's path; follow the numbers and the arrows."
    )


def footer_text() -> str:
    return QCoreApplication.translate(
        "Handout",
        "Infant Massage Guide. Massage is for comfort and closeness; it does not replace "
        "advice from your midwife, health visitor or doctor.",
    )


def _diagram(guide: Guide, illustrations: Illustrations, hands: RigHands) -> QImage:
    """The guide as a still diagram: paths, every arrowhead and numbered key positions, from
    the parent's own view, on white paper, drawn by the one guide painter."""
    image = QImage(*DIAGRAM_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    style = GuideStyle(background=QColor("white"), high_contrast=True, line_scale=1.2)
    painter = QPainter(image)
    GuidePainter(illustrations, hands).paint(
        painter, QRectF(0, 0, *DIAGRAM_SIZE), guide, 0.0, Viewpoint.PARENT, style, still=True
    )
    painter.end()
    return image


def _rule_items(rules, with_why: bool = True) -> list[str]:
    # Each rule with its reason in smaller type beneath it: the why makes a rule easy to keep.
    facts = text_facts.shared().facts()  # the wait after a feed as the settings chose it
    if not with_why:
        return [f"<li>{escape(r.said('text', facts))}</li>" for r in rules]
    return [
        f"<li><b>{escape(r.said('text', facts))}</b>"
        f"<br><small>{escape(r.said('why', facts))}</small></li>"
        for r in rules
    ]


def handout_rules(catalog: Catalog, area_ids: Sequence[str] = ()) -> list[tuple[SafetyRule, bool]]:
    """The rules a handout carries, each once, and whether its reason is printed: the most
    important and the areas' own with their reasons, then the other stop signs and
    do-not-massage rules plainly (so that an area's handout keeps to one cover page)."""
    safety = catalog.safety
    chosen: list[tuple[SafetyRule, bool]] = [(r, True) for r in safety.most_important]
    for area_id in area_ids:
        for rule in safety.for_area(area_id):
            if all(rule is not r for r, _ in chosen):
                chosen.append((rule, True))
    for rule in (*safety.stop_signs, *safety.contraindications):
        if all(rule is not r for r, _ in chosen):
            chosen.append((rule, False))
    return chosen


def safety_rules_html(
    catalog: Catalog,
    area_ids: Sequence[str] = (),
    extra: list[str] | None = None,
    with_why: bool = True,
) -> list[str]:
    """A handout's "Safety first" list (see handout_rules), then the areas' own cautions."""
    heading = QCoreApplication.translate("Handout", "Safety first")
    items = []
    for rule, why in handout_rules(catalog, area_ids):
        items += _rule_items([rule], with_why and why)
    return [
        f"<h3>{escape(heading)}</h3><ul>",
        *items,
        *(f"<li>{escape(line)}</li>" for line in extra or []),
        "</ul>",
    ]


def preparation_html(catalog: Catalog, with_why: bool = True) -> list[str]:
    """The "Before you start" box: every preparation rule, framed so it stands out on paper."""
    rules = catalog.safety.of_kind(SafetyKind.PREPARATION)
    heading = QCoreApplication.translate("Handout", "Before you start")
    return [
        '<table width="100%" border="1" cellspacing="0" cellpadding="8" '
        'style="border-color: #7fa9a3; border-style: solid">',
        f'<tr><td bgcolor="#eef6f4"><h3>{escape(heading)}</h3><ul>',
        *_rule_items(rules, with_why),
        "</ul></td></tr></table>",
    ]


def technique_page_html(
    document: QTextDocument,
    catalog: Catalog,
    illustrations: Illustrations,
    hands: RigHands,
    technique_id: str,
    area_id: str,
    heading_prefix: str = "",
) -> list[str]:
    """One technique on one area as a page of its own: the still diagram, the facts, the
    steps and the cautions. The diagram is added to the document as an image resource."""
    technique = catalog.technique(technique_id)
    area = catalog.area(area_id)
    application = technique.application_for(area_id)
    assert application is not None
    guide = Guide(technique, application, illustrations.views[application.guide.view])
    name = f"guide:{technique.id}:{area_id}"
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl(name),
        _diagram(guide, illustrations, hands),
    )
    # One technique a page: a class can hand out just the pages it needs.
    parts = [
        f'<h2 style="page-break-before: always">{escape(heading_prefix)}'
        f"{escape(str(technique.name))} · {escape(str(area.name))}</h2>",
        f"<p>{escape(str(application.purpose))}</p>",
        f'<p align="center"><img src="{name}" width="330"></p>',
        f'<p align="center"><i>{escape(follow_text())}</i></p>',
        '<table cellspacing="3">',
        *(
            f'<tr><td width="22%"><b>{escape(fact.label)}</b></td>'
            f"<td>{escape(fact.value)}</td></tr>"
            for fact in technique_facts(technique, application)  # the card's facts too
        ),
        "</table>",
    ]
    heading = QCoreApplication.translate("Handout", "How to do it")
    parts.append(f"<h3>{escape(heading)}</h3><ol>")
    wording = text_facts.shared().facts(catalog=catalog)  # the settings' wait after a feed
    parts += [f"<li>{escape(step)}</li>" for step in application.step_texts(wording)]
    parts.append("</ol>")
    cautions = technique.cautions_on(application.area)
    if cautions:
        heading = QCoreApplication.translate("Handout", "Take care")
        parts.append(f"<h3>{escape(heading)}</h3><ul>")
        parts += [f"<li>{escape(str(c))}</li>" for c in cautions]
        parts.append("</ul>")
    return parts


def finish_document(document: QTextDocument, parts: list[str]) -> QTextDocument:
    parts.append(f"<p><small>{escape(footer_text())}</small></p>")
    font = QFont(document.defaultFont())
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setHtml("\n".join(parts))
    return document


def handout_document(
    catalog: Catalog, illustrations: Illustrations, hands: RigHands, area_id: str
) -> QTextDocument:
    area = catalog.area(area_id)
    document = QTextDocument()
    parts = [
        f"<h1>{escape(str(area.name))}</h1>",
        f"<p><i>{escape(str(area.note))}</i></p>",
        f"<p>{escape(str(area.benefits))}</p>",
        *safety_rules_html(catalog, [area_id], [str(c) for c in area.cautions]),
        *preparation_html(catalog),
    ]
    for technique in catalog.techniques_on(area_id):
        parts += technique_page_html(document, catalog, illustrations, hands, technique.id, area_id)
    return finish_document(document, parts)


# Where Letter paper is the norm; everywhere else prints on A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}


def paper_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """A4, or Letter where the locale's country prints on Letter."""
    locale = locale or QLocale.system()
    if (
        locale.territory() in LETTER_TERRITORIES
        or locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    ):
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def write_handout(
    path: str | Path,
    catalog: Catalog,
    illustrations: Illustrations,
    hands: RigHands,
    area_id: str,
) -> int:
    """Write the handout as a PDF (A4 or Letter by locale); returns the number of pages."""
    title = fill(
        QCoreApplication.translate("Handout", "Infant massage: %1"), str(catalog.area(area_id).name)
    )
    document = handout_document(catalog, illustrations, hands, area_id)
    return print_document(path, document, title)


def print_document(
    path: str | Path,
    document: QTextDocument,
    title: str,
    page_size: QPageSize.PageSizeId | None = None,
) -> int:
    """Lay the document out on pages of a PDF; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size if page_size is not None else paper_size()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Infant Massage Guide")
    # Lay the text out in 96-dpi pixels (the unit its point sizes and image widths assume) on
    # the page's printable area, then draw each page scaled up to the PDF's resolution.
    layout_dpi = 96.0
    scale = writer.resolution() / layout_dpi
    page = QSizeF(writer.width() / scale, writer.height() / scale)
    document.setPageSize(page)
    painter = QPainter(writer)
    painter.scale(scale, scale)
    for number in range(document.pageCount()):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * page.height())
        document.drawContents(
            painter, QRectF(0, number * page.height(), page.width(), page.height())
        )
        painter.restore()
    painter.end()
    return document.pageCount()
