"""The clinic as a vCard 3.0 contact, for the "save the contact" QR code. No Qt here.

The text follows RFC 2426: CRLF line endings, lines folded at 75 octets, and ``\\``, ``,``,
``;`` and new lines escaped in text values. ``ADR`` is split into street / city / region /
postal code when the last address line reads like "Washington, DC 20037" (or a Canadian
"Toronto, ON M5G 2C4"); otherwise every line goes into the street field, which phones show
as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.core.profile import ClinicProfile

CRLF = "\r\n"
FOLD_OCTETS = 75
# About QR version 23 at error level M: still scannable from a screen by an ordinary phone.
MAX_CARD_BYTES = 900

_CITY_LINE = re.compile(
    r"""^(?P<locality>[^,]+?)\s*,\s*
        (?P<region>[A-Za-z][A-Za-z .]*?)\.?\s+
        (?P<postal>\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)$""",
    re.VERBOSE,
)
_COUNTRIES = {
    "usa": "USA",
    "u.s.a.": "USA",
    "us": "USA",
    "united states": "USA",
    "united states of america": "USA",
    "canada": "Canada",
}


@dataclass(frozen=True)
class PostalAddress:
    """The seven ADR fields that matter here (PO box and extended address stay empty)."""

    street: tuple[str, ...] = ()
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""


def split_address(lines: Sequence[str]) -> PostalAddress:
    """Split address lines into ADR fields where the last lines parse, else all in street."""
    lines = [line.strip() for line in lines if line.strip()]
    country = ""
    if len(lines) >= 2 and lines[-1].lower() in _COUNTRIES:
        country = _COUNTRIES[lines[-1].lower()]
        lines = lines[:-1]
    if len(lines) >= 2:
        found = _CITY_LINE.match(lines[-1])
        if found:
            return PostalAddress(
                street=tuple(lines[:-1]),
                locality=found.group("locality"),
                region=found.group("region").strip(),
                postal_code=found.group("postal").upper(),
                country=country,
            )
    return PostalAddress(street=tuple(lines) + ((country,) if country else ()))


def escape(text: str) -> str:
    """Escape a vCard 3.0 text value: backslash, comma, semicolon and new lines."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 2426 2.6), never inside a UTF-8 character."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = FOLD_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def vcard_for(profile: ClinicProfile, *, max_bytes: int = MAX_CARD_BYTES) -> str:
    """The clinic's contact card: name, department, phones, address, notes and hours.

    When the full card is longer than ``max_bytes`` (UTF-8), the extras go first, in this
    order: opening hours, the notes, the phone labels, the department in the display name.
    The phone numbers and the address are always kept.
    """
    steps = [
        {},
        {"hours": False},
        {"hours": False, "notes": False},
        {"hours": False, "notes": False, "labels": False},
        {"hours": False, "notes": False, "labels": False, "full_name": False},
    ]
    for leave_out in steps:
        card = _card(profile, **leave_out)
        if len(card.encode("utf-8")) <= max_bytes:
            return card
    return card


def _card(
    profile: ClinicProfile,
    *,
    hours: bool = True,
    notes: bool = True,
    labels: bool = True,
    full_name: bool = True,
) -> str:
    name = profile.name or profile.department or "Clinic"
    display = name
    if full_name and profile.name and profile.department:
        display = f"{profile.name} - {profile.department}"
    org = [profile.name, profile.department] if profile.department else [name]
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:;;;;",  # required by 3.0; empty because this card is an organisation
        f"FN:{escape(display)}",
        "ORG:" + ";".join(escape(part) for part in org),
    ]
    if labels:
        lines.append("X-ABShowAs:COMPANY")  # Apple Contacts: list it by the organisation
    for number, phone in enumerate(profile.phones, start=1):
        if labels:
            # The group ("item1.") ties the label to its number in Apple Contacts;
            # other readers ignore X-ABLabel and still get a work number.
            lines.append(f"item{number}.TEL;TYPE=WORK,VOICE:{escape(phone.number)}")
            lines.append(f"item{number}.X-ABLabel:{escape(phone.label)}")
        else:
            lines.append(f"TEL;TYPE=WORK,VOICE:{escape(phone.number)}")
    if profile.address:
        address = split_address(profile.address)
        fields = [
            "",  # PO box
            "",  # extended address
            "\\n".join(escape(line) for line in address.street),
            escape(address.locality),
            escape(address.region),
            escape(address.postal_code),
            escape(address.country),
        ]
        lines.append("ADR;TYPE=WORK:" + ";".join(fields))
    note_lines = [f"{phone.label}: {phone.note}" for phone in profile.phones if phone.note]
    if hours and profile.hours:
        note_lines.append("Hours: " + "; ".join(profile.hours))
    if notes and note_lines:
        lines.append("NOTE:" + escape("\n".join(note_lines)))
    lines.append("END:VCARD")
    return "".join(fold(line) + CRLF for line in lines)


__all__ = ["MAX_CARD_BYTES", "PostalAddress", "escape", "fold", "split_address", "vcard_for"]
