"""Packstation: the packing-station app for 3PL warehouses that fulfil Stitch orders."""

__version__ = "0.1.0"
