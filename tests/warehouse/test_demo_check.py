"""The README's third command, checked as CI can: `scripts/warehouse-demo.sh --check` runs
scripts/warehouse_demo.py after installing; here the Python part runs on its own (the shell part
only installs). Its own PostgreSQL cluster, `warehouse init`, the demo sandbox, the sync service and
a headless station in warehouse mode: one order packed there reaches the sandbox exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.warehouse.cluster import ClusterError, find_bin_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_warehouse_demo_check_ships_one_box_once() -> None:
    try:
        find_bin_dir()
    except ClusterError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(str(exc), pytrace=False)
        pytest.skip(str(exc))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PACKSTATION_TOKEN", None)  # the demo's stations need none; its sync has its own
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "warehouse_demo.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "in the sandbox exactly once" in done.stdout
    # The stations joined as database users of their own, the sync service held the token.
    assert "joins as database user station_bench_1" in done.stdout
