"""Every banner message of the catalogue, rendered at 1366 px wide by the real banner: the verdict
comes first in capitals, the item's full name is on the line below, and nothing is elided or cut
(checked with the font metrics of the size the banner chose). The banner's state is the domain's
`BannerKind`, a misread is not red, and the banner always shows the latest outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from packstation.domain.banner_rule import BannerKind
from packstation.domain.events import ErrorKind, ExpectedLine, Notice, PackError, PackEvent
from packstation.domain.scans import (
    Carrier,
    CommandName,
    CommandScan,
    MisreadScan,
    ProductScan,
    Scan,
    TextScan,
    TrackingCandidate,
    TrackingScan,
)
from packstation.domain.session import PackLine, PackSession, SessionSpec, Snapshot
from packstation.domain.verdicts import ERROR_VERDICTS, NOTICE_VERDICTS, OUTCOME_VERDICTS
from packstation.ui import theme
from packstation.ui.banner import Feedback, FeedbackBanner
from packstation.ui.feedback_words import error_feedback, feedback_for

INK = "Bottled ink, black, 30 ml, for fountain pens — refill pack of 3"
CARD = "Greeting card, 'Happy birthday to my wonderful grandmother', A5 folded, kraft envelope"
INK_GTIN = "00012345678905"
CARD_GTIN = "04006381333931"
T0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
UPS = "1Z999AA10123456784"
FEDEX = "123456789012"


def _label(carrier: Carrier, number: str) -> TrackingScan:
    return TrackingScan(
        number, (TrackingCandidate(carrier, number, True, f"https://t.example/{number}"),)
    )


def _cmd(name: CommandName, argument: str | None = None) -> CommandScan:
    return CommandScan(raw=f"PS-CMD:{name.value}", name=name, argument=argument)


@dataclass(frozen=True)
class Seen:
    """An event and the snapshot right after it, as the controller renders them."""

    event: PackEvent
    after: Snapshot


class Packer:
    def __init__(self, packer: str | None = "ada", **options: object) -> None:
        lines = (
            PackLine(
                "1", "INK-BLK-30", INK, frozenset({INK_GTIN}), 2, kit="Calligraphy starter kit"
            ),
            PackLine("2", "INK-BLK-30", INK, frozenset({INK_GTIN}), 1),
            PackLine("3", "CARD-BDAY-GM", CARD, frozenset({CARD_GTIN}), 1),
        )
        fields: dict[str, object] = {
            "fulfillment_id": "700123",
            "order_number": "O1053",
            "channel_order_number": "#1052",
            "lines": lines,
            "expected_carrier": Carrier.FEDEX,
            "service": "FedEx Ground",
        }
        fields.update(options)
        self.session = PackSession(SessionSpec(**fields))  # type: ignore[arg-type]
        self.clock = T0
        self.packer = packer

    def __call__(self, scan: Scan) -> Seen:
        self.clock += dt.timedelta(seconds=1)
        event = self.session.scan(scan, self.clock, packer=self.packer)
        return Seen(event, self.session.snapshot())


def ink() -> ProductScan:
    return ProductScan(raw=INK_GTIN.lstrip("0"), gtin14=INK_GTIN)


def card() -> ProductScan:
    return ProductScan(raw=CARD_GTIN.lstrip("0"), gtin14=CARD_GTIN)


def catalogue() -> list[tuple[str, Seen]]:
    """Real events for every outcome the banner shows, with long, realistic item names."""
    out: list[tuple[str, Seen]] = []
    p = Packer()
    out.append(("counted", p(ink())))
    out.append(("undone", p(_cmd(CommandName.UNDO))))
    out.append(("nothing to undo", p(_cmd(CommandName.UNDO))))
    out.append(("qty", p(CommandScan("PS-QTY:2", CommandName.QTY, "2"))))
    out.append(("qty cleared", p(_cmd(CommandName.UNDO))))
    out.append(
        ("misread", p(MisreadScan(raw="0012345678901", problem="check digit wrong — scan again")))
    )
    out.append(
        ("unknown code", p(TextScan(raw="X-UNKNOWN-CODE-0000000000000001", shown="X-UNKNOWN")))
    )
    out.append(("refused", p(ink())))
    out.append(("ack", p(_cmd(CommandName.ACK))))
    out.append(("nothing to ack", p(_cmd(CommandName.ACK))))
    for _ in range(3):
        p(ink())
    out.append(("one too many", p(ink())))
    p(_cmd(CommandName.ACK))
    out.append(("label too early", p(_label(Carrier.FEDEX, FEDEX))))
    p(_cmd(CommandName.ACK))
    out.append(("takeover asked", p(CommandScan("PS-USER:bob", CommandName.USER, "bob"))))
    out.append(("taken over", p(CommandScan("PS-USER:bob", CommandName.USER, "bob"))))
    out.append(("stop armed", p(_cmd(CommandName.CANCEL))))
    out.append(("stopped", p(_cmd(CommandName.CANCEL))))
    out.append(("closed", p(ink())))
    p = Packer()
    out.append(("signed in", p(CommandScan("PS-USER:ada", CommandName.USER, "ada"))))
    out.append(("status", p(CommandScan("PS-STATUS:Packed", CommandName.STATUS, "Packed"))))
    for scan in (ink(), ink(), ink(), card()):
        p(scan)
    out.append(("ready for label", p(_cmd(CommandName.SHIP))))
    out.append(("wrong carrier", p(_label(Carrier.UPS, UPS))))
    out.append(("override", p(_cmd(CommandName.SHIP))))
    p = Packer()
    for scan in (ink(), ink(), ink(), card()):
        p(scan)
    out.append(("shipped", p(_label(Carrier.FEDEX, FEDEX))))
    p = Packer(carrier_mismatch_locks=False)
    p(card())
    out.append(("carrier warning", p(_label(Carrier.UPS, UPS))))
    p = Packer(unknown_label_needs_approval=True)
    p(card())
    p(_cmd(CommandName.PARTIAL))
    out.append(("unknown label", p(TextScan(raw="PX1234567890ABCDEF", shown="PX1234567890ABCDEF"))))
    out.append(("approval required", p(_cmd(CommandName.SHIP))))
    return out


CATALOGUE = catalogue()


def every_error() -> list[PackError]:
    expected = (ExpectedLine("1", "INK", INK, 2), ExpectedLine("3", "CARD", CARD, 1))
    return [
        PackError(
            kind,
            raw="0012345678901234567890",
            sku="INK-BLK-30",
            name=INK,
            detail="Label is UPS — this order ships FedEx Ground",
            expected=expected,
        )
        for kind in ErrorKind
    ]


@pytest.fixture
def banner(qtbot: QtBot) -> FeedbackBanner:
    b = FeedbackBanner()
    qtbot.addWidget(b)
    b.resize(1366, b.height())
    b.show()
    return b


def _assert_fits(banner: FeedbackBanner, feedback: Feedback) -> None:
    banner.acknowledge()
    banner.show_feedback(feedback)
    headline, detail = banner.fitted()
    assert headline.text == feedback.headline
    assert detail.text == feedback.detail
    assert "…" not in headline.text + detail.text
    assert headline.fits(), f"headline cut: {feedback.headline!r} at {headline.font.pointSize()} pt"
    assert detail.fits(), f"detail cut: {feedback.detail!r} at {detail.font.pointSize()} pt"
    for part in (headline, detail):
        assert banner.rect().contains(part.rect)
    assert headline.font.pointSize() >= 14  # readable from an arm's length, even shrunk


@pytest.mark.parametrize(("name", "event"), CATALOGUE, ids=[n for n, _ in CATALOGUE])
def test_every_pack_outcome_fits_the_banner_at_1366_wide(
    banner: FeedbackBanner, name: str, event: Seen
) -> None:
    feedback = feedback_for(event.event, event.after)
    _assert_fits(banner, feedback)
    assert feedback.headline == feedback.headline.upper() or feedback.headline[0].isupper()


@pytest.mark.parametrize("error", every_error(), ids=[e.kind.value for e in every_error()])
def test_every_error_kind_says_its_verdict_first_and_fits(
    banner: FeedbackBanner, error: PackError
) -> None:
    verdict, detail = error_feedback(
        error, "Scan PS-CMD:ACK or press Esc, then scan the right item"
    )
    assert verdict == ERROR_VERDICTS[error.kind]
    _assert_fits(banner, Feedback(BannerKind.ERROR_LOCKED, verdict, detail))


def test_every_verdict_of_the_tables_fits(banner: FeedbackBanner) -> None:
    verdicts = [*ERROR_VERDICTS.values(), *NOTICE_VERDICTS.values(), *OUTCOME_VERDICTS.values()]
    for verdict in verdicts:
        _assert_fits(banner, Feedback(BannerKind.WARNING, f"STILL LOCKED: {verdict}", INK))
        # Short verdicts keep the big size: shrinking is for the long ones only.
        _, _ = banner.fitted()
    banner.show_feedback(Feedback(BannerKind.OK, "NOT IN THIS ORDER", CARD))
    assert banner.fitted()[0].font.pointSize() == theme.BANNER_POINT_SIZE


def test_the_wrong_item_says_the_verdict_big_and_the_full_name_below(
    banner: FeedbackBanner,
) -> None:
    p = Packer()
    event = p(TextScan(raw="INK-RED-30", shown="INK-RED-30"))
    feedback = feedback_for(event.event, event.after)
    assert feedback.state is BannerKind.ERROR_LOCKED
    assert feedback.headline == "UNKNOWN CODE"
    event = Packer()(ProductScan(raw="614141000036", gtin14="00614141000036"))
    _assert_fits(banner, feedback_for(event.event, event.after))
    error = PackError(ErrorKind.WRONG_ITEM, raw="x", sku="INK", name=INK)
    verdict, detail = error_feedback(error)
    assert verdict == "NOT IN THIS ORDER"
    assert detail.startswith(INK)


def test_a_misread_buzzes_in_its_own_colour_and_does_not_lock(banner: FeedbackBanner) -> None:
    event = dict(CATALOGUE)["misread"]
    feedback = feedback_for(event.event, event.after)
    assert feedback.state is BannerKind.MISREAD
    assert feedback.headline == "SCAN AGAIN"
    banner.show_feedback(feedback)
    assert not banner.is_red
    assert not banner.needs_acknowledgement
    colour = banner.grab().toImage().pixelColor(banner.width() - 3, 3)
    assert colour not in (theme.ERROR_BG, theme.WARN_BG)
    event = Packer()(ink())
    banner.show_feedback(feedback_for(event.event, event.after))
    assert banner.state is BannerKind.OK  # the next good read is taken and shown


def test_a_success_replaces_a_red_that_does_not_lock(banner: FeedbackBanner) -> None:
    banner.show_feedback(
        Feedback(
            BannerKind.ERROR, "LABEL ALREADY USED", "This carrier label is already on another box"
        )
    )
    assert banner.is_red
    event = dict(CATALOGUE)["shipped"]
    banner.show_feedback(feedback_for(event.event, event.after))
    assert banner.state is BannerKind.DONE
    assert banner.feedback.headline == "BOX SHIPPED"


def test_a_locked_red_holds_until_acknowledged(banner: FeedbackBanner) -> None:
    event = dict(CATALOGUE)["wrong carrier"]
    feedback = feedback_for(event.event, event.after)
    assert feedback.state is BannerKind.ERROR_LOCKED
    assert feedback.headline == "WRONG CARRIER"
    assert "UPS" in feedback.detail
    assert "FedEx" in feedback.detail
    banner.show_feedback(feedback)
    banner.show_feedback(Feedback(BannerKind.WARNING, "ORDER EDITED"))
    assert banner.state is BannerKind.ERROR_LOCKED
    banner.acknowledge()
    assert banner.state is BannerKind.WARNING


def test_a_sku_on_two_lines_counts_over_both(banner: FeedbackBanner) -> None:
    p = Packer()
    p(ink())
    p(ink())
    event = p(ink())
    feedback = feedback_for(event.event, event.after)
    assert feedback.headline.endswith("3 of 3")
    assert feedback.detail == INK
    event = p(_cmd(CommandName.UNDO))
    assert feedback_for(event.event, event.after).headline.endswith("2 of 3")


def test_stop_packing_names_what_to_put_back(banner: FeedbackBanner) -> None:
    stopped = dict(CATALOGUE)["stopped"]
    feedback = feedback_for(stopped.event, stopped.after)
    assert feedback.headline == "PACKING STOPPED"
    assert INK in feedback.detail
    _assert_fits(banner, feedback)
    assert Notice.FINISH_BOX_FIRST in NOTICE_VERDICTS
