# Shared helpers for scripts/services.sh: paths, timing, processes, ports, installs.
# Sourced, never run on its own.

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
readonly HERE="$ROOT/scripts/services"
readonly DATA="$ROOT/.data"
readonly TIMEOUT=${COMMERCE_SERVICES_TIMEOUT:-240}
readonly NODE_MODULES="$ROOT/tests/node/node_modules"

# Expensive downloads are shared by every clone on the machine; a user who cannot write
# /var/cache gets a per-user cache instead of a failure.
default_cache() {
  local system=/var/cache/commerce-gateway
  if mkdir -p "$system" 2>/dev/null && [[ -w $system ]]; then
    echo "$system"
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/commerce-gateway"
  fi
}
CACHE=${COMMERCE_CACHE:-$(default_cache)}
readonly CACHE

declare -rA PORT=([postgres]=15432 [redis]=16379 [mongo]=27519 [neo4j]=17687 [cassandra]=19042)

now() { echo "$EPOCHREALTIME"; }
elapsed() { LC_ALL=C awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }

say() { printf '%-10s %s\n' "$1" "$2"; }
die() { echo "services.sh: $*" >&2; exit 1; }

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

store_dir() { echo "$DATA/$1"; }
log_file() { echo "$DATA/$1/$1.log"; }
pid_file() { echo "$DATA/$1/$1.pid"; }

# A zombie counts as gone: the server has exited and only waits for PID 1 to reap it,
# which on some machines takes seconds.
alive() {
  local stat
  { stat=$(<"/proc/$1/stat"); } 2>/dev/null || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

# Prints the recorded PID when that process is still alive and is ours: after a reboot the
# number may belong to an unrelated process, but ours all run inside their store's folder.
live_pid() {
  local file pid cwd
  file=$(pid_file "$1")
  [[ -s $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" || return 1
  cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || cwd=$DATA/$1
  [[ $cwd == "$DATA/$1" || $cwd == "$DATA/$1/"* ]] || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts a command detached from this shell's session (so it outlives the script and a
# Ctrl-C in the terminal), stdout+stderr to the store's log; the command must exec the
# server so that the recorded PID is the server itself.
spawn() {
  local store=$1; shift
  local log pidf
  log=$(log_file "$store"); pidf=$(pid_file "$store")
  rm -f "$pidf"
  echo "==== $(date -u '+%F %T') scripts/services.sh starts $store" >>"$log"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" </dev/null >>"$log" 2>&1 8>&- &
  local i
  for ((i = 0; i < 50; i++)); do [[ -s $pidf ]] && return 0; sleep 0.1; done
  echo "could not record the PID of $store" >&2
  return 1
}

# Waits for a PID to disappear; SIGKILL after the grace period so `down` always ends.
wait_gone() {
  local pid=$1 grace=${2:-60} store=${3:-process} start=$SECONDS
  while alive "$pid"; do
    if ((SECONDS - start >= grace)); then
      echo "$store (pid $pid) did not stop within ${grace}s: killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      return 0
    fi
    sleep 0.1
  done
}

# One exclusive lock per cached artifact: two clones running `up` at once must not
# install into the same folder at the same time.
with_cache_lock() {
  local name=$1; shift
  mkdir -p "$CACHE"
  (
    flock 9
    "$@"
  ) 9>"$CACHE/.$name.lock"
}

# Downloads one npm package tarball into a fresh temporary folder and prints that folder.
npm_pack() {
  local spec=$1 tmp
  tmp=$(mktemp -d "$CACHE/.download.XXXXXX")
  (cd "$tmp" && npm pack "$spec" --silent --no-audit --no-fund >/dev/null 2>"$tmp/npm.err") || {
    cat "$tmp/npm.err" >&2; rm -rf "$tmp"; return 1
  }
  echo "$tmp"
}

# npm tarballs carry pax headers GNU tar does not know; they are harmless.
untar() { tar --warning=no-unknown-keyword -xzf "$@"; }

apt_missing() {
  local pkg
  for pkg in "$@"; do
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == "install ok installed" ]] || echo "$pkg"
  done
}

# A fresh machine may have stale or empty package lists, so update first, but only when
# something is actually missing.
apt_install() {
  local missing
  missing=$(apt_missing "$@" | tr '\n' ' ')
  [[ -n ${missing// /} ]] || return 0
  echo "installing (apt): $missing"
  as_root apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# The official Node drivers are our clients for the readiness and admin queries.
ensure_node_modules() {
  command -v node >/dev/null || die "node is required (Node.js 20)"
  [[ -d $NODE_MODULES/mongodb && -d $NODE_MODULES/neo4j-driver && -d $NODE_MODULES/cassandra-driver ]] && return 0
  echo "installing tests/node (npm ci)"
  npm ci --prefix "$ROOT/tests/node" --silent --no-audit --no-fund >/dev/null
}

probe() { NODE_PATH=$NODE_MODULES node "$HERE/probe.js" "$@"; }
