"""The clinic profile: one human-edited TOML file with everything clinic-specific. No Qt here.

``load_profile`` never raises. Every problem it finds becomes a :class:`Problem` naming the
file, the setting and the line, and saying in plain words what was expected; the broken part
falls back to its default and every good part is kept. The layout of the file is described in
``assets/clinic/examples/README.md``; the embedded default is ``assets/clinic/default.toml``.

The admin PIN is stored only as a salted PBKDF2 hash, written by :func:`hash_pin` as
``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` and checked by :func:`verify_pin`.
"""

from __future__ import annotations

import logging
import re
import struct
import tomllib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.core.problems import Problem

LANGUAGE_CODES: tuple[str, ...] = ("en", "es", "zh", "vi", "ar")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Spanish",
    "zh": "Simplified Chinese",
    "vi": "Vietnamese",
    "ar": "Arabic",
}
PAPER_SIZES: tuple[str, ...] = ("letter", "a4")

DEFAULT_ACCENT = "#1E5A8C"  # a calm blue: 7.25:1 against white
MIN_ACCENT_CONTRAST = 4.5  # WCAG AA for normal text: white text on accent buttons stays legible

IDLE_RANGE = (20, 3600)
COUNTDOWN_RANGE = (5, 120)
RETENTION_RANGE = (1, 3650)
MAX_PHONES = 6  # more than this does not fit the contact screen at a readable size
MAX_LINES = 6  # per address / hours block

PIN_ALGORITHM = "pbkdf2_sha256"
PIN_ITERATIONS = 600_000  # OWASP 2023 advice for PBKDF2-HMAC-SHA256
PIN_ITERATION_RANGE = (100_000, 5_000_000)  # the upper bound keeps a typo from freezing the pad
PIN_SALT_BYTES = 16
PIN_HASH_BYTES = 32
PIN_LENGTH_RANGE = (4, 12)

LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MAX_SIDE = 8192  # pixels: Qt refuses to load a bigger image (its 256 MB limit)
MAX_FILE_BYTES = 256 * 1024  # a profile is a page of settings; anything bigger is a wrong file

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Phone:
    """One number on the contact screen, e.g. ``Phone("Clinic visits", "202-444-5478")``."""

    label: str
    number: str
    note: str = ""  # a short line under the number, e.g. "A physician's order is required."


@dataclass(frozen=True)
class ClinicProfile:
    """Everything clinic-specific. Empty text / empty tuples / ``None`` mean "not given":
    the UI leaves that part out and the screen still looks finished."""

    name: str = ""
    department: str = ""
    welcome: str = ""  # the clinic's own short welcome line on the Home screen
    logo: Path | None = None  # absolute; a PNG, SVG or JPEG file that exists
    phones: tuple[Phone, ...] = ()
    address: tuple[str, ...] = ()  # lines, as on an envelope
    hours: tuple[str, ...] = ()  # lines, e.g. "Monday to Friday, 8 am to 5 pm"
    emergency_number: str = "911"
    accent_color: str = DEFAULT_ACCENT  # "#RRGGBB", upper case
    languages: tuple[str, ...] = ("en",)  # codes offered, in button order
    default_language: str = "en"  # always one of ``languages``
    idle_seconds: int = 90
    countdown_seconds: int = 15
    admin_pin_hash: str | None = None  # see hash_pin(); None: no PIN set
    screen: str = ""  # kiosk display name as the system reports it; "" = the primary display
    reviewed_by: str = ""  # who at the clinic reviewed the content
    paper_size: str = "letter"  # "letter" or "a4"
    usage_retention_days: int = 365
    source: Path | None = None  # the file this profile was read from


# --------------------------------------------------------------------------- admin PIN


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS) -> str:
    """Hash a PIN of 4 to 12 digits for the profile's ``kiosk.admin_pin_hash``.

    Raises ValueError with a plain message when the PIN or the iteration count is not usable.
    """
    low, high = PIN_LENGTH_RANGE
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise ValueError(f"the PIN must be {low} to {high} digits (0-9), nothing else")
    lo_it, hi_it = PIN_ITERATION_RANGE
    if not lo_it <= iterations <= hi_it:
        raise ValueError(f"iterations must be between {lo_it} and {hi_it}")
    import hashlib  # here, not at the top: it loads OpenSSL (3 MB) that start-up never needs
    import secrets

    salt = secrets.token_bytes(PIN_SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{PIN_ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (a hash_pin() string). Never raises."""
    if not isinstance(pin, str) or not isinstance(stored, str):
        return False
    if pin_hash_problem(stored) is not None:
        return False
    _, iterations, salt_hex, hash_hex = stored.split("$")
    expected = bytes.fromhex(hash_hex)
    try:
        given = pin.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return False
    import hashlib  # see hash_pin
    import hmac

    actual = hashlib.pbkdf2_hmac("sha256", given, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(actual, expected)


_HEX = re.compile(r"[0-9a-f]+")


def pin_hash_problem(stored: str) -> str | None:
    """What is wrong with a stored PIN hash, in plain words, or None when it is well formed."""
    expected = (
        f"expected a PIN hash like '{PIN_ALGORITHM}$600000$<32 hex digits>$<64 hex digits>' "
        "as printed by `python main.py --hash-pin`"
    )
    parts = stored.split("$")
    if len(parts) != 4:
        return f"{expected}, got {_show(stored)}"
    algorithm, iterations, salt_hex, hash_hex = parts
    if algorithm != PIN_ALGORITHM:
        return f"{expected}; the method must be '{PIN_ALGORITHM}', got {_show(algorithm)}"
    lo_it, hi_it = PIN_ITERATION_RANGE
    if not (iterations.isascii() and iterations.isdigit()) or not (
        lo_it <= int(iterations) <= hi_it
    ):
        return (
            f"{expected}; the iteration count must be {lo_it} to {hi_it}, got {_show(iterations)}"
        )
    if not _HEX.fullmatch(salt_hex) or len(salt_hex) % 2 or not 32 <= len(salt_hex) <= 128:
        return f"{expected}; the salt must be 32 to 128 lower-case hex digits"
    if not _HEX.fullmatch(hash_hex) or len(hash_hex) != 2 * PIN_HASH_BYTES:
        return f"{expected}; the hash must be exactly {2 * PIN_HASH_BYTES} lower-case hex digits"
    return None


# --------------------------------------------------------------------------- small checks


_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_PHONE_PUNCTUATION = re.compile(r"[\s().\-+]")


def phone_problem(number: str) -> str | None:
    """Why ``number`` is not a phone number, or None when it is one.

    After removing + ( ) - . and spaces (and an extension such as "ext. 12" or "x12"),
    7 to 15 digits must remain, and a "+" may only come first.
    """
    expected = f"expected a phone number like 202-444-5478, got {_show(number)}"
    main = _EXTENSION.sub("", number)
    stripped = main.strip()
    if "+" in stripped[1:]:
        return f"{expected}: a '+' may only come first"
    digits = _PHONE_PUNCTUATION.sub("", stripped)
    if not digits:
        return expected
    if not digits.isascii() or not digits.isdigit():
        return f"{expected}: only digits, spaces and + ( ) - . are allowed"
    if not 7 <= len(digits) <= 15:
        return f"{expected}: it has {len(digits)} digits, a phone number has 7 to 15"
    return None


_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")


def contrast_ratio(color_a: str, color_b: str = "#FFFFFF") -> float:
    """The WCAG 2 contrast ratio of two "#RRGGBB" colours (1.0 to 21.0)."""

    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(color_a), luminance(color_b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def image_kind(head: bytes) -> str | None:
    """The kind of image, "png", "jpeg" or "svg", from the first bytes of a file, else None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if text.startswith(b"<") and b"<svg" in text:
        return "svg"
    return None


_PNG_END = b"IEND\xaeB`\x82"  # the last chunk of every PNG file: its type and checksum


def image_problem(data: bytes) -> str | None:
    """What is wrong with the contents of a logo file, in plain words, or None.

    Only what can be told without Qt: the kind of image, a PNG's header, size and end, and
    whether an SVG is well-formed XML. The words follow the file's name in a message.
    """
    if not data:
        return "is empty"
    kind = image_kind(data[:4096])
    if kind is None:
        return "is none of those (its contents are not an image of those kinds)"
    if kind == "png":
        header = data[8:33]  # length, "IHDR", width, height, 5 more bytes, checksum
        if header[4:8] != b"IHDR" or zlib.crc32(header[4:21]) != int.from_bytes(
            header[21:25], "big"
        ):
            return "is a damaged PNG file (its header is broken)"
        width, height = struct.unpack(">II", header[8:16])
        if max(width, height) > LOGO_MAX_SIDE:
            return f"is {width} × {height} pixels, more than {LOGO_MAX_SIDE} on a side"
        if _PNG_END not in data[-32:]:
            return "is a PNG file cut short (its end is missing)"
    if kind == "svg":
        from xml.etree import ElementTree  # here, not at start-up: most logos are PNG

        try:
            ElementTree.fromstring(data)
        except ElementTree.ParseError as error:
            return f"is not a well-formed SVG file ({error})"
    return None


def _show(value: object) -> str:
    """A value as the person wrote it, shortened, for a message."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return repr(text)
    return _kind(value)


def _kind(value: object) -> str:
    """What a TOML value is, in plain words."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ({_show(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a section"
    if isinstance(value, datetime | date | time):
        return f"a date/time ({value})"
    return type(value).__name__


# --------------------------------------------------------------------------- the file's layout

# section -> its keys; "phones" is a list of [[phones]] entries with PHONE_KEYS.
SECTIONS: dict[str, tuple[str, ...]] = {
    "clinic": ("name", "department", "welcome", "logo", "emergency_number"),
    "phones": (),
    "address": ("lines",),
    "hours": ("lines",),
    "kiosk": ("idle_seconds", "countdown_seconds", "admin_pin_hash", "screen"),
    "languages": ("offered", "default"),
    "branding": ("accent_color",),
    "content": ("reviewed_by",),
    "handout": ("paper_size",),
    "usage": ("retention_days",),
}
PHONE_KEYS: tuple[str, ...] = ("label", "number", "note")


def _closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt ``word``, if one is close."""
    import difflib  # here, not at start-up: only a profile with a mistake needs it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown(what: str, word: str, choices: Iterable[str]) -> str:
    """The message for a misspelt or unknown name, with a "did you mean" when one is close."""
    choices = list(choices)
    close = _closest(word, choices)
    hint = f" Did you mean '{close}'?" if close else ""
    return f"{what} (expected one of: {', '.join(choices)}); it is ignored.{hint}"


_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""


class _LineIndex:
    """Finds the line of a dotted key ("phones[2].number") by reading the text.

    tomllib keeps no positions, so this follows table headers and ``key =`` lines, counting
    [[array]] entries from 1. Good enough to point a person at the right place.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
    _KEY = re.compile(rf"^\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=")
    _PART = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")

    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        counts: dict[str, int] = {}
        prefix = ""
        open_quote = ""  # inside a multi-line string: its closing quotes
        for number, line in enumerate(text.splitlines(), start=1):
            if open_quote:
                if line.count(open_quote) % 2 == 1:
                    open_quote = ""
                continue
            header = self._HEADER.match(line)
            if header:
                name = self._dotted(header.group(2))
                if header.group(1) == "[[":
                    counts[name] = counts.get(name, 0) + 1
                    self.lines.setdefault(name, number)
                    prefix = f"{name}[{counts[name]}]"
                else:
                    prefix = name
                self.lines.setdefault(prefix, number)
                continue
            key = self._KEY.match(line)
            if key:
                dotted = self._dotted(key.group(1))
                self.lines.setdefault(f"{prefix}.{dotted}" if prefix else dotted, number)
                rest = line[key.end() :]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        open_quote = quote

    @classmethod
    def _dotted(cls, raw: str) -> str:
        return ".".join("".join(part) for part in cls._PART.findall(raw))

    def find(self, key: str) -> int | None:
        """The line of ``key``, else of its nearest enclosing key or section."""
        while key:
            if key in self.lines:
                return self.lines[key]
            cut = max(key.rfind("."), key.rfind("["))
            key = key[:cut] if cut > 0 else ""
        return None


class _Reader:
    """Reads one parsed file into a ClinicProfile, collecting problems on the way.

    Each getter returns the default for its part, and records why, when the value is bad.
    """

    def __init__(self, file: Path, text: str, data: dict[str, Any]) -> None:
        self.file = file
        self.data = data
        self.index = _LineIndex(text)
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(str(self.file), key, message, self.index.find(key)))

    # -- generic getters

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            self.problem(
                name,
                f"expected a [{name}] section, got {_kind(value)}; its settings use their defaults",
            )
            return {}
        for key in value:
            if key not in SECTIONS[name]:
                self.problem(
                    f"{name}.{key}",
                    _unknown(f"unknown setting '{key}' in [{name}]", key, SECTIONS[name]),
                )
        return value

    def text(
        self,
        table: dict[str, Any],
        key: str,
        default: str,
        *,
        dotted: str,
        what: str,
        max_len: int,
        required: bool = False,
        tail: str = "",
    ) -> str:
        """A one-line text setting, stripped. ``tail`` says what happens when it is bad."""
        if key not in table:
            if required:
                self.problem(dotted, f"missing: expected {what}{tail}")
            return default
        value = table[key]
        if not isinstance(value, str):
            self.problem(dotted, f"expected {what} (text in quotes), got {_kind(value)}{tail}")
            return default
        value = value.strip()
        if any(ord(c) < 32 and c != "\t" for c in value):
            self.problem(dotted, f"expected {what} (one line), got {_show(value)}{tail}")
            return default
        if required and not value:
            self.problem(dotted, f"expected {what}, got an empty text{tail}")
            return default
        if len(value) > max_len:
            self.problem(
                dotted,
                f"expected {what} of at most {max_len} characters, "
                f"got {len(value)} characters{tail}",
            )
            return default
        return value

    def whole(
        self,
        table: dict[str, Any],
        key: str,
        default: int,
        *,
        dotted: str,
        bounds: tuple[int, int],
        unit: str,
    ) -> int:
        """A whole number within ``bounds``."""
        if key not in table:
            return default
        value = table[key]
        low, high = bounds
        expected = f"expected a whole number of {unit} from {low} to {high}"
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(dotted, f"{expected}, without quotes, got {_kind(value)}; using {default}")
            return default
        if not low <= value <= high:
            self.problem(dotted, f"{expected}, got {value}; using {default}")
            return default
        return value

    def lines(self, section: str, what: str, none_shown: str) -> tuple[str, ...]:
        """``[section] lines = [...]``: short lines shown one under the other."""
        table = self.section(section)
        if "lines" not in table:
            return ()
        dotted = f"{section}.lines"
        value = table["lines"]
        if isinstance(value, str):  # one line written without brackets is still clear
            value = [value]
        if not isinstance(value, list):
            self.problem(
                dotted,
                f'expected a list of {what} lines like ["...", "..."], '
                f"got {_kind(value)}; {none_shown}",
            )
            return ()
        out: list[str] = []
        for number, item in enumerate(value, start=1):
            where = f"{dotted}[{number}]"
            if not isinstance(item, str):
                self.problem(
                    where,
                    f"expected each {what} line as text in quotes, got {_kind(item)}; {none_shown}",
                )
                return ()
            item = item.strip()
            if not item:
                self.problem(where, f"expected a {what} line, got an empty text; it is left out")
                continue
            if any(ord(c) < 32 and c != "\t" for c in item) or len(item) > 100:
                self.problem(
                    where,
                    f"expected one {what} line of at most 100 characters "
                    f"(one list item per line), got {_show(item)}; "
                    f"{none_shown}",
                )
                return ()
            out.append(item)
        if len(out) > MAX_LINES:
            self.problem(
                dotted,
                f"expected at most {MAX_LINES} {what} lines, got {len(out)}; "
                f"only the first {MAX_LINES} are shown",
            )
            out = out[:MAX_LINES]
        return tuple(out)

    # -- the profile, part by part

    def read(self) -> ClinicProfile:
        for name in self.data:
            if name not in SECTIONS:
                self.unknown_top_level(name)
        clinic = self.section("clinic")
        kiosk = self.section("kiosk")
        languages, default_language = self.languages()
        return ClinicProfile(
            name=self.text(
                clinic,
                "name",
                "",
                dotted="clinic.name",
                max_len=100,
                required=True,
                what='the clinic\'s name, like "City Hospital"',
                tail="; no clinic name is shown",
            ),
            department=self.text(
                clinic,
                "department",
                "",
                dotted="clinic.department",
                max_len=100,
                what="the department's name",
                tail="; none is shown",
            ),
            welcome=self.text(
                clinic,
                "welcome",
                "",
                dotted="clinic.welcome",
                max_len=200,
                what="a short welcome line",
                tail="; none is shown",
            ),
            logo=self.logo(clinic),
            phones=self.phones(),
            address=self.lines("address", "address", "no address is shown"),
            hours=self.lines("hours", "opening hours", "no opening hours are shown"),
            emergency_number=self.emergency(clinic),
            accent_color=self.accent(),
            languages=languages,
            default_language=default_language,
            idle_seconds=self.whole(
                kiosk,
                "idle_seconds",
                90,
                dotted="kiosk.idle_seconds",
                bounds=IDLE_RANGE,
                unit="seconds",
            ),
            countdown_seconds=self.whole(
                kiosk,
                "countdown_seconds",
                15,
                dotted="kiosk.countdown_seconds",
                bounds=COUNTDOWN_RANGE,
                unit="seconds",
            ),
            admin_pin_hash=self.pin_hash(kiosk),
            screen=self.text(
                kiosk,
                "screen",
                "",
                dotted="kiosk.screen",
                max_len=100,
                what='the display\'s name, like "HDMI-1"',
                tail="; using the main display",
            ),
            reviewed_by=self.text(
                self.section("content"),
                "reviewed_by",
                "",
                dotted="content.reviewed_by",
                max_len=100,
                what='who reviewed the content, like "Dr. A. Rivera"',
            ),
            paper_size=self.paper_size(),
            usage_retention_days=self.whole(
                self.section("usage"),
                "retention_days",
                365,
                dotted="usage.retention_days",
                bounds=RETENTION_RANGE,
                unit="days",
            ),
            source=self.file,
        )

    def unknown_top_level(self, name: str) -> None:
        homes = [f"[{section}]" for section, keys in SECTIONS.items() if name in keys]
        if name in PHONE_KEYS:
            homes.append("[[phones]]")
        if homes:
            self.problem(
                name,
                f"expected '{name}' under {' or '.join(homes)}, "
                "but it comes before any section header; it is ignored",
            )
        else:
            self.problem(name, _unknown(f"unknown section '{name}'", name, SECTIONS))

    def emergency(self, clinic: dict[str, Any]) -> str:
        tail = "; using 911"
        number = self.text(
            clinic,
            "emergency_number",
            "911",
            dotted="clinic.emergency_number",
            max_len=20,
            what='the local emergency number, like "911"',
            tail=tail,
        )
        if not (number.isascii() and number.isdigit() and 2 <= len(number) <= 6):
            self.problem(
                "clinic.emergency_number",
                "expected the local emergency number as 2 to "
                f'6 digits, like "911" or "112", got {_show(number)}{tail}',
            )
            return "911"
        return number

    def logo(self, clinic: dict[str, Any]) -> Path | None:
        tail = "; no logo is shown"
        raw = self.text(
            clinic,
            "logo",
            "",
            dotted="clinic.logo",
            max_len=500,
            what='a logo file name, like "logo.png"',
            tail=tail,
        )
        if not raw:
            return None
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.file.parent / path
        expected = "expected a PNG, SVG or JPEG logo file"
        try:
            if path.is_dir():
                self.problem("clinic.logo", f"{expected}, but {str(path)!r} is a folder{tail}")
                return None
            size = path.stat().st_size
            with path.open("rb") as handle:
                data = handle.read(LOGO_MAX_BYTES + 1)  # bounded: a device has no size
        except FileNotFoundError:
            self.problem("clinic.logo", f"{expected}, but {str(path)!r} does not exist{tail}")
            return None
        except OSError as error:
            self.problem(
                "clinic.logo",
                f"{expected}, but {str(path)!r} cannot be read ({error.strerror or error}){tail}",
            )
            return None
        size = max(size, len(data))
        if size > LOGO_MAX_BYTES:
            self.problem(
                "clinic.logo",
                f"{expected} of at most {LOGO_MAX_BYTES // 2**20} MB, "
                f"but {str(path)!r} has {size / 2**20:.1f} MB{tail}",
            )
            return None
        why = image_problem(data)
        if why is not None:
            self.problem("clinic.logo", f"{expected}, but {str(path)!r} {why}{tail}")
            return None
        return path.resolve()

    def phones(self) -> tuple[Phone, ...]:
        value = self.data.get("phones", [])
        if isinstance(value, dict):
            self.problem(
                "phones",
                "expected each phone as its own [[phones]] entry (two pairs "
                "of brackets), got one [phones] section; no phone is shown",
            )
            return ()
        if not isinstance(value, list):
            self.problem(
                "phones", f"expected [[phones]] entries, got {_kind(value)}; no phone is shown"
            )
            return ()
        phones: list[Phone] = []
        left_out = "; this phone is left out"
        for index, entry in enumerate(value, start=1):
            key = f"phones[{index}]"
            if not isinstance(entry, dict):
                self.problem(
                    key,
                    "expected a phone entry with a label and a number, "
                    f"got {_kind(entry)}{left_out}",
                )
                continue
            for unknown in entry:
                if unknown not in PHONE_KEYS:
                    self.problem(
                        f"{key}.{unknown}",
                        _unknown(
                            f"unknown setting '{unknown}' in a phone entry", unknown, PHONE_KEYS
                        ),
                    )
            label = self.text(
                entry,
                "label",
                "",
                dotted=f"{key}.label",
                max_len=60,
                required=True,
                what='a label, like "Clinic visits"',
                tail=left_out,
            )
            if not label:
                continue
            number = self.text(
                entry,
                "number",
                "",
                dotted=f"{key}.number",
                max_len=40,
                required=True,
                what='a phone number like "202-444-5478"',
                tail=left_out,
            )
            if not number:
                continue
            why = phone_problem(number)
            if why:
                self.problem(f"{key}.number", why + left_out)
                continue
            note = self.text(
                entry,
                "note",
                "",
                dotted=f"{key}.note",
                max_len=120,
                what="a short note",
                tail="; the note is left out",
            )
            phones.append(Phone(label, number, note))
        if len(phones) > MAX_PHONES:
            self.problem(
                "phones",
                f"expected at most {MAX_PHONES} phones, got {len(phones)}; "
                f"only the first {MAX_PHONES} are shown",
            )
            phones = phones[:MAX_PHONES]
        return tuple(phones)

    def accent(self) -> str:
        tail = f"; using {DEFAULT_ACCENT}"
        color = self.text(
            self.section("branding"),
            "accent_color",
            DEFAULT_ACCENT,
            dotted="branding.accent_color",
            max_len=20,
            tail=tail,
            what=f'a colour like "{DEFAULT_ACCENT}"',
        )
        if not _COLOR.fullmatch(color):
            self.problem(
                "branding.accent_color",
                "expected a colour as # and six hex digits, "
                f'like "{DEFAULT_ACCENT}", got {_show(color)}{tail}',
            )
            return DEFAULT_ACCENT
        ratio = contrast_ratio(color)
        if ratio < MIN_ACCENT_CONTRAST:
            self.problem(
                "branding.accent_color",
                f"expected a darker colour: white text on "
                f"{color} has a contrast of {ratio:.1f}:1, and at least "
                f"{MIN_ACCENT_CONTRAST}:1 is needed{tail}",
            )
            return DEFAULT_ACCENT
        return color.upper()

    def languages(self) -> tuple[tuple[str, ...], str]:
        table = self.section("languages")
        allowed = ", ".join(f'"{code}" ({LANGUAGE_NAMES[code]})' for code in LANGUAGE_CODES)
        offered: tuple[str, ...] = ("en",)
        value = table.get("offered", ["en"])
        if not isinstance(value, list) or not value:
            got = "an empty list" if value == [] else _kind(value)
            self.problem(
                "languages.offered",
                "expected a list of language codes like "
                f'["en", "es"], got {got}; offering English only',
            )
        else:
            codes: list[str] = []
            for number, code in enumerate(value, start=1):
                where = f"languages.offered[{number}]"
                if not isinstance(code, str) or code not in LANGUAGE_CODES:
                    close = _closest(code.lower() if isinstance(code, str) else "", LANGUAGE_CODES)
                    hint = f' (did you mean "{close}"?)' if close else ""
                    self.problem(
                        where, f"expected one of {allowed}, got {_show(code)}{hint}; it is left out"
                    )
                elif code in codes:
                    self.problem(
                        where, f'expected each language once, got "{code}" again; it is left out'
                    )
                else:
                    codes.append(code)
            if codes:
                offered = tuple(codes)
            else:
                self.problem(
                    "languages.offered",
                    "expected at least one language this kiosk can show; offering English only",
                )
        default = "en" if "en" in offered else offered[0]
        if "default" in table:
            value = table["default"]
            if not isinstance(value, str) or value not in offered:
                self.problem(
                    "languages.default",
                    "expected one of the offered languages "
                    f'({", ".join(offered)}), got {_show(value)}; using "{default}"',
                )
            else:
                default = value
        return offered, default

    def pin_hash(self, kiosk: dict[str, Any]) -> str | None:
        if "admin_pin_hash" not in kiosk:
            return None
        value = kiosk["admin_pin_hash"]
        if not isinstance(value, str):
            self.problem(
                "kiosk.admin_pin_hash",
                f"expected the PIN hash in quotes, got {_kind(value)}; no PIN is set",
            )
            return None
        value = value.strip()
        if not value:
            return None
        why = pin_hash_problem(value)
        if why:
            self.problem("kiosk.admin_pin_hash", f"{why}; no PIN is set")
            return None
        return value

    def paper_size(self) -> str:
        tail = '; using "letter"'
        size = self.text(
            self.section("handout"),
            "paper_size",
            "letter",
            dotted="handout.paper_size",
            max_len=20,
            what='"letter" or "a4"',
            tail=tail,
        )
        if size.lower() not in PAPER_SIZES:
            self.problem(
                "handout.paper_size", f'expected "letter" or "a4", got {_show(size)}{tail}'
            )
            return "letter"
        return size.lower()


# --------------------------------------------------------------------------- loading


_SYNTAX_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_profile(path: Path | None) -> tuple[ClinicProfile, list[Problem]]:
    """Read a clinic profile; ``None`` reads the embedded default. Never raises.

    Returns the profile (defaults for every broken part, the good parts kept) and the
    problems found, in the order of the file.
    """
    file = paths.default_profile() if path is None else Path(path)
    shown = str(file)
    neutral = ClinicProfile(source=file)

    def whole_file(message: str, line: int | None = None) -> tuple[ClinicProfile, list[Problem]]:
        return neutral, [Problem(shown, "", message + "; every setting uses its default", line)]

    try:
        if file.is_dir():  # Windows says "permission denied" for a folder
            return whole_file("expected a clinic profile file, but this is a folder")
        if file.stat().st_size > MAX_FILE_BYTES:
            return whole_file(
                f"expected a clinic profile of at most {MAX_FILE_BYTES // 1024} KB, "
                "but this file is larger"
            )
        raw = file.read_bytes()
    except FileNotFoundError:
        return whole_file("expected a clinic profile file, but it does not exist")
    except OSError as error:
        return whole_file(
            f"expected a readable clinic profile file, but it cannot be read "
            f"({error.strerror or error})"
        )
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return whole_file(
            "expected a text file saved as UTF-8, but it has other bytes "
            "(save it as UTF-8 in your editor)",
            line,
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _SYNTAX_LINE.search(message)
        line = int(found.group(1)) if found else None
        detail = _SYNTAX_LINE.sub("", message).strip().rstrip(".")
        return whole_file(
            f'expected TOML (lines like name = "City Hospital" under [section] headers), '
            f"but this line cannot be read: {detail[:1].lower() + detail[1:]}",
            line,
        )
    except RecursionError:  # absurdly deep nesting
        return whole_file("expected TOML, but it is nested too deeply to read")
    reader = _Reader(file, text, data)
    try:
        profile = reader.read()
    except Exception:  # a bug here must not stop the kiosk: report it, run on the defaults
        _log.exception("reading the clinic profile %s failed", file)
        return whole_file(
            "this profile could not be read because of an error in Spine Kiosk itself (see the log)"
        )
    problems = sorted(reader.problems, key=lambda p: p.line if p.line is not None else 0)
    return profile, problems


def format_problems(problems: Iterable[Problem]) -> str:
    """One problem per line, ready to print or to show on the admin screen ("" when none)."""
    return "\n".join(str(problem) for problem in problems)


__all__ = [
    "COUNTDOWN_RANGE",
    "DEFAULT_ACCENT",
    "IDLE_RANGE",
    "LANGUAGE_CODES",
    "PAPER_SIZES",
    "ClinicProfile",
    "Phone",
    "contrast_ratio",
    "format_problems",
    "hash_pin",
    "image_kind",
    "image_problem",
    "load_profile",
    "phone_problem",
    "pin_hash_problem",
    "verify_pin",
]
