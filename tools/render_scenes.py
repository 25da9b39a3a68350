"""Render every registered illustration to PNG files, with labels, for looking at.

    python tools/render_scenes.py OUT_DIR [--size 1000x750] [--font-px 22] [--only NAME ...]
        [--module anatomy] [--time]

Static scenes give ``<name>.png``; animated ones ``<name>_t0.png``, ``_t05`` and ``_t1``.
Labels show their key in words ("broken_vertebra" -> "Broken vertebra") so the layout can be
judged. ``--time`` also prints the average paint time of each animated scene at 1920x1080.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
import types
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _import_art() -> None:
    """Import the scene package; while a scene module is still being written, stand in an
    empty one so the finished scenes can be looked at."""
    for name in ("kiosk.ui.art.anatomy", "kiosk.ui.art.everyday"):
        try:
            if importlib.util.find_spec(name) is None:
                raise ModuleNotFoundError(name)
        except ModuleNotFoundError:
            sys.modules[name] = types.ModuleType(name)
    import kiosk.ui.art  # noqa: F401  (registers the scenes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1000x750", help="WxH of each picture in pixels")
    parser.add_argument("--font-px", type=int, default=22, help="label text size in pixels")
    parser.add_argument("--only", nargs="*", default=None, help="scene names")
    parser.add_argument("--module", default=None, help="only scenes of this module, e.g. anatomy")
    parser.add_argument("--time", action="store_true", help="time animated scenes at 1920x1080")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    _import_art()
    from kiosk.ui.art import SCENES
    from kiosk.ui.widgets.illustration import IllustrationView

    w, h = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    view = IllustrationView()
    view.resize(w, h)
    font = view.label_font()
    font.setPixelSize(args.font_px)
    view.set_font(font)
    names = args.only or sorted(SCENES)
    if args.module:
        names = [n for n in names if SCENES[n].paint.__module__.endswith("." + args.module)]
    for name in names:
        scene = SCENES[name]
        view.set_scene(name)
        view.set_labels({k: k.replace("_", " ").capitalize() for k in scene.labels})
        times = (0.0, 0.5, 1.0) if scene.animated else (None,)
        for t in times:
            if t is not None:
                view.progress = t
            suffix = "" if t is None else "_t" + f"{t:g}".replace(".", "")
            image = view.grab().toImage()
            path = args.out / f"{name}{suffix}.png"
            image.save(str(path))
            sys.stdout.write(f"{path}\n")

    if args.time:
        from PySide6.QtCore import QRectF

        from kiosk.ui.widgets.illustration import paint_scene, picture_rect

        image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
        frames = 60
        for name in names:
            scene = SCENES[name]
            if not scene.animated:
                continue
            painter = QPainter(image)
            picture = picture_rect(QRectF(0, 0, 1920, 1080))
            paint_scene(painter, picture, scene, 0.0)  # warm the caches
            start = time.perf_counter()
            for i in range(frames):
                image.fill(QColor("#EEF4F8"))
                paint_scene(painter, picture, scene, i / (frames - 1))
            elapsed = (time.perf_counter() - start) / frames * 1000
            painter.end()
            sys.stdout.write(f"{name}: {elapsed:.2f} ms per frame at 1920x1080\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
