"""Python's cycle collector rests while the app starts, and comes back once it is on screen.

A start builds a few hundred thousand objects that live as long as the app: modules, classes,
pydantic schemas, Qt wrappers, the catalog. It makes almost no garbage cycles, yet the collector
walked those objects again and again as they piled up (2 % of a self-test's instructions under
callgrind). Afterwards they are frozen out of its way (gc.freeze), so later collections walk only
what the app makes while it runs.
"""

from __future__ import annotations

import gc

# If no first paint ever comes (class mode keeps the home window hidden), the collector still
# comes back: a long class must not pile up its garbage.
LONGEST_PAUSE_MS = 5000


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Idempotent: the first paint and the fallback timer may both call it."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def resume_after_first_paint(window) -> None:
    """Bring the collector back after `window`'s first paint, or after LONGEST_PAUSE_MS."""
    from PySide6.QtCore import QTimer

    from infant_massage.app.first_paint import after_first_paint

    after_first_paint(window, resume)
    QTimer.singleShot(LONGEST_PAUSE_MS, resume)
