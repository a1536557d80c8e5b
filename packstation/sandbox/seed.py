"""Believable warehouse data: the demo catalogue, kits and open orders, deterministic per seed.

The catalogue (SKUs, names, barcodes) is fixed; the orders, their addresses and quantities come from
`random.Random(seed_number)`, so the same seed number always builds the same warehouse.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from packstation.sandbox.bodies import (
    MAX_PRODUCTS_PER_REQUEST,
    BundleIn,
    OrderIn,
    ProductIn,
    SkuQuantity,
)
from packstation.sandbox.warehouse import Warehouse

DEMO_ORDER_COUNT = 72


def gtin_check_digit(body: str) -> str:
    """The GS1 mod-10 check digit for the digits of a GTIN without its last digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gtin(body: str) -> str:
    return body + gtin_check_digit(body)


@dataclass(frozen=True, slots=True)
class ProductSeed:
    sku: str
    name: str
    upc: str


def _catalogue() -> list[ProductSeed]:
    # (sku, name, GTIN without check digit): 11 digits make a UPC-A (GTIN-12), 12 an EAN-13.
    rows = [
        ("MUG-BLU-12", "Blue mug, 12 oz", "08421500101"),
        ("MUG-BLU-12-MT", "Blue mug, 12 oz", "08421500102"),  # same name, matte glaze
        ("MUG-WHT-12", "White mug, 12 oz", "08421500103"),
        ("MUG-BLK-16", "Black mug, 16 oz", "08421500104"),
        ("MUG-TRV-20", "Travel mug, 20 oz, steel", "08421500105"),
        ("TEA-EARL", "Earl Grey tea, 20 bags", "501234560001"),
        ("TEA-GRN", "Green tea sencha, 20 bags", "501234560002"),
        ("TEA-CHAM", "Chamomile tea, 20 bags", "501234560003"),
        ("TEA-CHAI", "Masala chai, loose, 100 g", "501234560004"),
        ("COF-ETH-250", "Ethiopia Yirgacheffe beans, 250 g", "400638170001"),
        ("COF-COL-250", "Colombia Huila beans, 250 g", "400638170002"),
        ("COF-DEC-250", "Decaf Brazil beans, 250 g", "400638170003"),
        ("COF-FLT-1", "Pour-over filters, 100 pack", "08421500201"),
        ("DRP-CER-02", "Ceramic dripper, size 02", "08421500202"),
        ("GRD-HAND", "Hand grinder, conical burr", "08421500203"),
        ("KTL-GOOSE", "Gooseneck kettle, 1 l", "08421500204"),
        ("SCL-KIT", "Kitchen scale, 0.1 g", "08421500205"),
        ("CND-SOY-LAV", "Soy candle, lavender, 8 oz", "08421500301"),
        ("CND-SOY-CED", "Soy candle, cedar, 8 oz", "08421500302"),
        ("CND-SOY-CIT", "Soy candle, citrus, 8 oz", "08421500303"),
        ("CND-TEA-12", "Tealights, unscented, 12 pack", "08421500304"),
        ("MATCH-BOX", "Safety matches, long", "08421500305"),
        ("SOAP-OAT", "Oat milk soap bar", "301762080001"),
        ("SOAP-CHAR", "Charcoal soap bar", "301762080002"),
        ("SOAP-ROSE", "Rose clay soap bar", "301762080003"),
        ("DISH-WOOD", "Wooden soap dish", "08421500401"),
        ("TWL-HND-GRY", "Hand towel, linen, grey", "08421500402"),
        ("TWL-HND-SND", "Hand towel, linen, sand", "08421500403"),
        ("NBK-A5-DOT", "Notebook A5, dotted", "501234560101"),
        ("NBK-A5-LIN", "Notebook A5, lined", "501234560102"),
        ("NBK-A6-DOT", "Pocket notebook A6, dotted", "501234560103"),
        ("PEN-GEL-BLK", "Gel pen, black, 0.5 mm", "08421500501"),
        ("PEN-GEL-BLU", "Gel pen, blue, 0.5 mm", "08421500502"),
        ("PEN-FNT-EF", "Fountain pen, extra fine", "400638170101"),
        ("INK-BLK-30", "Bottled ink, black, 30 ml", "400638170102"),
        ("CAP-BLK", "Baseball cap, black", "08421500601"),
        ("CAP-NVY", "Baseball cap, navy", "08421500602"),
        ("TEE-WHT-M", "T-shirt, white, M", "08421500603"),
        ("TEE-WHT-L", "T-shirt, white, L", "08421500604"),
        ("TEE-BLK-M", "T-shirt, black, M", "08421500605"),
        ("SOCK-WOOL-M", "Wool socks, M", "08421500606"),
        ("SOCK-WOOL-M-2", "Wool socks, M", "08421500607"),  # same name, newer supplier
        ("TOTE-CAN", "Canvas tote bag", "08421500608"),
        ("CARD-THX", "Greeting card, thank you", "08421500701"),
        ("CARD-BDAY", "Greeting card, birthday", "08421500702"),
        ("WRAP-KRAFT", "Gift wrap, kraft, 3 m", "08421500703"),
        ("STICKER-SET", "Sticker set, botanical", "08421500704"),
        ("PUZ-500", "Jigsaw puzzle, 500 pieces", "501234560201"),
    ]
    return [ProductSeed(sku, name, gtin(body)) for sku, name, body in rows]


CATALOGUE: tuple[ProductSeed, ...] = tuple(_catalogue())

# Kits: (sku, name, [(component sku, quantity)]).
KITS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("GIFT-SET", "Gift set: two mugs and tea", (("MUG-BLU-12", 2), ("TEA-EARL", 1))),
    (
        "POUR-OVER-KIT",
        "Pour-over starter kit",
        (("DRP-CER-02", 1), ("COF-FLT-1", 1), ("COF-ETH-250", 1)),
    ),
    (
        "CANDLE-TRIO",
        "Candle trio",
        (("CND-SOY-LAV", 1), ("CND-SOY-CED", 1), ("CND-SOY-CIT", 1), ("MATCH-BOX", 1)),
    ),
    ("SOAP-TRIO", "Soap sampler", (("SOAP-OAT", 1), ("SOAP-CHAR", 1), ("SOAP-ROSE", 1))),
    ("WRITER-SET", "Writer's set", (("NBK-A5-DOT", 2), ("PEN-GEL-BLK", 3))),
)

SHIPPING_METHODS_US = (
    "UPS Ground",
    "UPS 2nd Day Air",
    "FedEx Ground",
    "FedEx 2Day",
    "USPS Priority Mail",
    "USPS Ground Advantage",
    "Standard Shipping",
)
SHIPPING_METHODS_INTL = (
    "DHL Express Worldwide",
    "UPS Worldwide Saver",
    "FedEx International Priority",
    "USPS Priority Mail International",
)

_US_ADDRESSES = (
    ("6041 Beverly Dr", "", "Beverly Hills", "CA", "90210", "310"),
    ("1200 Pine St", "Apt 4B", "Seattle", "WA", "98101", "206"),
    ("88 Harbor Rd", "", "Portland", "ME", "04101", "207"),
    ("4410 Congress Ave", "Suite 200", "Austin", "TX", "78701", "512"),
    ("17 Elm St", "", "Burlington", "VT", "05401", "802"),
    ("925 N Michigan Ave", "Floor 3", "Chicago", "IL", "60611", "312"),
    ("301 Peachtree St NE", "", "Atlanta", "GA", "30308", "404"),
    ("2 Ocean Dr", "Unit 12", "Miami Beach", "FL", "33139", "305"),
    ("55 Water St", "", "Brooklyn", "NY", "11201", "718"),
    ("740 Pearl St", "", "Boulder", "CO", "80302", "303"),
    ("1600 Main St", "", "Kansas City", "MO", "64108", "816"),
    ("19 Kalakaua Ave", "", "Honolulu", "HI", "96815", "808"),
)
# (street1, street2, city, state, zip, country, iso, phone, shipping methods)
_INTL_ADDRESSES = (
    ("221B Baker Street", "", "London", "", "NW1 6XE", "United Kingdom", "GB", "+442071234567"),
    ("Unter den Linden 77", "", "Berlin", "", "10117", "Germany", "DE", "+4930123456"),
    ("12 Rue de Rivoli", "", "Paris", "", "75004", "France", "FR", "+33142123456"),
    ("123 Queen St W", "", "Toronto", "ON", "M5H 2M9", "Canada", "CA", "+14165550123"),
    (
        "1055 W Georgia St",
        "Suite 1500",
        "Vancouver",
        "BC",
        "V6E 3P3",
        "Canada",
        "CA",
        "+16045550199",
    ),
    ("1 Macquarie St", "", "Sydney", "NSW", "2000", "Australia", "AU", "+61291234567"),
    ("2-1 Marunouchi", "Chiyoda-ku", "Tokyo", "", "100-0005", "Japan", "JP", "+81312345678"),
    ("Keizersgracht 123", "", "Amsterdam", "", "1015 CJ", "Netherlands", "NL", "+31201234567"),
    ("Calle de Alcalá 50", "", "Madrid", "", "28014", "Spain", "ES", "+34911234567"),
    ("Lambton Quay 1", "", "Wellington", "", "6011", "New Zealand", "NZ", "+6441234567"),
)
# fmt: off
_FIRST = ("Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Tim", "Radia", "Dennis",
          "Barbara", "Ken", "Frances", "Edsger", "Hedy", "John", "Joan", "Niklaus", "Sophie",
          "Mei", "Jörg", "Amélie", "Kenji", "Aroha", "Lucía")
_LAST = ("Byron", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Berners-Lee",
         "Perlman", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra", "Lamarr", "Backus",
         "Clarke", "Wirth", "Wilson", "Tanaka", "Müller", "Dubois", "Sato", "Ngata", "García")
# fmt: on
_COMPANIES = ("", "", "", "", "Acme Corp", "Northwind Traders", "Blue Door Studio", "Harbor Cafe")
_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "",
    "Leave at the side door",
    "Please no invoice in the box",
    "Gift: Happy birthday, Mum! Love, Sam",
    "Gift wrap, no invoice in box",
    "Gift: Congratulations on the new home!",
    "Fragile: ceramic inside",
)


def random_order(rng: random.Random, number: int, skus: list[str], kits: dict[str, int]) -> OrderIn:
    """One believable order of 1 to 12 line items (about one in five carries a kit).

    `kits` maps each kit SKU to its number of components (the line items it becomes).
    """
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    name = f"{first} {last}"
    email = f"{first}.{last}@example.com".lower().replace(" ", "")
    if rng.random() < 0.7:
        street1, street2, city, state, zip_code, area = rng.choice(_US_ADDRESSES)
        ship_to = _address(name, street1, street2, city, state, zip_code, "United States", "US")
        ship_to["phone"] = f"{area}555{rng.randrange(10_000):04d}"
        method = rng.choice(SHIPPING_METHODS_US)
    else:
        street1, street2, city, state, zip_code, country, iso, phone = rng.choice(_INTL_ADDRESSES)
        ship_to = _address(name, street1, street2, city, state, zip_code, country, iso)
        ship_to["phone"] = phone
        if iso == "CA" and rng.random() < 0.6:
            method = "Canada Post Expedited"
        else:
            method = rng.choice(SHIPPING_METHODS_INTL)
    ship_to["company"] = rng.choice(_COMPANIES)
    ship_to["email"] = email
    line_count = min(12, max(1, int(rng.expovariate(1 / 2.5)) + 1))
    lines: list[SkuQuantity] = []
    chosen = rng.sample(skus, k=min(line_count, len(skus)))
    if kits and rng.random() < 0.2:
        kit = rng.choice(sorted(kits))
        chosen[0] = kit
        # A kit becomes several line items: drop plain lines so the order stays within 12.
        del chosen[max(1, 12 - kits[kit] + 1) :]
    for i, sku in enumerate(chosen):
        qty = 1 if rng.random() < 0.7 else rng.randint(2, 6)
        lines.append(SkuQuantity(sku, qty, f"lines[{i}]"))
    return OrderIn(
        order_number=f"O{number}",
        channel_order_number=f"#{number - 1}",
        shipping_method=method,
        notes=rng.choice(_NOTES),
        ship_to=ship_to,
        lines=tuple(lines),
    )


def _address(
    name: str, street1: str, street2: str, city: str, state: str, zip_code: str, country: str,
    iso: str,
) -> dict[str, str]:  # fmt: skip
    return {
        "name": name,
        "company": "",
        "street1": street1,
        "street2": street2,
        "city": city,
        "state": state,
        "zip": zip_code,
        "country": country,
        "country_iso": iso,
        "phone": "",
        "email": "",
    }


def load_catalogue(warehouse: Warehouse, rng: random.Random) -> None:
    """The demo products (stock drawn from `rng`) and the kits made of them."""
    items = [
        ProductIn(p.sku, p.name, p.upc, rng.randint(150, 400), f"products[{i}]")
        for i, p in enumerate(CATALOGUE)
    ]
    for start in range(0, len(items), MAX_PRODUCTS_PER_REQUEST):
        chunk = items[start : start + MAX_PRODUCTS_PER_REQUEST]
        warehouse.upsert_products(lambda chunk=chunk: chunk)  # type: ignore[misc]
    for sku, name, components in KITS:
        kit = BundleIn(
            sku,
            name,
            tuple(SkuQuantity(c, q, f"components[{i}]") for i, (c, q) in enumerate(components)),
        )
        warehouse.define_bundle(lambda kit=kit: kit)  # type: ignore[misc]


def load_demo(warehouse: Warehouse, seed_number: int) -> None:
    """The demo warehouse: catalogue, kits and `DEMO_ORDER_COUNT` open orders of the last days."""
    rng = random.Random(seed_number)
    load_catalogue(warehouse, rng)
    skus, kits = warehouse.sellable_skus()
    orders = [random_order(rng, 1001 + i, skus, kits) for i in range(DEMO_ORDER_COUNT)]
    now = warehouse.clock()
    minute = 60 * 1_000_000
    created = [now - (DEMO_ORDER_COUNT - i) * 41 * minute for i in range(DEMO_ORDER_COUNT)]
    warehouse.bulk_create_orders(orders, created_at=created)


def generate(warehouse: Warehouse, count: int, seed_number: int) -> int:
    """`count` more open orders (the catalogue is loaded first if the warehouse has none)."""
    rng = random.Random(seed_number)
    skus, kits = warehouse.sellable_skus()
    if not skus:
        load_catalogue(warehouse, rng)
        skus, kits = warehouse.sellable_skus()
    orders = [random_order(rng, 100_001 + i, skus, kits) for i in range(count)]
    return warehouse.bulk_create_orders(orders)
