"""Size and start-up time of the PyInstaller bundle (build it first: scripts/build-deb.sh).

    .venv/bin/python bench/bundle_bench.py [--runs 5]

Prints the bundle's size on disk, the .deb's size, and wall-clock times of `packstation
--version` and `packstation --self-test` run from dist/packstation: the first run after dropping
the page cache when allowed (root on Linux: a true cold start), then the median of warm runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "packstation"


def size_mib(path: Path) -> float:
    """Apparent size in MiB (what `du -sm --apparent-size` says)."""
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 2**20


def drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, check=False, timeout=300)
    return time.perf_counter() - start, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    exe = BUNDLE / ("packstation.exe" if sys.platform == "win32" else "packstation")
    if not exe.exists():
        print(f"no bundle at {BUNDLE}: run scripts/build-bundle.sh first", file=sys.stderr)
        return 1
    print(f"bundle {BUNDLE}: {size_mib(BUNDLE):.0f} MiB")
    for deb in sorted((ROOT / "dist").glob("packstation_*.deb")):
        print(f"deb    {deb.name}: {size_mib(deb):.0f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_DATA_HOME=f"{tmp}/data",
            XDG_STATE_HOME=f"{tmp}/state",
            PACKSTATION_USER_CONFIG=f"{tmp}/settings.toml",
        )
        for args in (["--version"], ["--self-test"]):
            cold = drop_page_cache()
            first, code = timed([str(exe), *args], env)
            warm = [timed([str(exe), *args], env)[0] for _ in range(opts.runs)]
            label = "cold" if cold else "first"
            print(
                f"packstation {' '.join(args):12} {label} {first:6.2f} s, "
                f"warm median {statistics.median(warm):6.2f} s (exit {code}, {opts.runs} runs)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
