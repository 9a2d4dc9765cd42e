"""The skin's answers to the hand, the outline's contrast, and the remembered skin tones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QColor, QImage, QPainter

from infant_massage import resources
from infant_massage.domain.contrast import MIN_GRAPHIC_CONTRAST, contrast_ratio
from infant_massage.domain.skin_tone import parse_skin_tones
from infant_massage.domain.user_settings import FEED_WAIT_MINUTES, UserSettings
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.guide.hand_rig_painter import HandPalette
from infant_massage.ui.guide.skin_response_painter import paint_fold, paint_press

TONES = parse_skin_tones(resources.read_text("illustrations/skin_tones.json"))


def _skin(tone, draw) -> QImage:
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(tone.fill))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return image


def _lightness(image: QImage, x: int, y: int) -> int:
    c = image.pixelColor(x, y)
    return c.red() + c.green() + c.blue()


@pytest.mark.parametrize("tone", TONES, ids=[t.id for t in TONES])
def test_pressing_shades_the_skin_round_the_pad_more_the_firmer_it_presses(tone) -> None:
    light = _skin(tone, lambda p: paint_press(p, QPointF(100, 100), 20, 0.2, tone))
    firm = _skin(tone, lambda p: paint_press(p, QPointF(100, 100), 20, 1.0, tone))
    untouched = _lightness(_skin(tone, lambda p: None), 100, 100)
    # Just outside the pad: a soft shadow, darker under a firmer press, gone further out.
    assert _lightness(firm, 100, 122) < _lightness(light, 100, 122) < untouched
    assert _lightness(firm, 100, 160) == untouched
    # Warm, never grey: the shadow keeps the skin's hue (red above blue).
    shadow = firm.pixelColor(100, 122)
    assert shadow.red() > shadow.blue()


def test_no_pressure_leaves_the_skin_as_it_is() -> None:
    tone = TONES[0]
    image = _skin(tone, lambda p: paint_press(p, QPointF(100, 100), 20, 0.0, tone))
    assert image.pixelColor(100, 110) == QColor(tone.fill)


@pytest.mark.parametrize("tone", TONES, ids=[t.id for t in TONES])
def test_a_pinch_lifts_a_fold_between_thumb_and_fingers(tone) -> None:
    thumb, fingers = QPointF(80, 100), QPointF(120, 100)
    image = _skin(tone, lambda p: paint_fold(p, thumb, fingers, 60, 1.0, tone))
    # The fold runs across the thumb-fingers line: drawn between them and along its ridge ...
    ridge = [image.pixelColor(100, y) for y in range(75, 126, 5)]
    assert sum(c != QColor(tone.fill) for c in ridge) >= 8
    # ... with its long sides outlined in the baby's own outline colour.
    across = [image.pixelColor(x, 100) for x in range(80, 100)]
    assert min(contrast_ratio(c.name(), tone.outline) for c in across) < 1.6
    # Nothing is drawn beyond the pads.
    assert image.pixelColor(30, 100) == QColor(tone.fill)


def test_the_hand_edge_stands_out_on_every_baby_tone() -> None:
    """The threshold is MIN_GRAPHIC_CONTRAST (3:1, WCAG 2.1's non-text contrast)."""
    for parent in TONES:
        for baby in TONES:
            edge = HandPalette(parent, against=baby.fill).edge
            ratio = contrast_ratio(edge.name(), baby.fill)
            assert ratio >= MIN_GRAPHIC_CONTRAST, (parent.id, baby.id, round(ratio, 2))


def test_the_parents_own_outline_is_kept_where_it_already_stands_out() -> None:
    deep, light = TONES[-1], TONES[0]
    palette = HandPalette(deep, against=light.fill)
    assert palette.outline == QColor(deep.outline) and palette.rim is None


# --- the remembered tones ------------------------------------------------------------------------


def _settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _choice(path: Path) -> SkinToneChoice:
    defaults = UserSettings.defaults(FEED_WAIT_MINUTES[0], TONES[0].id)
    model = SettingsModel(defaults, _settings(path), [t.id for t in TONES])
    return SkinToneChoice(TONES, model, model)


def test_baby_and_parent_tones_are_chosen_apart_and_remembered(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "settings.ini"
    choice = _choice(path)
    assert choice.baby == TONES[0] and choice.parent_tone == TONES[0]
    with qtbot.waitSignal(choice.changed):
        choice.set_parent(TONES[4].id)
    with qtbot.waitSignal(choice.changed):
        choice.set_baby(TONES[2].id)
    assert (choice.baby, choice.parent_tone) == (TONES[2], TONES[4])
    again = _choice(path)  # a fresh start reads the same file
    assert (again.baby, again.parent_tone) == (TONES[2], TONES[4])


def test_a_damaged_tone_setting_falls_back_to_the_first_tone(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = _settings(path)
    settings.setValue("appearance/parent_skin_tone", "green")
    settings.sync()
    choice = _choice(path)
    assert choice.parent_tone == TONES[0]
    with pytest.raises(ValueError, match="no skin tone 'green'"):
        choice.set_parent("green")
