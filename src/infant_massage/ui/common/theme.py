"""Colours and the style sheet: calm cream and teal; red-orange only for Stop and warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from infant_massage.domain.user_settings import TEXT_SCALES as TEXT_SCALES  # re-exported
from infant_massage.domain.user_settings import THEME_CHOICES
from infant_massage.ui.common import focus_ring, theme_marks


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str
    text: str
    muted_text: str
    border: str
    accent: str
    accent_text: str
    accent_soft: str
    warning: str
    warning_soft: str
    # The keyboard focus ring: its own colour, never the accent (a checked choice is teal),
    # at least 3:1 against the background and the surfaces it is drawn on.
    focus: str = "#2453b3"
    stop: str = "#b8482a"
    # Words of a control that cannot be used now; the quiet text colour unless that is as
    # bright as the text itself (high contrast), where a disabled box would look usable.
    disabled_text: str = ""

    @property
    def unusable(self) -> str:
        return self.disabled_text or self.muted_text


LIGHT = Theme(
    name="light",
    background="#fbf7f0",
    surface="#ffffff",
    text="#1f2933",
    muted_text="#5b6770",
    border="#e4dacb",
    accent="#3f8f86",
    accent_text="#ffffff",
    accent_soft="#dcefe9",
    warning="#c8552e",
    warning_soft="#fbe6dc",
)

DARK = Theme(
    name="dark",
    background="#22262b",
    surface="#2c3238",
    text="#eef1f3",
    muted_text="#aab4bc",
    border="#3d454d",
    accent="#62b5aa",
    accent_text="#10201e",
    accent_soft="#2f4a46",
    warning="#ee8a64",
    warning_soft="#4a3129",
    focus="#ffd35c",
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    border="#ffffff",
    accent="#00e1ff",
    accent_text="#000000",
    accent_soft="#003c45",
    warning="#ff9a66",
    warning_soft="#3d1400",
    focus="#ffff00",
    stop="#c2401a",
    disabled_text="#a6a6a6",  # 8.6:1 on black: readable, yet plainly not the white of the rest
)

THEMES = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}
CHOICES = THEME_CHOICES  # what View > Theme offers, in its order: "system", then THEMES


def focus_colour() -> str:
    """The focus ring's colour in the theme in use (for widgets that paint their own ring)."""
    return current_theme().focus


def system_theme() -> Theme:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted_text,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.unusable))
    return palette


def style_sheet(theme: Theme, text_scale: float = 1.0) -> str:
    t = theme
    ring = f"3px solid {t.focus}"
    edge = box_edge(t)
    # px: a tick box, a spin box's buttons; they grow with the words, at half the rate (the guide
    # controls' row, two boxes and two lists, must still fit 1024 px with the largest text)
    mark = round(16 * (1 + (text_scale - 1) / 4))
    # No bold for a checked choice: a style sheet's bold is not in the button's size hint,
    # so its words would be cut ("10 mi"); the fill and the border say it is chosen.
    # A dialog draws its own edge: where no window manager frames it (X without one, a kiosk)
    # it merged into the window under it, the same colour.
    sheet = f"""
QMainWindow, QDialog {{ background: {t.background}; }}
QDialog {{ border: 1px solid {edge}; }}
QWidget {{ color: {t.text}; font-size: 11.5pt; }}
QWidget:disabled {{ color: {t.unusable}; }}
QMenuBar {{ background: {t.background}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {t.accent_soft}; color: {t.text}; }}
QMenu {{ background: {t.surface}; border: 1px solid {t.border}; }}
QStatusBar {{ background: {t.background}; color: {t.muted_text}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QFrame#card {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 14px;
}}
QFrame#card[enabled="false"] {{ background: {t.background}; }}
QFrame#card[marked="true"] {{ border: 3px solid {t.accent}; }}
QFrame#warningBox {{
    background: {t.warning_soft}; border: 1px solid {t.warning}; border-radius: 10px;
}}
QLabel#title {{ font-size: 22pt; font-weight: 600; }}
QLabel#cardTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#subtle, QLabel#fieldName {{ color: {t.muted_text}; }}
QLabel#fieldName {{ font-weight: 600; }}
QLabel#warningText {{ color: {t.text}; }}
QLabel#caption {{ font-weight: 600; color: {t.text}; }}
QLabel#howTo {{ color: {t.text}; padding: 4px 2px; }}
QLabel#step {{ padding: 6px 8px; border-radius: 8px; }}
QLabel#step[current="true"] {{ background: {t.accent_soft}; border-left: 5px solid {t.accent}; }}
QLabel#sessionStep {{ font-size: 26pt; font-weight: 700; }}
QLabel#sessionInfo {{ font-size: 15pt; }}
QLabel#sessionCaption {{ font-weight: 700; }}
QPushButton#choice:checked {{
    background: {t.accent_soft}; border: 2px solid {t.accent}; padding: 9px 17px;
}}
QPushButton#riskChoice:checked {{
    background: {t.warning_soft}; border: 2px solid {t.warning}; padding: 9px 17px;
}}
QPushButton#choice:disabled {{ background: {t.background}; border-style: dashed; }}
QLabel#paused {{ color: {t.warning}; font-size: 20pt; font-weight: 700; }}
QLabel#turnBaby {{ color: {t.text}; background: {t.accent_soft}; font-weight: 700; }}
QPushButton#stop {{ font-size: 18pt; }}
QLabel#reason {{ color: {t.warning}; font-weight: 600; }}
QListWidget {{
    background: transparent; border: none; font-size: 14pt; outline: none;
}}
QListWidget::item {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 12px;
    padding: 12px 16px; margin: 4px 2px;
}}
QListWidget::item:hover {{ border-color: {t.accent}; }}
QListWidget::item:selected {{
    background: {t.accent_soft}; border: 2px solid {t.accent}; color: {t.text};
}}
QPushButton {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px;
    padding: 10px 18px;
}}
QPushButton:hover {{ border-color: {t.accent}; }}
QPushButton#primary {{
    background: {t.accent}; color: {t.accent_text}; border: 1px solid {t.accent};
    font-weight: 600;
}}
QPushButton#stop {{
    background: {t.stop}; color: #ffffff; border: 1px solid {t.stop}; font-weight: 700;
}}
QPushButton#danger {{
    background: {t.warning}; color: #ffffff; border: 1px solid {t.warning}; font-weight: 600;
}}
QPushButton:disabled {{ color: {t.unusable}; }}
QPushButton#primary:disabled, QPushButton#stop:disabled {{
    background: {t.border}; color: {t.muted_text};
}}
QPushButton:focus, QPushButton#primary:focus, QPushButton#stop:focus, QPushButton#danger:focus,
QPushButton#choice:focus, QPushButton#riskChoice:focus {{
    border: {ring}; padding: 8px 16px;  /* the same outer size: focus never moves a thing */
}}
QPushButton, QCheckBox, QRadioButton {{ outline: none; }}  /* the ring says it: no dotted box too */
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {t.border}; border-radius: 6px; padding: 2px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: {ring}; padding: 0px; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ border: none; padding: 0px; }}
QComboBox, QAbstractSpinBox {{
    border: 1px solid {edge}; border-radius: 6px; padding: 2px 4px;
}}
QComboBox:focus, QAbstractSpinBox:focus {{ border: {ring}; padding: 0px 2px; }}
/* A box with a border of the sheet's loses its arrows unless their buttons have a place: the
   style draws its own arrows in the places given (a focused spin box had none). */
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: padding; width: {mark}px;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: {mark}px;
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url(@down); width: {mark - 4}px; height: {mark - 4}px;
}}  /* the style's own is small and faint: grey on black in high contrast */
QCheckBox, QRadioButton {{
    border: 3px solid transparent; border-radius: 6px; padding: 2px; spacing: 5px;
}}
QCheckBox:focus, QRadioButton:focus {{ border: {ring}; }}
/* The style's box and ring are small in big words and dark on dark (barely seen, if at all);
   a styled indicator gets no tick or dot from the style, so the sheet draws them too. */
QCheckBox::indicator, QRadioButton::indicator {{
    width: {mark - 4}px; height: {mark - 4}px; border: 2px solid {edge}; background: {t.surface};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {mark // 2}px; }}
QCheckBox::indicator:checked {{
    background: {t.accent}; border-color: {t.accent}; image: url(@tick);
}}
QRadioButton::indicator:checked {{ border-color: {t.accent}; image: url(@dot); }}
QTabBar::tab:focus {{ border: {ring}; }}
QGroupBox#question {{ border: none; margin: 0; padding: 0; }}
"""
    if t.name == "high_contrast":  # a button not yet usable was unseen
        sheet += f"""QPushButton#primary:disabled, QPushButton#stop:disabled {{
    background: {t.background}; color: {t.unusable}; border: 1px dashed {t.unusable};
}}
"""
    # Text size for a projector or a far-away screen: every point size grows, and the very
    # large type (titles, the session's step) half as fast: it is already readable across the
    # room, and at full growth it would push the Stop button off a 1024x768 screen.
    sheet = re.sub(
        r"(\d+(?:\.\d+)?)pt", lambda m: f"{scaled_points(float(m[1]), text_scale):.1f}pt", sheet
    )
    # The marks' paths go in last: they are no business of the sizes above.
    for shape, colour in mark_colours(t).items():
        sheet = sheet.replace(f"@{shape}", theme_marks.url(shape, colour))
    return sheet


def mark_colours(theme: Theme) -> dict[str, str]:
    """Each mark the style sheet draws (theme_marks.SHAPES) and its colour in the theme."""
    return {"tick": theme.accent_text, "dot": theme.accent, "down": theme.text}


def box_edge(theme: Theme) -> str:
    """The edge of a box to type or choose in, and of a check box: seen on the background."""
    return theme.border if theme.name == "high_contrast" else theme.muted_text


LARGE_TYPE = 16.0  # pt: above this, text grows at half the rate


def scaled_points(points: float, text_scale: float) -> float:
    if points <= LARGE_TYPE:
        return points * text_scale
    return points * (1 + (text_scale - 1) / 2)


BASE_POINT_SIZE = 11.5
STYLE = "fusion"  # the same controls on every desktop, drawn in the palette's colours
# Qt's arguments that start the app in STYLE (see started_in_style).
QT_ARGUMENTS = ["-style", STYLE]
_current: dict[str, object] = {"forced": None, "scale": 1.0, "styled": False}


def started_in_style() -> None:
    """The QApplication was made with QT_ARGUMENTS: apply() needs no setStyle.

    setStyle() hands PySide the new style, and naming the app's first QStyle makes PySide build
    the class with its enums (600 values): 50 ms of a start, for a style Qt can pick as it starts.
    """
    _current["styled"] = True


def current_theme() -> Theme:
    name = _current["forced"]
    return THEMES.get(str(name), system_theme()) if name else system_theme()


def chosen_name() -> str:
    """What View > Theme shows as chosen: 'system', 'light', 'dark' or 'high_contrast'."""
    return str(_current["forced"] or "system")


def apply(app: QApplication, forced: str | None = None, text_scale: float | None = None) -> Theme:
    """Colours, style sheet and font for the whole app.

    forced is one of CHOICES ('system' follows the desktop again) or None to keep the choice.
    """
    if forced is not None:
        _current["forced"] = None if forced == "system" else forced
    if text_scale is not None:
        _current["scale"] = text_scale
    scale = float(_current["scale"])
    chosen = current_theme()
    palette, sheet = palette_for(chosen), style_sheet(chosen, scale)
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    focus_ring.follow_focus(app, focus_colour)  # scrolling panels, tables, lists: not the sheet's
    if app.styleSheet() == sheet and app.palette() == palette and app.font() == font:
        # Already so (a returning user's saved theme, the desktop repeating its scheme): each
        # setter below restyles every widget the app has, hundreds of milliseconds for nothing.
        return chosen
    if not _current["styled"]:
        app.setStyle(STYLE)
        _current["styled"] = True
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    app.setFont(font)
    return chosen


def text_scale() -> float:
    return float(_current["scale"])
