"""Trimming rules for the PyInstaller bundles, shared by the app's spec and the hello-world's.

PyInstaller's Qt hooks collect every plug-in of every type a module *might* use, every Qt
translation catalogue, and every shared library those pull in. The kiosk needs a handful of
each. This module keeps only:

- the plug-ins listed in :data:`PLUGINS` (by type and name, for Linux, Windows and macOS);
- Qt's own ``qtbase_<lang>.qm`` catalogues for the shipped languages;
- the shared libraries something kept still loads.

The last point is the one people miss: dropping a plug-in from the analysis does not drop
the libraries it pulled in (the Wayland compositor plug-ins alone bring libQt6Quick,
libQt6Qml...), so :func:`needed_binaries` walks the link-time dependencies from what is
kept and drops every Qt or system library nothing reaches.

Both specs call :func:`trim` on their ``Analysis`` so that the hello-world reference the
budget compares against (benchmarks/bundle.py) is built by exactly the same rules.
"""

from __future__ import annotations

import posixpath
import subprocess
import sys
from pathlib import PurePosixPath

# Plug-in type -> plug-in names kept (file names without "lib", "q"-prefix kept as Qt
# names them, without extension). A type not listed is dropped whole.
PLUGINS: dict[str, set[str]] = {
    "platforms": {
        "qoffscreen",  # --check, --screenshots, the frozen smoke test: no display at all
        "qxcb",  # X11: most Linux laptops volunteers bring
        "qwayland",  # Wayland sessions (GNOME, KDE default); cheap: libwayland is the system's
        "qwindows",  # Windows
        "qcocoa",  # macOS
    },
    # Wayland needs a shell integration to open a window at all, and client-side
    # decorations for a normal window's title bar; GL buffer integrations are not needed
    # (the app paints with QPainter on raster surfaces).
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "imageformats": {
        "qjpeg",  # clinic logos may be JPEG (PNG support is built into QtGui)
        "qsvg",  # clinic logos may be SVG
        "qico",  # the Windows .ico written by build.py is read back through this on Windows
    },
    # QtTextToSpeech engines: read aloud. speechd on Linux, sapi/winrt on Windows, darwin on
    # macOS; mock is the engine the tests and the speech self-test use.
    "texttospeech": {
        "qtexttospeech_speechd",
        "qtexttospeech_sapi",
        "qtexttospeech_winrt",
        "qtexttospeech_darwin",
        "qtexttospeech_mock",
    },
    # Printing the take-home handout: CUPS is how Linux and macOS find printers; Windows
    # printing is built into QtPrintSupport.
    "printsupport": {"cupsprintersupport"},
    # Windows 11 / 10 look for the few native widgets Qt draws (the app styles the rest).
    "styles": {"qmodernwindowsstyle"},
}
# Dropped on purpose (not listed above), with why:
#   platformthemes (gtk3, xdgdesktopportal): pull GTK and GLib in; the kiosk draws its own
#       theme and opens no file dialog a portal would serve.
#   platforminputcontexts (ibus, compose, virtualkeyboard): text composition; patients type
#       nothing, staff type digits on the on-screen PIN pad.
#   xcbglintegrations, wayland-graphics-integration-*: OpenGL surfaces; nothing uses GL.
#   generic, egldeviceintegrations: input and screens for eglfs/linuxfb, not a desktop.
#   multimedia (ffmpeg backend): audio playback; the speech engines talk to the OS's voice
#       service themselves.
#   tls, networkinformation: the app never uses the network.
#   iconengines (svg): icons are glyphs painted by kiosk/ui/icons.py.
#   the other imageformats (gif, webp, tiff, tga, icns, wbmp, pdf): nothing reads them.

# Qt's own translations, for the shipped languages (English is the source: none needed).
QT_CATALOGUES = {f"qtbase_{lang}.qm" for lang in ("es", "zh_CN", "vi", "ar")}

# Libraries left to the machine even though something kept links to them (Linux file
# names), with the Debian package providing each, which the .deb declares (build.py).
SYSTEM = {
    # CUPS: only printing uses it, printing needs the machine's own printer set-up (so its
    # CUPS) anyway, and a bundled copy drags in GnuTLS, Kerberos, Avahi and p11-kit (7 MB).
    # Without it the print plug-in does not load and the kiosk offers no printer.
    "libcups.so.2": "libcups2",
}

# Top-level libraries the bootloader or Python load without any link-time reference to them.
ALWAYS_KEEP = ("libpython", "python3", "vcruntime", "msvcp", "ucrtbase", "api-ms-win")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_of(dest: str) -> tuple[str, str] | None:
    """``(type, name)`` if ``dest`` is a Qt plug-in in the bundle, else None."""
    parts = _parts(dest)
    if len(parts) < 4 or parts[0] != "PySide6" or parts[-3] != "plugins":
        return None
    kind, file = parts[-2], parts[-1]
    name = file.split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return kind, name


def keep_plugin(dest: str) -> bool:
    kind, name = plugin_of(dest) or ("", "")
    return name in PLUGINS.get(kind, set())


def is_qt_translation(dest: str) -> bool:
    parts = _parts(dest)
    return parts[0] == "PySide6" and "translations" in parts and parts[-1].endswith(".qm")


def is_system(name: str) -> bool:
    """Whether the library file ``name`` is left to the machine (:data:`SYSTEM`)."""
    return name in SYSTEM


def _droppable(dest: str, typecode: str) -> bool:
    """Whether a binary may go when nothing kept links to it.

    Qt's libraries (and ICU) inside PySide6/, and on Linux the system libraries PyInstaller
    copied to the top level. Python extension modules are roots, never dropped here; the
    modules the app does not import are left out by the spec's ``excludes``.
    """
    if typecode == "EXTENSION":
        return False
    parts = _parts(dest)
    if parts[0] == "PySide6":
        return plugin_of(dest) is None
    if len(parts) == 1 and sys.platform.startswith("linux"):
        return not parts[0].startswith(ALWAYS_KEEP)
    return False


def _library_names(src: str) -> set[str]:
    """Base names of the libraries ``src`` links to directly.

    Direct links only, so that a library left to the system (:data:`SYSTEM`) takes its own
    dependencies with it. On Linux from ``objdump -p`` (binutils, which PyInstaller's strip
    needs anyway; ldd would list the whole tree); elsewhere PyInstaller's reader, which
    returns direct imports.
    """
    if sys.platform.startswith("linux"):
        result = subprocess.run(["objdump", "-p", src], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print(f"trim: cannot read {src}: {result.stderr.strip()}", file=sys.stderr)  # noqa: T201
            return {"*"}
        return {
            line.split()[1].lower()
            for line in result.stdout.splitlines()
            if line.strip().startswith("NEEDED")
        }
    from PyInstaller.depend import bindepend

    try:
        imports = bindepend.get_imports(src)
    except Exception as error:  # cannot read it: keep everything it might need
        print(f"trim: cannot read the imports of {src}: {error}", file=sys.stderr)  # noqa: T201
        return {"*"}
    return {PurePosixPath(name.replace("\\", "/")).name.lower() for name, _ in imports}


def needed_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``binaries`` less the droppable libraries that nothing kept links to."""
    roots = [entry for entry in binaries if not _droppable(entry[0], entry[2])]
    candidates = {
        PurePosixPath(entry[0].replace("\\", "/")).name.lower(): entry
        for entry in binaries
        if _droppable(entry[0], entry[2])
    }
    kept: dict[str, tuple[str, str, str]] = {}
    queue = list(roots)
    while queue:
        entry = queue.pop()
        names = _library_names(entry[1])
        if "*" in names:
            names = set(candidates)
        for name in names:
            if name in candidates and name not in kept and not is_system(name):
                kept[name] = candidates[name]
                queue.append(candidates[name])
    return roots + [entry for name, entry in candidates.items() if name in kept]


def _link_target(entry: tuple[str, str, str]) -> str:
    """The bundle path a SYMLINK entry ``(dest, relative target, "SYMLINK")`` points to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1]))


def trim(analysis, report: str | None = None) -> None:  # noqa: ANN001  (PyInstaller's Analysis)
    """Trim ``analysis.binaries`` and ``analysis.datas`` in place; write what went to ``report``."""
    before = {entry[0] for entry in analysis.binaries} | {entry[0] for entry in analysis.datas}
    binaries = [
        entry for entry in analysis.binaries if plugin_of(entry[0]) is None or keep_plugin(entry[0])
    ]
    binaries = needed_binaries(binaries)
    present = {entry[0] for entry in binaries} | {
        entry[0] for entry in analysis.datas if entry[2] != "SYMLINK"
    }
    datas = [
        entry
        for entry in analysis.datas
        if (not is_qt_translation(entry[0]) or _parts(entry[0])[-1] in QT_CATALOGUES)
        # PyInstaller links a library's name at the top level to its copy in PySide6/...:
        # such a link goes with its library.
        and (entry[2] != "SYMLINK" or _link_target(entry) in present)
    ]
    analysis.binaries[:] = binaries
    analysis.datas[:] = datas
    if report:
        after = {entry[0] for entry in binaries} | {entry[0] for entry in datas}
        with open(report, "w", encoding="utf-8") as out:
            out.write("# files the Qt hooks collected and trim.py left out\n")
            out.writelines(f"{dest}\n" for dest in sorted(before - after))
