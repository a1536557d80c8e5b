"""`packstation --self-test` (see `packstation.selftest`) and the hidden `--self-test-probe`."""

from __future__ import annotations

import argparse


def run_self_test_command(args: argparse.Namespace) -> int:
    from packstation import selftest

    if args.self_test_probe:
        return selftest.run_probe(args.self_test_probe)
    overrides = {"api_url": args.api_url, "station": args.station}
    return selftest.run_self_test(overrides)
