"""Languages at run time: bundled fonts, Qt translators, right-to-left, switching.

:func:`install_fonts` registers the fonts in ``assets/fonts`` and makes them the app's font,
so every script shows on a machine with no fonts at all. :class:`Translations` installs the
translators for one language at a time: the app's (UI, content and clinic words, compiled
from ``translations/*.ts``) and Qt's own ``qtbase_<locale>``. Installing or removing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, and each page fills its
strings again (``Page.retranslate``), so a switch keeps the page and the step.

The pseudo-translation (``--lang pseudo``) is a translator that makes every string about
40 % longer and puts it in brackets: text cut short or left without brackets shows at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import paths
from kiosk.core import translations as tx
from kiosk.core.translations import ENGLISH, Language

log = logging.getLogger(__name__)

# Latin and Vietnamese first, then Arabic, then Chinese: Qt takes each character from the
# first family that has it. The CJK subset holds only Chinese characters and punctuation.
FONT_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC")


def install_fonts(folder: Path | None = None) -> list[str]:
    """Register every bundled font and make them the application font; returns the families.

    A font that fails to load, and a family left without a font, are logged; that text then
    falls back to the system's fonts.
    """
    folder = folder or paths.fonts()
    families: list[str] = []
    if not folder.is_dir():
        log.warning("the font folder %s is missing; text uses the system's fonts", folder)
        return families
    for file in sorted(folder.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.warning("could not load the font %s: the file is damaged or not a font", file)
            continue
        found = QFontDatabase.applicationFontFamilies(font_id)
        # Qt names a font file it can only partly read (one cut short) after the file.
        if not any(family in FONT_FAMILIES for family in found):
            QFontDatabase.removeApplicationFont(font_id)
            log.warning(
                "the font %s is damaged or is none of %s (it reads as %s); it is not used",
                file,
                ", ".join(FONT_FAMILIES),
                ", ".join(found) or "no font family",
            )
            continue
        for family in found:
            if family not in families:
                families.append(family)
    missing = [family for family in FONT_FAMILIES if family not in families]
    if missing:
        log.warning(
            "no font for %s in %s; that text uses the system's fonts", ", ".join(missing), folder
        )
    wanted = [family for family in FONT_FAMILIES if family in families]
    if wanted:
        font = QFont(QGuiApplication.font())
        font.setFamilies(wanted)
        QGuiApplication.setFont(font)
    return families


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo-translation (see ``tx.pseudo``)."""

    def translate(  # noqa: D102  (Qt's virtual)
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        try:
            return tx.pseudo(source_text)
        except Exception:  # never raise out of a Qt virtual
            return source_text

    def isEmpty(self) -> bool:
        return False


class Translations(QObject):
    """The current language and its installed translators.

    Python keeps a reference to each installed translator: Qt does not own them, and one
    collected by Python would leave a dangling pointer in the application.

    Signals:
        changed(str): the language code after a switch (translators already installed).
    """

    changed = Signal(str)

    def __init__(
        self,
        offered: Sequence[str] = (),
        qm_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.qm_folder = qm_folder or paths.compiled_translations()
        self.offered: tuple[Language, ...] = tuple(
            tx.language(code) for code in (offered or [lang.code for lang in tx.LANGUAGES])
        )
        self.current: Language = ENGLISH
        self._installed: list[QTranslator] = []

    def switch(self, code: str) -> None:
        """Show everything in ``code`` from now on (unknown codes are logged, English kept)."""
        try:
            lang = tx.language(code)
        except KeyError:
            log.warning("unknown language %r; keeping %s", code, self.current.code)
            return
        app = QCoreApplication.instance()
        if lang is self.current and self._installed:
            return
        new = self._translators(lang)
        # Direction first: pages read it while they fill their strings on LanguageChange.
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
        )
        QLocale.setDefault(QLocale(lang.locale))
        for translator in self._installed:
            app.removeTranslator(translator)
        for translator in new:
            app.installTranslator(translator)
        self._installed = new
        self.current = lang
        log.info("language: %s", lang.code)
        self.changed.emit(lang.code)

    def _translators(self, lang: Language) -> list[QTranslator]:
        if lang.code == tx.PSEUDO:
            return [PseudoTranslator(self)]
        if lang is ENGLISH:
            return []
        found: list[QTranslator] = []
        app_file = self.qm_folder / lang.qm_name
        translator = QTranslator(self)
        if not app_file.is_file():
            log.warning("the compiled translation %s is missing; showing English", app_file)
        elif not translator.load(str(app_file)):
            log.warning(
                "the compiled translation %s cannot be read (damaged, or not a Qt .qm file); "
                "showing English",
                app_file,
            )
        elif translator.isEmpty():
            log.warning("the compiled translation %s holds no text; showing English", app_file)
        else:
            found.append(translator)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(self)
        if qt_translator.load(f"qtbase_{lang.locale}", qt_folder):
            found.append(qt_translator)
        else:  # Qt ships no qtbase_vi: its few strings (scroll bar menus) stay English
            log.debug("no Qt translation for %s in %s", lang.locale, qt_folder)
        return found


def tr_clinic(text: str) -> str:
    """Words from the clinic profile in the current language.

    The embedded profile's words are in the .ts files (context ``clinic``); another clinic's
    words are not, and show as the clinic wrote them.
    """
    return QCoreApplication.translate(tx.CLINIC_CONTEXT, text) if text else ""


_shared: Translations | None = None


def current_language() -> Language:
    """The language everything is shown in now (English before any switch)."""
    return _shared.current if _shared is not None else ENGLISH


def review(lang: Language | None = None) -> tx.Review:
    """The medical-translator review of ``lang`` (default: the current language)."""
    return tx.review_status(paths.translations(), (lang or current_language()).code)


def prepare(offered: Sequence[str], code: str) -> Translations:
    """The application's one :class:`Translations`, offering ``offered``, switched to ``code``.

    Compiles stale translations first when running from a source checkout. There is one
    per application (a second would stack its translators on the first's), so a new window
    (tests build many) reuses it.
    """
    global _shared
    if tx.lrelease() is not None and paths.translations().is_dir():
        tx.compile_stale(paths.translations(), paths.compiled_translations())
    if _shared is None or _shared.parent() is not QCoreApplication.instance():
        _shared = Translations(offered, parent=QCoreApplication.instance())
    else:
        _shared.offered = tuple(tx.language(c) for c in offered) or _shared.offered
    _shared.switch(code)
    return _shared
