"""Shared test set-up: headless Qt before anything imports it, and the catalog once per run."""

from __future__ import annotations

import os

# No display in CI: Qt must use its offscreen platform, chosen before QtGui starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: on a busy 2-core CI box an example can take longer
# than hypothesis's 200 ms default deadline without anything being wrong.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "assets" / "content"


@pytest.fixture(scope="session")
def catalog():
    from infant_massage import load_catalog

    return load_catalog()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the content folder, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture(scope="session")
def qapp_args():
    return ["infant-massage-tests"]


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp):
    """Give the test app the same resources, translations and theme as the real one."""
    from infant_massage import resources
    from infant_massage.app.qt_app import apply_theme, install_translations

    resources.ensure_loaded()
    install_translations(qapp, "en")
    apply_theme(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _fresh_text_facts():
    """The on-screen text facts are one app-wide model: a wait chosen in one test must not leak."""
    from infant_massage.ui.common import text_facts

    text_facts.shared().set_feed_wait(None)
    yield
    text_facts.shared().set_feed_wait(None)


def _refresh_stale_resources() -> None:
    """In a source checkout, recompile the resources after an asset changed (saves a reinstall)."""
    import subprocess
    import sys

    module = ROOT / "src" / "infant_massage" / "_resources_rc.py"
    qrc = ROOT / "resources.qrc"
    if not module.exists() or not qrc.exists():
        return
    inputs = [qrc, *(p for p in (ROOT / "assets").rglob("*") if p.is_file())]
    if max(p.stat().st_mtime for p in inputs) <= module.stat().st_mtime:
        return
    rcc = Path(sys.executable).parent / "pyside6-rcc"
    if rcc.exists():
        subprocess.run([str(rcc), str(qrc), "-o", str(module)], check=True, cwd=ROOT)


_refresh_stale_resources()
