#!/usr/bin/env bash
# Warehouse mode on one machine: PostgreSQL from the Debian packages in a throwaway cluster (as
# an unprivileged user, like the tests), `packstation warehouse init`, the sync service and two
# station windows ("Bench 1", "Bench 2") on the demo sandbox. Close both windows (or Ctrl+C) and
# everything started here stops and is removed.
#
#   ./scripts/warehouse-demo.sh            # the demo
#   ./scripts/warehouse-demo.sh --check    # no windows: set up, wait for the shared queue, stop
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/_setup.sh
. scripts/_setup.sh
install_debian_packages "${QT_RUNTIME_PACKAGES[@]}" postgresql
install_venv '.'
PY=.venv/bin/python
PS=.venv/bin/packstation

WORK="$(mktemp -d -t packstation-warehouse-XXXXXX)"
PIDS=()
STATIONS=()
PG_ROOT=""
PG_PORT=""
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_ROOT" ]; then
    "$PY" -c 'import sys; from pathlib import Path; from packstation.warehouse.cluster import LocalCluster
LocalCluster(Path(sys.argv[1]), port=int(sys.argv[2])).remove()' "$PG_ROOT" "$PG_PORT" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "== PostgreSQL: a throwaway cluster"
read -r PG_ROOT PG_PORT < <("$PY" -c 'from packstation.warehouse.cluster import LocalCluster
c = LocalCluster().start(); print(c.root, c.port)')
DB="postgresql://packstation@127.0.0.1:${PG_PORT}/postgres"
echo "   $DB"

echo "== the warehouse schema and two stations"
"$PS" warehouse init --db "$DB"
for bench in "Bench 1" "Bench 2"; do
  "$PS" warehouse add-station "$bench" --db "$DB" --no-password
done

echo "== the demo sandbox (Stitch), throttled to 10 requests/s like the real account"
SANDBOX_TOKEN="warehouse-demo-$RANDOM$RANDOM"
PACKSTATION_SANDBOX_TOKEN="$SANDBOX_TOKEN" .venv/bin/packstation-sandbox --port 0 --seed demo \
  --rate-limit 10 > "$WORK/sandbox.out" 2>"$WORK/sandbox.log" &
PIDS+=($!)
for _ in $(seq 100); do grep -q '^token:' "$WORK/sandbox.out" 2>/dev/null && break; sleep 0.1; done
API_URL="$(sed -n 's/^base_url: //p' "$WORK/sandbox.out")"
[ -n "$API_URL" ] || { cat "$WORK/sandbox.log"; exit 1; }
echo "   $API_URL"

echo "== the sync service (the only one holding the Stitch token); log: $WORK/sync.log"
PACKSTATION_TOKEN="$SANDBOX_TOKEN" "$PS" warehouse sync --db "$DB" --api-url "$API_URL" \
  --relay-journal "$WORK/relay.sqlite3" --rate-limit 10 > "$WORK/sync.log" 2>&1 &
PIDS+=($!)

echo "== waiting for the shared queue"
for _ in $(seq 600); do
  n="$("$PY" -c 'import sys, psycopg
with psycopg.connect(sys.argv[1]) as c:
    print(c.execute("SELECT count(*) FROM fulfillments WHERE lines_synced_at IS NOT NULL").fetchone()[0])' "$DB")"
  [ "$n" -gt 0 ] && break
  sleep 0.5
done
echo "   $n open orders with their lines in PostgreSQL"

if [ "${1:-}" = "--check" ]; then
  "$PS" warehouse floor --db "$DB"
  exit 0
fi

echo "== two stations (no Stitch token: they read and write PostgreSQL only)"
for n in 1 2; do
  bench="Bench $n"
  role="station_bench_$n"
  mkdir -p "$WORK/bench$n"
  cat > "$WORK/bench$n/machine.toml" <<TOML
station = "$bench"
allow_anonymous_packing = true

[warehouse]
db_url = "postgresql://$role@127.0.0.1:${PG_PORT}/postgres"
TOML
  PACKSTATION_MACHINE_CONFIG="$WORK/bench$n/machine.toml" \
  PACKSTATION_USER_CONFIG="$WORK/bench$n/user.toml" \
  PACKSTATION_JOURNAL="$WORK/bench$n/journal.sqlite3" \
    "$PS" "$@" &
  PIDS+=($!)
  STATIONS+=($!)
done
echo "   Supervisor → Floor view shows both stations; or: $PS warehouse floor --db $DB --window"
for pid in "${STATIONS[@]}"; do wait "$pid" || true; done
