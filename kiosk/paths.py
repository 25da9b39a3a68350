"""The one place that knows where the bundled data lives.

Resolves the same way from a source checkout, an installed package and a PyInstaller
bundle, and never depends on the current directory.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

APP_FOLDER = "spine-kiosk"


def root() -> Path:
    """The folder holding ``assets/`` and ``translations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def assets() -> Path:
    return root() / "assets"


def asset(*parts: str) -> Path:
    return assets().joinpath(*parts)


def translations() -> Path:
    """The Qt Linguist sources (``.ts``) and their review record."""
    return root() / "translations"


def compiled_translations() -> Path:
    """Where the compiled ``.qm`` files are: made by the build into a frozen bundle's
    ``translations/``, or compiled on demand into ``build/translations/`` of a checkout."""
    if getattr(sys, "_MEIPASS", None):
        return translations()
    return root() / "build" / "translations"


def fonts() -> Path:
    """The bundled fonts (subsets made by tools/subset_fonts.py) and their licences."""
    return asset("fonts")


def content_file() -> Path:
    return asset("content", "en.toml")


def default_profile() -> Path:
    return asset("clinic", "default.toml")


def icon_fonts() -> Path:
    """The folder with qtawesome's icon fonts and their character maps.

    Found without importing qtawesome (slow to import); a bundle carries the folder as
    ``qtawesome/fonts``.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def data_dir() -> Path:
    """The platform's per-user data folder for the kiosk (logs, usage figures).

    ``SPINE_KIOSK_DATA`` overrides it (tests, or clinic IT putting data elsewhere). The folder
    is not created here: whoever writes to it creates it and copes when it cannot.
    """
    override = os.environ.get("SPINE_KIOSK_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_FOLDER


def log_file() -> Path:
    return data_dir() / "logs" / "spine-kiosk.log"
