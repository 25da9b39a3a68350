"""The clinic profile: shipped files, defaults, every kind of broken file, the admin PIN."""

from __future__ import annotations

import hmac
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.core import profile as profile_module
from kiosk.core.problems import Problem
from kiosk.core.profile import (
    DEFAULT_ACCENT,
    LANGUAGE_CODES,
    SECTIONS,
    ClinicProfile,
    Phone,
    contrast_ratio,
    format_problems,
    hash_pin,
    image_kind,
    load_profile,
    phone_problem,
    pin_hash_problem,
    verify_pin,
)

GW_EXAMPLE = paths.asset("clinic", "examples", "gw-hospital.toml")
FAST = 100_000  # the lowest iteration count the format accepts: keeps the tests quick
# A real 1 x 1 grey PNG: the logo check reads a PNG's header, checksum and end.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
    b"\x00\x00\x00\nIDATx\x9cc`\x00\x00\x00\x02\x00\x01H\xaf\xa4q\x00\x00\x00\x00IEND\xaeB`\x82"
)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'


def write(tmp_path: Path, text: str, name: str = "clinic.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the test profile")


# --------------------------------------------------------------------------- shipped profiles


def test_embedded_default_loads_without_problems() -> None:
    profile, problems = load_profile(None)
    assert problems == [], format_problems(problems)
    assert profile.source == paths.default_profile()
    assert profile.name == "MedStar Georgetown University Hospital"
    assert profile.department == "Neurointerventional Radiology"
    assert profile.phones == (
        Phone("Clinic visits", "202-444-5478"),
        Phone("Schedule a procedure", "202-444-3420", "A physician's order is required."),
    )
    # The seed gives no address, hours or logo: none are invented.
    assert profile.address == ()
    assert profile.hours == ()
    assert profile.logo is None
    assert profile.welcome
    assert profile.languages == LANGUAGE_CODES
    assert profile.default_language == "en"


def test_embedded_default_welcome_makes_no_marketing_claims() -> None:
    profile, _ = load_profile(None)
    words = set(re.findall(r"[a-z-]+", profile.welcome.lower()))
    assert not words & {"world-class", "fellowship-trained", "best", "leading", "top", "highest"}


def test_gw_example_loads_without_problems() -> None:
    profile, problems = load_profile(GW_EXAMPLE)
    assert problems == [], format_problems(problems)
    assert profile.name == "The George Washington University Hospital"
    assert profile.address == ("900 23rd Street NW", "Washington, DC 20037")
    assert profile.phones == ()
    assert profile.hours == ()


@pytest.mark.parametrize("path", [paths.default_profile(), GW_EXAMPLE], ids=["default", "gw"])
def test_shipped_profiles_use_only_known_sections(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(data) <= set(SECTIONS)


# --------------------------------------------------------------------------- defaults


def test_dataclass_defaults() -> None:
    profile = ClinicProfile()
    assert profile.emergency_number == "911"
    assert profile.accent_color == DEFAULT_ACCENT
    assert profile.languages == ("en",)
    assert profile.default_language == "en"
    assert profile.idle_seconds == 90
    assert profile.countdown_seconds == 15
    assert profile.admin_pin_hash is None
    assert profile.reviewed_by == ""
    assert profile.paper_size == "letter"
    assert profile.usage_retention_days == 365
    assert profile.phones == profile.address == profile.hours == ()
    assert profile.logo is None


def test_default_accent_is_readable_with_white_text() -> None:
    assert contrast_ratio(DEFAULT_ACCENT) >= 4.5
    assert contrast_ratio("#000000") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF") == pytest.approx(1.0)


def test_a_minimal_profile_is_valid(tmp_path: Path) -> None:
    """Only a name: no phones, hours, address or logo is a finished profile, not a problem."""
    profile, problems = load_profile(write(tmp_path, '[clinic]\nname = "Small Clinic"\n'))
    assert problems == []
    assert profile == ClinicProfile(name="Small Clinic", source=tmp_path / "clinic.toml")


def test_every_setting_is_read(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_bytes(SVG)
    pin = hash_pin("2468", iterations=FAST)
    text = f"""
[clinic]
name = "  Riverside Spine Centre  "
department = "Interventional Radiology"
welcome = "Hello, and welcome."
logo = "logo.svg"
emergency_number = "112"

[[phones]]
label = "Reception"
number = "+44 (0)20 7946 0000 ext. 12"
note = "Mornings only"

[address]
lines = ["1 River Road", "Bristol BS1 1AA"]

[hours]
lines = "Monday to Friday, 9 to 5"

[kiosk]
idle_seconds = 20
countdown_seconds = 120
admin_pin_hash = "{pin}"
screen = "HDMI-1"

[languages]
offered = ["es", "en", "ar"]
default = "ar"

[branding]
accent_color = "#00332a"

[content]
reviewed_by = "Dr. A. Rivera"

[handout]
paper_size = "A4"

[usage]
retention_days = 30
"""
    profile, problems = load_profile(write(tmp_path, text))
    assert problems == [], format_problems(problems)
    assert profile.name == "Riverside Spine Centre"
    assert profile.logo == (tmp_path / "logo.svg").resolve()
    assert profile.phones == (Phone("Reception", "+44 (0)20 7946 0000 ext. 12", "Mornings only"),)
    assert profile.address == ("1 River Road", "Bristol BS1 1AA")
    assert profile.hours == ("Monday to Friday, 9 to 5",)
    assert profile.emergency_number == "112"
    assert (profile.idle_seconds, profile.countdown_seconds) == (20, 120)
    assert profile.admin_pin_hash == pin
    assert profile.screen == "HDMI-1"
    assert profile.languages == ("es", "en", "ar")
    assert profile.default_language == "ar"
    assert profile.accent_color == "#00332A"
    assert profile.reviewed_by == "Dr. A. Rivera"
    assert profile.paper_size == "a4"
    assert profile.usage_retention_days == 30


def test_default_language_falls_back_to_the_first_offered(tmp_path: Path) -> None:
    text = '[clinic]\nname = "X"\n[languages]\noffered = ["vi", "zh"]\n'
    profile, problems = load_profile(write(tmp_path, text))
    assert problems == []
    assert profile.default_language == "vi"


# --------------------------------------------------------------------------- broken profiles

CLINIC = '[clinic]\nname = "Good Clinic"\n'
PHONE = '[[phones]]\nlabel = "Front desk"\nnumber = "202-555-0100"\n'
GOOD_PHONE = Phone("Front desk", "202-555-0100")


@dataclass(frozen=True)
class Broken:
    text: str
    key: str  # the dotted key the problem must name
    needle: str  # the problem's line is the first line containing this
    words: tuple[str, ...]  # the message must contain these (what was expected)
    keeps: str = "both"  # "name", "phone" or "both": the good parts still loaded
    files: dict[str, bytes | None] = field(default_factory=dict)  # None: a folder


BROKEN = {
    "unknown key, close": Broken(
        CLINIC + PHONE + "[kiosk]\nidle_secs = 30\n",
        "kiosk.idle_secs",
        "idle_secs",
        ("Did you mean 'idle_seconds'?", "expected one of"),
    ),
    "unknown key, far": Broken(
        CLINIC + PHONE + "[kiosk]\nwallpaper = 'x'\n",
        "kiosk.wallpaper",
        "wallpaper",
        ("expected one of: idle_seconds",),
    ),
    "unknown section": Broken(
        CLINIC + PHONE + "[kiosq]\nidle_seconds = 30\n",
        "kiosq",
        "[kiosq]",
        ("unknown section", "Did you mean 'kiosk'?"),
    ),
    "key before any section": Broken(
        "idle_seconds = 30\n" + CLINIC + PHONE,
        "idle_seconds",
        "idle_seconds",
        ("expected 'idle_seconds' under [kiosk]",),
    ),
    "phone with letters": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnumber = "call us"\n',
        "phones[2].number",
        "call us",
        ("expected a phone number like 202-444-5478, got 'call us'", "left out"),
    ),
    "phone too short": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnumber = "444-54"\n',
        "phones[2].number",
        "444-54",
        ("expected a phone number", "5 digits"),
    ),
    "phone too long": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnumber = "1234567890123456"\n',
        "phones[2].number",
        "1234567890123456",
        ("7 to 15",),
    ),
    "phone plus in the middle": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnumber = "202+444+5478"\n',
        "phones[2].number",
        "202+444",
        ("'+' may only come first",),
    ),
    "phone number without quotes": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnumber = 2024445478\n',
        "phones[2].number",
        "2024445478",
        ("expected a phone number", "in quotes"),
    ),
    "phone without label": Broken(
        CLINIC + PHONE + '[[phones]]  # second\nnumber = "202-444-3420"\n',
        "phones[2].label",
        "# second",
        ("missing", "expected a label"),
    ),
    "phone key misspelt": Broken(
        CLINIC + PHONE + '[[phones]]\nlabel = "Call"\nnmber = "202-444-3420"\n',
        "phones[2].nmber",
        "nmber",
        ("Did you mean 'number'?",),
    ),
    "phones as one section": Broken(
        CLINIC + '[phones]\nlabel = "Desk"\nnumber = "202-555-0100"\n',
        "phones",
        "[phones]",
        ("expected each phone as its own [[phones]] entry",),
        keeps="name",
    ),
    "too many phones": Broken(
        CLINIC + PHONE * 7,
        "phones",
        "[[phones]]",
        ("expected at most 6 phones", "only the first 6"),
    ),
    "colour name": Broken(
        CLINIC + PHONE + '[branding]\naccent_color = "blue"\n',
        "branding.accent_color",
        "blue",
        ("expected a colour as # and six hex digits", "'blue'"),
    ),
    "colour too light": Broken(
        CLINIC + PHONE + '[branding]\naccent_color = "#FFFF00"\n',
        "branding.accent_color",
        "#FFFF00",
        ("expected a darker colour", "4.5:1"),
    ),
    "logo missing": Broken(
        CLINIC + 'logo = "missing.png"\n' + PHONE,
        "clinic.logo",
        "missing.png",
        ("expected a PNG, SVG or JPEG", "does not exist"),
    ),
    "logo not an image": Broken(
        CLINIC + 'logo = "logo.png"\n' + PHONE,
        "clinic.logo",
        "logo.png",
        ("expected a PNG, SVG or JPEG", "not an image"),
        files={"logo.png": b"GIF89a not what it says"},
    ),
    "logo is a folder": Broken(
        CLINIC + 'logo = "logos"\n' + PHONE,
        "clinic.logo",
        "logos",
        ("expected a PNG, SVG or JPEG", "is a folder"),
        files={"logos": None},
    ),
    "pin hash not a hash": Broken(
        CLINIC + PHONE + '[kiosk]\nadmin_pin_hash = "1234"\n',
        "kiosk.admin_pin_hash",
        "admin_pin_hash",
        ("expected a PIN hash like", "--hash-pin"),
    ),
    "pin hash wrong method": Broken(
        CLINIC
        + PHONE
        + '[kiosk]\nadmin_pin_hash = "md5$100000$'
        + "ab" * 16
        + "$"
        + "cd" * 32
        + '"\n',
        "kiosk.admin_pin_hash",
        "admin_pin_hash",
        ("method must be 'pbkdf2_sha256'",),
    ),
    "pin hash too few iterations": Broken(
        CLINIC
        + PHONE
        + '[kiosk]\nadmin_pin_hash = "pbkdf2_sha256$1000$'
        + "ab" * 16
        + "$"
        + "cd" * 32
        + '"\n',
        "kiosk.admin_pin_hash",
        "admin_pin_hash",
        ("iteration count must be 100000 to",),
    ),
    "pin hash short digest": Broken(
        CLINIC
        + PHONE
        + '[kiosk]\nadmin_pin_hash = "pbkdf2_sha256$600000$'
        + "ab" * 16
        + "$"
        + "cd" * 31
        + '"\n',
        "kiosk.admin_pin_hash",
        "admin_pin_hash",
        ("exactly 64 lower-case hex digits",),
    ),
    "pin hash as a number": Broken(
        CLINIC + PHONE + "[kiosk]\nadmin_pin_hash = 1234\n",
        "kiosk.admin_pin_hash",
        "admin_pin_hash",
        ("expected the PIN hash in quotes",),
    ),
    "default language not offered": Broken(
        CLINIC + PHONE + '[languages]\noffered = ["en", "es"]\ndefault = "vi"\n',
        "languages.default",
        "default",
        ("expected one of the offered languages (en, es)",),
    ),
    "unknown language": Broken(
        CLINIC + PHONE + '[languages]\noffered = ["en", "ES", "fr"]\n',
        "languages.offered[2]",
        "offered",
        ('expected one of "en" (English)', 'did you mean "es"'),
    ),
    "language twice": Broken(
        CLINIC + PHONE + '[languages]\noffered = ["en", "es", "en"]\n',
        "languages.offered[3]",
        "offered",
        ("expected each language once",),
    ),
    "no language": Broken(
        CLINIC + PHONE + "[languages]\noffered = []\n",
        "languages.offered",
        "offered",
        ("expected a list of language codes", "empty list"),
    ),
    "idle too short": Broken(
        CLINIC + PHONE + "[kiosk]\nidle_seconds = 5\n",
        "kiosk.idle_seconds",
        "idle_seconds",
        ("from 20 to 3600", "got 5", "using 90"),
    ),
    "idle in quotes": Broken(
        CLINIC + PHONE + '[kiosk]\nidle_seconds = "90"\n',
        "kiosk.idle_seconds",
        "idle_seconds",
        ("expected a whole number", "without quotes"),
    ),
    "idle as true": Broken(
        CLINIC + PHONE + "[kiosk]\nidle_seconds = true\n",
        "kiosk.idle_seconds",
        "idle_seconds",
        ("expected a whole number", "true/false"),
    ),
    "idle as a fraction": Broken(
        CLINIC + PHONE + "[kiosk]\nidle_seconds = 90.5\n",
        "kiosk.idle_seconds",
        "idle_seconds",
        ("expected a whole number",),
    ),
    "countdown too long": Broken(
        CLINIC + PHONE + "[kiosk]\ncountdown_seconds = 500\n",
        "kiosk.countdown_seconds",
        "countdown_seconds",
        ("from 5 to 120", "using 15"),
    ),
    "empty name": Broken(
        '[clinic]\nname = "  "\n' + PHONE,
        "clinic.name",
        "name",
        ("expected the clinic's name", "empty"),
        keeps="phone",
    ),
    "missing name": Broken(
        '[clinic]\ndepartment = "Spine"\n' + PHONE,
        "clinic.name",
        "[clinic]",
        ("missing", "expected the clinic's name"),
        keeps="phone",
    ),
    "no clinic section": Broken(
        PHONE, "clinic.name", "", ("missing", "expected the clinic's name"), keeps="phone"
    ),
    "name as a number": Broken(
        "[clinic]\nname = 42\n" + PHONE,
        "clinic.name",
        "name",
        ("in quotes", "a number (42)"),
        keeps="phone",
    ),
    "name on two lines": Broken(
        '[clinic]\nname = """Good\nClinic"""\n' + PHONE,
        "clinic.name",
        "name",
        ("(one line)",),
        keeps="phone",
    ),
    "clinic not a section": Broken(
        'clinic = "Good Clinic"\n' + PHONE,
        "clinic",
        "clinic",
        ("expected a [clinic] section",),
        keeps="phone",
    ),
    "welcome too long": Broken(
        CLINIC + 'welcome = "' + "Welcome! " * 30 + '"\n' + PHONE,
        "clinic.welcome",
        "welcome",
        ("at most 200 characters",),
    ),
    "address not a list": Broken(
        CLINIC + PHONE + "[address]\nlines = 900\n",
        "address.lines",
        "lines",
        ('expected a list of address lines like ["...", "..."]',),
    ),
    "hours line not text": Broken(
        CLINIC + PHONE + '[hours]\nlines = ["Monday", 9]\n',
        "hours.lines[2]",
        "lines",
        ("expected each opening hours line as text",),
    ),
    "paper size": Broken(
        CLINIC + PHONE + '[handout]\npaper_size = "legal"\n',
        "handout.paper_size",
        "paper_size",
        ('expected "letter" or "a4", got \'legal\'',),
    ),
    "retention zero": Broken(
        CLINIC + PHONE + "[usage]\nretention_days = 0\n",
        "usage.retention_days",
        "retention_days",
        ("from 1 to 3650, got 0", "using 365"),
    ),
    "emergency number in words": Broken(
        CLINIC + 'emergency_number = "nine-one-one"\n' + PHONE,
        "clinic.emergency_number",
        "emergency_number",
        ("expected the local emergency number",),
    ),
}


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_broken_profile_is_reported_and_the_rest_kept(tmp_path: Path, case: Broken) -> None:
    for name, data in case.files.items():
        if data is None:
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_bytes(data)
    path = write(tmp_path, case.text)

    profile, problems = load_profile(path)  # never raises

    matching = [problem for problem in problems if problem.key == case.key]
    assert matching, f"no problem for {case.key!r}:\n{format_problems(problems)}"
    problem = matching[0]
    shown = str(problem)
    assert str(path) in shown
    assert case.key in shown
    assert "expected" in shown
    for words in case.words:
        assert words in shown, shown
    expected_line = line_of(case.text, case.needle) if case.needle else None
    assert problem.line == expected_line, shown
    if case.keeps in ("name", "both"):
        assert profile.name == "Good Clinic"
    if case.keeps in ("phone", "both"):
        assert profile.phones[:1] == (GOOD_PHONE,)
    assert isinstance(profile, ClinicProfile)


def test_there_are_at_least_twenty_broken_profiles() -> None:
    assert len(BROKEN) >= 20


def test_broken_parts_fall_back_to_their_defaults(tmp_path: Path) -> None:
    text = (
        CLINIC
        + PHONE
        + '[[phones]]\nlabel = "Bad"\nnumber = "call us"\n'
        + '[[phones]]\nlabel = "Also good"\nnumber = "(202) 444.3420 x7"\n'
        + "[kiosk]\nidle_seconds = 5\ncountdown_seconds = 30\n"
        + '[branding]\naccent_color = "#abc"\n'
        + '[languages]\noffered = ["en", "xx", "es"]\ndefault = "es"\n'
    )
    profile, problems = load_profile(write(tmp_path, text))
    assert {p.key for p in problems} == {
        "phones[2].number",
        "kiosk.idle_seconds",
        "branding.accent_color",
        "languages.offered[2]",
    }
    assert [phone.label for phone in profile.phones] == ["Front desk", "Also good"]
    assert profile.idle_seconds == 90  # default
    assert profile.countdown_seconds == 30  # kept
    assert profile.accent_color == DEFAULT_ACCENT
    assert profile.languages == ("en", "es")
    assert profile.default_language == "es"


def test_problems_come_in_file_order(tmp_path: Path) -> None:
    text = CLINIC + 'logo = "nope.png"\n' + "[kiosk]\nidle_seconds = 1\n[handout]\npaper_size = 3\n"
    _, problems = load_profile(write(tmp_path, text))
    lines = [problem.line for problem in problems]
    assert lines == sorted(lines)
    assert len(problems) == 3


WEIRD_VALUES = [
    "42",
    "-1",
    "true",
    "3.5",
    "[1, 2]",
    "[]",
    "{ a = 1 }",
    "1979-05-27",
    '"\\u0007"',
    '""',
    '"' + "x" * 600 + '"',
]


@pytest.mark.parametrize("value", WEIRD_VALUES)
def test_any_value_anywhere_never_raises(tmp_path: Path, value: str) -> None:
    """Every setting, every kind of value: either accepted or reported under its key."""
    for section, keys in SECTIONS.items():
        for key in keys or ("label", "number", "note"):
            header = f"[[{section}]]" if section == "phones" else f"[{section}]"
            body = f"{key} = {value}\n"
            text = header + "\n" + body if section == "clinic" else CLINIC + header + "\n" + body
            profile, problems = load_profile(write(tmp_path, text))
            assert isinstance(profile, ClinicProfile)
            assert all(isinstance(problem, Problem) for problem in problems)
            assert all(str(tmp_path) in str(problem) for problem in problems)


def test_cutting_the_default_anywhere_never_raises(tmp_path: Path) -> None:
    text = paths.default_profile().read_text(encoding="utf-8")
    for cut in range(0, len(text), 7):
        profile, problems = load_profile(write(tmp_path, text[:cut] + text[cut + 1 :]))
        assert isinstance(profile, ClinicProfile)
        for problem in problems:
            assert "expected" in problem.message, problem


# --------------------------------------------------------------------------- whole-file problems


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, format_problems(problems)
    return problems[0]


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[clinic]\nname = "Good Clinic"\nwelcome = Hello\n')
    profile, problems = load_profile(path)
    problem = only_problem(problems)
    assert problem.line == 3
    assert str(problem).startswith(f"{path}:3: ")
    assert "expected TOML" in problem.message
    assert profile == ClinicProfile(source=path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    profile, problems = load_profile(path)
    problem = only_problem(problems)
    assert problem.file == str(path)
    assert "does not exist" in problem.message
    assert "expected a clinic profile file" in problem.message
    assert profile.name == ""


def test_folder_instead_of_file(tmp_path: Path) -> None:
    profile, problems = load_profile(tmp_path)
    assert "is a folder" in only_problem(problems).message
    assert isinstance(profile, ClinicProfile)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[clinic]\nname = "Hôpital"\n'.encode("latin-1"))
    profile, problems = load_profile(path)
    problem = only_problem(problems)
    assert problem.line == 2
    assert "UTF-8" in problem.message
    assert profile.name == ""


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, CLINIC)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    _, problems = load_profile(path)
    assert "cannot be read (Permission denied)" in only_problem(problems).message


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, CLINIC + "# " + "x" * 300_000 + "\n")
    _, problems = load_profile(path)
    assert "at most 256 KB" in only_problem(problems).message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CLINIC.encode())
    profile, problems = load_profile(path)
    assert problems == []
    assert profile.name == "Good Clinic"


def test_empty_file_reports_the_missing_name(tmp_path: Path) -> None:
    profile, problems = load_profile(write(tmp_path, ""))
    assert only_problem(problems).key == "clinic.name"
    assert profile.phones == ()


def test_a_bug_while_reading_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(profile_module._Reader, "read", broken)
    profile, problems = load_profile(write(tmp_path, CLINIC))
    assert "could not be read" in only_problem(problems).message
    assert isinstance(profile, ClinicProfile)


def test_format_problems() -> None:
    problems = [
        Problem("a.toml", "kiosk.idle_seconds", "expected a whole number", 4),
        Problem("a.toml", "", "expected TOML"),
    ]
    assert format_problems(problems) == (
        "a.toml:4: kiosk.idle_seconds: expected a whole number\na.toml: expected TOML"
    )
    assert format_problems([]) == ""


# --------------------------------------------------------------------------- small checks


@pytest.mark.parametrize(
    "number",
    [
        "202-444-5478",
        "(202) 444-5478",
        "+1 202 444 5478",
        "202.444.5478",
        "4445478",
        "202-444-5478 ext. 12",
        "202-444-5478 x 3",
        "+44 20 7946 0000",
        "202 444 5478 #204",
    ],
)
def test_phone_numbers_accepted(number: str) -> None:
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    "number",
    [
        "call us",
        "202-444-CALL",
        "444-547",
        "1234567890123456",
        "",
        "+",
        "202+444 5478",
        "202-444-5478 ext.",
        "٢٠٢٤٤٤٥٤٧٨",
    ],
)
def test_phone_numbers_refused(number: str) -> None:
    why = phone_problem(number)
    assert why is not None
    assert why.startswith("expected a phone number like 202-444-5478")


def test_image_kinds() -> None:
    assert image_kind(PNG) == "png"
    assert image_kind(JPEG) == "jpeg"
    assert image_kind(SVG) == "svg"
    assert image_kind(b"\xef\xbb\xbf  <svg viewBox='0 0 1 1'/>") == "svg"
    assert image_kind(b"GIF89a") is None
    assert image_kind(b"<html><body></body></html>") is None
    assert image_kind(b"") is None


@pytest.mark.parametrize(("name", "data"), [("a.png", PNG), ("b.jpg", JPEG), ("c.svg", SVG)])
def test_logo_kinds_accepted(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / name).write_bytes(data)
    profile, problems = load_profile(write(tmp_path, CLINIC + f'logo = "art/{name}"\n'))
    assert problems == []
    assert profile.logo == (tmp_path / "art" / name).resolve()


def test_logo_is_found_next_to_the_profile_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "logo.png").write_bytes(PNG)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "logo.png").write_bytes(b"not this one")
    monkeypatch.chdir(elsewhere)
    profile, problems = load_profile(write(folder, CLINIC + 'logo = "logo.png"\n'))
    assert problems == []
    assert profile.logo == (folder / "logo.png").resolve()


# --------------------------------------------------------------------------- admin PIN


def test_pin_round_trip() -> None:
    stored = hash_pin("4711", iterations=FAST)
    assert pin_hash_problem(stored) is None
    assert verify_pin("4711", stored)
    assert not verify_pin("4712", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("04711", stored)


def test_default_iterations_and_format() -> None:
    stored = hash_pin("123456")
    algorithm, iterations, salt, digest = stored.split("$")
    assert algorithm == "pbkdf2_sha256"
    assert int(iterations) == profile_module.PIN_ITERATIONS
    assert len(salt) == 32 and len(digest) == 64
    assert verify_pin("123456", stored)


def test_each_hash_has_its_own_salt() -> None:
    assert hash_pin("4711", iterations=FAST) != hash_pin("4711", iterations=FAST)


def flip(hex_text: str, at: int) -> str:
    return hex_text[:at] + ("0" if hex_text[at] != "0" else "1") + hex_text[at + 1 :]


def test_tampered_hash_is_refused() -> None:
    stored = hash_pin("4711", iterations=FAST)
    algorithm, iterations, salt, digest = stored.split("$")
    tampered = [
        f"{algorithm}${iterations}${salt}${flip(digest, 10)}",
        f"{algorithm}${iterations}${flip(salt, 3)}${digest}",
        f"{algorithm}${int(iterations) + 1}${salt}${digest}",
        f"pbkdf2_sha1${iterations}${salt}${digest}",
        f"{algorithm}${iterations}${salt.upper()}${digest}",
        f"{algorithm}${iterations}${salt}${digest}$",
        stored + "0",
        stored[:-1],
    ]
    for variant in tampered:
        assert not verify_pin("4711", variant), variant


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "1234",
        "$$$",
        "pbkdf2_sha256$abc$00$00",
        "pbkdf2_sha256$99999999999$" + "a" * 32 + "$" + "b" * 64,
        "pbkdf2_sha256$100000$" + "g" * 32 + "$" + "b" * 64,
        "pbkdf2_sha256$100000$" + "a" * 31 + "$" + "b" * 64,
        "pbkdf2_sha256$1e5$" + "a" * 32 + "$" + "b" * 64,
        "pbkdf2_sha256$١٠٠٠٠٠$" + "a" * 32 + "$" + "b" * 64,
    ],
)
def test_malformed_hashes_are_reported_and_never_match(stored: str) -> None:
    assert pin_hash_problem(stored) is not None
    assert not verify_pin("1234", stored)


def test_verify_never_raises_on_odd_input() -> None:
    stored = hash_pin("4711", iterations=FAST)
    assert not verify_pin("\udc80", stored)
    assert not verify_pin(4711, stored)  # type: ignore[arg-type]
    assert not verify_pin("4711", None)  # type: ignore[arg-type]


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "12 34", "١٢٣٤"])
def test_hash_pin_refuses_unusable_pins(pin: str) -> None:
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin, iterations=FAST)


def test_hash_pin_refuses_iterations_out_of_range() -> None:
    with pytest.raises(ValueError, match="iterations"):
        hash_pin("4711", iterations=1000)


def test_verify_uses_a_constant_time_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    stored = hash_pin("4711", iterations=FAST)
    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert verify_pin("4711", stored)
    assert not verify_pin("0000", stored)
    assert len(calls) == 2
    assert all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in calls)


def test_a_hash_from_hash_pin_loads_from_a_profile(tmp_path: Path) -> None:
    stored = hash_pin("97531", iterations=FAST)
    text = CLINIC + f'[kiosk]\nadmin_pin_hash = "{stored}"\n'
    profile, problems = load_profile(write(tmp_path, text))
    assert problems == []
    assert profile.admin_pin_hash is not None
    assert verify_pin("97531", profile.admin_pin_hash)


def test_the_guide_for_clinic_it_describes_every_setting() -> None:
    guide = paths.asset("clinic", "examples", "README.md").read_text(encoding="utf-8")
    for section, keys in SECTIONS.items():
        assert f"[{section}]" in guide or f"[[{section}]]" in guide, section
        for key in keys:
            assert f"`{key}`" in guide or f"`{section}.{key}`" in guide, f"{section}.{key}"
    for key in profile_module.PHONE_KEYS:
        assert f"`{key}`" in guide
