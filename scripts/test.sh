#!/usr/bin/env bash
# Installs everything the tests need (Debian packages when run as root, the Python venv) and runs
# the whole suite: lint, types, layering, then pytest inside a real Secret Service session, a real
# PulseAudio null sink and an Xvfb display.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xauth xdotool imagemagick fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libpulse0 pulseaudio pulseaudio-utils
  gnome-keyring dbus dbus-x11
  zbar-tools poppler-utils
  binutils nsis  # PyInstaller reads libraries with objdump; makensis checks the Windows installer
)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
echo "== installing packstation[dev,build] into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev,build]' 2>&1 | grep -v '^WARNING: Location' || true

export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff";         ruff check .
echo "== mypy";         mypy
echo "== import-linter"; lint-imports --no-cache 2>&1 | tail -n 12

# pytest runs inside: a D-Bus session with an unlocked gnome-keyring (the real Secret Service),
# a PulseAudio daemon with a null sink (real QSoundEffect playback), and Xvfb (real windows).
exec dbus-run-session -- bash scripts/_in_session.sh "$@"
