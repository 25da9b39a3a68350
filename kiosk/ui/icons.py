"""Every icon the app shows, behind one function.

Icons come from qtawesome's bundled icon fonts. They are created only when asked for, after
the QApplication exists (creating one at import time crashes frozen apps), and imported
lazily because importing qtawesome is slow. If the icon fonts cannot load (some managed
Windows PCs block untrusted fonts: qtawesome#167), pages get an empty icon and still work,
since every button also has a text label.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

# The app's icons by meaning, so pages never name an icon font directly.
NAMES = {
    "home": "mdi6.home",
    "back": "mdi6.arrow-left",
    "next": "mdi6.arrow-right",
    "done": "mdi6.check",
    "phone": "mdi6.phone",
    "address": "mdi6.map-marker",
    "hours": "mdi6.clock-outline",
    "info": "mdi6.information-outline",
    "contact": "mdi6.card-account-phone",
    "play": "mdi6.play",
    "unchecked": "mdi6.checkbox-blank-outline",
    "checked": "mdi6.checkbox-marked",
    "warning": "mdi6.alert-circle-outline",
    "language": "mdi6.translate",
    "close": "mdi6.close",
}


@cache
def _qta():  # noqa: ANN202  (the module, or None when icon fonts cannot load)
    try:
        import qtawesome

        qtawesome.icon("mdi6.home")  # loads the fonts once, here, where a failure is caught
    except Exception:  # any failure of a third-party font loader must not stop the kiosk
        log.exception("icon fonts could not be loaded; buttons show text only")
        return None
    return qtawesome


def icon(name: str, color: str) -> QIcon:
    """The icon for a meaning from :data:`NAMES`, or a qtawesome name, in ``color``."""
    qta = _qta()
    if qta is None:
        return QIcon()
    try:
        return qta.icon(NAMES.get(name, name), color=color)
    except Exception:  # an unknown name in content data must not break the page
        log.warning("unknown icon %r", name)
        return QIcon()


def exists(name: str) -> bool:
    """Whether ``name`` is an icon qtawesome knows (for content checks)."""
    qta = _qta()
    if qta is None:
        return True  # cannot tell; not the content's fault
    try:
        qta.icon(name)
    except Exception:
        return False
    return True
