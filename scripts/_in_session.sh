#!/usr/bin/env bash
# Second half of scripts/test.sh, run inside dbus-run-session.
set -euo pipefail
# A keyring of our own: a login keyring left in the home folder (with another password) would stay
# locked, and the tests must not touch the user's real one.
XDG_DATA_HOME="$(mktemp -d)"
export XDG_DATA_HOME
echo -n packstation-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true

pulse_pid=""
if command -v pulseaudio >/dev/null; then
  pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit \
    -L "module-null-sink sink_name=nullsink" -L module-native-protocol-unix >/dev/null 2>&1 &
  pulse_pid=$!
fi
cleanup() { [ -n "$pulse_pid" ] && kill "$pulse_pid" 2>/dev/null || true; }
trap cleanup EXIT

echo "== pytest"
xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m pytest "$@"
