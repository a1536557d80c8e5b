# Shared by scripts/demo.sh and scripts/test.sh (sourced, not run).

# install_debian_packages PKG...: as root on Debian, install those not yet installed.
install_debian_packages() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    return 0
  fi
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# install_venv SPEC: create .venv if needed and pip-install SPEC (e.g. '.[dev]') into it.
install_venv() {
  local py=${PYTHON:-python3} log
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  echo "== installing packstation$1 into .venv"
  log=$(mktemp)
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e "$1" >"$log" 2>&1; then
    grep -v '^WARNING: Location' "$log" >&2
    rm -f "$log"
    echo "pip install failed" >&2
    return 1
  fi
  rm -f "$log"
  # A checkout speaks the shipped languages too: the .qm files are built, never committed.
  PYTHON=.venv/bin/python bash scripts/i18n.sh release
}

# The Qt xcb platform plugin, fonts, printing and QtMultimedia need these on a bare Debian (the
# .deb depends on the same).
QT_RUNTIME_PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libpulse0 fonts-dejavu-core libcups2 libfreetype6 libxkbcommon0
)
