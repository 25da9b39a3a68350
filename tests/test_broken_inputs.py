"""A corpus of broken inputs: every kind of file the app reads, broken in the ways files break.

Clinic profiles, content files, translations (sources, compiled files, the review record),
images (the clinic's logo) and fonts (the bundled ones and the icon font). For each broken
input the real app starts in-process, Home shows its tiles and answers a touch, and a log
line or ``--check`` names the file and says in plain words what is wrong. Nothing raises, and
pytest-qt fails the test on any Qt warning.

The app is pointed at broken copies through :mod:`kiosk.paths` (or ``--clinic``); no shipped
file is touched.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from kiosk import paths
from kiosk.app import close, run
from kiosk.core import translations as tx
from kiosk.core.content import load_content
from kiosk.ui import i18n, icons
from tests.core.test_profile import BROKEN

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ("profile", "content", "translation", "image", "font")
SHIPPED_CONTENT = paths.content_file()
CLINIC = '[clinic]\nname = "Riverside Clinic"\n'


def put(path: Path, data: str | bytes | None) -> Path:
    """Write text or bytes at ``path``, or make a folder there when ``data`` is None."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if data is None:
        path.mkdir()
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def png(width: int = 8, height: int = 8) -> bytes:
    """A black PNG, a real one up to 64 x 64; a bigger one only claims its size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(bytes((min(width, 64) + 1) * min(height, 64)))  # a 0 starts each row
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


class Inputs:
    """Copies of the app's inputs in a temporary folder, and the app pointed at them.

    Each method copies one kind of input, points the app at the copy and returns the
    folder or file to break; ``args`` are the extra command-line arguments.
    """

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        self.args: list[str] = []

    def profile(self, data: str | bytes | None) -> Path:
        return self.use_profile(put(self.root / "clinic.toml", data))

    def use_profile(self, path: Path) -> Path:
        self.args += ["--clinic", str(path)]
        return path

    def logo(self, name: str, data: str | bytes | None) -> Path:
        self.profile(CLINIC + f'logo = "{name}"\n')
        return put(self.root / name, data)

    def content(self) -> Path:
        path = self.root / "content" / "en.toml"
        path.parent.mkdir()
        self.monkeypatch.setattr(paths, "content_file", lambda: path)
        return path

    def translations(self) -> tuple[Path, Path]:
        """Copies of translations/ (the .ts sources) and of the compiled .qm files.

        The copies keep the stamps that say which source each .qm was compiled from, so the
        app compiles again only what a case changes. The one Translations object of the app
        is made afresh, so it reads the copied .qm files.
        """
        tx.compile_stale(paths.translations(), paths.compiled_translations())
        sources = shutil.copytree(paths.translations(), self.root / "translations")
        compiled = shutil.copytree(paths.compiled_translations(), self.root / "compiled")
        self.monkeypatch.setattr(paths, "translations", lambda: sources)
        self.monkeypatch.setattr(paths, "compiled_translations", lambda: compiled)
        self.monkeypatch.setattr(i18n, "_shared", None)
        self.args += ["--lang", "es"]
        return sources, compiled

    def fonts(self) -> Path:
        folder = shutil.copytree(paths.fonts(), self.root / "fonts")
        self.monkeypatch.setattr(paths, "fonts", lambda: folder)
        return folder

    def icon_fonts(self) -> Path:
        folder = self.root / "icon-fonts"
        folder.mkdir()
        for pattern in (ICON_TTF, ICON_CHARMAP):
            shutil.copy(next(paths.icon_fonts().glob(pattern)), folder)
        self.monkeypatch.setattr(paths, "icon_fonts", lambda: folder)
        icons._font.cache_clear()
        return folder


ICON_TTF = "materialdesignicons6-webfont-*.ttf"
ICON_CHARMAP = "materialdesignicons6-webfont-charmap-*.json"


@dataclass(frozen=True)
class Broken:
    """One broken input.

    ``make`` breaks it and returns what the message must name (the file's path, or a word
    for an input that has no file); the message must also hold every one of ``words``.
    ``said`` is where the message must show: the log at start-up, ``--check``, or both.
    ``left_out`` is how many topics Home no longer shows (None: all of them).
    """

    category: str
    name: str
    make: Callable[[Inputs], Path | str]
    words: tuple[str, ...]
    said: tuple[str, ...] = ("log", "check")
    left_out: int | None = 0

    @property
    def id(self) -> str:
        return f"{self.category}: {self.name}"


# --------------------------------------------------------------------------- clinic profiles


def profile(name: str, data: str | bytes | None, *words: str) -> Broken:
    return Broken("profile", name, lambda i: i.profile(data), words)


def symlink_loop(i: Inputs) -> Path:
    path = i.root / "clinic.toml"
    path.symlink_to(path)
    return i.use_profile(path)


def missing_profile(i: Inputs) -> Path:
    return i.use_profile(i.root / "nowhere" / "clinic.toml")


def known_broken_profile(name: str) -> Broken:
    """One of the broken profiles of tests/core/test_profile.py, through the whole app."""
    case = BROKEN[name]

    def make(i: Inputs) -> Path:
        for file, data in case.files.items():
            put(i.root / file, data)
        return i.profile(case.text)

    return Broken("profile", name, make, (case.key, *case.words))


PROFILES = [
    profile("a folder, not a file", None, "this is a folder"),
    Broken("profile", "missing", missing_profile, ("does not exist",)),
    Broken("profile", "a link to itself", symlink_loop, ("cannot be read",)),
    profile("binary garbage", bytes(range(256)) * 40, "saved as UTF-8"),
    profile("10 MB", b"# nothing but comments\n" * 460_000, "at most 256 KB"),
    profile(
        "Latin-1, not UTF-8",
        (CLINIC + 'department = "Radiología"\n').encode("latin-1"),
        "saved as UTF-8",
    ),
    profile("a NUL byte", CLINIC + 'department = "Spine\x00Care"\n', "cannot be read"),
    profile("JSON, not TOML", '{"clinic": {"name": "Riverside"}}\n', "expected TOML"),
    profile("unclosed quote", '[clinic]\nname = "Riverside\n', "expected TOML", "cannot be read"),
    profile("nested too deeply", "x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    *(
        known_broken_profile(name)
        for name in (
            "unknown section",
            "phone with letters",
            "colour too light",
            "pin hash not a hash",
            "unknown language",
            "idle in quotes",
            "clinic not a section",
        )
    ),
]

# --------------------------------------------------------------------------- images (the logo)


def logo(name: str, file: str, data: str | bytes | None, *words: str) -> Broken:
    return Broken("image", name, lambda i: i.logo(file, data), ("clinic.logo", *words))


def missing_logo(i: Inputs) -> Path:
    i.profile(CLINIC + 'logo = "art/logo.png"\n')
    return i.root / "art" / "logo.png"


def bad_checksum() -> bytes:
    data = bytearray(png())
    data[19] ^= 0xFF  # the width, inside the header chunk its checksum covers
    return bytes(data)


IMAGES = [
    logo("empty PNG", "logo.png", b"", "is empty"),
    logo("PNG signature only", "logo.png", png()[:8], "damaged PNG"),
    logo("PNG header checksum wrong", "logo.png", bad_checksum(), "damaged PNG"),
    logo("PNG cut short", "logo.png", png(64, 64)[:60], "cut short"),
    logo("PNG of 100000 x 100000 pixels", "logo.png", png(100_000, 100_000), "100000 × 100000"),
    logo("PNG over 5 MB", "logo.png", png()[:33] + bytes(6 * 2**20), "at most 5 MB"),
    logo(
        "SVG that is not XML",
        "logo.svg",
        '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
        "not a well-formed SVG",
        "mismatched tag",
    ),
    logo(
        "SVG that is an error page",
        "logo.svg",
        "<html><body>404 Not Found</body></html>",
        "not an image",
    ),
    logo("GIF", "logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not an image"),
    logo("text named .jpg", "logo.jpg", "the logo is on the shared drive\n", "not an image"),
    logo("a folder", "logo.png", None, "is a folder"),
    Broken("image", "missing", missing_logo, ("clinic.logo", "does not exist")),
]

# --------------------------------------------------------------------------- content files


def content(
    name: str,
    data: Callable[[], str | bytes] | None,
    *words: str,
    left_out: int | None = None,
    said: tuple[str, ...] = ("log", "check"),
) -> Broken:
    """The content file replaced by ``data()`` (made from the shipped file); None: no file."""

    def make(i: Inputs) -> Path:
        made = data() if data is not None else None  # before the app is pointed elsewhere
        path = i.content()
        if made is not None:
            put(path, made)
        return path

    return Broken("content", name, make, words, said=said, left_out=left_out)


def content_folder(i: Inputs) -> Path:
    return put(i.content(), None)


def shipped() -> str:
    return SHIPPED_CONTENT.read_text(encoding="utf-8")


def edited(old: str, new: str) -> Callable[[], str]:
    def edit() -> str:
        text = shipped()
        assert old in text
        return text.replace(old, new, 1)

    return edit


def latin1(text: Callable[[], str]) -> bytes:
    return text().encode("latin-1", "replace")


def without_topics() -> str:
    text = shipped()
    return "topic = []\n" + text[: text.index("\n[[topic]]\n")]


CONTENT = [
    content("missing", None, "does not exist"),
    Broken("content", "a folder, not a file", content_folder, ("this is a folder",), left_out=None),
    content("empty", lambda: b"", "topic", "missing"),
    content("binary garbage", lambda: bytes(range(256)) * 20, "saved as UTF-8"),
    content(
        "Latin-1, not UTF-8",
        lambda: latin1(edited("Spine fractures", "Fracturas: ¿qué son?")),
        "saved as UTF-8",
    ),
    content("cut in half", lambda: shipped()[: len(shipped()) // 2], "not valid TOML"),
    content("syntax error", edited('id = "fractures"', 'id = "fractures'), "not valid TOML"),
    content("nested too deeply", lambda: "topic = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
    content("no topics", without_topics, "no usable topic"),
    content(
        "a title that is a number",
        edited('title = "Spine fractures"', "title = 5"),
        "title",
        "expected text, found a whole number",
        left_out=1,
    ),
    content(
        "a step with an unknown picture",
        edited('picture = "spine_side"', 'picture = "spine_sideways"'),
        "unknown picture 'spine_sideways'",
        left_out=0,
    ),
    content(
        "two topics with one id",
        edited('id = "kyphoplasty"', 'id = "fractures"'),
        "duplicate topic id 'fractures'",
        left_out=1,
    ),
    content(
        "an unknown kind of topic",
        edited('\nkind = "steps"\n', '\nkind = "slides"\n'),
        "unknown kind 'slides'",
        left_out=1,
    ),
    content(
        "an unknown icon",
        edited('icon = "mdi6.bone"', 'icon = "mdi6.bone-broken-twice"'),
        "unknown icon 'mdi6.bone-broken-twice'",
        left_out=0,
        said=("check",),
    ),
]

# --------------------------------------------------------------------------- translations


def translation(
    name: str,
    file: str,
    change: Callable[[bytes], bytes | None],
    *words: str,
    said: tuple[str, ...] = ("check",),
) -> Broken:
    """``file`` (in the sources, or the compiled .qm) replaced by ``change(its bytes)``;
    ``None`` deletes it."""

    def make(i: Inputs) -> Path:
        sources, compiled = i.translations()
        path = (compiled if file.endswith(".qm") else sources) / file
        data = change(path.read_bytes())
        path.unlink()
        if data is not None:
            path.write_bytes(data)
        return path

    return Broken("translation", name, make, words, said)


def qm(name: str, change: Callable[[bytes], bytes | None], *words: str) -> Broken:
    return translation(name, "kiosk_es.qm", change, *words, said=("log", "check"))


def bundle_without_a_qm(i: Inputs) -> Path:
    """A frozen bundle has no lrelease to make a missing .qm again."""
    make = translation("", "kiosk_es.qm", lambda _: None).make
    i.monkeypatch.setattr(tx, "lrelease", lambda: None)
    return make(i)


def no_translations_folder(i: Inputs) -> Path:
    sources, compiled = i.translations()
    shutil.rmtree(sources)
    shutil.rmtree(compiled)
    return sources / "kiosk_es.ts"


def ts_edit(old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        assert old in data
        return data.replace(old, new, 1)

    return edit


TRANSLATIONS = [
    qm("compiled file empty", lambda _: b"", "cannot be read"),
    qm("compiled file zeroed", lambda data: bytes(len(data)), "cannot be read"),
    qm("compiled file cut in half", lambda data: data[: len(data) // 2], "cannot be read"),
    qm("compiled file with its header only", lambda data: data[:16], "holds no text"),
    Broken(
        "translation",
        "compiled file missing from a bundle",
        bundle_without_a_qm,
        ("is missing", "showing English"),
        said=("log", "check"),
    ),
    translation(
        "source not XML",
        "kiosk_es.ts",
        ts_edit(b"</message>", b"</mesage>"),
        "cannot read the translation file",
        "mismatched tag",
    ),
    translation(
        "source not UTF-8",
        "kiosk_es.ts",
        ts_edit("Última".encode(), b"\xdaltima"),
        "not saved as UTF-8",
    ),
    translation("source empty", "kiosk_es.ts", lambda _: b"", "cannot read the translation file"),
    translation("source missing", "kiosk_es.ts", lambda _: None, "Spanish translation is missing"),
    translation(
        "a placeholder dropped",
        "kiosk_es.ts",
        ts_edit(b"Revisada por: %2.", b"Revisada por alguien."),
        "placeholders differ",
    ),
    translation(
        "a number changed",
        "kiosk_es.ts",
        ts_edit(b"llame al 911.", b"llame al 112."),
        "the number 911 must appear",
    ),
    translation(
        "review record not TOML",
        "review.toml",
        lambda data: data + b"\n[es\n",
        "cannot read the record of translation reviews",
    ),
    translation(
        "review record not UTF-8",
        "review.toml",
        lambda data: data + b"\n# \xe9\n",
        "record of translation reviews",
        "not saved as UTF-8",
    ),
    Broken(
        "translation",
        "no translations folder",
        no_translations_folder,
        ("Spanish translation is missing",),
        said=("check",),
    ),
]

# --------------------------------------------------------------------------- fonts


def font(name: str, file: str, change: Callable[[bytes], bytes | None], *words: str) -> Broken:
    """The bundled ``file`` replaced by ``change(its bytes)``; None makes it a folder."""

    def make(i: Inputs) -> Path:
        path = i.fonts() / file
        data = change(path.read_bytes())
        path.unlink()
        return put(path, data)

    return Broken("font", name, make, words, said=("log", "check"))


def font_folder(name: str, keep: str | None, *words: str) -> Broken:
    """Only the files matching ``keep`` left in the font folder (None: no folder at all)."""

    def make(i: Inputs) -> Path:
        folder = i.fonts()
        for file in folder.iterdir():
            if keep is None or not file.match(keep):
                file.unlink()
        if keep is None:
            folder.rmdir()
        return folder

    return Broken("font", name, make, words, said=("log", "check"))


def icon_font(
    name: str, pattern: str, change: Callable[[bytes], bytes | None], *words: str
) -> Broken:
    """The icon font file matching ``pattern`` replaced by ``change(its bytes)`` (None: gone)."""

    def make(i: Inputs) -> Path:
        path = next(i.icon_fonts().glob(pattern))
        data = change(path.read_bytes())
        path.unlink()
        if data is not None:
            path.write_bytes(data)
        return path if data is not None else path.parent

    return Broken("font", name, make, words, said=("log", "check"))


def no_qtawesome(i: Inputs) -> str:
    def gone() -> Path:
        raise FileNotFoundError("the qtawesome package is not installed")

    i.icon_fonts()
    i.monkeypatch.setattr(paths, "icon_fonts", gone)
    return "qtawesome"


def no_icon_folder(i: Inputs) -> Path:
    folder = i.icon_fonts()
    shutil.rmtree(folder)
    return folder


FONTS = [
    font_folder("font folder missing", None, "font folder", "is missing"),
    font_folder(
        "font folder with the licence only",
        "OFL.txt",
        "no font for Noto Sans, Noto Sans Arabic, Noto Sans CJK SC",
    ),
    font_folder("Chinese fonts missing", "NotoSans[A-]*", "no font for Noto Sans CJK SC"),
    font(
        "a font file empty",
        "NotoSans-Regular.subset.ttf",
        lambda _: b"",
        "could not load the font",
        "damaged or not a font",
    ),
    font(
        "a font file zeroed",
        "NotoSansArabic-Bold.subset.ttf",
        lambda data: bytes(len(data)),
        "could not load the font",
    ),
    font(
        "a font file cut short",
        "NotoSansCJKsc-Regular.subset.otf",
        lambda data: data[:2000],
        "could not load the font",
    ),
    font(
        "a font file cut in half",
        "NotoSans-Bold.subset.ttf",
        lambda data: data[: len(data) // 2],
        "is damaged",
        "not used",
    ),
    font(
        "a font file that is a folder",
        "NotoSansArabic-Regular.subset.ttf",
        lambda _: None,
        "could not load the font",
    ),
    Broken(
        "font",
        "icon font not installed",
        no_qtawesome,
        ("icon font is missing",),
        said=("log", "check"),
    ),
    Broken(
        "font",
        "icon font folder missing",
        no_icon_folder,
        ("icon font is missing from",),
        said=("log", "check"),
    ),
    icon_font("icon font empty", ICON_TTF, lambda _: b"", "could not be loaded"),
    icon_font("icon font zeroed", ICON_TTF, lambda data: bytes(len(data)), "could not be loaded"),
    icon_font(
        "icon font cut in half",
        ICON_TTF,
        lambda data: data[: len(data) // 2],
        "could not be loaded",
    ),
    icon_font(
        "icon character map missing", ICON_CHARMAP, lambda _: None, "character map is missing from"
    ),
    icon_font(
        "icon character map not JSON",
        ICON_CHARMAP,
        lambda data: data[:100],
        "character map",
        "cannot be read",
    ),
    icon_font(
        "icon character map a list",
        ICON_CHARMAP,
        lambda _: b'["home", "f02dc"]',
        "character map",
        "cannot be read",
        "expected icon names",
    ),
    icon_font(
        "icon character map without hex codes",
        ICON_CHARMAP,
        lambda _: b'{"home": "house", "bone": "f0ddd"}',
        "character map",
        "cannot be read",
    ),
    icon_font(
        "icon character map not UTF-8",
        ICON_CHARMAP,
        lambda data: b"\xff\xfe" + data,
        "character map",
        "cannot be read",
    ),
]

CORPUS = [*PROFILES, *IMAGES, *CONTENT, *TRANSLATIONS, *FONTS]


# --------------------------------------------------------------------------- the tests


@pytest.fixture(scope="module")
def shipped_topics() -> int:
    return len(load_content(SHIPPED_CONTENT)[0].topics)


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Broken inputs for one test; afterwards the app's shared state is as it was."""
    if i18n._shared is not None:
        i18n._shared.switch("en")  # its translators out, before a case makes its own
    made = Inputs(tmp_path, monkeypatch)
    yield made
    if i18n._shared is not None:
        i18n._shared.switch("en")
    # A damaged copy of a font may have been registered under the real family's name: the
    # real fonts, and the real icon font, again for the next test.
    monkeypatch.undo()
    QFontDatabase.removeAllApplicationFonts()
    i18n.install_fonts()
    icons.reload_font()


@pytest.fixture
def start(inputs: Inputs, qtbot):
    """Start the real app on the broken inputs, as main.py does but without the event loop.

    Each window is deleted after its test: windows left for the garbage collector pile up,
    and every later language or font change would go through all of them.
    """
    windows = []

    def start_app():  # noqa: ANN202
        window = run([*inputs.args, "--size", "1280x800"], exec_=False)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start_app
    for window in windows:
        close(window)


def says(messages: list[str], name: str, words: tuple[str, ...]) -> bool:
    return any(name in m and all(w.lower() in m.lower() for w in words) for m in messages)


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_the_app_starts_and_says_what_is_broken(
    case: Broken, inputs: Inputs, start, qtbot, caplog, capsys, shipped_topics: int
):
    name = str(case.make(inputs))

    with caplog.at_level(logging.WARNING):
        window = start()
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]

    # Home is there, with a tile for each topic that could be read, and answers a touch.
    assert window.router.location.page == "home"
    home = window.router.current_page()
    topics = 0 if case.left_out is None else shipped_topics - case.left_out
    assert len(window.ctx.content.topics) == topics
    assert len(home.tiles) == topics + 2  # and Contact, and About
    assert all(tile.isVisible() and tile.title_label.text() for tile, _, _ in home.tiles)
    tile, page, _ = home.tiles[0]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.router.location.page == page
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.router.location.page == "home"

    # --check runs to its end too, and lists the problem when it is one --check knows.
    capsys.readouterr()
    with caplog.at_level(logging.WARNING):
        code = run(["--check", *inputs.args])
    printed = capsys.readouterr().out.splitlines()
    assert code in (0, 1)
    if "check" in case.said:
        assert code == 1, printed
        assert says(printed, name, case.words), (name, case.words, printed)
    if "log" in case.said:
        assert says(logged, name, case.words), (name, case.words, logged)
    assert not [r.getMessage() for r in caplog.records if r.exc_info]  # no traceback


def test_the_corpus_covers_every_kind_of_input():
    assert len(CORPUS) >= 50
    counts = {category: 0 for category in CATEGORIES}
    for case in CORPUS:
        counts[case.category] += 1
    assert all(count >= 8 for count in counts.values()), counts
    assert len({case.id for case in CORPUS}) == len(CORPUS)


def test_everything_broken_at_once(inputs: Inputs, start, caplog):
    """Garbage profile, no content, no fonts, no icon font, no compiled Spanish: still Home."""
    profile = inputs.profile(bytes(range(256)) * 4)
    content_file = inputs.content()
    fonts = inputs.fonts()
    shutil.rmtree(fonts)
    icon_folder = inputs.icon_fonts()
    shutil.rmtree(icon_folder)
    _, compiled = inputs.translations()
    (compiled / "kiosk_es.qm").write_bytes(b"")

    with caplog.at_level(logging.WARNING):
        window = start()

    logged = "\n".join(r.getMessage() for r in caplog.records)
    for name in (profile, content_file, fonts, icon_folder, compiled / "kiosk_es.qm"):
        assert str(name) in logged
    assert window.router.location.page == "home"
    assert [page for _, page, _ in window.router.current_page().tiles] == ["contact", "about"]


def main(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT.parent,
    )


def test_check_in_a_real_process_names_a_broken_profile_and_logo(tmp_path: Path):
    """As clinic IT runs it: one line each, no traceback, non-zero exit."""
    put(tmp_path / "logo.svg", "<svg><g></svg>")
    clinic = put(
        tmp_path / "clinic.toml", CLINIC + 'logo = "logo.svg"\n[kiosk]\nidle_seconds = "x"\n'
    )
    result = main("--check", "--clinic", str(clinic))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if str(clinic) in line]
    assert any("clinic.logo" in line and "not a well-formed SVG" in line for line in lines), lines
    assert any("kiosk.idle_seconds" in line for line in lines), lines
