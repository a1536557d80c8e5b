"""The domain end to end: key events from a scanner, through the detector and the classifier, into
a pack session, as the station will wire them."""

from __future__ import annotations

import datetime as dt

from session_helpers import T0

from packstation.domain.classify import classify
from packstation.domain.detector import Action, ScanDetector
from packstation.domain.events import ErrorKind, Outcome, PackEvent, SessionState
from packstation.domain.scans import Carrier
from packstation.domain.session import PackLine, PackSession, SessionSpec

MUG = PackLine("880001", "MUG-BLU-12", "Blue mug", frozenset({"00012345678905"}), 2)
TEA = PackLine("880002", "TEA-EARL", "Earl Grey tea", frozenset({"04006381333931"}), 1)


class Station:
    """A keyboard-wedge scanner typing 5 ms per key into the detector, scans fed to the session."""

    def __init__(self, session: PackSession) -> None:
        self.session = session
        self.detector = ScanDetector()
        self.ms = 0

    def scan(self, code: str) -> PackEvent:
        self.ms += 2000  # the packer reaches for the next item
        for ch in code:
            self.ms += 5
            assert self.detector.feed_key(ch, self.ms).action is Action.HOLD
        self.ms += 5
        decision = self.detector.feed_terminator(self.ms)
        assert decision.action is Action.SCAN
        assert decision.scan == code
        return self.session.scan(classify(decision.scan), T0 + dt.timedelta(milliseconds=self.ms))


def station(**options: object) -> Station:
    spec = SessionSpec(
        fulfillment_id="700123",
        order_number="O1053",
        lines=(MUG, TEA),
        expected_carrier=Carrier.UPS,
        service="UPS Ground",
        **options,  # type: ignore[arg-type]
    )
    return Station(PackSession(spec))


def test_slip_items_label_and_no_other_touch() -> None:
    s = station()
    assert s.scan("O1053").result.outcome is Outcome.NOTICE  # the slip again: harmless
    assert s.scan("012345678905").result.outcome is Outcome.COUNTED  # UPC-A of the mug
    assert s.scan("0012345678905").result.outcome is Outcome.COUNTED  # EAN-13 of the same mug
    assert s.scan("]E04006381333931").result.outcome is Outcome.COUNTED  # with AIM identifier
    assert s.session.state is SessionState.AWAITING_TRACKING
    box = s.scan("1Z999AA10123456784").result.box
    assert box is not None
    assert (box.carrier, box.tracking_number) == (Carrier.UPS, "1Z999AA10123456784")
    assert [(line.sku, line.quantity) for line in box.lines] == [("MUG-BLU-12", 2), ("TEA-EARL", 1)]
    assert s.session.snapshot().state is SessionState.DONE


def test_commands_from_the_sheet_and_gs1_codes() -> None:
    s = station()
    assert s.scan("PS-QTY:2").result.outcome is Outcome.QTY_SET
    assert s.scan("]C10100012345678905104242").result.deltas[0].quantity == 2
    assert s.scan("ps-cmd:undo").result.outcome is Outcome.UNDONE
    assert s.session.verified_total == 0
    error = s.scan("012345678901").result.error  # check digit wrong
    assert error is not None
    assert error.kind is ErrorKind.MISREAD  # no lock: the next good read is taken
    assert s.scan("tea-earl").result.outcome is Outcome.COUNTED  # SKU typed on a label
    assert s.scan("PS-USER:ada").result.argument == "ada"


def test_a_fedex_number_that_reads_as_a_upc_closes_the_box() -> None:
    s = station(carrier_mismatch_locks=False)
    for code in ("012345678905", "012345678905", "4006381333931"):
        s.scan(code)
    event = s.scan("123456789012")
    box = event.result.box
    assert box is not None
    assert (box.carrier, box.tracking_number) == (Carrier.FEDEX, "123456789012")
    assert box.carrier_warning == "looks like FedEx, order ships UPS"
