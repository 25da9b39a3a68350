"""The clinic's vCard: format, escaping, address splitting, and that it fits a QR code."""

from __future__ import annotations

from pathlib import Path

import pytest
import segno

from kiosk import paths
from kiosk.core.profile import ClinicProfile, Phone, load_profile
from kiosk.core.vcard import PostalAddress, escape, fold, split_address, vcard_for

GW_EXAMPLE = paths.asset("clinic", "examples", "gw-hospital.toml")


def unfold(text: str) -> list[str]:
    """Content lines of a vCard, folding undone (RFC 2426 2.6)."""
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def shipped(path: Path | None) -> ClinicProfile:
    profile, problems = load_profile(path)
    assert problems == []
    return profile


def test_default_profile_card() -> None:
    lines = unfold(vcard_for(shipped(None)))
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"]
    assert lines[-1] == "END:VCARD"
    assert "N:;;;;" in lines
    assert "ORG:MedStar Georgetown University Hospital;Neurointerventional Radiology" in lines
    assert [line for line in lines if "TEL" in line] == [
        "item1.TEL;TYPE=WORK,VOICE:202-444-5478",
        "item2.TEL;TYPE=WORK,VOICE:202-444-3420",
    ]
    assert "item1.X-ABLabel:Clinic visits" in lines
    assert "item2.X-ABLabel:Schedule a procedure" in lines
    assert "NOTE:Schedule a procedure: A physician's order is required." in lines
    assert not any(line.startswith("ADR") for line in lines)


def test_gw_example_card_has_the_address_split() -> None:
    lines = unfold(vcard_for(shipped(GW_EXAMPLE)))
    assert "ORG:The George Washington University Hospital" in lines
    assert "ADR;TYPE=WORK:;;900 23rd Street NW;Washington;DC;20037;" in lines
    assert not any("TEL" in line for line in lines)
    assert not any(line.startswith("NOTE") for line in lines)


def test_line_endings_are_crlf_only() -> None:
    text = vcard_for(shipped(None))
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_escaping() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape("x\r\ny\rz") == "x\\ny\\nz"
    assert escape("plain text") == "plain text"


def test_escaping_in_the_card() -> None:
    profile = ClinicProfile(
        name="Smith, Jones; Partners \\ Co",
        department="Spine; Pain",
        phones=(Phone("Desk, main", "202-444-5478", "Bring your card; and ID"),),
        address=("Suite 2, Floor 3", "Springfield; Main St"),
        hours=("Mon, Tue: 9-5",),
    )
    lines = unfold(vcard_for(profile))
    assert "ORG:Smith\\, Jones\\; Partners \\\\ Co;Spine\\; Pain" in lines
    assert "FN:Smith\\, Jones\\; Partners \\\\ Co - Spine\\; Pain" in lines
    assert "item1.X-ABLabel:Desk\\, main" in lines
    assert "ADR;TYPE=WORK:;;Suite 2\\, Floor 3\\nSpringfield\\; Main St;;;;" in lines
    assert "NOTE:Desk\\, main: Bring your card\\; and ID\\nHours: Mon\\, Tue: 9-5" in lines


def test_long_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    name = "Hôpital Général de la Santé du Dos 中文医院 " * 3
    text = vcard_for(ClinicProfile(name=name.strip()))
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    assert f"FN:{name.strip()}" in unfold(text)
    text.encode("utf-8")  # no split surrogate or half character


def test_fold_keeps_short_lines() -> None:
    assert fold("VERSION:3.0") == "VERSION:3.0"
    folded = fold("X" * 160)
    assert folded.split("\r\n ") == ["X" * 75, "X" * 74, "X" * 11]


def test_an_empty_profile_still_makes_a_card() -> None:
    lines = unfold(vcard_for(ClinicProfile()))
    assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD"
    assert "FN:Clinic" in lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["900 23rd Street NW", "Washington, DC 20037"],
            PostalAddress(("900 23rd Street NW",), "Washington", "DC", "20037"),
        ),
        (
            ["1 Main St", "Suite 2", "New York, NY 10001-1234", "USA"],
            PostalAddress(("1 Main St", "Suite 2"), "New York", "NY", "10001-1234", "USA"),
        ),
        (
            ["200 Elizabeth St", "Toronto, ON m5g 2c4"],
            PostalAddress(("200 Elizabeth St",), "Toronto", "ON", "M5G 2C4"),
        ),
        (["10 Downing St", "London SW1A 2AA"], PostalAddress(("10 Downing St", "London SW1A 2AA"))),
        (["Washington, DC 20037"], PostalAddress(("Washington, DC 20037",))),
        (["Main building", "United States"], PostalAddress(("Main building", "USA"))),
    ],
)
def test_split_address(lines: list[str], expected: PostalAddress) -> None:
    assert split_address(lines) == expected


@pytest.mark.parametrize("path", [None, GW_EXAMPLE], ids=["default", "gw"])
def test_shipped_cards_fit_a_qr_code(path: Path | None, record_property) -> None:
    qr = segno.make(vcard_for(shipped(path)), error="m")
    record_property("qr_version", qr.version)
    # Version 16 is 81 modules wide: at 5 px a module it is about 13 cm on a 24" screen.
    assert qr.version <= 16, f"QR version {qr.version}"
    assert qr.error == "M"


def largest_profile() -> ClinicProfile:
    """Every field at the longest the profile loader accepts."""
    return ClinicProfile(
        name="N" * 100,
        department="D" * 100,
        phones=tuple(
            Phone("L" * 60, f"+1 (202) 444-547{i} ext. 123456", "T" * 120) for i in range(6)
        ),
        address=tuple("A" * 100 for _ in range(6)),
        hours=tuple("H" * 100 for _ in range(6)),
    )


def test_the_largest_allowed_profile_still_fits_a_qr_code(record_property) -> None:
    text = vcard_for(largest_profile())
    lines = unfold(text)
    # The extras were left out; every number and the address stayed.
    assert [line for line in lines if line.startswith("TEL")] == [
        f"TEL;TYPE=WORK,VOICE:+1 (202) 444-547{i} ext. 123456" for i in range(6)
    ]
    assert any(line.startswith("ADR") for line in lines)
    assert not any(line.startswith("NOTE") for line in lines)
    qr = segno.make(text, error="m")
    record_property("qr_version", qr.version)
    assert qr.version <= 40


def test_extras_are_left_out_in_order_when_the_card_is_too_long() -> None:
    profile = ClinicProfile(
        name="Clinic",
        department="Spine",
        phones=(Phone("Desk", "202-444-5478", "Mornings only"),),
        hours=("Monday to Friday",),
    )
    full = vcard_for(profile)
    assert "Hours: Monday to Friday" in full and "Mornings only" in full
    shorter = vcard_for(profile, max_bytes=len(full.encode()) - 1)
    assert "Hours" not in shorter and "Mornings only" in shorter
    shortest = vcard_for(profile, max_bytes=10)
    assert unfold(shortest) == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:;;;;",
        "FN:Clinic",
        "ORG:Clinic;Spine",
        "TEL;TYPE=WORK,VOICE:202-444-5478",
        "END:VCARD",
    ]
    assert vcard_for(profile, max_bytes=len(full.encode())) == full
