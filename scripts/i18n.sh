#!/usr/bin/env bash
# The translation pipeline in one command (see scripts/i18n_tool.py and CONTRIBUTING.md):
#   scripts/i18n.sh update    extract every string into packstation/resources/i18n/*.ts (lupdate)
#   scripts/i18n.sh release   build the .qm files the station loads (lrelease)
#   scripts/i18n.sh todo      list what is left to translate (TSV: lang, context, source, _, where)
#   scripts/i18n.sh apply F   write the translations filled into F's 4th column into the .ts files
#   scripts/i18n.sh check     fail when es, pl or de has an unfinished or missing translation
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-}
if [[ -z "$PY" ]]; then
  if [[ -x .venv/bin/python ]]; then PY=.venv/bin/python; else PY=python3; fi
fi
# lupdate/lrelease come with the PySide6 wheel, next to the interpreter.
export PATH="$(dirname "$PY"):$PATH"
exec "$PY" scripts/i18n_tool.py "$@"
