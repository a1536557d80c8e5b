"""How well each carrier format's check catches a misread, and how often noise passes as a label.

Run: .venv/bin/python bench/carrier_rates.py [--samples 200] [--random 20000]

1. For every format with a check: build `--samples` valid numbers from the rule (the check
   computed), change one digit at every position to every other digit, and count how many of
   those changed numbers the format still accepts. The rate is the check algorithm's own.
2. The formats that have no check digit at all.
3. Random strings of 12 to 22 digits: how many are taken for a carrier label on their own
   (`tracking_candidates`) with a check that verifies, and how many without one (always 0: a
   string of digits needs a check the carrier really uses).
Nothing here asserts: it prints the figures for the README.
"""

from __future__ import annotations

import argparse
import random

from packstation.domain.carriers.samples import (
    accepted_as,
    checked_formats,
    digit_changes,
    unchecked_formats,
    valid_sample,
)
from packstation.domain.tracking import label_candidates, tracking_candidates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--random", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(12)

    print(f"single-digit changes still accepted ({args.samples} computed numbers per format):")
    for fmt in checked_formats():
        passed = total = 0
        for _ in range(args.samples):
            for changed in digit_changes(fmt, valid_sample(fmt, rng)):
                total += 1
                passed += accepted_as(fmt, changed)
        params = ",".join(
            str(v[0]) if len(v) == 1 else "-".join(map(str, v)) for v in fmt.params.values()
        )
        check = (
            fmt.check
            + (f"({params})" if params else "")
            + (" either prefix" if len(fmt.prefixes) > 1 else "")
        )
        print(f"  {fmt.name:<32} {check:<26} {passed / total:7.2%}  ({passed}/{total})")

    print("formats without a check digit:")
    for fmt in unchecked_formats():
        how = (
            "only for an order shipping with it"
            if fmt.only_for_expected
            else (
                "a label on its own (distinctive shape)"
                if fmt.distinctive
                else "a label only while one is awaited"
            )
        )
        print(f"  {fmt.name:<32} {fmt.carrier.value:<16} {how}")

    print(f"random digit strings, {args.random} per length:")
    for n in range(12, 23):
        verified = unchecked = awaited = 0
        for _ in range(args.random):
            digits = "".join(rng.choice("0123456789") for _ in range(n))
            candidates = tracking_candidates(digits)
            verified += bool(candidates)
            unchecked += any(c.check_digit is None for c in candidates)
            awaited += any(c.check_digit is None for c in label_candidates(digits, None))
        share = args.random
        print(
            f"  {n:2d} digits: {verified / share:6.2%} taken as a label with a verified check;"
            f" without a check: {unchecked / share:.2%}"
            f" (awaiting a label: {awaited / share:.2%})"
        )


if __name__ == "__main__":
    main()
