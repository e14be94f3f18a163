#!/usr/bin/env bash
# npm run test:e2e: package the extension, install the tools, drive code-server in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run package >&2
CACHE="$(bash e2e/setup.sh)"
DOSSIER_E2E_CACHE="$CACHE" node e2e/editor.e2e.mjs
