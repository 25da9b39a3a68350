"""Make the bundled fonts in assets/fonts/: Noto subsets holding what the app shows.

    pip install -e ".[build]"              # fontTools
    apt-get install fonts-noto-core fonts-noto-cjk   # the full fonts (Debian/Ubuntu)
    python tools/subset_fonts.py [--source-dir DIR]

Run it again after translating new strings: tests/ui/test_i18n.py fails when a character of
a translation has no glyph in the bundled fonts, and says to run this.

What each subset keeps, and why:

* Noto Sans (Latin): whole Latin blocks — English, Spanish and every Vietnamese letter with
  its tone marks — plus punctuation and arrows, so new English, Spanish or Vietnamese text
  never needs a new subset.
* Noto Sans Arabic: the whole basic Arabic block (shaping forms come along through the
  font's substitution tables).
* Noto Sans CJK SC: only the Chinese characters the app uses, plus CJK punctuation. The full
  font is 16 MB a weight; a few hundred characters are a few hundred kB.

Regular and Bold of each (the stylesheet uses 400, 600 and 700). Hinting is dropped: the
kiosk's text is large, where hinting does not help, and it is a third of a font's size.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.etree import ElementTree

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import paths  # noqa: E402
from kiosk.core.translations import LANGUAGES, pseudo  # noqa: E402

DEBIAN = Path("/usr/share/fonts")
CJK_SC_INDEX = 2  # NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK: SC is the third


def ranges(*pairs: tuple[int, int]) -> set[int]:
    return {code for low, high in pairs for code in range(low, high + 1)}


LATIN = ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B (Vietnamese ơ ư đ)
    (0x0300, 0x036F),  # combining marks (tone marks typed as separate characters)
    (0x1E00, 0x1EFF),  # Latin Extended Additional: Vietnamese letters with tone marks
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203A),
    (0x2190, 0x2193),  # arrows
) | {0x20AC, 0x2122, 0x2212, 0x25CF}
ARABIC = ranges((0x0600, 0x06FF)) | {0x200C, 0x200D, 0x200E, 0x200F}
CJK_PUNCTUATION = ranges((0x3000, 0x303F), (0xFF01, 0xFF5E)) | {0x00B7, 0x2014, 0x2026}


def used_characters() -> set[int]:
    """Every character of every string the app can show, in every language."""
    texts: list[str] = [lang.name for lang in LANGUAGES]
    texts.append(paths.content_file().read_text(encoding="utf-8"))
    for ts in sorted(paths.translations().glob("*.ts")):
        root = ElementTree.parse(ts).getroot()
        for node in root.iter():
            if node.tag in ("source", "translation") and node.text:
                texts.append(node.text)
                if node.tag == "source":
                    texts.append(pseudo(node.text))
    return {ord(char) for text in texts for char in text if char.isprintable()}


def source_fonts(folder: Path) -> dict[str, tuple[Path, int | None]]:
    """Output name -> (source file, font number in a collection)."""
    noto, cjk = folder / "truetype" / "noto", folder / "opentype" / "noto"
    return {
        "NotoSans-Regular": (noto / "NotoSans-Regular.ttf", None),
        "NotoSans-Bold": (noto / "NotoSans-Bold.ttf", None),
        "NotoSansArabic-Regular": (noto / "NotoSansArabic-Regular.ttf", None),
        "NotoSansArabic-Bold": (noto / "NotoSansArabic-Bold.ttf", None),
        "NotoSansCJKsc-Regular": (cjk / "NotoSansCJK-Regular.ttc", CJK_SC_INDEX),
        "NotoSansCJKsc-Bold": (cjk / "NotoSansCJK-Bold.ttc", CJK_SC_INDEX),
    }


def wanted(name: str, used: set[int]) -> set[int]:
    if name.startswith("NotoSansArabic"):
        return ARABIC | {c for c in used if 0x0600 <= c <= 0x06FF or 0xFB50 <= c <= 0xFEFF}
    if name.startswith("NotoSansCJK"):
        return CJK_PUNCTUATION | {c for c in used if c >= 0x2E80 and c not in ARABIC}
    return LATIN | {c for c in used if c < 0x2E80}


def load(path: Path, number: int | None) -> TTFont:
    if number is None:
        return TTFont(path)
    return TTCollection(path).fonts[number]


def make_subset(source: TTFont, codepoints: set[int], target: Path) -> int:
    """Write the subset of ``source`` for ``codepoints`` (those it has); returns its size."""
    cmap = source.getBestCmap()
    options = subset.Options()
    options.layout_features = ["*"]  # kerning, marks, Arabic joining forms, locl...
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in codepoints if code in cmap])
    subsetter.subset(source)
    source.recalcTimestamp = False  # the same input makes the same bytes: no churn in git
    source.save(target)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source-dir", type=Path, default=DEBIAN, help="holds the full fonts")
    args = parser.parse_args(argv)
    used = used_characters()
    target_dir = paths.fonts()
    target_dir.mkdir(parents=True, exist_ok=True)
    covered: set[int] = set()
    total = 0
    for name, (path, number) in source_fonts(args.source_dir).items():
        if not path.is_file():
            print(f"missing {path}: install fonts-noto-core and fonts-noto-cjk", file=sys.stderr)
            return 1
        font = load(path, number)
        codepoints = wanted(name, used)
        covered |= codepoints & set(font.getBestCmap())
        suffix = ".otf" if "CFF " in font else ".ttf"
        target = target_dir / f"{name}.subset{suffix}"
        size = make_subset(font, codepoints, target)
        total += size
        print(f"{target.relative_to(ROOT)}: {size / 1024:.0f} kB")
    missing = sorted(c for c in used - covered if not chr(c).isspace())
    if missing:
        shown = " ".join(f"U+{c:04X}" for c in missing[:40])
        print(f"no glyph in any source font for: {shown}", file=sys.stderr)
    print(f"total {total / 1024:.0f} kB for {len(used)} characters in use")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
