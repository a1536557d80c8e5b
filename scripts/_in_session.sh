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

run_pytest() { xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m pytest "$@"; }

explicit=0
for arg in "$@"; do if [ -e "${arg%%::*}" ]; then explicit=1; fi; done
if [ "$explicit" = 1 ]; then
  echo "== pytest"
  run_pytest "$@"
  exit $?
fi
# The whole suite runs one pytest process per test folder, and one per file under tests/ui: a
# process that ran every test grew without bound and was killed by the kernel. The cause, found
# since: now and then (about one run in eight of tests/ui/test_station_news.py under PulseAudio)
# Qt 6.11's PulseAudio thread ("QPulseAudioEngine") disables a GUI-thread socket notifier, which
# Qt refuses; the GLib dispatcher then warns "QSocketNotifier: Invalid socket ... disabling..."
# on every pass of the loop, and pytest-qt keeps every warning in memory. The station itself
# counts such a repeated warning instead of logging it each time (ui/crash_handler.RepeatGate).
# With no PulseAudio server the flood never came (12 runs of 12); so every chunk below except the
# sounds' own tests runs with an unreachable PULSE_SERVER.
failed=()
chunks=(tests/test_*.py)
for dir in tests/*/; do
  case "$dir" in
    tests/support/) continue ;;
    # The window tests are where the process grew (about 40 MB/s from some test on): a process
    # per file there.
    tests/ui/) while IFS= read -r file; do chunks+=("$file"); done \
        < <(find tests/ui -name 'test_*.py' | sort) ;;
    *) chunks+=("${dir%/}") ;;
  esac
done
for chunk in "${chunks[@]}"; do
  echo "== pytest $chunk"
  if [ "$chunk" = tests/ui/test_sounds.py ]; then
    if ! run_pytest "$@" "$chunk"; then failed+=("$chunk"); fi
  # Only the sounds' own tests play through PulseAudio: elsewhere its Qt thread's notifier flood
  # (above) would grow a process by gigabytes. The station plays on silently without a server.
  elif ! PULSE_SERVER=unix:/nonexistent/pulse run_pytest "$@" "$chunk"; then
    failed+=("$chunk")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "== pytest failed in: ${failed[*]}"
  exit 1
fi
echo "== pytest: every folder passed"
