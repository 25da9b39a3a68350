"""Frozen smoke test: the PyInstaller bundle runs like the app from source.

The bundle is built by ``python packaging/build.py --no-deb`` (about a minute), or reused
when dist/build-info.json says it was built from the current, clean commit. Then, offscreen
and from an empty working directory, it must:

- answer ``--version`` and ``--check`` exactly as the source does (so every asset, font,
  translation and icon the check looks at is in the bundle);
- write screenshots that match the source's pixel for pixel, near enough (a missing font,
  image plug-in or translation changes whole screens), in English and in Arabic (right to
  left, its own font, the compiled translation and Qt's own catalogue);
- print nothing on stderr but the app's INFO log lines (no Qt or fontconfig warning, no
  traceback);
- run from the .tar.gz unpacked in an empty folder, and never write into its own folder.

Needs PyInstaller (``pip install -e ".[build]"``): skipped without it, except in CI.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
INFO = DIST / "build-info.json"
SIZE = "1366x768"
# Screens compared with the source's: Home (fonts, icons, clinic words) and an illustrated
# step (the QPainter scenes and their labels).
COMPARED = ("02-home.png", "03-fractures-step1.png")
# stderr lines the app may print: its own log at INFO level (WARNING and above fail).
LOG_LINE = re.compile(r"^(INFO|DEBUG) [\w.]+: ")


def current_commit() -> str | None:
    """HEAD if the tracked files are unchanged since it, else None (always rebuild)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return None if dirty else head


@pytest.fixture(scope="module")
def build() -> dict:
    """build-info.json of a bundle made from this commit, building it if need be."""
    try:
        info = json.loads(INFO.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    commit = current_commit()
    if commit is None or info.get("commit") != commit or not (ROOT / info["bundle"]).is_dir():
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            if os.environ.get("CI"):
                raise
            pytest.skip('PyInstaller is not installed (pip install -e ".[build]")')
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-deb"],
            cwd=ROOT,
            check=True,
            timeout=1200,
        )
        info = json.loads(INFO.read_text(encoding="utf-8"))
    return info


@pytest.fixture(scope="module")
def unpacked(build, tmp_path_factory) -> Path:
    """The .tar.gz unpacked into an empty folder: the executable inside it."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(DIST / build["tar_gz"]) as tar:
        tar.extractall(folder, filter="tar")
    # Windows has a windowed spine-kiosk.exe and, for output on the console, the -cli one.
    names = ("spine-kiosk-cli", "spine-kiosk")
    return min(
        (path for path in (folder / "spine-kiosk").iterdir() if path.stem in names),
        key=lambda path: names.index(path.stem),
    )


def env(tmp_path: Path) -> dict[str, str]:
    # The plain C locale, as on a minimal system or under a service manager: the bundle must
    # switch to UTF-8 as Python does from source (packaging/rthook_locale.py), or Qt warns.
    plain = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_CTYPE", "LANG")}
    return {
        **plain,
        "LANG": "C",
        "QT_QPA_PLATFORM": "offscreen",
        "SPINE_KIOSK_DATA": str(tmp_path / "data"),
        "SPINE_KIOSK_USAGE": "off",
    }


def run(command: list[str], tmp_path: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run from an empty working directory, so nothing can depend on the current one."""
    cwd = tmp_path / "cwd"
    cwd.mkdir(exist_ok=True)
    return subprocess.run(
        command,
        cwd=cwd,
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def source(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *args]


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line and not LOG_LINE.match(line)]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def difference(first: Path, second: Path) -> float:
    """Mean grey-level difference (0-255) of the two images at a quarter of their size.

    Shrinking first makes the measure blind to a glyph moved by a pixel (text shaping and
    hinting vary that much between runs of the same code) and sharp to what matters: a
    missing font, icon or translation, or a screen laid out otherwise, changes whole areas.
    The same screen in English and in Arabic differs by about 20; a bundle and the source on
    one machine by less than 1.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    def shrunk(path: Path) -> QImage:
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
        assert not image.isNull(), path
        return image.scaled(
            image.width() // 4,
            image.height() // 4,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    a, b = shrunk(first), shrunk(second)
    assert a.size() == b.size(), f"{first.name}: {a.size()} vs {b.size()}"
    width, height, stride = a.width(), a.height(), a.bytesPerLine()
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    total = sum(
        abs(bytes_a[y * stride + x] - bytes_b[y * stride + x])
        for y in range(height)
        for x in range(width)
    )
    return total / (width * height)


def test_version_is_the_projects(unpacked, build, tmp_path):
    result = run([str(unpacked), "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"spine-kiosk {build['version']}"


def test_check_answers_as_the_source_does(unpacked, tmp_path):
    frozen = run([str(unpacked), "--check"], tmp_path)
    from_source = run(source("--check"), tmp_path)
    assert not unexpected(frozen.stderr), frozen.stderr
    # The problems name files; the bundle's live under its own folder.
    bundle_root = str(unpacked.parent / "_internal")
    assert frozen.stdout.replace(bundle_root, str(ROOT)) == from_source.stdout
    assert frozen.returncode == from_source.returncode
    if from_source.returncode == 0:
        assert frozen.stdout.startswith("OK:")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_match_the_source_and_the_bundle_stays_unchanged(
    unpacked, build, tmp_path, lang
):
    exe = unpacked if lang == "en" else ROOT / build["bundle"] / unpacked.name
    before = snapshot(exe.parent)
    frozen_dir, source_dir = tmp_path / "frozen", tmp_path / "source"
    args = ["--screenshots", "{out}", "--size", SIZE, "--lang", lang]
    # Both at once: the machine has two cores and each run is mostly single-threaded.
    env_frozen, env_source = env(tmp_path), env(tmp_path)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    frozen = subprocess.Popen(
        [str(exe), *(a.replace("{out}", str(frozen_dir)) for a in args)],
        cwd=cwd,
        env=env_frozen,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    from_source = subprocess.Popen(
        source(*(a.replace("{out}", str(source_dir)) for a in args)),
        cwd=cwd,
        env=env_source,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    frozen_out, frozen_err = frozen.communicate(timeout=300)
    _, source_err = from_source.communicate(timeout=300)
    assert frozen.returncode == 0, frozen_err
    assert from_source.returncode == 0, source_err
    assert not unexpected(frozen_err), frozen_err
    frozen_files = sorted(path.name for path in frozen_dir.iterdir())
    assert frozen_files == sorted(path.name for path in source_dir.iterdir())
    for name in COMPARED:
        score = difference(frozen_dir / name, source_dir / name)
        assert score < 2.0, f"{lang}/{name} differs from the source's by {score:.1f}"
    assert snapshot(exe.parent) == before, "the bundle wrote into its own folder"
