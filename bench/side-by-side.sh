#!/usr/bin/env bash
# The shared side-by-side harness (../shared/bench/harness) with our benchmark server beside raw Kestrel,
# mercurius+jit and yoga. The shared folder is read-only, so the harness runs from a scratch copy (its npm
# install and raw-Kestrel build stay there between runs).
#   bench/side-by-side.sh           5 rounds, every query (about 20 minutes); the table is printed at the end
#   bench/side-by-side.sh check     our responses (and the peers') byte-compared with ../shared/bench/expected
# Knobs: SERVERS, ROUNDS, QUERIES and the rest of run.sh's environment; HARNESS_COPY (default /tmp/commerce-harness).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${BENCH_SPEC_DIR:-$root/../shared/bench}"
copy="${HARNESS_COPY:-/tmp/commerce-harness}"
[ -f "$shared/harness/run.sh" ] || { echo "no harness at $shared/harness (set BENCH_SPEC_DIR)" >&2; exit 2; }

mkdir -p "$copy"
cp -ru "$shared"/. "$copy"/
chmod -R u+w "$copy"
"$copy/harness/setup.sh"
dotnet build "$root/bench/Commerce.Bench.Server" -c Release -nologo -v q -clp:ErrorsOnly

export BENCH_SPEC_DIR="$copy"
export SERVERS="${SERVERS:-ours raw-kestrel mercurius-jit yoga}"
export ROUNDS="${ROUNDS:-5}"
export BENCH_CMD_ours="dotnet $root/bench/Commerce.Bench.Server/bin/Release/net10.0/Commerce.Bench.Server.dll --urls http://127.0.0.1:{PORT}"
exec "$copy/harness/run.sh" "$@"
