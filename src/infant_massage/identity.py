"""Who the app is to the desktop: one name and one id for Qt, the .desktop file, AppStream,
the icons and the macOS bundle (packaging/ reads them from here)."""

from __future__ import annotations

APP_NAME = "Infant Massage Guide"
# Reverse-DNS, as AppStream and macOS want; also the .desktop file's and the icon's name, and
# the Wayland app id, so the desktop can match the running window to its entry and icon.
APP_ID = "org.infantmassageguide.InfantMassageGuide"
# The icon, as a bundled asset; the desktop's PNG, .ico and .icns files are rendered from it.
APP_ICON = "icons/app.svg"
