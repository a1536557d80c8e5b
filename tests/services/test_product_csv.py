"""The product CSV a supervisor uploads: checked whole, every bad row named with its line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.services.product_csv import (
    MAX_NAME_LENGTH,
    CsvProduct,
    ProductFile,
    read_product_csv,
)

GOOD_UPC = "012345678905"  # UPC-A with a valid check digit
GOOD_EAN13 = "4006381333931"
GOOD_EAN8 = "96385074"
GOOD_GTIN14 = "10012345678902"


def messages(file: ProductFile) -> list[str]:
    return [str(p) for p in file.problems]


def test_plain_file_reads_every_row() -> None:
    file = read_product_csv(
        b"sku,name,upc,quantity_on_hand\n"
        b"MUG-BLU-12,Blue mug,012345678905,40\n"
        b"CAP-BLK,Black cap,,3\n"
    )
    assert file.ok
    assert file.products == (
        CsvProduct(2, "MUG-BLU-12", "Blue mug", GOOD_UPC, 40),
        CsvProduct(3, "CAP-BLK", "Black cap", None, 3),
    )


def test_bom_semicolons_crlf_and_header_spelling_are_accepted() -> None:
    data = (
        "\ufeff Quantity_On_Hand ; SKU;Name ;UPC\r\n"
        '7;TEA-EARL;"Earl Grey; loose";4006381333931\r\n'
        "0;TEA-MINT;Mint tea;\r\n"
    ).encode()
    file = read_product_csv(data)
    assert file.ok, messages(file)
    assert file.delimiter == ";"
    assert file.products == (
        CsvProduct(2, "TEA-EARL", "Earl Grey; loose", GOOD_EAN13, 7),
        CsvProduct(3, "TEA-MINT", "Mint tea", None, 0),
    )


def test_quoted_fields_may_hold_commas_quotes_and_line_breaks_and_lines_stay_true() -> None:
    data = b'sku,name,upc,quantity_on_hand\nA,"Mug, blue ""large""",,1\nB,"two\nlines",,2\nC,,,-1\n'
    file = read_product_csv(data)
    assert file.products[0].name == 'Mug, blue "large"'
    # The name with a line break is refused (a label cannot show it) and the row after it is
    # still reported on its own physical line.
    assert messages(file) == [
        "line 3: the name contains a control character (a tab or line break?)",
        'line 5: quantity_on_hand "-1" must be a whole number of 0 or more',
    ]


def test_extra_columns_are_ignored_and_name_and_upc_may_be_absent() -> None:
    file = read_product_csv(b"warehouse,sku,quantity_on_hand,note\nW1,A,5,hello\n")
    assert file.ok
    assert file.products == (CsvProduct(2, "A", None, None, 5),)
    assert not file.has_name_column
    assert not file.has_upc_column


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "the file is empty"),
        (b"sku,name,upc,quantity_on_hand\n", "the file has a header but no products"),
        (b"sku,name,upc\nA,b,\n", "line 1: the header has no quantity_on_hand column"),
        (b"name;upc\nx;\n", "line 1: the header has no sku and no quantity_on_hand column"),
        (b"MUG-1,Mug,012345678905,4\n", "line 1: the first line must be a header"),
        (b"sku,SKU,quantity_on_hand\nA,A,1\n", 'line 1: the header names the column "sku" twice'),
    ],
)
def test_unusable_files_give_one_clear_problem(data: bytes, expected: str) -> None:
    file = read_product_csv(data)
    assert len(file.problems) == 1
    assert messages(file)[0].startswith(expected), messages(file)
    assert file.products == ()


def test_a_file_that_is_not_utf8_is_one_clear_error() -> None:
    latin1 = "sku,name,upc,quantity_on_hand\nA,Crème brûlée,,1\n".encode("latin-1")
    file = read_product_csv(latin1)
    assert messages(file) == [
        'the file is not UTF-8 text (byte 0xE8 on line 2); save it from the spreadsheet as "CSV '
        'UTF-8" and try again'
    ]


def test_every_bad_row_is_reported_with_line_and_reason() -> None:
    data = "\n".join(
        [
            "sku,name,upc,quantity_on_hand",
            "OK-1,Fine,012345678905,1",  # 2
            ",No sku,,1",  # 3
            "NEG,Negative,,-3",  # 4
            "FRAC,Fraction,,2.5",  # 5
            "BLANK,Blank stock,,",  # 6
            "WORD,Word stock,,ten",  # 7
            "CHK,Bad check digit,012345678904,1",  # 8
            "LEN,Eleven digits,12345678905,1",  # 9
            "SCI,Spreadsheet,1.23457E+11,1",  # 10
            "LETTERS,Letters,ABC123,1",  # 11
            f"LONG,{'x' * (MAX_NAME_LENGTH + 1)},,1",  # 12
            "OK-1,Again,,2",  # 13
            "WIDE,Mug, blue,,1",  # 14: unquoted comma in the name
            "",  # 15: blank lines are skipped
            "OK-2,Fine too,96385074,0",  # 16
        ]
    )
    file = read_product_csv(data.encode())
    assert messages(file) == [
        "line 3: the SKU is missing",
        'line 4: quantity_on_hand "-3" must be a whole number of 0 or more',
        'line 5: quantity_on_hand "2.5" must be a whole number of 0 or more',
        "line 6: quantity_on_hand is empty; give the stock as a whole number of 0 or more",
        'line 7: quantity_on_hand "ten" must be a whole number of 0 or more',
        'line 8: the barcode "012345678904" has a wrong check digit (the last digit); '
        "check it for typos",
        'line 9: the barcode "12345678905" has 11 digits; a GTIN has 8, 12, 13, 14; '
        "a spreadsheet may have dropped a leading zero",
        'line 10: the barcode "1.23457E+11" was turned into a number by a spreadsheet; '
        "format the upc column as text and type it again",
        'line 11: the barcode "ABC123" must be digits only (a GTIN-8, -12, -13 or -14)',
        f"line 12: the name is {MAX_NAME_LENGTH + 1} characters long; at most {MAX_NAME_LENGTH}",
        'line 13: SKU "OK-1" is already on line 2; list it once',
        'line 14: has 5 fields but the header has 4; a name containing "," must be in double '
        "quotes",
    ]
    assert [p.sku for p in file.products] == ["OK-1", "OK-2"]


def test_one_row_with_several_faults_lists_each() -> None:
    file = read_product_csv(b"sku,name,upc,quantity_on_hand\n,Name,123,-1\n")
    assert [p.line for p in file.problems] == [2, 2, 2]


@pytest.mark.parametrize("upc", [GOOD_EAN8, GOOD_UPC, GOOD_EAN13, GOOD_GTIN14, ""])
def test_every_gtin_length_and_an_empty_barcode_are_accepted(upc: str) -> None:
    file = read_product_csv(f"sku,name,upc,quantity_on_hand\nA,Mug,{upc},1\n".encode())
    assert file.ok, messages(file)
    assert file.products[0].upc == (upc or None)


def test_an_unterminated_quote_stops_the_reading_with_its_line() -> None:
    file = read_product_csv(b'sku,name,upc,quantity_on_hand\nA,ok,,1\nB,"broken,,2\nC,x,,3\n')
    assert len(file.problems) == 1
    assert str(file.problems[0]).startswith("line 3: cannot be read")


def test_surrounding_spaces_are_ignored_and_text_input_works() -> None:
    file = read_product_csv("sku , quantity_on_hand\n  A-1  ,  12 \n")
    assert file.products == (CsvProduct(2, "A-1", None, None, 12),)


def test_a_stock_beyond_any_warehouse_is_refused() -> None:
    file = read_product_csv(b"sku,quantity_on_hand\nA,10000000000\n")
    assert messages(file) == [
        'line 2: quantity_on_hand "10000000000" is more than 1,000,000,000; check the number'
    ]


_sku = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() == s and '"' not in s)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.dictionaries(_sku, st.integers(min_value=0, max_value=10**9), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_any_well_formed_file_reads_back_exactly(
    rows: dict[str, int], delimiter: str, bom: bool, crlf: bool
) -> None:
    end = "\r\n" if crlf else "\n"
    lines = [delimiter.join(["sku", "name", "quantity_on_hand"])]
    for sku, qty in rows.items():
        lines.append(delimiter.join([f'"{sku}"', f'"Name of {sku}"', str(qty)]))
    text = end.join(lines) + end
    data = (("\ufeff" if bom else "") + text).encode()
    file = read_product_csv(data)
    assert file.ok, messages(file)
    assert {p.sku: p.quantity_on_hand for p in file.products} == rows
    assert [p.line for p in file.products] == list(range(2, len(rows) + 2))


def test_a_duplicate_of_a_bad_row_is_reported_at_once() -> None:
    file = read_product_csv(b"sku,quantity_on_hand\nA,-1\nB,2\nA,3\n")
    assert messages(file) == [
        'line 2: quantity_on_hand "-1" must be a whole number of 0 or more',
        'line 4: SKU "A" is already on line 2; list it once',
    ]


def test_common_header_names_of_other_tools_are_taken() -> None:
    file = read_product_csv(b"SKU,Name,Barcode,Stock\nMUG-1,Mug,012345678905,4\n")
    assert file.ok, messages(file)
    [row] = file.products
    assert (row.sku, row.upc, row.quantity_on_hand) == ("MUG-1", "012345678905", 4)
    for upc_name, stock_name in (
        ("EAN", "qty"),
        ("gtin", "Quantity"),
        ("UPC", "On Hand"),
        ("barcode", "on_hand"),
    ):
        data = f"sku;{upc_name};{stock_name}\nA;4006381333931;7\n".encode()
        read = read_product_csv(data)
        assert read.ok, (upc_name, stock_name, messages(read))
        assert (read.products[0].upc, read.products[0].quantity_on_hand) == ("4006381333931", 7)


def test_a_column_given_under_two_names_is_refused() -> None:
    file = read_product_csv(b"sku,stock,qty\nA,1,2\n")
    assert messages(file) == ['line 1: the header names the column "quantity_on_hand" twice']


def test_the_plan_warns_of_products_going_to_zero_stock() -> None:
    import datetime as dt

    from packstation.domain.records import Product
    from packstation.services.products import plan_push

    t0 = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    stitch = [
        Product("1", "HAS", "Has stock", "", 10, t0, t0),
        Product("2", "EMPTY", "Already empty", "", 0, t0, t0),
    ]
    file = read_product_csv(b"sku,qty\nHAS,0\nEMPTY,0\n")
    plan = plan_push(file, stitch, stock_only=True)
    assert [c.sku for c in plan.going_to_zero] == ["HAS"]


def test_a_weight_column_with_its_unit_in_the_cell_the_header_or_a_unit_column() -> None:
    from decimal import Decimal

    from packstation.domain.weights import Unit, Weight

    in_cells = read_product_csv(
        'sku,quantity_on_hand,weight\nMUG,5,330 g\nPAN,2,"1,2 kg"\nCUP,1,\nTEA,4,12 ounces\n'
    )
    assert in_cells.ok, in_cells.problems
    assert in_cells.weights == {
        "MUG": Weight(Decimal(330), Unit.G),
        "PAN": Weight(Decimal("1.2"), Unit.KG),
        "TEA": Weight(Decimal(12), Unit.OZ),
    }
    in_header = read_product_csv("SKU;Stock;Weight (lb)\nMUG;5;0.75\n")
    assert in_header.weights == {"MUG": Weight(Decimal("0.75"), Unit.LB)}
    unit_column = read_product_csv("sku,qty,item_weight,weight_unit\nMUG,5,330,grams\n")
    assert unit_column.weights == {"MUG": Weight(Decimal(330), Unit.G)}


def test_a_weight_without_a_unit_or_not_a_number_is_reported_on_its_line() -> None:
    file = read_product_csv("sku,quantity_on_hand,weight\nMUG,5,330\nPAN,2,heavy\nCUP,1,0 g\n")
    assert [p.line for p in file.problems] == [2, 3, 4]
    assert "needs a unit: g, kg, oz or lb" in file.problems[0].message
    assert "is not a weight such as 250 g" in file.problems[1].message
    assert "must be more than 0" in file.problems[2].message
