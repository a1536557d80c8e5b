"""`SandboxServer`: the sandbox on a loopback port, served by uvicorn in a background thread."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
from pathlib import Path
from types import TracebackType

import uvicorn

from packstation.sandbox.app import API_PREFIX, build_app
from packstation.sandbox.bodies import SeedName
from packstation.sandbox.state import DEFAULT_TOKEN, SandboxState

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Server(uvicorn.Server):
    """uvicorn's server, telling us the moment it accepts connections."""

    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._ready.set()


class SandboxServer:
    """One sandbox: `start()` returns once it accepts connections; `stop()` shuts it down."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        seed: SeedName = "demo",
        db_path: Path | None = None,
        rate_limit: float | None = None,
        seed_number: int = 1,
        verbose: bool = False,
    ) -> None:
        if not token:
            raise ValueError("the sandbox needs a non-empty access token")
        self.host = host
        self._requested_port = port
        self._token = token
        self._seed: SeedName = seed
        self._db_path = db_path
        self._rate_limit = rate_limit
        self._seed_number = seed_number
        self._verbose = verbose
        self._port: int | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.state: SandboxState | None = None

    def __repr__(self) -> str:  # never the token
        return f"SandboxServer(root_url={self.root_url if self._port else None!r})"

    @property
    def token(self) -> str:
        return self._token

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the sandbox is not started")
        return self._port

    @property
    def root_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + API_PREFIX

    def start(self) -> SandboxServer:
        if self._thread is not None:
            raise RuntimeError("the sandbox is already running")
        self.state = SandboxState.open(
            token=self._token,
            seed=self._seed,
            seed_number=self._seed_number,
            rate_limit=self._rate_limit,
            db_path=self._db_path,
        )
        sock = self._bind()
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            build_app(self.state),
            log_config=None,
            log_level=logging.INFO if self._verbose else logging.WARNING,
            access_log=self._verbose,
            lifespan="off",
            http="h11",
            ws="none",
            timeout_graceful_shutdown=2,
        )
        ready = threading.Event()
        self._server = _Server(config, ready)
        server = self._server

        def serve() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException:
                log.exception("the sandbox server stopped with an error")
            finally:
                ready.set()  # never leave start() waiting on a server that died
                sock.close()

        self._thread = threading.Thread(target=serve, name="sandbox-server", daemon=True)
        self._thread.start()
        ready.wait()
        if not server.started:
            self._thread.join()
            self._thread = None
            raise RuntimeError("the sandbox server did not start (see the log)")
        log.info("sandbox serving %s", self.base_url)
        return self

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP: asyncio turns Nagle off only on sockets that say they are TCP, and
        # with Nagle on every answer after the first waits ~40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            # A restart on the same port must not wait out TIME_WAIT of the previous run.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._requested_port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        return sock

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join()
        self._server = None
        self._thread = None
        if self.state is not None:
            with contextlib.suppress(Exception):
                self.state.db.close()
            self.state = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
