"""QR codes: segno's encoder, without the file writers segno loads beside it. No Qt here.

The kiosk draws each module itself (kiosk/ui/widgets/qrcode.py, the handout), so it needs
segno's matrix and version, never its SVG or PNG output. But ``import segno`` also imports
``segno.writers``, which imports ``xml.sax.saxutils``, which imports ``urllib.request`` and
with it ``http.client``, ``email``, ``hashlib`` and OpenSSL: about 5 MB of memory and 25 ms
that the kiosk would carry for its whole run. :func:`make` imports segno with
``segno.writers`` loaded lazily (``importlib.util.LazyLoader``): it is read the first time
something uses it, so every segno feature still works, and the kiosk never pays for it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import segno

_WRITERS = "segno.writers"


class _LazyWriters(importlib.abc.MetaPathFinder):
    """Finds ``segno.writers`` as the other finders would, and defers running it."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _WRITERS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def _segno() -> ModuleType:
    if "segno" in sys.modules:  # already imported (with its writers, or lazily by us)
        return sys.modules["segno"]
    finder = _LazyWriters()
    sys.meta_path.insert(0, finder)
    try:
        import segno
    finally:
        sys.meta_path.remove(finder)
    return segno


def make(text: str, error: str = "m") -> segno.QRCode:
    """``text`` as a (never micro) QR code at error correction ``error``; see segno.make.

    Raises segno's DataOverflowError when the text does not fit any version."""
    return _segno().make(text, error=error, micro=False)
