"""Station commands: exact printed strings, forgiving reading, clear problems."""

from __future__ import annotations

import pytest

from packstation.domain.classify import classify
from packstation.domain.commands import (
    SHEET_COMMANDS,
    all_sheet_commands,
    command_text,
    parse_command,
    qty_sheet_commands,
)
from packstation.domain.scans import CommandName, CommandScan, MisreadScan, ScanKind


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (CommandName.SHIP, "PS-CMD:SHIP"),
        (CommandName.PARTIAL, "PS-CMD:PARTIAL"),
        (CommandName.UNDO, "PS-CMD:UNDO"),
        (CommandName.CANCEL, "PS-CMD:CANCEL"),
        (CommandName.ACK, "PS-CMD:ACK"),
    ],
)
def test_plain_commands_print_and_read_exactly(name: CommandName, text: str) -> None:
    assert command_text(name) == text
    assert classify(text) == CommandScan(raw=text, name=name)


def test_argument_commands_print_exactly() -> None:
    assert command_text(CommandName.QTY, "12") == "PS-QTY:12"
    assert command_text(CommandName.USER, "Maria K") == "PS-USER:Maria K"
    assert command_text(CommandName.STATUS, "Packing at station 3") == (
        "PS-STATUS:Packing at station 3"
    )
    assert command_text(CommandName.STATUS, "") == "PS-STATUS:"


@pytest.mark.parametrize(
    ("name", "argument"),
    [
        (CommandName.SHIP, "x"),
        (CommandName.QTY, None),
        (CommandName.QTY, "0"),
        (CommandName.QTY, "10000"),
        (CommandName.QTY, "012"),  # would not read back as "012"
        (CommandName.USER, ""),
        (CommandName.USER, None),
        (CommandName.STATUS, "x" * 256),
    ],
)
def test_commands_that_would_be_refused_are_not_printed(
    name: CommandName, argument: str | None
) -> None:
    with pytest.raises(ValueError, match=name.value):
        command_text(name, argument)


@pytest.mark.parametrize(
    "raw", ["ps-cmd:ship", "Ps-Cmd:Ship", "  PS-CMD:SHIP\r\n", "\tPS-CMD:SHIP ", "PS-CMD: SHIP"]
)
def test_reading_ignores_case_and_surrounding_whitespace(raw: str) -> None:
    scan = classify(raw)
    assert scan == CommandScan(raw=raw, name=CommandName.SHIP)  # raw kept as scanned


@pytest.mark.parametrize(
    ("raw", "argument"),
    [("PS-QTY:1", "1"), ("PS-QTY:9999", "9999"), ("ps-qty: 12 ", "12"), ("PS-QTY:0012", "12")],
)
def test_quantity_within_bounds(raw: str, argument: str) -> None:
    assert classify(raw) == CommandScan(raw=raw, name=CommandName.QTY, argument=argument)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("PS-QTY:0", "out of range"),
        ("PS-QTY:10000", "out of range"),
        ("PS-QTY:-1", "whole number"),
        ("PS-QTY:", "whole number"),
        ("PS-QTY:1.5", "whole number"),
        ("PS-QTY:12a", "whole number"),
        ("PS-QTY:٣", "whole number"),
        ("PS-QTY:99999999999999999999", "whole number"),
        ("PS-USER:", "no packer name"),
        ("PS-USER:   ", "no packer name"),
        ("PS-USER:ann\x00", "unreadable"),
        ("PS-CMD:SHIPP", "unknown station command"),
        ("PS-CMD:", "unknown station command"),
        ("PS-STATUS:" + "x" * 256, "longer than 255"),
    ],
)
def test_malformed_commands_are_misreads_that_look_like_commands(raw: str, problem: str) -> None:
    scan = classify(raw)
    assert isinstance(scan, MisreadScan)
    assert scan.looks_like is ScanKind.COMMAND
    assert problem in scan.problem


def test_user_name_keeps_its_case_and_inner_spaces() -> None:
    assert classify("PS-USER: Maria  K ") == CommandScan(
        raw="PS-USER: Maria  K ", name=CommandName.USER, argument="Maria  K"
    )


def test_status_text_up_to_255_characters_and_empty_clears() -> None:
    text = "y" * 255
    assert classify("PS-STATUS:" + text) == CommandScan(
        raw="PS-STATUS:" + text, name=CommandName.STATUS, argument=text
    )
    assert classify("PS-STATUS:") == CommandScan(
        raw="PS-STATUS:", name=CommandName.STATUS, argument=""
    )


def test_not_a_command() -> None:
    assert parse_command("PS-CMDSHIP") is None
    assert parse_command("XPS-CMD:SHIP") is None
    assert parse_command("PS-FOO:1") is None


def test_every_sheet_command_reads_back_as_itself() -> None:
    sheet = all_sheet_commands()
    assert [c.name for c in SHEET_COMMANDS] == [
        CommandName.SHIP,
        CommandName.PARTIAL,
        CommandName.UNDO,
        CommandName.CANCEL,
        CommandName.ACK,
        CommandName.WEIGH,
    ]
    assert len(sheet) == len(SHEET_COMMANDS) + len(qty_sheet_commands())
    for entry in sheet:
        scan = classify(entry.text)
        assert isinstance(scan, CommandScan)
        assert scan.name is entry.name
        assert entry.label
    assert "PS-QTY:12" in {c.text for c in qty_sheet_commands()}
