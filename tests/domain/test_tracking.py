"""Carrier tracking numbers against the published sample numbers (tracking_number_data, jkeen)."""

from __future__ import annotations

import pytest

from packstation.domain.scans import Carrier, TrackingCandidate
from packstation.domain.tracking import (
    best_tracking,
    carrier_for_shipping_method,
    tracking_candidates,
    tracking_matches,
    tracking_url,
)

# (sample, carrier, normalised number); numbers published as valid by the data set.
VALID = [
    ("1Z5R89390357567127", Carrier.UPS, "1Z5R89390357567127"),
    ("1Z879E930346834440", Carrier.UPS, "1Z879E930346834440"),
    ("1Z410E7W0392751591", Carrier.UPS, "1Z410E7W0392751591"),
    ("1Z8V92A70367203024", Carrier.UPS, "1Z8V92A70367203024"),
    ("986578788855", Carrier.FEDEX, "986578788855"),
    ("477179081230", Carrier.FEDEX, "477179081230"),
    ("799531274483", Carrier.FEDEX, "799531274483"),
    ("790535312317", Carrier.FEDEX, "790535312317"),
    ("974367662710", Carrier.FEDEX, "974367662710"),
    ("041441760228964", Carrier.FEDEX, "041441760228964"),
    ("568283610012000", Carrier.FEDEX, "568283610012000"),
    ("568283610012734", Carrier.FEDEX, "568283610012734"),
    ("9611020987654312345672", Carrier.FEDEX, "9611020987654312345672"),
    ("9261292700768711948021", Carrier.FEDEX, "9261292700768711948021"),
    # The 34-digit FedEx label barcodes: the tracking number is the last twelve digits.
    ("1001921334250001000300779017972697", Carrier.FEDEX, "779017972697"),
    ("1001921380360001000300639585804382", Carrier.FEDEX, "639585804382"),
    ("1001901781990001000300617767839437", Carrier.FEDEX, "617767839437"),
    ("1002297871540001000300790695517286", Carrier.FEDEX, "790695517286"),
    ("9622001900000000000000776632517510", Carrier.FEDEX, "776632517510"),
    ("9632001560123456789900794808390594", Carrier.FEDEX, "794808390594"),
    ("03071790000523483741", Carrier.USPS, "03071790000523483741"),
    ("71123456789123456787", Carrier.USPS, "71123456789123456787"),
    ("71969010756003077385", Carrier.USPS, "71969010756003077385"),
    ("9505511069605048600624", Carrier.USPS, "9505511069605048600624"),
    ("9101123456789000000013", Carrier.USPS, "9101123456789000000013"),
    ("9400111201080805483016", Carrier.USPS, "9400111201080805483016"),
    ("9361289878700317633795", Carrier.USPS, "9361289878700317633795"),
    ("9405803699300124287899", Carrier.USPS, "9405803699300124287899"),
    ("92748931507708513018050063", Carrier.USPS, "92748931507708513018050063"),
    # USPS label scans: "420" + ZIP (5 or 9 digits) is stripped.
    ("420221539101026837331000039521", Carrier.USPS, "9101026837331000039521"),
    ("4201002334249200190132607600833457", Carrier.USPS, "9200190132607600833457"),
    ("4201028200009261290113185417468510", Carrier.USPS, "9261290113185417468510"),
    ("3318810025", Carrier.DHL, "3318810025"),
    ("8487135506", Carrier.DHL, "8487135506"),
    ("1099255990", Carrier.DHL, "1099255990"),
    ("3821724944", Carrier.DHL, "3821724944"),
    ("73891051146", Carrier.DHL, "73891051146"),
    ("0073938000549297", Carrier.CANADA_POST, "0073938000549297"),
    ("RB123456785GB", Carrier.UPU_S10, "RB123456785GB"),
    ("RB123456785CF", Carrier.UPU_S10, "RB123456785CF"),
    ("TBA502887274000", Carrier.AMAZON, "TBA502887274000"),
    ("TBC000000000000", Carrier.AMAZON, "TBC000000000000"),
    ("TBM010000000000", Carrier.AMAZON, "TBM010000000000"),
]

# (sample, carrier it must not be taken for); published as invalid or a wrong check digit.
INVALID = [
    ("1Z5R89390357567128", Carrier.UPS),
    ("1Z1111111111111111", Carrier.UPS),
    ("2Z5R89390357567127", Carrier.UPS),
    ("1A5R89390357567127", Carrier.UPS),
    ("996578788855", Carrier.FEDEX),
    ("568283610012732", Carrier.FEDEX),
    ("9600000000000000000001", Carrier.FEDEX),
    ("1001901781990001000300617767839438", Carrier.FEDEX),
    ("9622001560001234567100794808390595", Carrier.FEDEX),
    ("9261292700768711948020", Carrier.FEDEX),
    ("03071790000523483742", Carrier.USPS),
    ("61299998820821171811", Carrier.USPS),
    ("9200000000000000000000", Carrier.USPS),
    ("4201028200009261290113185417468511", Carrier.USPS),
    ("420000000000000000000000000000", Carrier.USPS),
    ("3318810010", Carrier.DHL),
    ("3318810034", Carrier.DHL),
    ("3318810011", Carrier.DHL),
    ("0073938000549292", Carrier.CANADA_POST),
    ("RB123456786US", Carrier.UPU_S10),
    ("RB123456785XX", Carrier.UPU_S10),
    ("TBA50288727400A", Carrier.AMAZON),
    ("TBB000000000000", Carrier.AMAZON),
    ("000000000000", Carrier.AMAZON),
]


@pytest.mark.parametrize(("sample", "carrier", "number"), VALID)
def test_published_valid_numbers_are_candidates_of_their_carrier(
    sample: str, carrier: Carrier, number: str
) -> None:
    candidates = tracking_candidates(sample)
    matching = [c for c in candidates if c.carrier is carrier]
    assert matching, f"{sample} not recognised as {carrier}: {candidates}"
    assert matching[0].number == number
    expected_check = None if carrier is Carrier.AMAZON else True
    assert matching[0].check_digit is expected_check


@pytest.mark.parametrize(("sample", "carrier"), INVALID)
def test_published_invalid_numbers_are_not_candidates(sample: str, carrier: Carrier) -> None:
    assert carrier not in {c.carrier for c in tracking_candidates(sample)}


def test_failed_check_digit_is_reported_as_a_match_but_not_a_candidate() -> None:
    matches = tracking_matches("1Z5R89390357567128")
    assert [(m.candidate.carrier, m.candidate.check_digit) for m in matches] == [
        (Carrier.UPS, False)
    ]
    assert matches[0].distinctive
    assert tracking_candidates("1Z5R89390357567128") == ()


def test_numbers_typed_from_the_label_with_spaces_or_lower_case_are_read() -> None:
    assert tracking_candidates("0414 4176 0228 964")[0].number == "041441760228964"
    assert tracking_candidates("1z5r89390357567127")[0].number == "1Z5R89390357567127"


def test_usps_label_scan_with_gs_after_the_zip_is_stripped() -> None:
    # The IMpb label is GS1-128: (420)ZIP, FNC1 (sent as GS), then the tracking number.
    [usps] = tracking_candidates("42022153\x1d9101026837331000039521")
    assert usps.carrier is Carrier.USPS
    assert usps.number == "9101026837331000039521"


def test_overlapping_formats_are_all_listed_verified_first() -> None:
    # A "92…" IMpb number is both a USPS and a FedEx Ground Economy (SmartPost) number.
    carriers = [c.carrier for c in tracking_candidates("9261292700768711948021")]
    assert carriers == [Carrier.USPS, Carrier.FEDEX]


def test_verified_numbers_rank_before_formats_without_check_digit() -> None:
    assert all(c.check_digit is True for c in tracking_candidates("RB123456785US"))
    [amazon] = tracking_candidates("TBA000000000000")
    assert amazon.check_digit is None


def test_s10_issued_by_usps_or_canada_post_is_also_theirs() -> None:
    carriers = [c.carrier for c in tracking_candidates("RB123456785US")]
    assert carriers == [Carrier.UPU_S10, Carrier.USPS]
    assert Carrier.CANADA_POST in {c.carrier for c in tracking_candidates("RB123456785CA")}
    assert [c.carrier for c in tracking_candidates("RB123456785GB")] == [
        Carrier.UPU_S10,
        Carrier.ROYAL_MAIL,
    ]
    assert [c.carrier for c in tracking_candidates("RB123456785DE")] == [Carrier.UPU_S10]


def test_sscc_with_its_ai_is_an_sscc_label_not_a_twenty_digit_carrier_number() -> None:
    [sscc] = tracking_candidates("00376130321109103420")
    assert (sscc.carrier, sscc.number, sscc.check_digit) == (
        Carrier.SSCC,
        "376130321109103420",
        True,
    )


def test_an_sscc_label_ships_as_the_orders_carrier_without_warning() -> None:
    best, warning = best_tracking(tracking_candidates("00376130321109103420"), Carrier.UPS)
    assert (best.carrier, best.number, warning) == (Carrier.UPS, "376130321109103420", None)


def test_the_twenty_digit_fedex_ground_economy_rule_is_gone() -> None:
    # It took one random 20-digit number in ten; SmartPost labels are "92…" IMpb codes.
    assert Carrier.FEDEX not in {c.carrier for c in tracking_candidates("61299998820821171811")}


@pytest.mark.parametrize(
    "garbage", ["", "1Z", "x" * 10_000, "1Z5R8939035756712\x00", "٣٣١٨٨١٠٠٢٥", "ＴＢＡ502887274000"]
)
def test_non_numbers_have_no_candidates(garbage: str) -> None:
    assert tracking_candidates(garbage) == ()


def _candidate(carrier: Carrier, number: str = "X") -> TrackingCandidate:
    return TrackingCandidate(carrier, number, True, "")


def test_best_tracking_prefers_the_expected_carrier_without_warning() -> None:
    candidates = tracking_candidates("9261292700768711948021")
    best, warning = best_tracking(candidates, Carrier.FEDEX)
    assert (best.carrier, warning) == (Carrier.FEDEX, None)
    best, warning = best_tracking(candidates, Carrier.USPS)
    assert (best.carrier, warning) == (Carrier.USPS, None)


def test_best_tracking_warns_when_the_label_is_another_carriers() -> None:
    best, warning = best_tracking(tracking_candidates("1Z5R89390357567127"), Carrier.FEDEX)
    assert best.carrier is Carrier.UPS
    assert warning == "looks like UPS, order ships FedEx"


def test_best_tracking_without_expectation_takes_the_first() -> None:
    best, warning = best_tracking([_candidate(Carrier.DHL), _candidate(Carrier.UPS)], None)
    assert (best.carrier, warning) == (Carrier.DHL, None)


def test_best_tracking_refuses_an_empty_list() -> None:
    with pytest.raises(ValueError, match="no tracking candidates"):
        best_tracking([], Carrier.UPS)


@pytest.mark.parametrize(
    ("method", "carrier"),
    [
        ("UPS Ground", Carrier.UPS),
        ("UPS Next Day Air Saver", Carrier.UPS),
        ("ups 2nd day air", Carrier.UPS),
        ("FedEx 2Day", Carrier.FEDEX),
        ("Fedex Home Delivery", Carrier.FEDEX),
        ("FedEx Ground Economy", Carrier.FEDEX),
        ("Federal Express Priority Overnight", Carrier.FEDEX),
        ("USPS Priority Mail", Carrier.USPS),
        ("USPS Ground Advantage", Carrier.USPS),
        ("First-Class Package", Carrier.USPS),
        ("Priority Mail Express", Carrier.USPS),
        ("DHL Express Worldwide", Carrier.DHL),
        ("DHL eCommerce via USPS", Carrier.DHL_ECOMMERCE),
        ("OnTrac Ground", Carrier.ONTRAC),
        ("Purolator Express", Carrier.PUROLATOR),
        ("Royal Mail Tracked 24", Carrier.ROYAL_MAIL),
        ("Amazon Shipping Ground", Carrier.AMAZON),
        ("Canada Post Expedited", Carrier.CANADA_POST),
        ("Postes Canada Régulier", Carrier.CANADA_POST),
        ("Standard shipping", None),
        ("Groups pickup", None),
        ("", None),
    ],
)
def test_carrier_for_shipping_method(method: str, carrier: Carrier | None) -> None:
    assert carrier_for_shipping_method(method) is carrier


def test_tracking_urls_carry_the_number() -> None:
    for carrier in Carrier:
        if carrier in (Carrier.UPU_S10, Carrier.SSCC):
            continue  # tracked by the issuing post / the carrier it ships with
        url = tracking_url(carrier, "NUMBER123")
        assert url.startswith("https://")
        assert "NUMBER123" in url
    assert "RB123456785US" in tracking_url(Carrier.UPU_S10, "RB123456785US")
    assert tracking_url(Carrier.UPU_S10, "RB123456785CF") == ""  # no single tracker
