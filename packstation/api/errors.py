"""Errors of the Stitch client."""
