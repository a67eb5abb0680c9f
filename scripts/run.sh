#!/usr/bin/env bash
# Starts everything a newcomer needs: the five local stores (installing what is missing), the deterministic
# demo data (idempotent), then the gateway
# with Banana Cake Pop at http://127.0.0.1:${PORT:-5080}/graphql. Stop the gateway with Ctrl+C; the stores keep
# running until `scripts/services.sh down`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
step() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

step "stores"
scripts/services.sh up

step "demo data"
dotnet run --project src/Commerce.Gateway -c Release -- seed

step "gateway on http://127.0.0.1:${PORT:-5080}/graphql"
exec dotnet run --project src/Commerce.Gateway -c Release -- --urls "http://127.0.0.1:${PORT:-5080}"
