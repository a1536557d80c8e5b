#!/usr/bin/env bash
# Warehouse mode on one machine: installs like scripts/demo.sh (and PostgreSQL from the Debian
# packages when run as root), then scripts/warehouse_demo.py: a throwaway PostgreSQL cluster (as
# an unprivileged user: PostgreSQL refuses root), `packstation warehouse init`, the demo sandbox
# at 10 requests/s, the sync service and two station windows ("Bench 1", "Bench 2"). Close both
# windows (or Ctrl+C) and everything started here stops and is removed.
#
#   ./scripts/warehouse-demo.sh            # the demo
#   ./scripts/warehouse-demo.sh --check    # no windows: one box packed at a headless station
#                                          # must reach the sandbox exactly once (exit 0)
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/_setup.sh
. scripts/_setup.sh
if [ "${1:-}" = "--check" ]; then
  install_debian_packages postgresql
else
  install_debian_packages "${QT_RUNTIME_PACKAGES[@]}" postgresql
fi
install_venv '.'
exec .venv/bin/python scripts/warehouse_demo.py "$@"
