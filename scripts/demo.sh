#!/usr/bin/env bash
# Installs Packstation into .venv (and, when run as root on Debian, the Qt/X11/sound libraries it
# needs) and starts it in training mode on the built-in sandbox with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/_setup.sh
. scripts/_setup.sh
install_debian_packages "${QT_RUNTIME_PACKAGES[@]}"
install_venv '.'
exec .venv/bin/packstation --demo "$@"
