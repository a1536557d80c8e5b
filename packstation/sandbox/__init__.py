"""The Stitch sandbox: an independent, real HTTP implementation of the Integrations API contract
(`stitch-integrations-api.md`), for the demo, training, tests and benchmarks.

Run it with `packstation-sandbox` (or `python -m packstation.sandbox`), or embed it::

    with SandboxServer(seed="empty") as sandbox:
        httpx.get(sandbox.base_url + "/fulfillments", headers={"access_token": sandbox.token})

The Stitch endpoints live under `/api2/v2/integrations` (see the contract). Each access token is
one account with its own channel and warehouse: the token the server starts with, plus any made by
`POST /_sandbox/accounts`. A token sees only its account; another account's object is a 403.

Beside them, these control endpoints of ours take the same `access_token` header and act on that
token's account only: a reset, an order or a fault never touches another account's data or
requests. Faults and throttling never apply to the control endpoints themselves:

`POST /_sandbox/reset` `{"seed": "demo"|"empty", "seed_number": 1}` (both optional, empty body
    allowed): wipe the account's data, faults and throttle state and load the seed into it
    again (the account and its token stay; other accounts keep everything). Ids start again at
    their bases once no account holds any data.
    Answers `200 {"reset": {"seed": ..., "seed_number": ...}}`.
`POST /_sandbox/bundles` `{"sku", "name", "components": [{"sku", "quantity"}]}`: define (or
    redefine) a kit of posted products. Answers `201 {"bundle": {...}}`; 422 for a component
    that is not a posted product or a kit SKU that is a product.
`POST /_sandbox/orders` `{"order_number", "channel_order_number", "shipping_method", "notes",
    "ship_to": {...}, "lines": [{"sku", "quantity"}]}`: an order arrives. Kits are split into
    their components, quantities multiplied. Answers `201 {"fulfillment": {...}}`; 422 for an
    unknown SKU; 409 (and no fulfillment) when on-hand stock minus what open fulfillments still
    have to ship cannot cover it. `ship_to` needs `name`, `street1`, `city`, `country_iso`.
`POST /_sandbox/fulfillments/{id}/cancel`: Stitch cancels an open fulfillment
    (`{"fulfillment": {...}}`, state `canceled`); 409 when it is not open.
`PATCH /_sandbox/fulfillments/{id}` with any of `notes`, `shipping_method`, `ship_to` (merged
    field by field): the order was edited in Stitch; touches `updated_at`. 409 when not open.
`PUT /_sandbox/faults` `{"latency_ms": 0, "error_rate": 0.0, "error_status": 503,
    "drop_after_commit_rate": 0.0, "rate_limit_per_s": null, "paths": []}` (missing fields take
    these defaults; `{"faults": {...}}` as GET answers it is accepted too): trouble for the Stitch
    endpoints under `paths` (relative to the base URL, matching that path and below; empty: all).
    `error_rate` answers that share of requests with `error_status` and nothing else happens;
    `drop_after_commit_rate` commits that share of successful writes and closes the connection
    without a byte of answer; `rate_limit_per_s` replaces `--rate-limit` on those paths.
    They apply to the requests of the calling token's account only. Answers `{"faults": {...}}`.
    `GET /_sandbox/faults` reads that account's back.
`POST /_sandbox/generate` `{"fulfillments": 10000, "seed": 1}`: bulk-create that many open
    orders (demo catalogue loaded first if there are no products; stock topped up to cover them).
    Answers `201 {"created": 10000}`.
`POST /_sandbox/accounts`: a new account with an empty channel and warehouse (as generating a
    token in Stitch does). Answers `201 {"account": {"token": "..."}}`.

Decisions where the contract is silent: unknown body fields are a 422; a shipment naming an
unknown fulfillment is a 404, whatever the length of its string of digits, as in a GET (an id that
is not a string of digits is a 422); a malformed JSON body is checked after 404/409, with the rest
of the body; `GET /shipments?fulfillment_id=` with an id that matches nothing is an empty page; a
product batch naming one SKU twice is a 422; a `page_num` past the last page, however large (up
to 1000 digits), is a valid empty page (`from` and `to` null); a method a path does not serve is
a 405 whose `Allow` lists every method it does (HEAD wherever GET).
"""

from packstation.sandbox.server import SandboxServer
from packstation.sandbox.state import DEFAULT_TOKEN

__all__ = ["DEFAULT_TOKEN", "SandboxServer"]
