#!/usr/bin/env bash
# Installs everything the tests need (Debian packages when run as root, the Python venv) and runs
# the whole suite: lint, types, layering, then pytest inside a real Secret Service session, a real
# PulseAudio null sink and an Xvfb display.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/_setup.sh
. scripts/_setup.sh
install_debian_packages "${QT_RUNTIME_PACKAGES[@]}" \
  xvfb xauth xdotool imagemagick pulseaudio pulseaudio-utils gnome-keyring dbus dbus-x11 \
  zbar-tools poppler-utils \
  binutils nsis `# PyInstaller reads libraries with objdump; makensis checks the Windows installer` \
  postgresql  # warehouse tests start a throwaway cluster of their own (tests/warehouse/conftest.py)
install_venv '.[dev,build]'

export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff";         ruff check .
echo "== mypy";         mypy
echo "== import-linter"; lint-imports --no-cache 2>&1 | tail -n 12

# pytest runs inside: a D-Bus session with an unlocked gnome-keyring (the real Secret Service),
# a PulseAudio daemon with a null sink (real QSoundEffect playback), and Xvfb (real windows).
exec dbus-run-session -- bash scripts/_in_session.sh "$@"
