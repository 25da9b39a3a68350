"""Budgets of the frozen bundle (PRODUCT.md), against references measured in the same run.

    python benchmarks/bundle.py [--quick] [--runs N]     (after python packaging/build.py)

- ``bundle_size_ratio``: dist/spine-kiosk/ against a trimmed hello-world bundle built the
  same way (packaging/hello-world/hello-world.spec: same PyInstaller, same trimming rules,
  strip and UPX settings), built here into build/hello-world/ when it is missing or older
  than its spec or the rules.
- ``bundle_startup_ratio``: the bundle's start-up against the app run from source. Both run
  the same command (``--screenshots DIR``, offscreen) and the time taken is from spawning
  the process to the first screenshot file appearing: start-up, the first screen painted,
  nothing else. Runs alternate between the two so that load on the machine hits both alike.

Prints ``name value budget ok|over`` lines like benchmarks/run.py (which calls
:func:`report` when a bundle exists), then the raw numbers. Exits 1 if a budget is over.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "spine-kiosk"
EXE = BUNDLE / ("spine-kiosk.exe" if sys.platform == "win32" else "spine-kiosk")
HELLO_SPEC = ROOT / "packaging" / "hello-world" / "hello-world.spec"
HELLO = ROOT / "build" / "hello-world" / "dist" / "hello-world"

BUDGETS = {
    "bundle_size_ratio": 1.15,  # dist/spine-kiosk/ bytes / trimmed hello-world bundle bytes
    "bundle_startup_ratio": 1.2,  # bundle spawn -> first screen painted / same from source
}


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def hello_world() -> Path:
    """The hello-world bundle, (re)built if missing or older than what makes it."""
    sources = [HELLO_SPEC, HELLO_SPEC.with_name("hello.py"), ROOT / "packaging" / "trim.py"]
    newest = max(path.stat().st_mtime for path in sources)
    if not HELLO.is_dir() or HELLO.stat().st_mtime < newest:
        work = HELLO.parent.parent
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                str(HELLO_SPEC),
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(work / "dist"),
                "--workpath",
                str(work / "work"),
            ],
            check=True,
            capture_output=True,
        )
    return HELLO


def first_screen_ms(command: list[str], folder: Path) -> float:
    """Milliseconds from spawning ``command`` to the first file in ``folder``; then kill it."""
    if folder.exists():
        shutil.rmtree(folder)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SPINE_KIOSK_USAGE": "off",
        "SPINE_KIOSK_DATA": str(folder.parent / "data"),
    }
    # The source as installed, with its bytecode cached (the bundle carries compiled code).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--screenshots", str(folder), "--size", "1920x1080"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if folder.is_dir() and any(folder.iterdir()):
                return (time.perf_counter() - started) * 1000
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}, no screenshot")
            time.sleep(0.002)
    finally:
        process.kill()
        process.wait()


def measure(runs: int) -> dict[str, float]:
    hello = hello_world()
    source = [sys.executable, str(ROOT / "main.py")]
    frozen = [str(EXE)]
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "shots"
        first_screen_ms(frozen, out)  # warm the file cache for both
        first_screen_ms(source, out)
        for _ in range(runs):
            times["frozen"].append(first_screen_ms(frozen, out))
            times["source"].append(first_screen_ms(source, out))
    return {
        "bundle_bytes": folder_bytes(BUNDLE),
        "hello_bytes": folder_bytes(hello),
        "frozen_ms": statistics.median(times["frozen"]),
        "source_ms": statistics.median(times["source"]),
    }


def report(runs: int, out=sys.stdout) -> bool:  # noqa: ANN001
    """Measure, print the budget lines and the raw numbers; True if a budget is over."""
    numbers = measure(runs)
    values = {
        "bundle_size_ratio": numbers["bundle_bytes"] / numbers["hello_bytes"],
        "bundle_startup_ratio": numbers["frozen_ms"] / numbers["source_ms"],
    }
    over = False
    for name, budget in BUDGETS.items():
        verdict = "ok" if values[name] <= budget else "over"
        over |= verdict == "over"
        out.write(f"{name} {values[name]:.2f} {budget} {verdict}\n")
    mib = 1024 * 1024
    out.write(
        f"# bundle {numbers['bundle_bytes'] / mib:.1f} MiB, trimmed hello-world bundle "
        f"{numbers['hello_bytes'] / mib:.1f} MiB; first screen (medians of {runs}): bundle "
        f"{numbers['frozen_ms']:.0f} ms, source {numbers['source_ms']:.0f} ms\n"
    )
    return over


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    parser.add_argument("--runs", type=int, default=0)
    args = parser.parse_args(argv)
    if not EXE.is_file():
        sys.stderr.write("no bundle: build it first with python packaging/build.py\n")
        return 2
    return 1 if report(args.runs or (3 if args.quick else 7)) else 0


if __name__ == "__main__":
    sys.exit(main())
