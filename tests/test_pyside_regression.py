"""PySide6 6.12.0 on Python 3.11 drops None's refcount in every void setter and then aborts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem
    app = QApplication([])
    item = QGraphicsRectItem(0, 0, 10, 10)
    before = sys.getrefcount(None)
    for i in range(50_000):
        item.setPos(i % 100, 0)
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a constant; a leak shows as a large drop.
    print(before - after)
    """
)


def test_fifty_thousand_void_setter_calls_do_not_break_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 1000
