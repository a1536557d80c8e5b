"""Helpers shared by every test package: the sandbox's control endpoints, a station on a real
sandbox and journal (`support.services`), the known shift of the figures tests
(`support.figures`), and the sandbox fixtures (`support.fixtures`, loaded by tests/conftest.py
through `pytest_plugins`). `tests/` is on the path through pytest's `pythonpath` setting.
"""
