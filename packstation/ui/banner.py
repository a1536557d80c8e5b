"""The feedback banner: a full-width answer to "was that right?", readable from an arm's length.

Each state has an icon, words and a colour, so colour is never the only cue. It paints itself
(no child widgets, no style sheet): showing a new message stores a few values and schedules one
repaint, so feedback lands within a frame of a scan even on a busy window. Its height is fixed, so a
new message never triggers a layout pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from packstation.ui import theme


class BannerState(StrEnum):
    READY = "ready"
    OK = "ok"
    DONE = "done"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Look:
    icon: str
    background: QColor
    foreground: QColor
    accessible_prefix: str  # what a screen reader says first; the words a colour-blind packer reads


LOOKS: dict[BannerState, Look] = {
    BannerState.READY: Look("▶", theme.READY_BG, theme.READY_FG, "Ready"),
    BannerState.OK: Look("✓", theme.OK_BG, theme.OK_FG, "OK"),
    BannerState.DONE: Look("✓✓", theme.DONE_BG, theme.DONE_FG, "Done"),
    BannerState.WARNING: Look("⚠", theme.WARN_BG, theme.WARN_FG, "Warning"),
    BannerState.ERROR: Look("✗", theme.ERROR_BG, theme.ERROR_FG, "Error"),
}


@dataclass(frozen=True, slots=True)
class Feedback:
    state: BannerState
    headline: str  # e.g. "Blue mug, 12 oz   2 of 2"
    detail: str = ""  # e.g. "Scan PS-CMD:ACK or press Esc, then scan the right item"


class FeedbackBanner(QWidget):
    """Shows one `Feedback` at a time. An error stays until `acknowledge()`; feedback that is not an
    error and arrives meanwhile is kept and shown after the acknowledgement, never over it."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel ourselves
        self._headline_font = QFont(self.font())
        self._headline_font.setPointSize(theme.BANNER_POINT_SIZE)
        self._headline_font.setBold(True)
        self._detail_font = QFont(self.font())
        self._detail_font.setPointSize(theme.BANNER_DETAIL_POINT_SIZE)
        head = QFontMetrics(self._headline_font).height()
        detail = QFontMetrics(self._detail_font).height()
        self._pad = max(8, head // 4)
        self.setFixedHeight(head + detail + 3 * self._pad)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._feedback = Feedback(BannerState.READY, self._ready_words())
        self._held_back: Feedback | None = None
        self._sync_accessible()

    @staticmethod
    def _ready_words() -> str:
        return QCoreApplication.translate("FeedbackBanner", "Scan a packing slip")

    # -- what others call --------------------------------------------------------------------
    @property
    def feedback(self) -> Feedback:
        return self._feedback

    @property
    def state(self) -> BannerState:
        return self._feedback.state

    @property
    def icon(self) -> str:
        return LOOKS[self._feedback.state].icon

    @property
    def needs_acknowledgement(self) -> bool:
        return self._feedback.state is BannerState.ERROR

    def show_feedback(self, feedback: Feedback) -> None:
        if self.needs_acknowledgement and feedback.state is not BannerState.ERROR:
            self._held_back = feedback
            return
        self._set(feedback)

    def show_ready(self, words: str | None = None) -> None:
        self.show_feedback(Feedback(BannerState.READY, words or self._ready_words()))

    def acknowledge(self) -> None:
        """Esc or PS-CMD:ACK: the error has been seen. Shows what was held back, or ready."""
        if not self.needs_acknowledgement:
            return
        held, self._held_back = self._held_back, None
        self._set(held or Feedback(BannerState.READY, self._ready_words()))
        self.acknowledged.emit()

    def text(self) -> str:
        """Everything the banner says, icon and words included (as a screen reader reads it)."""
        f = self._feedback
        parts = [self.icon, f.headline] + ([f.detail] if f.detail else [])
        return "  ".join(parts)

    # -- painting ------------------------------------------------------------------------------
    def _set(self, feedback: Feedback) -> None:
        self._feedback = feedback
        self._sync_accessible()
        self.update()

    def _sync_accessible(self) -> None:
        look = LOOKS[self._feedback.state]
        self.setAccessibleName(f"{look.accessible_prefix}: {self._feedback.headline}")
        self.setAccessibleDescription(self._feedback.detail)
        self.setToolTip(self._feedback.detail)

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        look = LOOKS[self._feedback.state]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), look.background)
        p.setPen(look.foreground)
        pad = self._pad
        r = self.rect().adjusted(pad * 2, pad, -pad * 2, -pad)
        head_h = QFontMetrics(self._headline_font).height()
        p.setFont(self._headline_font)
        icon_w = QFontMetrics(self._headline_font).horizontalAdvance(look.icon + " ")
        icon_rect = QRect(r.left(), r.top(), icon_w, head_h)
        p.drawText(icon_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, look.icon)
        text_rect = QRect(icon_rect.right() + pad, r.top(), r.width() - icon_w - pad, head_h)
        headline = QFontMetrics(self._headline_font).elidedText(
            self._feedback.headline, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, headline)
        if self._feedback.detail:
            p.setFont(self._detail_font)
            detail_rect = QRect(
                text_rect.left(),
                r.top() + head_h + pad // 2,
                text_rect.width(),
                r.bottom() - r.top() - head_h,
            )
            detail = QFontMetrics(self._detail_font).elidedText(
                self._feedback.detail, Qt.TextElideMode.ElideRight, detail_rect.width()
            )
            p.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)
        p.end()
