"""Where the watcher of a guide is: the parent at the baby's feet, or a class facing the nurse.

Apart from the guide's geometry so that the command line can offer the views without loading
the catalog's models.
"""

from __future__ import annotations

from enum import StrEnum

from infant_massage.domain.geometry import Affine, Point


class Viewpoint(StrEnum):
    """Where the watcher is. Views only turn the picture; a mirror would reverse directions."""

    PARENT = "parent"  # at the baby's feet: head at the top, the baby's right on the left
    CLASS = "class"  # the class facing the nurse: the same picture turned 180 degrees

    @property
    def degrees(self) -> float:
        return {Viewpoint.PARENT: 0.0, Viewpoint.CLASS: 180.0}[self]

    @property
    def swaps_sides(self) -> bool:
        """True where the baby's right shows on the viewer's right."""
        return self.degrees % 360 == 180

    def transform(self, about: Point) -> Affine:
        return Affine.rotation(self.degrees, about)
