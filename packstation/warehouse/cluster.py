"""A throwaway local PostgreSQL cluster: tests, `bench/warehouse_bench.py` and trying warehouse
mode on one machine. Never used for a real warehouse (that one is installed and backed up by IT).

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user (Debian's
package creates it) in a folder it owns; otherwise to the current user. `trust` authentication on
127.0.0.1 and a socket inside the folder: nothing listens beyond this machine.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "packstation"


class ClusterError(RuntimeError):
    """PostgreSQL could not be found, initialised or started; the message says what to do."""


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH)."""
    env = os.environ.get("PACKSTATION_PG_BIN")
    candidates = [env] if env else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise ClusterError(
        "PostgreSQL is not installed: no initdb found (on Debian: apt-get install postgresql)"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalCluster:
    """`start()`, `dsn`, `stop()`, `restart()`; `kill()` stops it the hard way (a crash)."""

    def __init__(self, root: Path | None = None, *, port: int | None = None) -> None:
        self.bin_dir = find_bin_dir()
        self._as_postgres = os.geteuid() == 0
        # As root the folder must be reachable by `postgres`: not under a private $TMPDIR.
        parent = "/tmp" if self._as_postgres else None  # noqa: S108 - a fresh private folder
        self.root = root or Path(tempfile.mkdtemp(prefix="packstation-pg-", dir=parent))
        self.data = self.root / "data"
        self.port = port or free_port()

    @property
    def dsn(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def dsn_for(self, user: str, dbname: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(  # noqa: S603 - our own arguments
            command, capture_output=True, text=True, check=False, cwd=self.root
        )
        if result.returncode != 0:
            raise ClusterError(
                f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}\n"
                f"{self._log_tail()}"
            )
        return result

    def _log_tail(self) -> str:
        log = self.root / "pg.log"
        with contextlib.suppress(OSError):
            return "pg.log: " + "\n".join(log.read_text().splitlines()[-15:])
        return ""

    def init(self) -> LocalCluster:
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        if self._as_postgres:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise ClusterError(
                    "running as root needs the 'postgres' user (apt-get install postgresql)"
                ) from None
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )
        return self

    def start(self) -> LocalCluster:
        if not self.data.exists():
            self.init()
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c max_connections=400 -c shared_buffers=32MB"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "pg.log"),
            "-w", "-t", "60", "start",
        )
        return self

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def kill(self) -> None:
        """As a crash or a pulled cable would: every connection dies at once."""
        self.stop("immediate")

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        with contextlib.suppress(ClusterError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
