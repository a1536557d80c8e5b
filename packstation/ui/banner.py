"""The feedback banner: a full-width answer to "was that right?", readable from an arm's length.

Each state (the domain's `BannerKind`) has an icon, words and a colour, so colour is never the only
cue. The verdict comes first, short and big ("NOT IN THIS ORDER"); the item's full name or the
reason is on the line below. Text wraps to two lines or shrinks until it fits: it is never elided,
because the words cut off are always the ones that mattered.

It paints itself (no child widgets, no style sheet): a new message computes its fit once (a few
font-metric calls) and schedules one repaint, so feedback lands within a frame of a scan. Its
height is fixed, so a new message never triggers a layout pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from packstation.domain.banner_rule import BannerKind
from packstation.ui import theme

# One name for the domain's banner states: the window and the controller speak BannerKind.
BannerState = BannerKind

MISREAD_BG, MISREAD_FG = QColor("#e8710a"), QColor("#1b1f24")  # orange: a buzz, not a lock


@dataclass(frozen=True, slots=True)
class Look:
    icon: str
    background: QColor
    foreground: QColor
    accessible_prefix: str  # what a screen reader says first; the words a colour-blind packer reads


LOOKS: dict[BannerKind, Look] = {
    BannerKind.READY: Look("▶", theme.READY_BG, theme.READY_FG, "Ready"),
    BannerKind.OK: Look("✓", theme.OK_BG, theme.OK_FG, "OK"),
    BannerKind.DONE: Look("✓✓", theme.DONE_BG, theme.DONE_FG, "Done"),
    BannerKind.WARNING: Look("⚠", theme.WARN_BG, theme.WARN_FG, "Warning"),
    BannerKind.ERROR: Look("✗", theme.ERROR_BG, theme.ERROR_FG, "Error"),
    BannerKind.ERROR_LOCKED: Look("✗", theme.ERROR_BG, theme.ERROR_FG, "Error, locked"),
    BannerKind.MISREAD: Look("↻", MISREAD_BG, MISREAD_FG, "Misread"),
}

WRAP = int(Qt.TextFlag.TextWordWrap)
_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
MIN_HEADLINE_PT = 14
MIN_DETAIL_PT = 10


@dataclass(frozen=True, slots=True)
class Feedback:
    state: BannerKind
    headline: str  # the verdict, e.g. "NOT IN THIS ORDER" or "OK   2 of 2": shown big
    detail: str = ""  # the item's full name, the reason, what to do next: the line(s) below
    hold: bool = False  # stays until acknowledged, whatever its colour (a stopped pack's list)


@dataclass(frozen=True, slots=True)
class Fitted:
    """One text as painted: the font chosen, the rectangle it must fit in and the flags."""

    text: str
    font: QFont
    rect: QRect
    flags: int

    def fits(self) -> bool:
        if not self.text:
            return True
        used = QFontMetrics(self.font).boundingRect(self.rect, self.flags, self.text)
        return used.width() <= self.rect.width() and used.height() <= self.rect.height()


def fit(text: str, font: QFont, rect: QRect, smallest: int) -> Fitted:
    """The largest point size (down to `smallest`) at which `text`, wrapped at word boundaries,
    fits `rect`; below that it may also break inside a word (a long code), never elide."""
    f = QFont(font)
    for pt in range(font.pointSize(), smallest - 1, -1):
        f.setPointSize(pt)
        candidate = Fitted(text, QFont(f), rect, WRAP | _ALIGN)
        if candidate.fits():
            return candidate
    # A code of 500 characters: break anywhere, and smaller still if need be, but show it all.
    anywhere = int(Qt.TextFlag.TextWrapAnywhere) | _ALIGN
    for pt in range(smallest, 5, -1):
        f.setPointSize(pt)
        candidate = Fitted(text, QFont(f), rect, anywhere)
        if candidate.fits():
            return candidate
    return candidate


class FeedbackBanner(QWidget):
    """Shows one `Feedback` at a time: always the latest, except that a locked error (or a held
    message) stays until `acknowledge()`; feedback that is not an error and arrives meanwhile is
    kept and shown after the acknowledgement, never over it."""

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
        head = QFontMetrics(self._headline_font).lineSpacing() + 2
        detail = QFontMetrics(self._detail_font).lineSpacing()
        self._pad = max(6, head // 8)
        # One headline line (or two smaller ones) and two detail lines: a full name always fits.
        self.setFixedHeight(head + 2 * detail + 3 * self._pad)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._feedback = Feedback(BannerKind.READY, self._ready_words())
        self._held_back: Feedback | None = None
        self._fitted: tuple[Fitted, Fitted] | None = None
        self._sync_accessible()

    @staticmethod
    def _ready_words() -> str:
        return QCoreApplication.translate("FeedbackBanner", "Scan a packing slip")

    # -- what others call --------------------------------------------------------------------
    @property
    def feedback(self) -> Feedback:
        return self._feedback

    @property
    def state(self) -> BannerKind:
        return self._feedback.state

    @property
    def icon(self) -> str:
        return LOOKS[self._feedback.state].icon

    @property
    def is_red(self) -> bool:
        return self._feedback.state in (BannerKind.ERROR, BannerKind.ERROR_LOCKED)

    @property
    def needs_acknowledgement(self) -> bool:
        return self._feedback.state is BannerKind.ERROR_LOCKED or self._feedback.hold

    def show_feedback(self, feedback: Feedback) -> None:
        locked = feedback.state is BannerKind.ERROR_LOCKED or feedback.hold
        if self.needs_acknowledgement and not locked and feedback.state is not BannerKind.ERROR:
            self._held_back = feedback
            return
        self._set(feedback)

    def show_ready(self, words: str | None = None) -> None:
        self.show_feedback(Feedback(BannerKind.READY, words or self._ready_words()))

    def acknowledge(self) -> None:
        """Esc or PS-CMD:ACK: the error has been seen. Shows what was held back, or ready."""
        if not (self.is_red or self._feedback.hold):
            return
        held, self._held_back = self._held_back, None
        self._set(held or Feedback(BannerKind.READY, self._ready_words()))
        self.acknowledged.emit()

    def text(self) -> str:
        """Everything the banner says, icon and words included (as a screen reader reads it)."""
        f = self._feedback
        parts = [self.icon, f.headline] + ([f.detail] if f.detail else [])
        return "  ".join(parts)

    def fitted(self) -> tuple[Fitted, Fitted]:
        """The headline and the detail as they are painted at the current width."""
        if self._fitted is None:
            self._fitted = self._fit()
        return self._fitted

    # -- painting ------------------------------------------------------------------------------
    def _set(self, feedback: Feedback) -> None:
        self._feedback = feedback
        self._fitted = None
        self._sync_accessible()
        self.update()

    def _sync_accessible(self) -> None:
        look = LOOKS[self._feedback.state]
        self.setAccessibleName(f"{look.accessible_prefix}: {self._feedback.headline}")
        self.setAccessibleDescription(self._feedback.detail)
        self.setToolTip(self._feedback.detail)

    def _icon_rect(self) -> QRect:
        pad = self._pad
        head_h = QFontMetrics(self._headline_font).height()
        icon_w = QFontMetrics(self._headline_font).horizontalAdvance("✓✓ ")
        return QRect(pad * 2, pad, icon_w, head_h)

    def _fit(self) -> tuple[Fitted, Fitted]:
        pad = self._pad
        icon = self._icon_rect()
        left = icon.right() + pad
        width = max(1, self.width() - left - pad * 2)
        head_h = QFontMetrics(self._headline_font).lineSpacing() + 2
        head_rect = QRect(left, pad, width, head_h)
        bottom = self.height() - pad
        top = head_rect.bottom() + 1 + pad // 2
        detail_rect = QRect(left, top, width, bottom - top)
        f = self._feedback
        return (
            fit(f.headline, self._headline_font, head_rect, MIN_HEADLINE_PT),
            fit(f.detail, self._detail_font, detail_rect, MIN_DETAIL_PT),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fitted = None
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        look = LOOKS[self._feedback.state]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), look.background)
        if self._feedback.state is BannerKind.ERROR_LOCKED:
            # A locked error wears a thick dark frame: it waits for ACK, unlike a plain red.
            p.fillRect(0, 0, 10, self.height(), QColor("#5c0f0b"))
        p.setPen(look.foreground)
        p.setFont(self._headline_font)
        p.drawText(self._icon_rect(), _ALIGN, look.icon)
        for part in self.fitted():
            if part.text:
                p.setFont(part.font)
                p.drawText(part.rect, part.flags, part.text)
        p.end()
