#!/usr/bin/env bash
# npm run test:e2e: package the extension, install the tools, drive code-server in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# the bundles import the workspace packages' builds, which a fresh clone does not have yet
(cd ../.. && npx turbo run build --filter=dossier >&2)
npm run package >&2
CACHE="$(bash e2e/setup.sh)"
DOSSIER_E2E_CACHE="$CACHE" node e2e/editor.e2e.mjs
