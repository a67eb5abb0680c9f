#!/usr/bin/env bash
# Installs the independent reference tools the test suite runs against: the npm packages of tests/node
# (graphql-js, graphql-http, graphql-ws, official store drivers, playwright-core) and Debian's Chromium.
# Idempotent and quiet when everything is already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
info() { printf '   %s\n' "$*"; }

stamp="$root/tests/node/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/tests/node/package-lock.json" -nt "$stamp" ]; then
  info "npm ci tests/node"
  npm ci --prefix "$root/tests/node" --no-audit --no-fund --loglevel=error >/dev/null
fi

if ! command -v chromium >/dev/null 2>&1; then
  info "apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
info "reference tools ready"
