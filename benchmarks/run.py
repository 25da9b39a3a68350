"""Measure the budgets in PRODUCT.md against a bare PySide6 hello-world in the same run.

    python benchmarks/run.py [--quick] [--runs N]

Prints one line per budget: ``name value budget ok|over`` (values are ratios to the
hello-world measured alongside, since this machine is shared and noisy), then the raw
medians. Exits 1 if any budget is over. Runs alternate between the app and the reference so
that load on the machine hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "probe.py"

BUDGETS = {
    "startup_ratio": 2.0,  # process start -> Home painted, / hello-world window painted
    "peak_memory_ratio": 1.6,  # peak RSS after visiting every screen, / hello-world peak RSS
}


def probe(mode: str) -> tuple[float, int]:
    """Spawn one probe; return (ms from spawn to first paint reported, peak RSS in KiB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Measure the app as installed: with its bytecode cached (pip and the bundle compile it;
    # a shell with PYTHONDONTWRITEBYTECODE would make every run compile ~170 ms of source).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), mode], stdout=subprocess.PIPE, text=True, env=env
    )
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    process.wait(timeout=120)
    fields = dict(part.split("=") for part in line.split())
    if "peak_rss_kb" not in fields:
        raise RuntimeError(f"probe {mode} printed {line!r}")
    return elapsed, int(fields["peak_rss_kb"])


def measure(runs: int) -> dict[str, dict[str, float]]:
    samples: dict[str, dict[str, list[float]]] = {
        mode: {"ms": [], "kb": []} for mode in ("hello", "app", "app-visit")
    }
    probe("hello")  # warm the file cache so the first measured run is not penalised
    probe("app")
    for _ in range(runs):
        for mode in samples:
            ms, kb = probe(mode)
            samples[mode]["ms"].append(ms)
            samples[mode]["kb"].append(kb)
    return {
        mode: {key: statistics.median(values) for key, values in data.items()}
        for mode, data in samples.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    parser.add_argument("--runs", type=int, default=0)
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    medians = measure(runs)
    hello, app, visit = medians["hello"], medians["app"], medians["app-visit"]
    values = {
        "startup_ratio": app["ms"] / hello["ms"],
        "peak_memory_ratio": visit["kb"] / hello["kb"],
    }
    over = False
    for name, budget in BUDGETS.items():
        verdict = "ok" if values[name] <= budget else "over"
        over |= verdict == "over"
        sys.stdout.write(f"{name} {values[name]:.2f} {budget} {verdict}\n")
    sys.stdout.write(
        f"# medians of {runs} runs: hello-world {hello['ms']:.0f} ms / {hello['kb'] / 1024:.0f} MB;"
        f" app to Home {app['ms']:.0f} ms / {app['kb'] / 1024:.0f} MB;"
        f" app after every screen {visit['ms']:.0f} ms / {visit['kb'] / 1024:.0f} MB\n"
    )
    # The frozen bundle's budgets, only where one has been built (python packaging/build.py).
    import bundle

    if bundle.EXE.is_file():
        over |= bundle.report(runs)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
