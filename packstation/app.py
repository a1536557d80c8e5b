"""Starts the window (Qt). Until the GUI exists, say so."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    print("packstation: the window is not built yet; try `packstation-sandbox` or `packstation barcode`.")
    return 2
