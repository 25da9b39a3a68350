"""Build the outreach bundle and its installers.

    python packaging/build.py [--no-deb]

1. draws the app icon (packaging/icon.py) into build/packaging/;
2. runs PyInstaller on packaging/spine-kiosk.spec (which compiles the translations and trims
   Qt) into dist/spine-kiosk/;
3. checks the bundle: which libraries it still takes from the machine, and that each is
   provided by a package the .deb declares (Linux);
4. packs dist/spine-kiosk-<version>-<os>-<arch>.tar.gz (the folder, to unpack anywhere);
5. on Linux with dpkg-deb, builds dist/spine-kiosk_<version>_<arch>.deb: the bundle under
   /opt/spine-kiosk, the ``spine-kiosk`` command, a desktop entry and the icon.

It writes dist/build-info.json (commit, version, sizes, seconds taken), which the frozen
smoke test reads to reuse a bundle built from the current commit. Windows installers are
made from the same dist/spine-kiosk/ by packaging/spine-kiosk.iss (Inno Setup).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
NAME = "spine-kiosk"
BUNDLE = DIST / NAME
INFO = DIST / "build-info.json"

sys.path.insert(0, str(HERE))
import trim  # noqa: E402

# Libraries the Linux bundle takes from the machine, and the Debian package for each. The
# check in :func:`system_libraries` fails the build when the bundle needs one not listed.
DEB_PACKAGES = {
    # glibc: never bundled (it must match the kernel interface and the machine's loader).
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    # OpenGL dispatch libraries: QtGui links them even when painting without GL; they must
    # be the machine's, matching its graphics driver.
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    # The X connection library follows the X server's protocol version: the machine's.
    "libxcb.so.1": "libxcb1",
    # Wayland client libraries: the machine's, matching its compositor.
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    # Printing: see trim.SYSTEM.
    **trim.SYSTEM,
}


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    print("+", " ".join(str(part) for part in command), flush=True)  # noqa: T201
    return subprocess.run(command, check=True, **kwargs)


def version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["version"]


def commit() -> str:
    """The checked-out commit, with ``+dirty`` when tracked files differ from it."""
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
        return "unknown"
    return head + ("+dirty" if dirty else "")


def machine() -> tuple[str, str]:
    """(os, arch) as the artifact names use them, e.g. ("linux", "x86_64")."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    return system, platform.machine().lower().replace("amd64", "x86_64")


def folder_size(folder: Path) -> int:
    return sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )


def draw_icon() -> None:
    """The icon files, drawn by Qt in a separate process (the build itself needs no Qt)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, str(HERE / "icon.py"), str(WORK / "packaging")], env=env)


def pyinstaller() -> None:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(HERE / "spine-kiosk.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
        ],
        cwd=ROOT,
    )


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(folder: Path) -> tuple[dict[str, str], str]:
    """The libraries the bundle's ELF files link to but do not carry, each with its Debian
    package, and the newest glibc symbol version any of them needs. Raises SystemExit if a
    library is missing from :data:`DEB_PACKAGES`."""
    carried = {path.name for path in folder.rglob("*")}
    needed: dict[str, str] = {}
    glibc = (2, 17)
    unknown = set()
    for path in elf_files(folder):
        dump = subprocess.run(
            ["objdump", "-p", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for line in dump.splitlines():
            fields = line.split()
            if len(fields) == 2 and fields[0] == "NEEDED" and fields[1] not in carried:
                if fields[1] in DEB_PACKAGES:
                    needed[fields[1]] = DEB_PACKAGES[fields[1]]
                else:
                    unknown.add(f"{fields[1]} (needed by {path.relative_to(folder)})")
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", dump):
            glibc = max(glibc, (int(major), int(minor)))
    if unknown:
        raise SystemExit(
            "the bundle needs libraries it does not carry and build.py does not know the "
            "package of; bundle them or add them to DEB_PACKAGES:\n  "
            + "\n  ".join(sorted(unknown))
        )
    return needed, f"{glibc[0]}.{glibc[1]}"


def make_tarball(out: Path) -> None:
    """The bundle folder as a .tar.gz; unpacks to spine-kiosk/ in any empty folder."""

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=NAME, filter=reset)


def make_deb(out: Path, depends: dict[str, str], glibc: str, arch: str) -> None:
    stage = WORK / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / NAME
    shutil.copytree(BUNDLE, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    shutil.copy2(HERE / "debian" / "spine-kiosk.sh", bin_dir / NAME)
    (bin_dir / NAME).chmod(0o755)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "debian" / "spine-kiosk.desktop", apps / "spine-kiosk.desktop")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(WORK / "packaging" / "spine-kiosk.png", icons / "spine-kiosk.png")
    packages = sorted(set(depends.values()) - {"libc6"})
    control = (
        (HERE / "debian" / "control.in")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", version())
        .replace("@ARCH@", arch)
        .replace("@INSTALLED_SIZE@", str(folder_size(stage) // 1024))
        .replace("@DEPENDS@", ", ".join([f"libc6 (>= {glibc})", *packages]))
    )
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:  # dpkg wants 0755 directories, whatever the umask
        if path.is_dir():
            path.chmod(0o755)
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(out)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="skip the .deb")
    args = parser.parse_args(argv)
    started = time.monotonic()
    system, arch = machine()
    INFO.unlink(missing_ok=True)
    draw_icon()
    pyinstaller()
    built = time.monotonic() - started
    info: dict[str, object] = {
        "commit": commit(),
        "version": version(),
        "bundle": str(BUNDLE.relative_to(ROOT)),
        "bundle_bytes": folder_size(BUNDLE),
        "pyinstaller_seconds": round(built, 1),
    }
    tarball = DIST / f"{NAME}-{version()}-{system}-{arch}.tar.gz"
    make_tarball(tarball)
    info["tar_gz"], info["tar_gz_bytes"] = tarball.name, tarball.stat().st_size
    if system == "linux":
        depends, glibc = system_libraries(BUNDLE)
        info["system_libraries"] = depends
        info["glibc"] = glibc
        if not args.no_deb and shutil.which("dpkg-deb"):
            deb_arch = subprocess.run(
                ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
            ).stdout.strip()
            deb = DIST / f"{NAME}_{version()}_{deb_arch}.deb"
            make_deb(deb, depends, glibc, deb_arch)
            info["deb"], info["deb_bytes"] = deb.name, deb.stat().st_size
    info["seconds"] = round(time.monotonic() - started, 1)
    INFO.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    mib = 1024 * 1024
    print(  # noqa: T201
        f"{BUNDLE.relative_to(ROOT)}/ {info['bundle_bytes'] / mib:.1f} MiB, "
        f"{info['tar_gz']} {info['tar_gz_bytes'] / mib:.1f} MiB"
        + (f", {info['deb']} {info['deb_bytes'] / mib:.1f} MiB" if "deb" in info else "")
        + f"; {info['seconds']:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
