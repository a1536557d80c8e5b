"""Who may call: the `access_token` header or a Bearer token; everyone else gets a 401 first."""

from __future__ import annotations

import httpx
import pytest

from packstation.sandbox import SandboxServer
from packstation.sandbox.app import API_PREFIX

PATHS = [
    ("GET", "/fulfillments"),
    ("GET", "/fulfillments/700001"),
    ("PUT", "/fulfillments/999999"),
    ("GET", "/fulfillments/700001/line_items"),
    ("POST", "/shipments"),
    ("GET", "/shipments"),
    ("GET", "/shipments/1"),
    ("POST", "/products"),
    ("GET", "/products"),
    ("GET", "/products/1"),
    ("GET", "/no-such-endpoint"),
]


@pytest.mark.parametrize(("method", "path"), PATHS)
@pytest.mark.parametrize(
    "headers",
    [{}, {"access_token": "wrong"}, {"Authorization": "Bearer wrong"}, {"access_token": ""}],
    ids=["missing", "wrong-header", "wrong-bearer", "empty"],
)
def test_a_missing_or_wrong_token_is_a_401_before_anything_else(
    sandbox: SandboxServer, bare: httpx.Client, method: str, path: str, headers: dict[str, str]
) -> None:
    response = bare.request(method, sandbox.base_url + path, headers=headers, content=b"{nope")
    assert response.status_code == 401
    assert response.json() == {"message": "invalid access token", "errors": []}
    assert response.headers["content-type"] == "application/json; charset=utf-8"


def test_control_endpoints_need_the_token_too(sandbox: SandboxServer, bare: httpx.Client) -> None:
    response = bare.post(sandbox.root_url + "/_sandbox/reset", json={"seed": "empty"})
    assert response.status_code == 401


def test_the_token_is_accepted_in_either_header(sandbox: SandboxServer, bare: httpx.Client) -> None:
    for headers in (
        {"access_token": sandbox.token},
        {"Authorization": f"Bearer {sandbox.token}"},
        {"Authorization": f"bearer {sandbox.token}"},
    ):
        response = bare.get(sandbox.base_url + "/fulfillments", headers=headers)
        assert response.status_code == 200, headers


def test_unknown_paths_and_methods_answer_json_errors(api: httpx.Client) -> None:
    missing = api.get("/fulfillment")
    assert missing.status_code == 404
    assert missing.json()["errors"] == []
    trailing = api.get("/fulfillments/")
    assert trailing.status_code == 404
    wrong_method = api.delete("/fulfillments")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["message"]
    outside = api.get(api.base_url.copy_with(path="/"), headers=api.headers)
    assert outside.status_code == 404
    assert outside.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", f"{API_PREFIX}/fulfillments", "GET, HEAD"),
        ("POST", f"{API_PREFIX}/fulfillments/700001", "GET, HEAD, PUT"),
        ("PUT", f"{API_PREFIX}/shipments", "GET, HEAD, POST"),
        ("DELETE", f"{API_PREFIX}/products", "GET, HEAD, POST"),
        ("GET", "/_sandbox/reset", "POST"),
        ("POST", "/_sandbox/faults", "GET, HEAD, PUT"),
        ("GET", "/_sandbox/fulfillments/700001", "PATCH"),
    ],
)
def test_a_405_lists_every_method_the_path_allows(
    root: httpx.Client, method: str, path: str, allow: str
) -> None:
    response = root.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.json()["message"]


def test_the_token_never_shows_in_a_repr(sandbox: SandboxServer, api: httpx.Client) -> None:
    api.get("/products")  # the throttle has seen the token (when a rate limit is set)
    assert sandbox.state is not None
    sandbox.state.throttle.take(sandbox.token, 5)
    for thing in (sandbox, sandbox.state, sandbox.state.throttle):
        assert sandbox.token not in repr(thing)
