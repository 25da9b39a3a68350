"""The take-home handout: a printed page or a PDF in the patient's language.

What it holds, in order: the clinic's name; each topic's key points (``summary_points``)
beside a picture drawn from :mod:`kiosk.ui.art` as vectors, with its labels as real text;
the comparison table; the questions checklist with boxes to tick (on a page of its own, to
take to the doctor); how to reach the clinic; the disclaimer. A footer gives the page number.

It is laid out once by a :class:`QTextDocument` paginated to the paper of the clinic profile
(A4 or US Letter), then painted page by page onto a :class:`QPdfWriter` (``--handout``, the
admin screen's "save to a USB stick") or a :class:`QPrinter` (the kiosk's Print button), so
both come out the same. Qt embeds the fonts it draws with in the PDF. Right-to-left languages
get right-to-left blocks and mirrored tables; phone numbers stay left to right.

The language is loaded here, privately, from its compiled translation: saving a handout in
Arabic from the admin screen does not switch the kiosk's screens to Arabic.

Every function here returns a list of problems in plain words (empty: it worked) instead of
raising: a full USB stick or a missing font must never take the kiosk down.
"""

from __future__ import annotations

import logging
import os
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from kiosk import paths
from kiosk.core import translations as tx
from kiosk.core.content import Content, Topic
from kiosk.core.profile import ClinicProfile
from kiosk.core.vcard import vcard_for
from kiosk.ui.art import SCENES, Palette
from kiosk.ui.widgets.illustration import layout_labels, paint_labels, paint_scene, picture_rect

log = logging.getLogger(__name__)

CONTEXT = "Handout"  # the translation context of the words below
WORDS = {
    "title": QT_TRANSLATE_NOOP("Handout", "Your take-home notes"),
    "contact": QT_TRANSLATE_NOOP("Handout", "How to reach us"),
    "address": QT_TRANSLATE_NOOP("Handout", "Address"),
    "hours": QT_TRANSLATE_NOOP("Handout", "Opening hours"),
    "emergency": QT_TRANSLATE_NOOP("Handout", "In an emergency, call %1."),
    "scan": QT_TRANSLATE_NOOP(
        "Handout", "Scan this square with your phone to save our contact details."
    ),
    "reviewed": QT_TRANSLATE_NOOP("Handout", "Information reviewed on %1."),
    "page": QT_TRANSLATE_NOOP("Handout", "Page %1 of %2"),
}

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 300
MARGIN_MM = 16.0
# Sizes in points: large print for readers who are older or in pain.
TITLE_PT, HEADING_PT, BODY_PT, SMALL_PT, LABEL_PT = 22.0, 16.0, 12.5, 10.5, 8.5
PICTURE_MM = (60.0, 45.0)  # the canvas's 4:3
BOX_MM = 5.5  # a tick box
QR_MM = 32.0
INK = QColor("#1A2B36")
MUTED = QColor("#44525C")  # 9:1 on white
OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject + 1
KIND, SCENE, SIDE_W, SIDE_H, TICKED, MATRIX = (
    QTextFormat.Property.UserProperty + i for i in range(6)
)

Translate = Callable[[str, str], str]  # (context, source) -> text in the patient's language


@dataclass
class Handout:
    """A laid-out handout, ready to paint onto any paged device."""

    document: QTextDocument
    objects: _Objects
    page_size: QSizeF  # of the text area, in device pixels at DPI
    footer: str  # with %1 and %2 for the page numbers
    rtl: bool
    font: QFont
    layout_device: QImage  # lays the text out at DPI, whatever the target device is

    def page_count(self) -> int:
        return self.document.pageCount()


# --- public API --------------------------------------------------------------------------------


def write_handout(
    path: Path,
    content: Content,
    profile: ClinicProfile,
    language: str,
    *,
    checked: Collection[str] = (),
) -> list[str]:
    """Write the handout as a PDF at ``path``; returns the problems (empty: written).

    The file appears whole or not at all: it is written next to ``path`` first, then moved
    into place, so a full or removed USB stick never leaves half a PDF that looks fine.
    ``checked`` are questions (English source text) to print already ticked.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        return [f"cannot save the handout: the folder {folder} does not exist"]
    if not os.access(folder, os.W_OK):
        return [f"cannot save the handout: the folder {folder} is read-only"]
    handout, problems = build_handout(content, profile, language, profile.paper_size, checked)
    if handout is None:
        return problems
    try:
        handle, temporary = tempfile.mkstemp(prefix=".handout-", suffix=".pdf", dir=folder)
        os.close(handle)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a handout is for sharing
    except OSError as error:
        return [f"cannot save the handout in {folder}: {error.strerror or error}"]
    temp = Path(temporary)
    try:
        writer = QPdfWriter(str(temp))
        writer.setTitle(
            _clean(handout.document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        )
        writer.setCreator("Spine Kiosk")
        problems = paint_handout(handout, writer, profile.paper_size)
        del writer  # finishes the file
        if not problems:
            problems = _check_written(temp)
        if not problems:
            os.replace(temp, path)
    except OSError as error:
        problems = [f"cannot save the handout as {path}: {error.strerror or error}"]
    finally:
        temp.unlink(missing_ok=True)
    return problems


def build_handout(
    content: Content,
    profile: ClinicProfile,
    language: str,
    paper: str = "letter",
    checked: Collection[str] = (),
    families: Sequence[str] | None = None,
) -> tuple[Handout | None, list[str]]:
    """Lay the handout out for ``paper`` ("a4" or "letter"); ``None`` and why when it cannot.

    It cannot when the language is unknown or has no compiled translation, or when the fonts
    miss a character it needs (it would print as empty boxes).
    """
    translate, problems = translator_for(language)
    if translate is None:
        return None, problems
    lang = tx.language(language)
    locale = QLocale(lang.locale if lang.code != tx.PSEUDO else "en_US")
    return build_handout_with(
        content,
        profile,
        translate,
        rtl=lang.rtl,
        paper=paper,
        checked=checked,
        families=families,
        locale=locale,
        language_name=lang.english,
    )


def build_handout_with(
    content: Content,
    profile: ClinicProfile,
    translate: Translate,
    *,
    rtl: bool = False,
    paper: str = "letter",
    checked: Collection[str] = (),
    families: Sequence[str] | None = None,
    locale: QLocale | None = None,
    language_name: str = "",
) -> tuple[Handout | None, list[str]]:
    """Lay the handout out with ``translate`` (for the kiosk's Print button, the app's
    installed translators: whatever language is on the screen)."""
    language = language_name or (locale or QLocale()).nativeLanguageName()
    font = handout_font(families)
    builder = _Builder(content, profile, translate, rtl, font, locale or QLocale(), set(checked))
    device = QImage(8, 8, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(DPI / 0.0254))
    device.setDotsPerMeterY(round(DPI / 0.0254))
    document, objects = builder.build(_text_size(paper), device)
    footer = translate(CONTEXT, WORDS["page"])
    if profile.name:
        footer = f"{profile.name}  ·  {footer}"
    missing = missing_characters(
        document.toPlainText() + "".join(builder.drawn_text) + footer, font
    )
    if missing:
        shown = " ".join(f"{char} (U+{ord(char):04X})" for char in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        return None, [
            f"no font for some characters ({language}): {shown}{more}. The bundled fonts in "
            f"{paths.fonts()} are missing or incomplete; reinstall the app"
        ]
    return Handout(document, objects, _text_size(paper), footer, rtl, font, device), []


def paint_handout(handout: Handout, device: QPagedPaintDevice, paper: str) -> list[str]:
    """Paint every page of ``handout`` onto ``device`` (a QPdfWriter or a QPrinter)."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAPER.get(paper, PAPER["letter"])),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    device.setResolution(DPI)
    painter = QPainter()
    if not painter.begin(device):
        return ["could not start writing the handout (the printer or the file refused it)"]
    try:
        document = handout.document
        # A printer may ignore the resolution asked for: draw at DPI, scaled to the device.
        painter.scale(device.logicalDpiX() / DPI, device.logicalDpiY() / DPI)
        height = handout.page_size.height()
        pages = document.pageCount()
        footer_font = QFont(handout.font)
        footer_font.setPointSizeF(SMALL_PT)
        for page in range(pages):
            if page and not device.newPage():
                return ["the printer or the disk stopped taking pages"]
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(
                painter, QRectF(0, page * height, handout.page_size.width(), height)
            )
            painter.restore()
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(MUTED)
            text = handout.footer.replace("%1", str(page + 1)).replace("%2", str(pages))
            footer = QRectF(0, height, handout.page_size.width(), _mm(10))
            align = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
            painter.drawText(footer, int(align), text)
            painter.restore()
    finally:
        painter.end()
    return []


def translator_for(language: str) -> tuple[Translate | None, list[str]]:
    """(context, English) -> text in ``language``, from its compiled translation.

    Loaded privately, not installed: the kiosk's screens keep their language.
    """
    try:
        lang = tx.language(language)
    except KeyError:
        codes = ", ".join(lang.code for lang in tx.LANGUAGES)
        return None, [f"unknown language {language!r}: use one of {codes}"]
    if lang is tx.ENGLISH:
        return (lambda _context, text: text), []
    if lang.code == tx.PSEUDO:
        return (lambda _context, text: tx.pseudo(text)), []
    compiled = paths.compiled_translations() / lang.qm_name
    if tx.lrelease() is not None and paths.translations().is_dir():
        tx.compile_stale(paths.translations(), paths.compiled_translations())
    translator = QTranslator()
    if not translator.load(str(compiled)):
        return None, [f"no {lang.english} translation found ({compiled}); reinstall the app"]

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text if text else ""

    return translate, []


def handout_font(families: Sequence[str] | None = None) -> QFont:
    """The bundled fonts, in the app's fallback order, at body size.

    ``families`` replaces them (tests use it to take a script's font away).
    """
    from kiosk.ui import i18n

    font = QFont(QGuiApplication.font())
    if families is not None:
        font.setFamilies(list(families))
        return _body(font)
    installed = set(QFontDatabase.families())
    if not set(i18n.FONT_FAMILIES) <= installed:
        # Registered at start-up by the app; a tool or a test may not have done it yet.
        for file in sorted(paths.fonts().glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(file))
        installed = set(QFontDatabase.families())
    # Only families that exist: "Sans Serif" and the like are names for a fallback.
    wanted = [*i18n.FONT_FAMILIES, *font.families()]
    real = [family for family in dict.fromkeys(wanted) if family in installed]
    font.setFamilies(real or [QFontInfo(font).family()])
    return _body(font)


def _body(font: QFont) -> QFont:
    font.setPointSizeF(BODY_PT)
    font.setWeight(QFont.Weight.Normal)
    # No Latin ligatures: Qt's PDF maps the "fi" and "fl" glyphs to no text, so a reader's
    # search, copy and read-aloud would lose "first" and "differ". Arabic's required forms
    # are not ligatures of this kind and stay on.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def missing_characters(text: str, font: QFont) -> list[str]:
    """The characters of ``text`` none of ``font``'s installed families can draw."""
    installed = set(QFontDatabase.families())
    raw_fonts = []
    for family in font.families():
        if family in installed:
            probe = QFont(family)
            probe.setPixelSize(20)
            raw_fonts.append(QRawFont.fromFont(probe))
    missing = []
    for char in sorted(set(text)):
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs"):
            continue
        if char == "\ufffc":  # a picture or a tick box, not text
            continue
        if not any(raw.supportsCharacter(ord(char)) for raw in raw_fonts):
            missing.append(char)
    return missing


# --- layout ------------------------------------------------------------------------------------


def _mm(value: float) -> float:
    """Millimetres in device pixels at DPI."""
    return value / 25.4 * DPI


def _gap(value: float) -> float:
    """Millimetres for a text format's margins, padding and borders.

    Qt's text layout reads those as pixels at 96 dpi and scales them to the device itself.
    """
    return value / 25.4 * 96


def _text_size(paper: str) -> QSizeF:
    """The printable area inside the margins, less the footer line, in device pixels."""
    size = QPageSize(PAPER.get(paper, PAPER["letter"])).size(QPageSize.Unit.Millimeter)
    width = size.width() - 2 * MARGIN_MM
    height = size.height() - 2 * MARGIN_MM - 10
    return QSizeF(_mm(width), _mm(height))


def _clean(text: str) -> str:
    return text.replace("\n", " ").strip()


class _Objects(QPyTextObject):
    """Draws what text cannot: pictures (as vectors), tick boxes and the contact QR code.

    Qt calls these while painting the document; they never raise (an exception escaping a Qt
    virtual can take the app down), they log and leave the space empty instead.
    """

    def __init__(self, labels: dict[str, str], label_font: QFont) -> None:
        super().__init__()
        self.labels = labels
        self.label_font = label_font

    def intrinsicSize(self, doc, pos_in_document, format_):  # noqa: ANN001, ANN201, N802
        return QSizeF(format_.doubleProperty(SIDE_W), format_.doubleProperty(SIDE_H))

    def drawObject(self, painter, rect, doc, pos_in_document, format_):  # noqa: ANN001, ANN201, N802
        painter.save()
        try:
            kind = format_.stringProperty(KIND)
            if kind == "scene":
                self._scene(painter, QRectF(rect), format_.stringProperty(SCENE))
            elif kind == "box":
                self._box(painter, QRectF(rect), format_.boolProperty(TICKED))
            elif kind == "qr":
                self._qr(painter, QRectF(rect), format_.stringProperty(MATRIX))
        except Exception:
            log.exception("could not draw a handout picture")
        finally:
            painter.restore()

    def _scene(self, painter: QPainter, rect: QRectF, name: str) -> None:
        scene = SCENES.get(name)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = rect.height() * 0.05
        painter.setPen(QPen(QColor(Palette.background).darker(115), _mm(0.3)))
        painter.setBrush(QColor(Palette.background))
        painter.drawRoundedRect(rect, radius, radius)
        if scene is None:
            return
        inner = rect.adjusted(_mm(1), _mm(1), -_mm(1), -_mm(1))
        picture = picture_rect(inner)
        requests = paint_scene(painter, picture, scene, 1.0)
        labels = layout_labels(requests, self.labels, self.label_font, picture, inner)
        paint_labels(painter, labels)

    def _box(self, painter: QPainter, rect: QRectF, ticked: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x(), rect.y() + (rect.height() - side) / 2, side, side)
        painter.setPen(QPen(INK, _mm(0.45)))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(
            box.adjusted(_mm(0.3), _mm(0.3), -_mm(0.3), -_mm(0.3)), _mm(0.8), _mm(0.8)
        )
        if ticked:
            pen = QPen(INK, _mm(0.8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            s = box.width()
            painter.drawPolyline(
                [
                    QPointF(box.x() + 0.22 * s, box.y() + 0.52 * s),
                    QPointF(box.x() + 0.42 * s, box.y() + 0.72 * s),
                    QPointF(box.x() + 0.80 * s, box.y() + 0.28 * s),
                ]
            )

    def _qr(self, painter: QPainter, rect: QRectF, matrix: str) -> None:
        rows = matrix.split("/")
        if not rows or not rows[0]:
            return
        modules = len(rows) + 8  # a quiet zone of 4 modules on each side
        module = min(rect.width(), rect.height()) / modules
        painter.fillRect(rect, QColor("white"))
        black = QColor("black")
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                if dark == "1":
                    painter.fillRect(
                        QRectF(
                            rect.x() + (x + 4) * module, rect.y() + (y + 4) * module, module, module
                        ),
                        black,
                    )


class _Builder:
    """Writes the handout into a QTextDocument with a QTextCursor, block by block."""

    def __init__(
        self,
        content: Content,
        profile: ClinicProfile,
        translate: Translate,
        rtl: bool,
        font: QFont,
        locale: QLocale,
        checked: set[str],
    ) -> None:
        self.content = content
        self.profile = profile
        self.translate = translate
        self.rtl = rtl
        self.font = font
        self.locale = locale
        self.checked = checked
        self.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.drawn_text: list[str] = []  # text painted by the objects (picture labels)
        # Parts that belong on one page (a heading and its table): (first, last) block or frame.
        self.sections: list[tuple[object, object]] = []

    def c(self, text: str) -> str:
        """A content string in the patient's language."""
        return self.translate(tx.CONTENT_CONTEXT, text)

    def w(self, key: str) -> str:
        """One of the handout's own words in the patient's language."""
        return self.translate(CONTEXT, WORDS[key])

    def build(self, size: QSizeF, device: QImage) -> tuple[QTextDocument, _Objects]:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(self.font)
        document.setPageSize(size)
        document.setDocumentMargin(0)
        option = document.defaultTextOption()
        option.setTextDirection(self.direction)
        document.setDefaultTextOption(option)
        labels = {key: self.c(text) for key, text in self.content.labels.items()}
        label_font = QFont(self.font)
        label_font.setPixelSize(round(LABEL_PT / 72 * DPI))
        label_font.setWeight(QFont.Weight.DemiBold)
        objects = _Objects(labels, label_font)
        document.documentLayout().registerHandler(OBJECT_TYPE, objects)
        self.document = document
        self.cursor = QTextCursor(document)
        self.first_block = True

        title = self.w("title")
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        self.paragraph(title, TITLE_PT, bold=True, color=QColor(self.profile.accent_color))
        clinic = " – ".join(part for part in (self.profile.name, self.profile.department) if part)
        if clinic:
            self.paragraph(clinic, HEADING_PT - 2, bold=True, after=_gap(4))
        for topic in self.content.topics:
            if topic.kind == "checklist":
                continue
            self.topic(topic, labels)
        self.closing()  # the disclaimer belongs with the information it qualifies
        for topic in self.content.topics:
            if topic.kind == "checklist":
                self.checklist(topic)
        self.contact()
        self.keep_sections_together()
        return document, objects

    def keep_sections_together(self) -> None:
        """Start a section on a new page when it would be split but fits on one page.

        Qt's layout has no "keep with next"; this measures the laid-out document and adds a
        page break before each split section, from the top down, until none is split.
        """
        layout = self.document.documentLayout()
        height = self.document.pageSize().height()

        for _ in range(len(self.sections)):
            moved = False
            for first, last in self.sections:
                top = layout.blockBoundingRect(first).top()
                bottom = (
                    layout.frameBoundingRect(last)
                    if isinstance(last, QTextFrame)
                    else layout.blockBoundingRect(last)
                ).bottom()
                if int((top + 2) // height) == int((bottom - 2) // height) or bottom - top > height:
                    continue
                if (
                    first.blockFormat().pageBreakPolicy()
                    & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                ):
                    continue  # already at the top of a page: it is simply long
                # A page break on a block is honoured; one on a table frame is not.
                cursor = QTextCursor(first)
                fmt = first.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                # Qt lays out the rest of a changed document lazily, on a timer that never
                # runs here: the page count makes it finish before measuring again.
                self.document.pageCount()
                moved = True
                break  # everything below moved: measure again
            if not moved:
                return

    def hairline(self) -> QTextBlockFormat:
        fmt = self.block_format(after=0)
        fmt.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        return fmt

    def section_start(self) -> QTextBlock:
        """An empty, hairline block that starts a section (where a page break can go)."""
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = self.hairline()
        chars = self.char_format(1)
        self.cursor.insertBlock(fmt, chars)
        marker = self.cursor.block()
        # A table inserted into an empty block goes in front of it: give it a block of its own.
        self.cursor.insertBlock(fmt, chars)
        self.first_block = False
        return marker

    # -- blocks

    def block_format(
        self, after: float = 0.0, before: float = 0.0, page_break: bool = False
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)  # the leading edge: right in Arabic
        fmt.setBottomMargin(after)
        fmt.setTopMargin(before)
        fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return fmt

    def char_format(
        self, size: float = BODY_PT, bold: bool = False, color: QColor = INK, italic: bool = False
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(self.font.families())
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setForeground(color)
        return fmt

    def paragraph(
        self,
        text: str,
        size: float = BODY_PT,
        *,
        bold: bool = False,
        italic: bool = False,
        color: QColor = INK,
        after: float | None = None,
        before: float = 0.0,
        page_break: bool = False,
        cursor: QTextCursor | None = None,
        new_block: bool = True,
    ) -> None:
        cursor = cursor or self.cursor
        fmt = self.block_format(_gap(1.6) if after is None else after, before, page_break)
        chars = self.char_format(size, bold, color, italic)
        if cursor is self.cursor and self.first_block:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(chars)
            self.first_block = False
        elif new_block:
            cursor.insertBlock(fmt, chars)
        else:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(chars)
        cursor.insertText(text, chars)

    def insert_object(
        self, cursor: QTextCursor, kind: str, width: float, height: float, **props: object
    ) -> None:
        fmt = QTextCharFormat()
        fmt.setObjectType(OBJECT_TYPE)
        fmt.setProperty(KIND, kind)
        fmt.setProperty(SIDE_W, float(width))
        fmt.setProperty(SIDE_H, float(height))
        for key, value in props.items():
            fmt.setProperty({"scene": SCENE, "ticked": TICKED, "matrix": MATRIX}[key], value)
        if kind == "box":  # sits on the line of its question
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        block = cursor.blockFormat()
        block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block)
        cursor.insertText("\ufffc", fmt)

    def table(
        self,
        rows: int,
        columns: int,
        widths: Sequence[float],
        *,
        border: bool = False,
        padding: float = 1.4,
    ) -> QTextTable:
        fmt = QTextTableFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setBorder(_gap(0.3) if border else 0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QColor("#9AA7B0"))
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(_gap(padding))
        fmt.setCellSpacing(0)
        fmt.setBottomMargin(_gap(4))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        table = self.cursor.insertTable(rows, columns, fmt)
        self.first_block = False
        # Qt puts an empty line of body text after a table: make it a hairline, so the
        # table's own margin is the only space below it.
        after = QTextCursor(self.document)
        after.setPosition(table.lastPosition() + 1)
        after.setBlockFormat(self.hairline())
        after.setBlockCharFormat(self.char_format(1))
        return table

    def cell_text(self, table, row: int, column: int, lines: Sequence[tuple[str, dict]]) -> None:  # noqa: ANN001
        cursor = table.cellAt(row, column).firstCursorPosition()
        for index, (text, style) in enumerate(lines):
            self.paragraph(text, cursor=cursor, new_block=index > 0, **style)

    # -- sections

    def topic(self, topic: Topic, labels: dict[str, str]) -> None:
        points = [self.c(point) for point in topic.summary_points] or [self.c(topic.summary)]
        lines: list[tuple[str, dict]] = [
            (self.c(topic.title), {"size": HEADING_PT, "bold": True, "after": _gap(0.8)}),
            (self.c(topic.summary), {"italic": True, "color": MUTED, "after": _gap(1.4)}),
        ]
        lines += [(f"•  {point}", {"after": _gap(1)}) for point in points]
        first = self.section_start()
        if topic.summary_picture:
            table = self.table(1, 2, (36, 64))
            cursor = table.cellAt(0, 0).firstCursorPosition()
            cursor.setBlockFormat(self.block_format())
            w, h = _mm(PICTURE_MM[0]), _mm(PICTURE_MM[1])
            self.insert_object(cursor, "scene", w, h, scene=topic.summary_picture)
            self.drawn_text += (
                [labels.get(key, "") for key in SCENES[topic.summary_picture].labels]
                if topic.summary_picture in SCENES
                else []
            )
            self.cell_text(table, 0, 1, lines)
        else:
            table = self.table(1, 1, (100,))
            self.cell_text(table, 0, 0, lines)
        if topic.kind == "compare":
            table = self.compare(topic)
        self.sections.append((first, table))

    def compare(self, topic: Topic) -> QTextTable:
        columns = len(topic.columns)
        widths = (24, *[76 / columns] * columns)
        table = self.table(len(topic.rows) + 1, columns + 1, widths, border=True, padding=1.0)
        table.format().setHeaderRowCount(1)
        shade = QColor("#E8EEF2")
        heading = {"bold": True, "size": SMALL_PT + 0.5, "after": 0}
        body = {"after": 0, "size": SMALL_PT + 0.5}
        for c, name in enumerate(topic.columns):
            self.cell_text(table, 0, c + 1, [(self.c(name), heading)])
        for c in range(columns + 1):
            cell = table.cellAt(0, c)
            fmt = cell.format()
            fmt.setBackground(shade)
            cell.setFormat(fmt)
        for r, row in enumerate(topic.rows, start=1):
            self.cell_text(table, r, 0, [(self.c(row.label), heading)])
            for c, cell in enumerate(row.cells):
                self.cell_text(table, r, c + 1, [(self.c(cell), body)])
        return table

    def checklist(self, topic: Topic) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.paragraph(
            self.c(topic.title),
            TITLE_PT - 4,
            bold=True,
            page_break=True,
            color=QColor(self.profile.accent_color),
        )
        if topic.intro:
            self.paragraph(self.c(topic.intro), after=_gap(3))
        table = self.table(len(topic.questions), 2, (8, 92), padding=0.9)
        for r, question in enumerate(topic.questions):
            cursor = table.cellAt(r, 0).firstCursorPosition()
            cursor.setBlockFormat(self.block_format(after=0))
            self.insert_object(
                cursor, "box", _mm(BOX_MM), _mm(BOX_MM), ticked=question in self.checked
            )
            self.cell_text(table, r, 1, [(self.c(question), {"after": 0})])

    def contact(self) -> None:
        profile = self.profile
        start = self.section_start()
        self.paragraph(
            self.w("contact"),
            TITLE_PT - 4,
            bold=True,
            before=_gap(4),
            color=QColor(profile.accent_color),
        )
        lines: list[tuple[str, dict]] = []
        for part in (profile.name, profile.department):
            if part:
                lines.append((part, {"bold": True, "after": _gap(0.6)}))
        for phone in profile.phones:
            label = self.translate(tx.CLINIC_CONTEXT, phone.label)
            lines.append((label, {"before": _gap(1.5), "after": 0}))
            # A number on its own line reads left to right in any language (Unicode bidi).
            lines.append((phone.number, {"size": HEADING_PT + 2, "bold": True, "after": 0}))
            if phone.note:
                lines.append(
                    (
                        self.translate(tx.CLINIC_CONTEXT, phone.note),
                        {"italic": True, "color": MUTED, "after": 0},
                    )
                )
        for heading, body in (
            (self.w("address"), profile.address),
            (self.w("hours"), profile.hours),
        ):
            if body:
                lines.append((heading, {"bold": True, "before": _gap(2), "after": 0}))
                for line in body:
                    text = self.translate(tx.CLINIC_CONTEXT, line)
                    lines.append((text, {"after": 0}))
        emergency = self.w("emergency").replace("%1", profile.emergency_number)
        lines.append((emergency, {"bold": True, "before": _gap(3)}))
        if profile.phones or profile.address:
            from kiosk.core import qr  # only the QR needs it

            code = qr.make(vcard_for(profile, max_bytes=260))
            matrix = "/".join("".join("1" if dark else "0" for dark in row) for row in code.matrix)
            table = self.table(1, 2, (64, 36))
            self.cell_text(table, 0, 0, lines)
            cursor = table.cellAt(0, 1).firstCursorPosition()
            cursor.setBlockFormat(self.block_format())
            self.insert_object(cursor, "qr", _mm(QR_MM), _mm(QR_MM), matrix=matrix)
            self.paragraph(self.w("scan"), SMALL_PT, color=MUTED, cursor=cursor)
        else:
            table = self.table(1, 1, (100,))
            self.cell_text(table, 0, 0, lines)
        self.sections.append((start, table))

    def closing(self) -> None:
        start = self.section_start()
        for index, paragraph in enumerate(self.content.disclaimer):
            self.paragraph(
                self.c(paragraph),
                SMALL_PT,
                color=MUTED,
                before=_gap(3) if index == 0 else 0,
                after=_gap(0.6),
            )
        if self.content.last_reviewed:
            date = QDate.fromString(self.content.last_reviewed, Qt.DateFormat.ISODate)
            shown = (
                self.locale.toString(date, QLocale.FormatType.LongFormat)
                if date.isValid()
                else self.content.last_reviewed
            )
            self.paragraph(self.w("reviewed").replace("%1", shown), SMALL_PT, color=MUTED)
        self.sections.append((start, self.cursor.block()))


def _check_written(path: Path) -> list[str]:
    """A PDF that ends as a PDF should: a full disk shows up here at the latest."""
    try:
        with path.open("rb") as file:
            size = file.seek(0, os.SEEK_END)
            file.seek(max(0, size - 64))
            tail = file.read()
    except OSError as error:
        return [f"cannot read back the handout: {error.strerror or error}"]
    if size == 0 or b"%%EOF" not in tail:
        return ["the handout could not be written completely (is the disk or USB stick full?)"]
    return []


__all__ = [
    "Handout",
    "build_handout",
    "build_handout_with",
    "handout_font",
    "missing_characters",
    "paint_handout",
    "translator_for",
    "write_handout",
]
