"""What the desktop says about the user's preferences that Qt does not expose (reduced motion)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

OVERRIDE = "INFANT_MASSAGE_REDUCED_MOTION"


def _output(command: list[str]) -> str:
    """A short desktop query's answer, or '' when the tool is missing, slow or fails."""
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=1)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip()


def _gnome_animations_off() -> bool:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return False
    return _output([gsettings, "get", "org.gnome.desktop.interface", "enable-animations"]) == (
        "false"
    )


def _kde_animations_off(env: Mapping[str, str]) -> bool:
    config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(config_home / "kdeglobals", encoding="utf-8")
    except (OSError, configparser.Error):
        return False
    return parser.get("KDE", "AnimationDurationFactor", fallback="1").strip() in ("0", "0.0")


def _windows_animations_off() -> bool:
    import ctypes

    enabled = ctypes.c_bool(True)
    spi_getclientareaanimation = 0x1042
    ok = ctypes.windll.user32.SystemParametersInfoW(  # type: ignore[attr-defined]
        spi_getclientareaanimation, 0, ctypes.byref(enabled), 0
    )
    return bool(ok) and not enabled.value


def _macos_reduce_motion() -> bool:
    return _output(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"


def prefers_reduced_motion(env: Mapping[str, str] | None = None) -> bool:
    """True when the system asks for less motion; INFANT_MASSAGE_REDUCED_MOTION=1/0 overrides."""
    env = os.environ if env is None else env
    override = env.get(OVERRIDE, "").strip().lower()
    if override in ("1", "true", "yes"):
        return True
    if override in ("0", "false", "no"):
        return False
    try:
        if sys.platform == "win32":
            return _windows_animations_off()
        if sys.platform == "darwin":
            return _macos_reduce_motion()
        return _kde_animations_off(env) or _gnome_animations_off()
    except Exception:  # a preference we cannot read is no reason to fail
        return False
