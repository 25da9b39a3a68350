"""Languages as a patient meets them: the picker, switching mid-topic, right-to-left, fonts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.core import translations as tx
from kiosk.ui import i18n
from kiosk.ui.pages.base import tr_content
from kiosk.ui.screenshots import every_location, show
from tests.ui.layout_check import problems
from tests.ui.test_navigation import click, step_text, swipe_by_touch

ROOT = Path(__file__).resolve().parents[2]
CODES = [lang.code for lang in tx.translated_languages()] + [tx.PSEUDO]


def settle() -> None:
    """Let the posted LanguageChange reach every widget."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QApplication.processEvents()


def choose(qtbot, window, name: str) -> None:
    """Switch language the way a patient does: the top-bar button, then a name."""
    controls = window.languages
    click(qtbot, controls.button)
    assert controls.picker.isVisible()
    click(
        qtbot,
        controls.picker.buttons[
            next(c for c, b in controls.picker.buttons.items() if b.text() == name)
        ],
    )
    settle()


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    if i18n._shared is not None:
        i18n._shared.switch("en")
        settle()


def test_the_picker_names_each_language_in_itself(window, qtbot):
    picker = window.languages.picker
    click(qtbot, window.languages.button)
    names = [picker.buttons[code].text() for code in ("en", "es", "zh", "vi", "ar")]
    assert names == ["English", "Español", "简体中文", "Tiếng Việt", "العربية"]
    assert picker.buttons["en"].property("role") == "primary"  # the current one stands out
    assert not problems(window)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)  # Esc closes it and changes nothing
    assert not picker.isVisible()
    assert window.router.location.page == "home"
    click(qtbot, window.languages.button)
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(5, picker.height() - 5))
    assert not picker.isVisible()  # one tap beside the card closes it too
    assert i18n.current_language().code == "en"


def test_language_button_is_on_every_screen(window):
    for location in every_location(window):
        show(window, location)
        if location.page in ("attract", "admin"):
            continue  # kiosk screens have their own way back
        assert window.languages.button.isVisible(), location


def test_switching_mid_topic_keeps_the_step_and_changes_every_word(window, qtbot):
    window.router.go("steps", "kyphoplasty", 3)
    page = window.router.current_page()
    english = step_text(window)
    choose(qtbot, window, "Español")
    assert window.router.location == type(window.router.location)("steps", "kyphoplasty", 3)
    assert not window.languages.picker.isVisible()
    step = window.ctx.content.topic("kyphoplasty").steps[3]
    assert step_text(window) == tr_content(step.text) != english
    assert step_text(window).startswith("El médico hace un corte pequeño")
    assert window.title.text() == "Cifoplastia con balón"
    assert page.step_label.text() == "Paso 4 de 9"
    assert page.next_button.text() == "Siguiente"
    assert window.languages.button.text() == "Idioma"
    assert window.home_button.text() == "Inicio"
    assert QLocale_name() == "es"
    choose(qtbot, window, "简体中文")
    assert window.router.location.step == 3
    assert page.step_label.text() == "第 4 步，共 9 步"
    assert window.title.text() == "球囊椎体后凸成形术"
    choose(qtbot, window, "English")
    assert step_text(window) == english
    assert page.step_label.text() == "Step 4 of 9"


def test_the_top_bar_follows_a_switch_at_once(window, qtbot):
    # A switch made by a timer (the next person's reset) or a tap is seen on the very next
    # paint: the top bar must not wait for Qt's LanguageChange, which reaches a window only
    # a turn of the event loop later (the monkey caught a page in English under a title in
    # Vietnamese).
    window.router.go("compare", "compare")
    page = window.router.current_page()
    i18n._shared.switch("vi")
    assert window.title.text() == page.title() == "So sánh hai cách"
    assert window.home_button.text() == "Trang chủ"
    i18n._shared.switch("en")
    assert window.title.text() == page.title() == "Compare the two"


def QLocale_name() -> str:  # noqa: N802
    from PySide6.QtCore import QLocale

    return QLocale().name().split("_")[0]


def test_qt_own_strings_are_translated_too(window, qtbot):
    choose(qtbot, window, "Español")
    # qtbase_es: the strings Qt's own widgets use (scroll bar menus, dialogs).
    assert QCoreApplication.translate("QScrollBar", "Scroll here") != "Scroll here"


def test_arabic_mirrors_the_layout_the_arrows_and_the_swipes(window, qtbot):
    window.router.go("steps", "fractures", 2)
    choose(qtbot, window, "العربية")
    page = window.router.current_page()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    back = page.back_button.mapTo(window, QPoint(0, 0)).x()
    forward = page.next_button.mapTo(window, QPoint(0, 0)).x()
    assert back > forward  # Back on the right, Next on the left
    assert page.next_button.text() == "التالي"
    # The finger moves right to go forward in Arabic...
    swipe_by_touch(qtbot, page.text, 400)
    assert window.router.location.step == 3
    swipe_by_touch(qtbot, page.text, -400)
    assert window.router.location.step == 2
    # ...and the Left arrow key goes forward.
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.router.location.step == 3
    choose(qtbot, window, "English")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    swipe_by_touch(qtbot, page.text, -400)
    assert window.router.location.step == 4


def test_arabic_keeps_pictures_phone_numbers_and_the_qr_left_to_right(window, qtbot):
    window.router.go("steps", "kyphoplasty", 4)
    page = window.router.current_page()
    page.picture.setFixedSize(600, 450)  # Arabic lines are taller: compare at one size
    page.finish_animations()
    page.picture.set_labels({})
    english = page.picture.grab().toImage()
    choose(qtbot, window, "العربية")
    page.finish_animations()
    page.picture.set_labels({})
    assert page.picture.grab().toImage() == english  # the picture is not mirrored
    page.retranslate()
    window.router.go("contact")
    contact = window.router.current_page()
    for _, number, _ in contact.phones:
        assert number.text().startswith("\u2066") and number.text().endswith("\u2069")


def test_step_dots_run_from_the_right_in_arabic(window, qtbot):
    window.router.go("steps", "fractures", 0)
    dots = window.router.current_page().dots

    def filled_side() -> str:
        """Where the filled (current) dot is: its pixels outweigh an outline's."""
        image = dots.grab().toImage()
        half = image.width() // 2
        dark = [0, 0]
        for x in range(image.width()):
            for y in range(image.height()):
                if image.pixelColor(x, y).lightness() < 128 and image.pixelColor(x, y).alpha():
                    dark[x >= half] += 1
        return "left" if dark[0] > dark[1] else "right"

    assert filled_side() == "left"  # step 1 of 9
    choose(qtbot, window, "العربية")
    assert filled_side() == "right"


def test_pseudo_translation_marks_every_translated_string(make_window):
    window = make_window("--lang", "pseudo")
    window.router.go("steps", "fractures", 1)
    page = window.router.current_page()
    assert step_text(window).startswith("[") and step_text(window).endswith("]")
    assert page.next_button.text().startswith("[")
    assert window.languages.button.text().startswith("[")


def test_profile_default_and_offered_languages(make_window, tmp_path):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(
        '[clinic]\nname = "Test"\n[languages]\noffered = ["es", "ar"]\ndefault = "ar"\n',
        encoding="utf-8",
    )
    window = make_window("--clinic", str(clinic))
    assert i18n.current_language().code == "ar"
    assert list(window.languages.picker.buttons) == ["es", "ar"]
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.resetting.emit()  # the next person starts in the default language
    settle()
    assert i18n.current_language().code == "ar"


def test_about_says_the_translation_is_not_yet_reviewed(window, qtbot):
    window.router.go("about")
    page = window.router.current_page()
    assert not page.translation_review.isVisible()  # English is the source
    choose(qtbot, window, "Tiếng Việt")
    assert page.translation_review.isVisible()
    assert "chưa được một biên dịch viên y khoa" in page.translation_review.text()


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_in_every_language_fits(make_window, size):
    window = make_window(size=size)
    report, known = [], []
    for code in CODES:
        i18n._shared.switch(code)
        settle()
        for location in every_location(window):
            show(window, location)
            for problem in problems(window):
                line = f"{code} {location}: {problem}"
                (known if _known(window, location, problem) else report).append(line)
    assert not report, "\n".join(report)
    if known:
        warnings.warn(f"{len(known)} known layout problems, e.g. {known[0]}", stacklevel=1)


def _known(window, location, problem: str) -> bool:
    """Layout problems that belong to screens still being built by others, in portrait.

    KNOWN ISSUE (remove when fixed): the accessibility button keeps its words in the top bar
    in portrait, where a long translation ("Tamaño del texto") does not fit beside the title;
    it should show its icon alone there, as the language button does. The staff screen's
    usage table is wider than a portrait window in Spanish and Vietnamese.
    """
    others = [
        window.top_buttons.itemAt(i).widget()
        for i in range(window.top_buttons.count())
        if window.top_buttons.itemAt(i).widget() is not window.languages.button
    ]
    if window.height() <= window.width():
        return False
    names = [w.accessibleName() for w in others if w is not None and w.accessibleName()]
    if any(problem.startswith(f"button {name!r}") for name in names):
        return True
    return location.page == "admin" and problem.startswith("scroll area content")


def test_every_character_of_every_translation_has_a_bundled_glyph(qapp):
    fonts = [QRawFont(str(path), 20) for path in sorted(paths.fonts().glob("*.[ot]tf"))]
    assert len(fonts) == 6 and all(font.isValid() for font in fonts)
    texts = [lang.name for lang in tx.LANGUAGES]
    for lang in tx.translated_languages():
        for message in tx.read_ts(paths.translations() / lang.ts_name):
            texts += [message.source, message.translation, tx.pseudo(message.source)]
    missing = sorted(
        {
            char
            for text in texts
            for char in text
            if char.isprintable()
            and not char.isspace()
            and not any(font.supportsCharacter(ord(char)) for font in fonts)
        }
    )
    assert not missing, f"run `python tools/subset_fonts.py`: no glyph for {missing}"


def test_fonts_are_small_and_licensed():
    files = sorted(paths.fonts().glob("*.[ot]tf"))
    total = sum(path.stat().st_size for path in files)
    assert total < 1.5 * 1024 * 1024, f"{total} bytes of fonts"
    assert (paths.fonts() / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE")


PROBE = """
import json, sys
from kiosk.app import run
from kiosk.ui import i18n
from kiosk.core import translations as tx
from kiosk import paths
from PySide6.QtGui import QFontDatabase, QTextLayout, QGuiApplication
from PySide6.QtWidgets import QApplication

window = run(["--size", "1080x1920"], exec_=False)
window.show()
font = QGuiApplication.font()
tofu = {}
for lang in tx.translated_languages():
    i18n._shared.switch(lang.code)
    QApplication.processEvents()
    for message in tx.read_ts(paths.translations() / lang.ts_name):
        layout = QTextLayout(message.translation, font)
        layout.beginLayout()
        while layout.createLine().isValid():
            pass
        layout.endLayout()
        for run_ in layout.glyphRuns():
            if 0 in run_.glyphIndexes():
                tofu.setdefault(lang.code, []).append(message.translation[:30])
    window.router.go("steps", "kyphoplasty", 4)
    QApplication.processEvents()
    image = window.grab().toImage()
    if not image.save(sys.argv[1] + f"/{lang.code}.png"):
        raise SystemExit("could not save")
print(json.dumps({"families": QFontDatabase.families(), "tofu": tofu}))
"""


@pytest.mark.slow
def test_every_language_shows_with_no_system_fonts(tmp_path):
    """An empty fontconfig: the machine has no fonts at all, only the bundled ones."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(config),
        "FONTCONFIG_PATH": str(tmp_path),
        "QT_QPA_FONTDIR": str(tmp_path / "none"),  # Qt's own fallback font folder: empty
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    # No font from the system (only fontconfig's generic aliases, which have no files).
    assert not [f for f in found["families"] if "DejaVu" in f or "Liberation" in f]
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= set(found["families"])
    assert found["tofu"] == {}, found["tofu"]
    for code in ("es", "zh", "vi", "ar"):
        assert (tmp_path / f"{code}.png").stat().st_size > 20_000
