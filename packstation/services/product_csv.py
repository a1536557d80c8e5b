"""Reading a supervisor's product CSV (`sku,name,upc,quantity_on_hand`) and checking it whole.

Pure: the caller hands over the file's bytes (or text); nothing here touches the disk or Stitch.
Every bad row is reported with its line number and a reason a supervisor understands, so the file
can be fixed in one go; nothing may be sent while any problem is listed.

What the file must hold:
- A header line naming the columns (any order, any letter case, spaces around names ignored;
  columns it does not know are ignored). `sku` and `quantity_on_hand` are always required;
  `name` and `upc` may be left out (a stock-only file). A new product needs a name: that is
  checked against Stitch's list when the push is planned (`packstation.services.products`).
- UTF-8, with or without a byte-order mark; comma or semicolon between fields (the one the header
  line uses); fields may be quoted ("Mug, blue"); CRLF or LF line ends; blank lines are skipped.
- An empty `name` or `upc` cell means "leave what Stitch has"; an empty stock cell is an error.
- Common other names of the columns are taken (`HEADER_ALIASES`, any letter case): barcode, ean,
  gtin for `upc`; stock, qty, quantity, on_hand for `quantity_on_hand`; spaces and dashes in a
  name read as underscores ("On Hand").
- An optional `weight` column (also unit_weight, item_weight, net_weight, product_weight): one
  unit's weight for the bench scale's weight check, kept on this station, never sent to Stitch.
  Its unit (g, kg, oz, lb and their spellings: grams, kgs, ounces, lbs ...) is in the cell
  ("250 g", "1,5 kg"), in the header ("weight (kg)", "weight_g"), or in a `weight_unit` column;
  an empty cell means "no weight known".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Final

from packstation.domain.gtin import GTIN_LENGTHS, gtin14, is_digits
from packstation.domain.weights import Unit, Weight, WeightParseError, parse_unit, parse_weight

__all__ = [
    "COLUMNS",
    "MAX_NAME_LENGTH",
    "MAX_SKU_LENGTH",
    "MAX_STOCK",
    "CsvProduct",
    "ProductFile",
    "RowProblem",
    "read_product_csv",
]

#: The columns Packstation reads, in the order a template lists them.
COLUMNS: Final = ("sku", "name", "upc", "quantity_on_hand")
_REQUIRED: Final = ("sku", "quantity_on_hand")
# What other tools call our columns (a shop export, a spreadsheet someone typed).
HEADER_ALIASES: Final[dict[str, str]] = {
    "barcode": "upc",
    "upc_code": "upc",
    "ean": "upc",
    "gtin": "upc",
    "stock": "quantity_on_hand",
    "qty": "quantity_on_hand",
    "quantity": "quantity_on_hand",
    "on_hand": "quantity_on_hand",
}
#: Names of the unit-weight column (with a unit after them: "weight_kg", "weight (lb)").
WEIGHT_NAMES: Final = ("weight", "unit_weight", "item_weight", "net_weight", "product_weight")
WEIGHT_UNIT_NAMES: Final = ("weight_unit", "unit_of_weight", "weight_uom")

# Limits of the Stitch contract as the sandbox enforces them: a row over one of them would make
# Stitch refuse its whole batch of 100, so they are caught here, before anything is sent.
MAX_SKU_LENGTH: Final = 100
MAX_NAME_LENGTH: Final = 255
#: A stock figure beyond this is a typo, not a warehouse (and more than Stitch accepts).
MAX_STOCK: Final = 1_000_000_000

_WHOLE_NUMBER = re.compile(r"[0-9]+", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# What a spreadsheet makes of a long number it thinks is a quantity: 1.23457E+11, 1,23457E+11.
_SCIENTIFIC = re.compile(r"[0-9]+([.,][0-9]+)?[eE]\+?[0-9]+")


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong with the file; `line` is the file's line number (1 is the header)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class CsvProduct:
    """One good row. `name`/`upc` None: the column is absent or the cell empty (keep Stitch's)."""

    line: int
    sku: str
    name: str | None
    upc: str | None
    quantity_on_hand: int
    weight: Weight | None = None  # one unit's weight (the CSV's `weight` column)


@dataclass(frozen=True, slots=True)
class ProductFile:
    """The file as read: its good rows, and every problem (empty when the file may be sent)."""

    products: tuple[CsvProduct, ...]
    problems: tuple[RowProblem, ...]
    delimiter: str = ","
    has_name_column: bool = False
    has_upc_column: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def weights(self) -> dict[str, Weight]:
        """SKU -> unit weight, for the rows that give one."""
        return {p.sku: p.weight for p in self.products if p.weight is not None}


def read_product_csv(data: bytes | str) -> ProductFile:
    """Read and check a whole product CSV; never raises for bad content."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return _fail(0, _not_utf8(data, exc))
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        return _fail(
            0,
            "the file is empty: it needs a header line "
            f"({','.join(COLUMNS)}) and one line per product",
        )
    header_line = text.splitlines()[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        return _fail(1, f"the header line cannot be read ({exc})")
    columns, header_problem = _columns(header)
    if header_problem is not None:
        return _fail(1, header_problem)

    products: list[CsvProduct] = []
    problems: list[RowProblem] = []
    first_line_of: dict[str, int] = {}
    last_line = reader.line_num
    while True:
        start = last_line + 1  # a quoted field may span lines: report where the row begins
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                RowProblem(start, f"cannot be read ({exc}); check the quotes on this line")
            )
            break  # past a broken quote the reader cannot tell where rows begin
        last_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines (often at the end of a spreadsheet export)
        if len(row) > len(header):
            problems.append(
                RowProblem(
                    start,
                    f"has {len(row)} fields but the header has {len(header)}; "
                    f'a name containing "{delimiter}" must be in double quotes',
                )
            )
            continue
        product, row_problems = _row(start, row, columns)
        problems.extend(row_problems)
        # Duplicates are found among bad rows too: fixing one line must not reveal another.
        sku = _cell(row, columns, "sku")
        first = first_line_of.setdefault(sku, start) if sku else start
        if first != start:
            problems.append(
                RowProblem(start, f'SKU "{sku}" is already on line {first}; list it once')
            )
        elif product is not None:
            products.append(product)
    if not products and not problems:
        problems.append(RowProblem(0, "the file has a header but no products"))
    return ProductFile(
        products=tuple(products),
        problems=tuple(problems),
        delimiter=delimiter,
        has_name_column="name" in columns,
        has_upc_column="upc" in columns,
    )


def _fail(line: int, message: str) -> ProductFile:
    return ProductFile(products=(), problems=(RowProblem(line, message),))


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    return (
        f"the file is not UTF-8 text (byte 0x{data[exc.start]:02X} on line {line}); "
        'save it from the spreadsheet as "CSV UTF-8" and try again'
    )


def _columns(header: list[str]) -> tuple[dict[str, int], str | None]:
    """Column name -> index of the columns we read, or the reason the header is unusable."""
    names = [cell.strip().lower() for cell in header]
    columns: dict[str, int] = {}
    for index, raw in enumerate(names):
        key = "_".join(raw.replace("-", " ").replace("(", " ").replace(")", " ").split())
        name = HEADER_ALIASES.get(key, key)
        unit = _weight_header(name)
        if unit is not None:
            name = "weight"
            if unit:
                columns[_WEIGHT_UNIT_OF_HEADER + unit] = index
        elif name in WEIGHT_UNIT_NAMES:
            name = "weight_unit"
        elif name not in COLUMNS:
            continue
        if name in columns:
            return {}, f'the header names the column "{name}" twice'
        columns[name] = index
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        if not columns and any(cell.strip() and _looks_like_data(cell) for cell in header):
            return {}, (
                "the first line must be a header naming the columns "
                f"{','.join(COLUMNS)} (it looks like a product instead)"
            )
        return {}, (
            f"the header has no {' and no '.join(missing)} column "
            f"(expected {','.join(COLUMNS)}; found {','.join(n for n in names if n) or 'nothing'})"
        )
    return columns, None


_WEIGHT_UNIT_OF_HEADER = "unit:"


def _weight_header(name: str) -> str | None:
    """For a weight column's name, its unit ("" if none given); None for any other column."""
    for base in WEIGHT_NAMES:
        if name == base:
            return ""
        if name.startswith(base + "_"):
            try:
                return str(parse_unit(name[len(base) + 1 :]))
            except WeightParseError:
                return None
    return None


def _weight(row: list[str], columns: dict[str, int]) -> tuple[Weight | None, str | None]:
    """The row's unit weight (None: no column or an empty cell), or what is wrong with it."""
    raw = _cell(row, columns, "weight") or ""
    if not raw:
        return None, None
    header_unit = next(
        (Unit(k[len(_WEIGHT_UNIT_OF_HEADER) :]) for k in columns if k.startswith("unit:")), None
    )
    unit_cell = _cell(row, columns, "weight_unit") or ""
    try:
        default = parse_unit(unit_cell) if unit_cell else header_unit
        weight = parse_weight(raw, default)
    except WeightParseError as exc:
        return None, f"weight: {exc}"
    if weight.value <= 0:
        return None, f'weight "{raw}" must be more than 0 (leave it empty when not known)'
    return weight, None


def _looks_like_data(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell)


def _cell(row: list[str], columns: dict[str, int], name: str) -> str | None:
    """The stripped cell of a column; None when the file has no such column."""
    index = columns.get(name)
    if index is None:
        return None
    return row[index].strip() if index < len(row) else ""


def _row(
    line: int, row: list[str], columns: dict[str, int]
) -> tuple[CsvProduct | None, list[RowProblem]]:
    problems: list[str] = []
    sku = _cell(row, columns, "sku") or ""
    if not sku:
        problems.append("the SKU is missing")
    elif len(sku) > MAX_SKU_LENGTH:
        problems.append(f"the SKU is {len(sku)} characters long; at most {MAX_SKU_LENGTH}")
    elif _CONTROL.search(sku):
        problems.append(f"the SKU {sku!r} contains a control character")

    name = _cell(row, columns, "name") or None
    if name is not None:
        if len(name) > MAX_NAME_LENGTH:
            problems.append(f"the name is {len(name)} characters long; at most {MAX_NAME_LENGTH}")
        elif _CONTROL.search(name):
            problems.append("the name contains a control character (a tab or line break?)")

    upc = _cell(row, columns, "upc") or None
    if upc is not None:
        upc_problem = _upc_problem(upc)
        if upc_problem is not None:
            problems.append(upc_problem)

    raw_stock = _cell(row, columns, "quantity_on_hand") or ""
    stock = _stock(raw_stock)
    if stock is None:
        if not raw_stock:
            problems.append(
                "quantity_on_hand is empty; give the stock as a whole number of 0 or more"
            )
        else:
            problems.append(f'quantity_on_hand "{raw_stock}" must be a whole number of 0 or more')
    elif stock > MAX_STOCK:
        problems.append(
            f'quantity_on_hand "{raw_stock}" is more than {MAX_STOCK:,}; check the number'
        )

    weight, weight_problem = _weight(row, columns)
    if weight_problem is not None:
        problems.append(weight_problem)

    found = [RowProblem(line, p) for p in problems]
    if found:
        return None, found
    assert stock is not None
    return CsvProduct(line, sku, name, upc, stock, weight), []


def _stock(raw: str) -> int | None:
    if not _WHOLE_NUMBER.fullmatch(raw):
        return None
    return int(raw)


def _upc_problem(upc: str) -> str | None:
    if _SCIENTIFIC.fullmatch(upc):
        return (
            f'the barcode "{upc}" was turned into a number by a spreadsheet; '
            "format the upc column as text and type it again"
        )
    if not is_digits(upc):
        return f'the barcode "{upc}" must be digits only (a GTIN-8, -12, -13 or -14)'
    if len(upc) not in GTIN_LENGTHS:
        hint = ""
        if len(upc) in (7, 11):
            hint = "; a spreadsheet may have dropped a leading zero"
        lengths = ", ".join(str(n) for n in sorted(GTIN_LENGTHS))
        return f'the barcode "{upc}" has {len(upc)} digits; a GTIN has {lengths}{hint}'
    if gtin14(upc) is None:
        return f'the barcode "{upc}" has a wrong check digit (the last digit); check it for typos'
    return None
