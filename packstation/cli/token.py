"""`packstation token set|clear|test`: IT puts the station's access token in the OS password store.

    packstation token set --api-url https://…/integrations < token.txt
    packstation token clear --api-url https://…/integrations
    packstation token test --api-url https://…/integrations

`set` reads the token from standard input (without echo when typed at a terminal), strips blanks
and refuses an empty one. Without `--api-url` the settings' `api_url` is used. The token is stored
under service `packstation`, user = the base URL, where the app looks for it. It is never printed.

Exit status:
  0  done (clear: also when nothing was stored)
  2  usage: empty token, bad address
  3  no usable password store on this computer, or it refused
  4  test: no token stored for this address
  5  test: Stitch refused the token or did not answer
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import Any

from packstation.i18n import QT_TRANSLATE_NOOP, fill, translator

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NO_STORE = 3
EXIT_NO_TOKEN = 4
EXIT_STITCH = 5

# IT reads these in the station's language (setting `language`); `run` installs it.
_tr = translator("TokenCommand")
_COMMAND = "packstation token: "  # the command's name before its messages, as typed
_NO_STORE = QT_TRANSLATE_NOOP(
    "TokenCommand",
    "This computer has no password store that Packstation can use (%1), so the token cannot be"
    " kept. On Linux install gnome-keyring (or KWallet) and unlock it in the desktop session; on"
    " Windows and macOS the system store is used.",
)


def _no_store(backend: str) -> str:
    return fill(_tr(_NO_STORE), backend)


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "token",
        help="store, remove or test the station's access token in the OS password store",
        description="Keep the Stitch access token of this computer in the OS password store.",
        epilog="exit status: 0 done, 2 usage, 3 no password store, 4 no token, 5 Stitch refused",
    )
    actions = p.add_subparsers(dest="token_action", metavar="ACTION", required=True)
    for name, help_text in (
        ("set", "read a token from standard input and store it"),
        ("clear", "remove the stored token"),
        ("test", "check that Stitch accepts the stored token"),
    ):
        a = actions.add_parser(name, help=help_text, description=help_text)
        # Its own dest: the top-level --api-url must not be overwritten by this default.
        a.add_argument(
            "--api-url",
            dest="token_api_url",
            metavar="URL",
            help="Stitch API base URL (default: the settings' api_url)",
        )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from packstation.cli.words import speak_station_language

    speak_station_language()
    url = _api_url(args)
    if not url.startswith(("https://", "http://")):
        print(
            _COMMAND + fill(_tr("%1 is not an https:// address"), repr(url)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    action: str = args.token_action
    if action == "set":
        return _set(url)
    if action == "clear":
        return _clear(url)
    return _test(url)


def _api_url(args: argparse.Namespace) -> str:
    from packstation.services.credentials import account_key

    url = getattr(args, "token_api_url", None) or getattr(args, "api_url", None)
    if not url:
        from packstation.services.settings import load_settings

        url = load_settings().settings.api_url
    return account_key(url)


def _backend() -> tuple[Any, str | None]:
    """The keyring backend and, when it cannot keep anything, its name for the message."""
    import keyring
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if (
        isinstance(backend, fail.Keyring)
        or name == "keyring.backends.null.Keyring"
        or (isinstance(backend, chainer.ChainerBackend) and not backend.backends)
    ):
        return backend, name
    return backend, None


def _read_token() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        return getpass.getpass(_tr("Access token (not shown): ")).strip()
    return sys.stdin.read().strip()


def _set(url: str) -> int:
    from keyring.errors import KeyringError

    from packstation.services.credentials import keep_in_keyring

    backend, missing = _backend()
    if missing:
        print(_no_store(missing), file=sys.stderr)
        return EXIT_NO_STORE
    token = _read_token()
    if not token:
        words = _tr("no token given on standard input; nothing stored")
        print(_COMMAND + words, file=sys.stderr)
        return EXIT_USAGE
    if any(c.isspace() for c in token):
        words = _tr("a token has no blanks inside; nothing stored")
        print(_COMMAND + words, file=sys.stderr)
        return EXIT_USAGE
    try:
        keep_in_keyring(url, token)
    except KeyringError as exc:
        words = fill(_tr("the password store refused the token (%1)"), type(exc).__name__)
        print(_COMMAND + words, file=sys.stderr)
        return EXIT_NO_STORE
    print(fill(_tr("Token stored for %1 (%2)."), url, type(backend).__module__))
    return EXIT_OK


def _clear(url: str) -> int:
    from keyring.errors import KeyringError

    from packstation.services.credentials import remove_from_keyring

    _, missing = _backend()
    if missing:
        print(_no_store(missing), file=sys.stderr)
        return EXIT_NO_STORE
    try:
        removed = remove_from_keyring(url)
    except KeyringError as exc:
        words = fill(_tr("the password store could not remove it (%1)"), type(exc).__name__)
        print(_COMMAND + words, file=sys.stderr)
        return EXIT_NO_STORE
    if not removed:
        print(fill(_tr("No token was stored for %1; nothing to remove."), url))
        return EXIT_OK
    print(fill(_tr("Token removed for %1."), url))
    return EXIT_OK


def _test(url: str) -> int:
    from packstation.cli.selftest import Status, check_stitch

    _, missing = _backend()
    if missing:
        print(_no_store(missing), file=sys.stderr)
        return EXIT_NO_STORE
    result = check_stitch(url)
    print("\n".join(result.lines()))
    if result.status is Status.OK:
        return EXIT_OK
    if result.status is Status.SKIP:
        return EXIT_NO_TOKEN
    return EXIT_STITCH


# asyncio is imported for `check_stitch`'s event loop; kept here so a frozen build finds it.
_ = asyncio
