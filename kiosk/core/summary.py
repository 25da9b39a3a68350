"""The short plain-text summary a "Take this home" QR code carries. No Qt here.

A patient points a phone camera at the screen and gets a note like::

    Balloon kyphoplasty
    - A balloon lifts the bone. Cement fills the space.
    - Many go home the same day.
    MedStar Georgetown University Hospital
    Phone: 202-444-5478

in the language on the screen: the topic's title, its ``summary_points`` from the content
file, the clinic's name and its first phone number (or, with no phone, its address).

The code must stay small enough to scan from a screen with an ordinary phone, so the text is
kept within :data:`MAX_QR_VERSION` at medium error correction (213 bytes). Non-Latin scripts
cost more bytes in UTF-8 (two for Arabic and Vietnamese letters, three for Chinese), so when
the text does not fit, the clinic's name goes first, then the last key points; the phone
number always stays. The shipped content fits in every language with every key point (the
tests measure it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.content import Topic
from kiosk.core.profile import ClinicProfile

# Version 11 is 61 x 61 modules: on a kiosk screen each module is several pixels wide, which
# a phone camera reads at arm's length. Medium error correction survives glare and smudges.
# (Version 10 held every English note, but Arabic takes two bytes a letter and needs 11 to
# keep every key point with the address of a clinic that has no phone.)
MAX_QR_VERSION = 11
QR_ERROR = "m"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Summary:
    """A summary ready for the QR code, and what had to be left out to keep it small."""

    text: str
    version: int  # the QR version of ``text`` at medium error correction
    left_out: tuple[str, ...] = ()  # e.g. ("clinic name", "key point 3"); empty when complete


def qr_version(text: str) -> int:
    """The QR version segno picks for ``text`` at medium error correction (no micro codes)."""
    from kiosk.core import qr  # only the take-home code needs it: keep start-up lean

    return int(qr.make(text, error=QR_ERROR).version)


def summary_for(
    topic: Topic,
    profile: ClinicProfile,
    *,
    translate: Translate = _same,
    phone_line: str = "Phone: %1",
    max_version: int = MAX_QR_VERSION,
) -> Summary:
    """The take-home summary of ``topic``, within ``max_version`` when it can be.

    ``translate`` turns a content string into the patient's language; ``phone_line`` is the
    already translated line for the phone number, with ``%1`` where the number goes (Qt's
    placeholder, so translators see the same form as everywhere else).
    """
    title = translate(topic.title)
    points = [translate(point) for point in topic.summary_points]
    if not points and topic.summary:
        points = [translate(topic.summary)]  # a topic without key points still says something
    contact: list[str] = []
    if profile.phones:
        contact.append(phone_line.replace("%1", profile.phones[0].number))
    elif profile.address:
        contact.append(", ".join(profile.address))
    name = profile.name or profile.department

    def build(with_name: bool, count: int) -> str:
        lines = [title, *(f"- {point}" for point in points[:count])]
        if with_name and name:
            lines.append(name)
        return "\n".join(lines + contact)

    # Cheapest loss first: the clinic's name, then key points from the end; never the phone.
    tries: list[tuple[bool, int, tuple[str, ...]]] = [(True, len(points), ())]
    dropped: tuple[str, ...] = ("clinic name",) if name else ()
    tries.append((False, len(points), dropped))
    for count in range(len(points) - 1, 0, -1):
        dropped = (*dropped, f"key point {count + 1}")
        tries.append((False, count, dropped))
    for with_name, count, left_out in tries:
        text = build(with_name, count)
        version = qr_version(text)
        if version <= max_version:
            return Summary(text, version, left_out)
    return Summary(text, version, left_out)  # the smallest it can be; still better than none


__all__ = ["MAX_QR_VERSION", "QR_ERROR", "Summary", "qr_version", "summary_for"]
