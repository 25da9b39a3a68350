"""About this information: the disclaimer, where each topic comes from, and its review."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import __version__
from kiosk.ui import i18n
from kiosk.ui.pages.base import Page, PageContext, scroll_area, tr_content
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import label
from kiosk.ui.widgets.speaker_button import SpeakerButton, page_text


class AboutPage(Page):
    NAME = "about"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        content = ctx.content
        self.disclaimer = [label() for _ in content.disclaimer]
        self.sources_heading = label("subheading")
        self.topic_sources = [(label("subheading"), label()) for _ in content.topics]
        self.review_heading = label("subheading")
        self.review = label()
        self.translation_review = label()
        self.counting_heading = label("subheading")
        self.counting = label()
        self.version = label("small")
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        for widget in self.disclaimer:
            self.column.addWidget(widget)
        self.column.addSpacing(8)
        self.column.addWidget(self.sources_heading)
        for name, sources in self.topic_sources:
            self.column.addWidget(name)
            self.column.addWidget(sources)
        self.column.addWidget(self.review_heading)
        self.column.addWidget(self.review)
        self.column.addWidget(self.translation_review)
        self.column.addWidget(self.counting_heading)
        self.column.addWidget(self.counting)
        self.column.addWidget(self.version)
        self.column.addStretch(1)
        self.listen = SpeakerButton(ctx.speaker, lambda: page_text(self))
        self.column.insertWidget(0, self.listen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(inner))
        self.retranslate()

    def title(self) -> str:
        return self.tr("About this information")

    def retranslate(self) -> None:
        content, profile = self.ctx.content, self.ctx.profile
        for widget, text in zip(self.disclaimer, content.disclaimer, strict=True):
            widget.setText(tr_content(text))
        self.sources_heading.setText(self.tr("Where this information comes from"))
        names = {s.id: tr_content(s.name) for s in content.sources}
        for (name, sources), topic in zip(self.topic_sources, content.topics, strict=True):
            name.setText(tr_content(topic.title))
            sources.setText("\n".join(f"• {names.get(s, s)}" for s in topic.sources))
        self.review_heading.setText(self.tr("Checked for accuracy"))
        reviewed_by = profile.reviewed_by or self.tr("not yet reviewed by this clinic")
        self.review.setText(
            self.tr("Last reviewed: %1. Reviewed by: %2.")
            .replace("%1", content.last_reviewed)
            .replace("%2", reviewed_by)
        )
        lang = i18n.current_language()
        review = i18n.review(lang)
        if review.reviewed:
            note = self.tr("This translation was checked by a qualified medical translator: %1.")
            self.translation_review.setText(note.replace("%1", review.reviewed_by))
        else:
            self.translation_review.setText(
                self.tr(
                    "This translation has not yet been checked by a qualified medical "
                    "translator. If something is unclear, please ask the clinic staff."
                )
            )
        self.translation_review.setHidden(lang.code == "en")
        # What the usage figures keep (kiosk/core/usage.py), in words a patient understands.
        self.counting_heading.setText(self.tr("What this screen counts"))
        self.counting.setText(
            self.tr(
                "To help the clinic, this screen counts which pages are looked at and for how "
                "long, the language and text size, and if read aloud or take-home was used. "
                "It never keeps your name or anything you type. The counts stay on this device."
            )
        )
        self.version.setText(self.tr("Spine Kiosk version %1").replace("%1", __version__))

    def apply_theme(self, theme: Theme) -> None:
        gap, margin = theme.px("gap"), theme.px("margin")
        self.column.setContentsMargins(margin, margin // 2, margin, margin)
        self.column.setSpacing(gap // 2)
        self.listen.apply_theme(theme)
