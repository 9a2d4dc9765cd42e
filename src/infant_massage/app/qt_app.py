"""Creating the QApplication: names, theme, translations and bundled resources."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTranslator, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from infant_massage import __version__, resources
from infant_massage.domain.localized import set_display_language
from infant_massage.identity import APP_ICON, APP_ID, APP_NAME
from infant_massage.ui.common import theme

_translators: list[QTranslator] = []
# The bundle leaves out Qt Multimedia's FFmpeg backend (it drags in Qt Quick and 45 MB; chimes
# play through QSoundEffect without it), and Qt says so on every start in the default category.
_BUNDLE_NOISE = ("No QtMultimedia backends found.",)


def _quiet_bundle_noise(kind, context, message: str) -> None:
    if not message.startswith(_BUNDLE_NOISE):
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Load the app's Qt translations and make catalog texts follow the same language.

    English is always installed first: it carries the singular and plural forms of the
    source texts. A translation for the chosen language, when there is one, is searched first.
    """
    code = language or QLocale.system().name()
    for candidate in dict.fromkeys(["en", code.split("_")[0], code]):
        translator = QTranslator(app)
        if translator.load(resources.path(f"translations/infant_massage_{candidate}.qm")):
            app.installTranslator(translator)
            _translators.append(translator)
    set_display_language(code if code not in ("C", "POSIX") else "en")
    return code


def apply_theme(app: QApplication, forced: str | None = None) -> theme.Theme:
    return theme.apply(app, forced)


def get_application(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName("infant-massage-guide")
    # The installed .desktop file's name: Wayland matches the window to its entry and icon by it.
    QApplication.setDesktopFileName(APP_ID)
    # Qt Multimedia looks for PipeWire first and says so on every start; it is not an error.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    if getattr(sys, "frozen", False):
        qInstallMessageHandler(_quiet_bundle_noise)
    app = QApplication([*sys.argv[:1], *theme.QT_ARGUMENTS])
    theme.started_in_style()
    resources.ensure_loaded()
    # The same SVG the desktop entry's icons are rendered from (packaging/make_icons.py).
    app.setWindowIcon(QIcon(resources.path(APP_ICON)))
    install_translations(app, language)
    apply_theme(app)
    # Follow the desktop when it switches between light and dark while the app runs.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app
