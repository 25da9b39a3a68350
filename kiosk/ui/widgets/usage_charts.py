"""The usage figures as charts a clinic manager reads at a glance (drawn with QPainter).

``UsageCharts`` is built from a :class:`~kiosk.core.usage.UsageFigures`: visits per day for
the last 30 days, the most viewed topics, the average time a visit spends on each topic,
the languages, and how many visits used read aloud, take-home and larger text. Every bar
has its number written next to it, so nothing has to be guessed from a bar's length.

The charts are first turned into :class:`Panel` objects (titles, labels, values and the
text of each number); painting only draws those, and records every string it draws in
``drawn``, so tests check that the numbers on screen are the database's.

Embedding (the admin screen)::

    charts = UsageCharts(names=topic_names(content))
    charts.refresh(store)          # or charts.set_figures(figures)
    charts.apply_theme(theme)

For screenshots and tests: :func:`render_report` (a QApplication must exist).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.content import Content
from kiosk.core.usage import UsageFigures, UsageStore, read_figures
from kiosk.ui.theme import Theme, screen_scale

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the number as drawn


@dataclass(frozen=True)
class Panel:
    key: str  # "days", "topics", "time", "languages", "tools"
    title: str
    bars: tuple[Bar, ...]
    columns: bool = False  # vertical bars (days) rather than rows


def topic_names(content: Content) -> dict[str, str]:
    """Chart labels for topic ids and the pages without a topic, in the current language."""

    names = {t.id: QCoreApplication.translate("content", t.title) for t in content.topics}
    names.setdefault("contact", QCoreApplication.translate("UsageCharts", "Contact us"))
    names.setdefault("about", QCoreApplication.translate("UsageCharts", "About this information"))
    return names


def language_name(code: str) -> str:
    """ "Spanish" for "es": the manager's language, not the patient's script."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


class UsageCharts(QWidget):
    """Charts of one :class:`UsageFigures`; call :meth:`refresh` or :meth:`set_figures`."""

    def __init__(self, names: Mapping[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UsageCharts")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Usage figures"))
        self.names = dict(names or {})
        self.theme = Theme()
        self.figures = UsageFigures.empty(date.today())
        self.panels: list[Panel] = []
        self.headline = ""
        self.drawn: list[str] = []  # every string drawn by the last paint, for tests
        self.set_figures(self.figures)

    # -- data ------------------------------------------------------------------------------

    def refresh(self, source: UsageStore | Path | None) -> None:
        """Read the last 30 days from a store (or a database file) and show them."""
        if isinstance(source, UsageStore):
            figures = source.figures()
        elif source is not None:
            figures = read_figures(Path(source))
        else:
            figures = UsageFigures.empty(
                date.today(), problem=self.tr("Usage figures are switched off.")
            )
        self.set_figures(figures)

    def set_figures(self, figures: UsageFigures) -> None:
        self.figures = figures
        self.headline, self.panels = self.build(figures)
        self.setAccessibleDescription(self.describe())
        self.update()

    def build(self, f: UsageFigures) -> tuple[str, list[Panel]]:
        """The headline and the panels, with every number as it will be drawn."""
        locale = QLocale()
        first = locale.toString(f.first_day, "d MMM")
        last = locale.toString(f.last_day, "d MMM yyyy")
        headline = (
            self.tr("Last %1 days (%2 – %3): %4 visits, %5 ended by the idle reset")
            .replace("%1", str(len(f.visits_per_day)))
            .replace("%2", first)
            .replace("%3", last)
            .replace("%4", str(f.total_visits))
            .replace("%5", str(f.idle_resets))
        )
        days = tuple(Bar(str(day.day), count, str(count)) for day, count in f.visits_per_day)
        topics = tuple(Bar(self._name(t.key), t.visits, str(t.visits)) for t in f.topics)
        times = tuple(
            sorted(
                (
                    Bar(self._name(t.key), t.average_seconds, self.duration(t.average_seconds))
                    for t in f.topics
                ),
                key=lambda bar: -bar.value,
            )
        )
        languages = tuple(
            Bar(language_name(code), count, str(count)) for code, count in f.languages
        )
        tools = (
            Bar(self.tr("Read aloud"), f.read_aloud_visits, str(f.read_aloud_visits)),
            Bar(self.tr("Take home"), f.take_home_visits, str(f.take_home_visits)),
            Bar(self.tr("Larger text"), f.larger_text_visits, str(f.larger_text_visits)),
        )
        panels = [
            Panel("days", self.tr("Visits per day"), days, columns=True),
            Panel("topics", self.tr("Most viewed (visits)"), topics),
            Panel("time", self.tr("Average time per topic"), times),
            Panel("languages", self.tr("Languages (visits)"), languages),
            Panel("tools", self.tr("Used in visits"), tools),
        ]
        return headline, panels

    def duration(self, seconds: float) -> str:
        total = int(seconds + 0.5)  # 22.5 s shows as 23 s, as people round
        minutes, rest = divmod(total, 60)
        if not minutes:
            return self.tr("%1 s").replace("%1", str(rest))
        return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))

    def describe(self) -> str:
        """The figures as plain text, for screen readers."""
        lines = [self.headline]
        for panel in self.panels:
            if panel.columns:
                continue
            items = ", ".join(f"{bar.label}: {bar.text}" for bar in panel.bars)
            lines.append(f"{panel.title}: {items}.")
        return "\n".join(lines)

    def _name(self, key: str) -> str:
        return self.names.get(key) or key.replace("_", " ").replace("-", " ").capitalize()

    # -- look ------------------------------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def changeEvent(self, event) -> None:  # noqa: ANN001 (QEvent)
        try:
            from PySide6.QtCore import QEvent

            if event.type() == QEvent.Type.LanguageChange:
                self.set_figures(self.figures)
        except Exception:
            log.exception("usage charts: retranslating failed")
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1600, 900)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 480)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.drawn = []
            self._paint(painter, self.rect())
        except Exception:  # never raise out of a Qt virtual
            log.exception("usage charts: painting failed")
        finally:
            painter.end()

    def _font(self, token: str, bold: bool = False, px: int | None = None) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(10, px or self.theme.px(token)))
        font.setBold(bold)
        return font

    def _text(self, painter: QPainter, rect: QRect, flags: int, text: str) -> None:
        painter.drawText(rect, flags, text)
        self.drawn.append(text)

    def _paint(self, painter: QPainter, rect: QRect) -> None:
        c, px = self.theme.colors, self.theme.px
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, QColor(c.window))
        gap = px("gap")
        area = rect.adjusted(gap, gap // 2, -gap, -gap // 2)

        top = area.top()
        lines = [(self._font("subheading", bold=True), c.heading, self.headline)]
        if self.figures.problem:
            lines.append((self._font("small"), c.focus, self.figures.problem))
        for font, color, text in lines:
            painter.setFont(font)
            painter.setPen(QColor(color))
            flags = _LEFT | Qt.TextFlag.TextWordWrap
            height = painter.boundingRect(QRect(area.left(), top, area.width(), 0), flags, text)
            box = QRect(area.left(), top, area.width(), height.height())
            self._text(painter, box, flags, text)
            top += box.height()
        area.setTop(top + gap // 2)

        panels = {panel.key: panel for panel in self.panels}
        for key, box in self._layout(area, gap).items():
            self._panel(painter, box, panels[key])

    def _layout(self, area: QRect, gap: int) -> dict[str, QRect]:
        """Landscape: days and languages on top, three panels below; portrait: one column."""
        x, y, w, h = area.x(), area.y(), area.width(), area.height()
        if w >= h:
            top_h = (h - gap) * 2 // 5
            bottom_y, bottom_h = y + top_h + gap, h - top_h - gap
            days_w = (w - gap) * 13 // 20
            third = (w - 2 * gap) // 3
            return {
                "days": QRect(x, y, days_w, top_h),
                "languages": QRect(x + days_w + gap, y, w - days_w - gap, top_h),
                "topics": QRect(x, bottom_y, third, bottom_h),
                "time": QRect(x + third + gap, bottom_y, third, bottom_h),
                "tools": QRect(x + 2 * (third + gap), bottom_y, w - 2 * (third + gap), bottom_h),
            }
        # Portrait: each panel as tall as its rows need (a title counts as a row and a half).
        rows = {panel.key: max(1, len(panel.bars)) + 1.5 for panel in self.panels}
        weights = {key: rows.get(key, 3) for key in ("topics", "time", "languages", "tools")}
        weights = {"days": max(6.0, sum(weights.values()) / 4), **weights}
        unit = (h - gap * (len(weights) - 1)) / sum(weights.values())
        boxes = {}
        for key, weight in weights.items():
            height = round(unit * weight)
            boxes[key] = QRect(x, y, w, height)
            y += height + gap
        return boxes

    def _panel(self, painter: QPainter, box: QRect, panel: Panel) -> None:
        c, px = self.theme.colors, self.theme.px
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.surface))
        radius = px("radius")
        painter.drawRoundedRect(box, radius, radius)
        inner = box.adjusted(radius, radius // 2, -radius, -radius // 2)
        painter.setFont(self._font("small", bold=True))
        painter.setPen(QColor(c.heading))
        title_h = QFontMetrics(painter.font()).height()
        self._text(
            painter, QRect(inner.left(), inner.top(), inner.width(), title_h), _LEFT, panel.title
        )
        inner.setTop(inner.top() + title_h + px("gap") // 3)
        if not panel.bars or not any(bar.value for bar in panel.bars) and not panel.columns:
            painter.setFont(self._font("small"))
            painter.setPen(QColor(c.text_muted))
            self._text(
                painter, inner, _LEFT | Qt.AlignmentFlag.AlignTop, self.tr("Nothing recorded yet")
            )
            return
        if panel.columns:
            self._columns(painter, inner, panel.bars)
        else:
            self._rows(painter, inner, panel.bars)

    def _rows(self, painter: QPainter, box: QRect, bars: tuple[Bar, ...]) -> None:
        """Horizontal bars: label, bar, number; as many rows as fit at a readable size."""
        c = self.theme.colors
        size = self.theme.px("small")
        row_h = box.height() / max(1, len(bars))
        # Shrink the text when there are many rows, but never below a readable size; rows
        # that still do not fit are summed up as "n more".
        size = max(min(size, int(row_h / 1.35)), round(self.theme.px("small") * 0.7))
        font = self._font("small", px=size)
        bold = self._font("small", bold=True, px=size)
        metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        # Rows no taller than two lines of text: a few bars stay bars, not blocks.
        row_h = min(max(row_h, metrics.height() * 1.2), metrics.height() * 2.0)
        fits = max(1, int(box.height() / row_h + 0.01))
        shown = bars if len(bars) <= fits else bars[: fits - 1]
        # A few pixels of slack: elidedText() elides a text given exactly its own advance.
        widest = max(metrics.horizontalAdvance(b.label) for b in shown) + 4
        label_w = min(box.width() * 9 // 20, widest)
        number_w = max(bold_metrics.horizontalAdvance(b.text) for b in shown)
        gap = self.theme.px("gap") // 2
        bar_x = box.left() + label_w + gap
        bar_max = max(1, box.right() - bar_x - number_w - gap)
        top_value = max(bar.value for bar in bars) or 1
        for index, bar in enumerate(shown):
            y = round(box.top() + index * row_h)
            line = QRect(box.left(), y, box.width(), round(row_h))
            painter.setFont(font)
            painter.setPen(QColor(c.text))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            self._text(painter, QRect(line.left(), y, label_w, line.height()), _LEFT, label)
            length = round(bar_max * bar.value / top_value)
            thickness = max(4, min(round(line.height() * 0.55), metrics.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.primary))
            if length:
                painter.drawRect(bar_x, y + (line.height() - thickness) // 2, length, thickness)
            painter.setFont(bold)
            painter.setPen(QColor(c.heading))
            number = QRect(bar_x + length + gap // 2, y, number_w + gap, line.height())
            self._text(painter, number, _LEFT, bar.text)
        if len(shown) < len(bars):
            painter.setFont(font)
            painter.setPen(QColor(c.text_muted))
            y = round(box.top() + len(shown) * row_h)
            more = self.tr("and %1 more").replace("%1", str(len(bars) - len(shown)))
            self._text(painter, QRect(box.left(), y, box.width(), round(row_h)), _LEFT, more)

    def _columns(self, painter: QPainter, box: QRect, bars: tuple[Bar, ...]) -> None:
        """Vertical bars, one per day, the number on top and the day of the month below."""
        c = self.theme.colors
        width = box.width() / len(bars)
        widest = max(bars, key=lambda bar: len(bar.text)).text
        size = self.theme.px("small")
        # Numbers and day labels share the column's width: shrink until the widest fits.
        while (
            size > 10
            and QFontMetrics(self._font("small", True, size)).horizontalAdvance(
                max(widest, "30", key=len)
            )
            > width * 0.92
        ):
            size -= 1
        font, bold = self._font("small", px=size), self._font("small", True, size)
        line = QFontMetrics(font).height()
        base = box.bottom() - line
        bar_room = max(1, base - box.top() - line - 4)
        top_value = max(bar.value for bar in bars) or 1
        painter.setPen(QColor(c.surface_alt))
        painter.drawLine(box.left(), base, box.right(), base)
        for index, bar in enumerate(bars):
            x = round(box.left() + index * width)
            column = QRect(x, box.top(), round(width), box.height())
            height = round(bar_room * bar.value / top_value)
            if height:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(c.primary))
                inset = max(1, round(width * 0.15))
                painter.drawRect(x + inset, base - height, round(width) - 2 * inset, height)
            painter.setFont(bold)
            painter.setPen(QColor(c.heading if bar.value else c.text_muted))
            above = QRect(column.left(), base - height - line - 2, column.width(), line)
            self._text(painter, above, _CENTER, bar.text)
            painter.setFont(font)
            painter.setPen(QColor(c.text_muted))
            below = QRect(column.left(), base + 2, column.width(), line)
            self._text(painter, below, _CENTER, bar.label)


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)


def render_report(
    source: UsageStore | UsageFigures | Path,
    path: Path,
    size: tuple[int, int] = (1920, 1080),
    names: Mapping[str, str] | None = None,
    theme: Theme | None = None,
) -> UsageCharts:
    """Draw the charts for ``source`` into the PNG file ``path`` and return the widget."""
    charts = UsageCharts(names)
    charts.apply_theme((theme or Theme()).with_scale(screen_scale(*size)))
    if isinstance(source, UsageFigures):
        charts.set_figures(source)
    else:
        charts.refresh(source)
    charts.resize(*size)
    if not charts.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return charts
