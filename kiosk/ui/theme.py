"""Colours, type sizes and spacing as tokens, and the one stylesheet built from them.

Sizes are given for a 1920×1080 screen and scaled by :func:`screen_scale` (the window's
size) times the text-size setting, so the same tokens serve a 1366×768 laptop, a portrait
1080×1920 kiosk and a 4K screen. A high-contrast theme swaps the colours only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Sizes in px at 1920×1080 and 100 % text.
SIZES = {
    "title": 60,  # clinic name on Home
    "heading": 50,  # page titles
    "subheading": 38,
    "body": 34,  # step text, lists
    "small": 27,  # tile summaries, notes
    "label": 25,  # illustration labels
    "button": 31,
    "phone": 54,  # phone numbers on Contact
    "icon": 40,
    "tile_icon": 72,
    "primary_height": 92,  # Next, Back, Home: ≥ 80 px at 1920×1080
    "target": 72,  # any other touch target
    "gap": 24,  # space between targets and blocks
    "margin": 40,  # page margins
    "radius": 18,
    "border": 3,
    "focus": 4,
    "scrollbar": 26,
}

MIN_TARGET_PX = 48  # the smallest touch target allowed at any scale
CHROME_TEXT_SCALE = 1.3  # the top bar's text grows with the text size up to this


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str  # cards, tiles
    surface_alt: str  # table stripes, footers
    text: str
    text_muted: str
    heading: str
    primary: str  # main buttons
    on_primary: str
    secondary: str  # other buttons
    on_secondary: str
    border: str
    focus: str
    accent: str  # step dots, phone numbers
    check: str
    mark: str  # behind the sentence being read aloud
    on_mark: str
    outline: str  # the edge of cards, tiles and the top bar


NORMAL = Colors(
    window="#F3F6F9",
    surface="#FFFFFF",
    surface_alt="#E6EEF5",
    text="#17232D",
    text_muted="#33424F",
    heading="#0F2A44",
    primary="#17507F",
    on_primary="#FFFFFF",
    secondary="#DCE7F1",
    on_secondary="#0F2A44",
    border="#6B7F90",
    focus="#C2410C",
    accent="#17507F",
    check="#1E6B3A",
    mark="#FFE27A",
    on_mark="#17232D",
    outline="#E6EEF5",  # a soft edge: cards stand out by their white fill
)

HIGH_CONTRAST = Colors(
    window="#000000",
    surface="#000000",
    surface_alt="#1A1A1A",
    text="#FFFFFF",
    text_muted="#FFFFFF",
    heading="#FFFF00",
    primary="#FFFF00",
    on_primary="#000000",
    secondary="#000000",
    on_secondary="#FFFFFF",
    border="#FFFFFF",
    focus="#00FFFF",
    accent="#FFFF00",
    check="#00FF66",
    mark="#FFFF00",
    on_mark="#000000",
    outline="#FFFFFF",  # black cards on black need a clear edge
)

THEMES = {"normal": NORMAL, "high-contrast": HIGH_CONTRAST}

# Every (text colour, background colour) pair the stylesheet and the pages draw text with.
# Each must reach 7:1 in every theme (tests/ui/test_accessibility.py checks them all).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),  # body text on a page
    ("text", "surface"),  # cards, checklist items, compare rows
    ("text", "surface_alt"),  # striped rows, pressed buttons
    ("text_muted", "window"),  # notes, step indicator
    ("text_muted", "surface"),  # tile summaries
    ("text_muted", "surface_alt"),  # disabled buttons
    ("heading", "window"),
    ("heading", "surface"),  # tile titles, top-bar title
    ("heading", "surface_alt"),  # compare row labels on striped rows
    ("on_primary", "primary"),  # Next, Done
    ("on_primary", "heading"),  # a primary button while pressed
    ("on_secondary", "secondary"),  # every other button
    ("accent", "surface"),  # phone numbers, glossary words
    ("accent", "window"),
    ("on_mark", "mark"),  # the sentence being read aloud
)


def screen_scale(width: int, height: int) -> float:
    """How much bigger or smaller than 1920×1080 (or 1080×1920 in portrait) the window is."""
    if width <= 0 or height <= 0:
        return 1.0
    long_side, short_side = max(width, height), min(width, height)
    return max(0.7, min(long_side / 1920, short_side / 1080, 3.0))


def relative_luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two ``#RRGGBB`` colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class Theme:
    """The colours plus the scale they are drawn at; ``px`` turns a size token into pixels."""

    name: str = "normal"
    colors: Colors = NORMAL
    scale: float = 1.0  # from the window size
    text_scale: float = 1.0  # the patient's text-size setting

    @classmethod
    def named(cls, name: str, text_scale: float = 1.0) -> Theme:
        return cls(name=name, colors=THEMES[name], text_scale=text_scale)

    def with_scale(self, scale: float) -> Theme:
        return replace(self, scale=scale)

    def px(self, token: str) -> int:
        """A size token in device-independent pixels; text tokens follow the text size too."""
        value = SIZES[token] * self.scale
        if token not in ("margin", "radius", "border", "focus", "scrollbar", "gap"):
            value *= self.text_scale
        if token in ("primary_height", "target"):
            value = max(value, MIN_TARGET_PX)
        return max(1, round(value))

    def chrome(self) -> Theme:
        """The theme for the top bar: its text follows the text size up to 130 % only.

        The top bar holds the same few words on every screen (Home, Text size, Language and
        the title); at 160 % they no longer fit beside each other on a laptop or a portrait
        screen, and the page below, where the reading happens, keeps the full size.
        """
        return replace(self, text_scale=min(self.text_scale, CHROME_TEXT_SCALE))

    def stylesheet(self) -> str:
        c, px = self.colors, self.px
        bar = self.chrome().px
        return f"""
QWidget {{ color: {c.text}; font-size: {px("body")}px; }}
#Window {{ background: {c.window}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {px("title")}px; font-weight: 700; color: {c.heading}; }}
QLabel[role="heading"] {{ font-size: {px("heading")}px; font-weight: 700; color: {c.heading}; }}
QLabel[role="subheading"] {{ font-size: {px("subheading")}px; font-weight: 700;
    color: {c.heading}; }}
QLabel[role="small"] {{ font-size: {px("small")}px; color: {c.text_muted}; }}
QLabel[role="phone"] {{ font-size: {px("phone")}px; font-weight: 700; color: {c.accent}; }}
QLabel[role="step"] {{ font-size: {px("small")}px; font-weight: 600; color: {c.text_muted}; }}
#TopBar {{ background: {c.surface}; border-bottom: {px("border")}px solid {c.outline}; }}
#Card, QFrame[role="card"] {{ background: {c.surface}; border: {px("border")}px solid
    {c.outline}; border-radius: {px("radius")}px; }}
QFrame[role="row"] {{ background: {c.surface}; border-radius: {px("radius")}px; }}
QFrame[role="row-alt"] {{ background: {c.surface_alt}; border-radius: {px("radius")}px; }}
QPushButton {{
    font-size: {px("button")}px; font-weight: 600;
    min-height: {px("target")}px; padding: 0 {px("gap")}px;
    color: {c.on_secondary}; background: {c.secondary};
    border: {px("border")}px solid {c.border}; border-radius: {px("radius")}px;
}}
QPushButton[role="primary"] {{
    min-height: {px("primary_height")}px; color: {c.on_primary}; background: {c.primary};
    border-color: {c.primary};
}}
QPushButton[role="nav"] {{ min-height: {px("primary_height")}px; }}
QPushButton[role="tile"] {{
    background: {c.surface}; color: {c.heading}; text-align: left;
    border: {px("border")}px solid {c.outline}; padding: {px("gap")}px;
}}
QPushButton:pressed {{ background: {c.surface_alt}; color: {c.text}; }}
QPushButton[role="primary"]:pressed {{ background: {c.heading}; color: {c.on_primary}; }}
QPushButton[role="choice"]:checked {{ background: {c.primary}; color: {c.on_primary};
    border-color: {c.primary}; }}
QPushButton[role="term"] {{ background: {c.surface}; color: {c.accent};
    border: {px("border")}px dashed {c.accent}; font-weight: 600; }}
QLabel[role="definition-term"] {{ font-size: {px("heading")}px; font-weight: 700;
    color: {c.heading}; }}
QLabel[role="definition"] {{ font-size: {round(px("body") * 1.15)}px; color: {c.text}; }}
#TopBar QPushButton {{ font-size: {bar("button")}px; min-height: {bar("primary_height")}px; }}
#TopBar QLabel[role="heading"] {{ font-size: {bar("heading")}px; }}
QPushButton[keyboardFocus="true"] {{ border: {px("focus")}px solid {c.focus}; }}
QPushButton:disabled {{ color: {c.text_muted}; background: {c.surface_alt};
    border-color: {c.surface_alt}; }}
QPushButton[role="check"] {{ text-align: left; background: {c.surface};
    color: {c.text}; font-size: {px("body")}px; font-weight: 400;
    padding: {px("gap") // 2}px {px("gap")}px; }}
QPushButton[role="check"]:checked {{ background: {c.surface_alt}; border-color: {c.check}; }}
QScrollBar:vertical {{ width: {px("scrollbar")}px; background: {c.surface_alt};
    border-radius: {px("scrollbar") // 2}px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {c.border}; min-height: {px("target")}px;
    border-radius: {px("scrollbar") // 2}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
