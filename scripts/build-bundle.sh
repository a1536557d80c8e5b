#!/usr/bin/env bash
# Builds the PyInstaller onedir bundle: dist/packstation/ (Packstation.app on macOS).
# Prints the bundle's size and how long the build took. Needs `pip install -e '.[build]'`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
start=$(date +%s)
# The translations the station loads (.qm) are built, not committed: build them into the package.
PYTHON="$PY" bash scripts/i18n.sh release
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/packstation.spec
end=$(date +%s)
echo "bundle: dist/packstation ($(du -sm dist/packstation | cut -f1) MB) built in $((end - start)) s"
