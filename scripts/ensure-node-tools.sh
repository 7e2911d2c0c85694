#!/usr/bin/env bash
# Microsoft's Adaptive Card parser (npm "adaptivecards") for the card tests, in .cache/js.
set -euo pipefail
dir=".cache/js"
if [ -f "$dir/node_modules/adaptivecards/dist/adaptivecards.js" ]; then exit 0; fi
if ! command -v npm >/dev/null; then
  if [ "${CI:-}" = "true" ]; then echo "npm is needed for the Adaptive Card parser tests." >&2; exit 1; fi
  echo "npm is not installed: the Adaptive Card parser test will be skipped." >&2; exit 0
fi
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --legacy-peer-deps --silent adaptivecards@3.0.6
