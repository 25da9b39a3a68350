"""The one place that knows where the bundled data lives.

Resolves the same way from a source checkout, an installed package and a PyInstaller
bundle, and never depends on the current directory.
"""

from __future__ import annotations

import sys
from pathlib import Path


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
    return root() / "translations"


def content_file() -> Path:
    return asset("content", "en.toml")


def default_profile() -> Path:
    return asset("clinic", "default.toml")
