"""Original vector illustrations, drawn with QPainter.

Importing this package registers every scene in :data:`SCENES` (importing a scene module
only defines functions; nothing is drawn at import time).
"""

from kiosk.ui.art import anatomy, everyday  # noqa: F401  (registers the scenes)
from kiosk.ui.art.base import SCENES, Canvas, Palette, Scene

__all__ = ["SCENES", "Canvas", "Palette", "Scene"]
