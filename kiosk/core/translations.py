"""Languages, translation files and their checks. No Qt here.

English is the source language. Every other language has one Qt Linguist file,
``translations/kiosk_<locale>.ts``, holding the UI strings (one context per class, as
``pyside6-lupdate`` finds them), the education content (context ``content``) and the words of
the embedded clinic profile (context ``clinic``), so a translator only ever opens Linguist.

The compiled ``.qm`` files are build output: :func:`compile_stale` makes them from the ``.ts``
files with ``lrelease`` whenever a source changed (a hash stamp beside each ``.qm`` says which
source it was made from, and that file's size and time, so a start need not hash it), so they
never go stale and are never committed.

Each translation also records whether a qualified medical translator has reviewed it
(``translations/review.toml``); unreviewed ones say so in ``--check`` and on the About screen.
"""

from __future__ import annotations

import logging
import math
import re
import shutil
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from xml.etree import ElementTree

from kiosk.core.content import Content
from kiosk.core.problems import Problem
from kiosk.core.profile import ClinicProfile

log = logging.getLogger(__name__)

CONTENT_CONTEXT = "content"
CLINIC_CONTEXT = "clinic"
PSEUDO = "pseudo"
TS_PREFIX = "kiosk_"


@dataclass(frozen=True)
class Language:
    """One shipped language.

    ``code`` is what the clinic profile and ``--lang`` use; ``locale`` is Qt's name for it,
    which names the files (``kiosk_zh_CN.ts``, Qt's own ``qtbase_zh_CN.qm``) and tells
    Linguist the script: ``zh_CN`` is Simplified Chinese, unlike ``zh_TW``.
    """

    code: str
    locale: str
    name: str  # the language named in itself, as the picker shows it
    english: str
    rtl: bool = False

    @property
    def ts_name(self) -> str:
        return f"{TS_PREFIX}{self.locale}.ts"

    @property
    def qm_name(self) -> str:
        return f"{TS_PREFIX}{self.locale}.qm"


ENGLISH = Language("en", "en_US", "English", "English")
LANGUAGES: tuple[Language, ...] = (
    ENGLISH,
    Language("es", "es", "Español", "Spanish"),
    Language("zh", "zh_CN", "简体中文", "Simplified Chinese"),
    Language("vi", "vi", "Tiếng Việt", "Vietnamese"),
    Language("ar", "ar", "العربية", "Arabic", rtl=True),
)
# Long strings with markers, to find clipped and untranslated text (``--lang pseudo``).
PSEUDO_LANGUAGE = Language(PSEUDO, "en_US", "[Pséüdö]", "Pseudo-translation")


def language(code: str) -> Language:
    """The shipped language (or the pseudo-translation) for ``code``; KeyError if unknown."""
    if code == PSEUDO:
        return PSEUDO_LANGUAGE
    for lang in LANGUAGES:
        if code in (lang.code, lang.locale):
            return lang
    raise KeyError(code)


def translated_languages() -> tuple[Language, ...]:
    """Every shipped language but the English source."""
    return tuple(lang for lang in LANGUAGES if lang is not ENGLISH)


# --------------------------------------------------------------------------- review status


@dataclass(frozen=True)
class Review:
    """Whether a qualified medical translator has checked a translation, who and when."""

    reviewed_by: str = ""
    reviewed_on: str = ""

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by.strip())


def review_status(folder: Path, code: str) -> Review:
    """The medical review of ``code`` as recorded in ``folder/review.toml``.

    English is the reviewed source; a missing or broken file means "not reviewed" (a broken
    one is reported by :func:`check_translations`), never an error here.
    """
    if code == ENGLISH.code:
        return Review("source text", "")
    try:
        data = tomllib.loads((folder / "review.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Review()
    entry = data.get(code)
    if not isinstance(entry, dict):
        return Review()
    by, on = entry.get("reviewed_by", ""), entry.get("reviewed_on", "")
    return Review(by if isinstance(by, str) else "", str(on) if on else "")


def review_file_problem(folder: Path) -> Problem | None:
    """Why ``folder/review.toml`` cannot be read, or None.

    A missing file is no problem: no translation has been reviewed yet, and the notes say so.
    """
    path = folder / "review.toml"
    try:
        tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        reason = "it is not saved as UTF-8"
    except (OSError, tomllib.TOMLDecodeError) as error:
        reason = str(error)
    else:
        return None
    return Problem(
        str(path),
        "",
        f"cannot read the record of translation reviews: {reason}; "
        "every translation is shown as not reviewed",
    )


# --------------------------------------------------------------------------- .ts files


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool  # neither "unfinished" nor empty
    line: int | None = None  # where the message starts in the .ts file
    comment: str = ""  # the extracted comment: the content key, or a note from the code


def read_ts(path: Path) -> list[Message]:
    """Every current message of a .ts file (obsolete and vanished ones are skipped).

    Raises OSError, UnicodeDecodeError or ElementTree.ParseError for an unreadable file.
    """
    text = path.read_text(encoding="utf-8")
    starts = [m.start() for m in re.finditer(r"<message[\s>]", text)]
    root = ElementTree.fromstring(text)
    messages = []
    index = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            offset = starts[index] if index < len(starts) else None
            index += 1
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            translation = (node.text or "") if node is not None else ""
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=translation,
                    finished=kind != "unfinished" and bool(translation.strip()),
                    line=text.count("\n", 0, offset) + 1 if offset is not None else None,
                    comment=message.findtext("extracomment", "") or "",
                )
            )
    return messages


_PLACEHOLDER = re.compile(r"%L?\d+")
_LONG_NUMBER = re.compile(r"\d[\d\-]+\d")  # 911, phone numbers: kept as written


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def message_problems(message: Message) -> list[str]:
    """What is wrong with one translated message, in words a translator understands."""
    if not message.finished:
        return ["not translated yet (or marked unfinished)"]
    found = []
    if placeholders(message.source) != placeholders(message.translation):
        found.append(
            f"placeholders differ: the English has {placeholders(message.source) or 'none'}, "
            f"the translation has {placeholders(message.translation) or 'none'}"
        )
    for number in _LONG_NUMBER.findall(message.source):
        if number not in message.translation:
            found.append(f"the number {number} must appear as written, in digits")
    if message.source.count("\n") != message.translation.count("\n"):
        found.append("the number of lines differs from the English")
    return found


def check_ts(path: Path, expected: Iterable[tuple[str, str]] = ()) -> list[Problem]:
    """Problems of one .ts file: unreadable, unfinished, placeholders, missing messages.

    ``expected`` is (context, source) pairs that must be in the file, e.g. the content
    strings; a missing one means the file needs ``python tools/i18n.py extract``.
    """
    file = str(path)
    try:
        messages = read_ts(path)
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        message = "cannot read the translation file: it is not saved as UTF-8"
        return [Problem(file, "", message, line)]
    except (OSError, ElementTree.ParseError) as error:
        return [Problem(file, "", f"cannot read the translation file: {error}")]
    problems = []
    for message in messages:
        for text in message_problems(message):
            where = f"{message.context}: {message.source[:60]!r}"
            problems.append(Problem(file, where, text, message.line))
    present = {(m.context, m.source) for m in messages}
    missing = [pair for pair in expected if pair not in present]
    for context, source in missing:
        problems.append(
            Problem(
                file,
                f"{context}: {source[:60]!r}",
                "missing: run `python tools/i18n.py extract`, then translate it",
            )
        )
    return problems


def check_translations(
    folder: Path, content: Content, profile: ClinicProfile | None = None
) -> tuple[list[Problem], list[str]]:
    """Problems of every shipped translation, and notes (e.g. "not reviewed yet").

    Notes are not problems: an unreviewed translation is shipped, and says so.
    """
    expected = [(CONTENT_CONTEXT, text) for text, _ in content_strings(content)]
    if profile is not None:
        expected += [(CLINIC_CONTEXT, text) for text, _ in clinic_strings(profile)]
    problems: list[Problem] = []
    notes = []
    for lang in translated_languages():
        path = folder / lang.ts_name
        if not path.is_file():
            problems.append(Problem(str(path), "", f"the {lang.english} translation is missing"))
            continue
        problems += check_ts(path, expected)
        review = review_status(folder, lang.code)
        if not review.reviewed:
            notes.append(
                f"{lang.english} ({lang.name}): not yet reviewed by a qualified medical "
                f"translator (record the review in {folder / 'review.toml'})"
            )
    if (problem := review_file_problem(folder)) is not None:
        problems.append(problem)
    return problems, notes


# --------------------------------------------------------------------------- source strings


def content_strings(content: Content) -> list[tuple[str, str]]:
    """Every patient-facing content string once, with the content key it first came from.

    The order follows the content file, so a translator meets the strings as a patient does
    (within a topic). Source ``covers`` notes are for the team, not shown, so not listed.
    """

    def pairs() -> Iterator[tuple[str, str]]:
        for source in content.sources:
            yield source.name, f"sources.{source.id}.name"
        for key, text in content.labels.items():
            yield text, f"labels.{key}"
        for term, definition in content.glossary.items():
            yield term, f"glossary term ({term})"
            yield definition, f"glossary.{term}"
        for number, paragraph in enumerate(content.disclaimer):
            yield paragraph, f"disclaimer.paragraphs[{number}]"
        for topic in content.topics:
            where = f"topic {topic.id}"
            yield topic.title, f"{where}.title"
            yield topic.summary, f"{where}.summary"
            yield topic.intro, f"{where}.intro"
            for number, step in enumerate(topic.steps, start=1):
                yield step.text, f"{where}, step {number}: text"
                yield step.alt, f"{where}, step {number}: picture description (alt)"
            for column in topic.columns:
                yield column, f"{where}.columns"
            for row in topic.rows:
                yield row.label, f"{where}, row label"
                for cell in row.cells:
                    yield cell, f"{where}, row {row.label!r}"
            for question in topic.questions:
                yield question, f"{where}.questions"
            for point in topic.summary_points:
                yield point, f"{where}.summary_points (take-home note and handout)"

    return _unique(pairs())


def clinic_strings(profile: ClinicProfile) -> list[tuple[str, str]]:
    """The embedded profile's words a patient reads (welcome, phone labels, hours...).

    The clinic's own name, numbers and address stay as written. Another clinic's profile
    simply shows its words as written: they are not in the .ts files.
    """

    def pairs() -> Iterator[tuple[str, str]]:
        yield profile.welcome, "clinic.welcome"
        yield profile.department, "clinic.department"
        for number, phone in enumerate(profile.phones):
            yield phone.label, f"phones[{number}].label"
            yield phone.note, f"phones[{number}].note"
        for line in profile.hours:
            yield line, "hours.lines"

    return _unique(pairs())


def _unique(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for text, key in pairs:
        if text.strip() and text not in seen:
            seen[text] = key
    return list(seen.items())


def noop_module(groups: Iterable[tuple[str, list[tuple[str, str]]]]) -> str:
    """Python source marking strings for lupdate: ``QT_TRANSLATE_NOOP(context, text)``.

    ``pyside6-lupdate`` reads it like any source file, so content and clinic strings are
    merged into the same .ts files as the UI strings, keeping existing translations. The
    ``#:`` comment becomes the note a translator sees in Linguist.
    """
    lines = [
        '"""Generated by tools/i18n.py extract: strings from the data files, for lupdate."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
    ]
    for context, pairs in groups:
        for text, key in pairs:
            lines.append(f"#: {key}")
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {_py_string(text)})")
    return "\n".join(lines) + "\n"


def _py_string(text: str) -> str:
    # lupdate's Python reader understands plain double-quoted strings with backslash escapes.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


# --------------------------------------------------------------------------- compiling


def lrelease() -> Path | None:
    """Qt's lrelease, as shipped inside the PySide6 wheel (None in a frozen bundle)."""
    if getattr(sys, "frozen", False):
        # The bundle's translations were compiled by the build, and its folder may be
        # read-only: never compile there, even with a PySide6 on the PATH beside it.
        return None
    spec = find_spec("PySide6")
    if spec is not None and spec.origin:
        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(spec.origin).parent / name
            if candidate.is_file():
                return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def source_hash(ts: Path) -> str:
    import hashlib  # here, not at the top: it loads OpenSSL (3 MB) that start-up never needs

    return hashlib.sha256(ts.read_bytes()).hexdigest()


def stamp_path(qm: Path) -> Path:
    return qm.with_name(qm.name + ".sha256")


def _file_key(ts: Path) -> str:
    """The source's size and modification time, as the stamp records them."""
    info = ts.stat()
    return f"{info.st_size} {info.st_mtime_ns}"


def _read_stamp(qm: Path) -> tuple[str, str]:
    """The source hash and the file key recorded beside ``qm`` (the key may be empty: a stamp
    written before keys were recorded). Raises OSError."""
    digest, _, key = stamp_path(qm).read_text(encoding="ascii").strip().partition(" ")
    return digest, key


def _write_stamp(qm: Path, digest: str, key: str) -> None:
    stamp_path(qm).write_text(f"{digest} {key}\n", encoding="ascii")


def is_current(ts: Path, qm: Path) -> bool:
    """Whether ``qm`` was compiled from exactly this ``ts`` (by its recorded hash).

    A source with the size and modification time recorded at compile time is the same file
    (Python checks its own ``.pyc`` files this way), so the usual start reads no source and
    loads no OpenSSL; only a source touched since is hashed.
    """
    try:
        if not qm.is_file():
            return False
        digest, key = _read_stamp(qm)
        return key == _file_key(ts) or digest == source_hash(ts)
    except OSError:
        return False


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile one .ts into ``qm`` and record the source hash. Raises RuntimeError."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease was not found (it comes with PySide6)")
    import subprocess  # only to compile: most starts find every translation current

    qm.parent.mkdir(parents=True, exist_ok=True)
    key = _file_key(ts)  # before reading: a change while compiling makes the next start hash
    digest = source_hash(ts)
    result = subprocess.run(
        [str(tool), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed for {ts}: {result.stderr.strip()}")
    _write_stamp(qm, digest, key)


def compile_stale(source: Path, target: Path) -> list[Path]:
    """Compile every ``source/*.ts`` whose ``.qm`` in ``target`` is missing or stale.

    Returns the .qm files written. A file that fails is logged and skipped: that language
    then shows English, and ``--check`` reports the .ts file's problems.
    """
    written = []
    for ts in sorted(source.glob(f"{TS_PREFIX}*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if is_current(ts, qm):
            _refresh_stamp(ts, qm)
            continue
        try:
            compile_ts(ts, qm)
        except (OSError, RuntimeError) as error:
            log.warning("could not compile %s: %s", ts, error)
            continue
        written.append(qm)
    return written


def _refresh_stamp(ts: Path, qm: Path) -> None:
    """Record the size and time of a current source again when they changed (a checkout
    touches files it does not change), so the next start need not hash it."""
    try:
        digest, key = _read_stamp(qm)
        if key != (now := _file_key(ts)):
            _write_stamp(qm, digest, now)
    except OSError as error:
        log.debug("could not refresh the stamp of %s: %s", qm, error)


# --------------------------------------------------------------------------- pseudo


_ACCENTS = str.maketrans("aeiouyAEIOUYcCnN", "áéíöüýÅÉÎÖÜÝçÇñÑ")
_KEEP = re.compile(r"(%L?\d+|\d+)")  # placeholders and numbers stay as they are


def pseudo(text: str) -> str:
    """``text`` about 40 % longer, accented, between [ and ] — still readable.

    A string on screen without the brackets never went through a translator; one cut short
    shows that its widget cannot grow. Placeholders, numbers and line breaks are kept.
    """
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    extra = math.ceil(len(text) * 0.4)
    padding = " ".join("~" * min(6, extra - i) for i in range(0, extra, 6))
    return f"[{body} {padding}]"
