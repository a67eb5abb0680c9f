#!/usr/bin/env bash
# Installs what is missing and runs the five local stores of Commerce Gateway on 127.0.0.1,
# with data, logs and PID files in <repo>/.data/<store>/.
#
#   scripts/services.sh up|down|status|reset|logs [postgres|redis|mongo|neo4j|cassandra ...]
#
# No store names means all five. See scripts/services/*.sh for each store.
set -euo pipefail

# shellcheck source=services/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/services/common.sh"
for store in postgres redis mongo neo4j cassandra; do
  # shellcheck disable=SC1090
  source "$HERE/$store.sh"
done

# The slow JVM and Wine stores first: everything else waits for them.
readonly ALL=(mongo cassandra neo4j postgres redis)

usage() {
  cat >&2 <<'EOF'
usage: scripts/services.sh up|down|status|reset|logs [postgres|redis|mongo|neo4j|cassandra ...]
  up      install what is missing, start the stores, wait until each answers a query
  down    stop the stores started from this folder
  status  one line per store: up/down, port, pid
  reset   down, delete the store's data, up
  logs    the tail of each store's log (COMMERCE_LOG_LINES, default 50)
No store names means all five. Environment: COMMERCE_CACHE (downloads, default
/var/cache/commerce-gateway), COMMERCE_SERVICES_TIMEOUT (seconds per store, default 240),
COMMERCE_REDIS_AOF=1 (Redis with an append-only file).
EOF
  exit 2
}

# Polls until the store answers a client query; prints what the query returned.
await_ready() {
  local store=$1 pid=$2 limit=$((SECONDS + TIMEOUT)) info error=""
  while :; do
    if ! alive "$pid"; then
      echo "the process exited${error:+ (last client error: $error)}" >&2
      return 1
    fi
    if port_open "${PORT[$store]}"; then
      if info=$("${store}_ready" 2>"$DATA/$store/.probe.err"); then
        echo "$info"
        return 0
      fi
      error=$(tail -n 1 "$DATA/$store/.probe.err")
    fi
    if ((SECONDS >= limit)); then
      echo "no answer within ${TIMEOUT}s${error:+ (last client error: $error)}" >&2
      return 1
    fi
    sleep 0.5
  done
}

# A server that did not come up is stopped again, so no half-started process lingers.
up_failed() {
  local store=$1 t0=$2 phase=$3 started=$4
  say "$store" "FAILED after $(elapsed "$t0") while $phase"
  if [[ -n $started ]] && alive "$started"; then
    "${store}_stop" "$started" >/dev/null 2>&1 || true
    rm -f "$(pid_file "$store")"
  fi
}

# Runs in its own background subshell, one per store: any failing step ends it through
# set -e, and the EXIT trap reports where. The trap runs after every function scope is
# gone (callers' locals included), so its state lives in globals of this subshell.
up_one() {
  UP_STORE=$1 UP_T0=$EPOCHREALTIME UP_PHASE=checking UP_STARTED=""
  trap 'up_failed "$UP_STORE" "$UP_T0" "$UP_PHASE" "$UP_STARTED"' EXIT
  local store=$1 pid info
  mkdir -p "$DATA/$store"
  # Two `up`s at once (say a developer and the test script) must not both start a server.
  # spawn closes this descriptor so the server does not hold the lock.
  exec 8>"$DATA/$store/.lock"
  flock 8
  if pid=$(live_pid "$store"); then
    UP_PHASE="waiting for the running process $pid"
    info=$(await_ready "$store" "$pid")
    trap - EXIT
    say "$store" "already running  ${PORT[$store]}  pid $pid  $info"
    return 0
  fi
  if port_open "${PORT[$store]}"; then
    if info=$("${store}_ready" 2>/dev/null); then
      trap - EXIT
      say "$store" "already running  ${PORT[$store]}  (not started from this folder)  $info"
      return 0
    fi
    UP_PHASE="checking port ${PORT[$store]}: it is taken by a process that does not answer as $store"
    false
  fi
  UP_PHASE=installing
  "${store}_install"
  UP_PHASE=starting
  (cd "$DATA/$store" && "${store}_start")
  pid=$(live_pid "$store") || { UP_PHASE="starting (it exited at once)"; false; }
  UP_STARTED=$pid
  UP_PHASE="waiting for it to answer"
  info=$(await_ready "$store" "$pid")
  trap - EXIT
  say "$store" "up  ${PORT[$store]}  pid $pid  $(elapsed "$UP_T0")  $info"
}

# Package installs cannot run in parallel (one dpkg lock), so they come first, together.
install_system_packages() {
  local store packages=()
  for store in "$@"; do
    # shellcheck disable=SC2207 # one word per package
    packages+=($("${store}_apt"))
  done
  ((${#packages[@]} == 0)) || apt_install "${packages[@]}"
  for store in "$@"; do
    case $store in mongo | neo4j | cassandra) ensure_node_modules; break ;; esac
  done
}

cmd_up() {
  local t0=$EPOCHREALTIME store failed=() pids=()
  install_system_packages "$@"
  mkdir -p "$DATA"
  for store in "$@"; do
    mkdir -p "$DATA/$store"
    up_one "$store" 2>"$DATA/$store/.up.err" &
    pids+=($!)
  done
  local i
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${@:i+1:1}")
  done
  for store in "${failed[@]}"; do
    echo
    [[ -s $DATA/$store/.up.err ]] && echo "---- $store: $(tail -n 5 "$DATA/$store/.up.err" | tr '\n' ' ')"
    echo "---- last 30 lines of $(log_file "$store"):"
    tail -n 30 "$(log_file "$store")" 2>/dev/null || echo "(no log)"
  done
  if ((${#failed[@]})); then
    echo "services.sh up: failed: ${failed[*]}" >&2
    return 1
  fi
  (($# == 1)) || echo "all $# up in $(elapsed "$t0")"
}

down_one() {
  local store=$1 t0=$EPOCHREALTIME pid
  if pid=$(live_pid "$store"); then
    "${store}_stop" "$pid"
    rm -f "$(pid_file "$store")"
    say "$store" "stopped  pid $pid  $(elapsed "$t0")"
  elif port_open "${PORT[$store]}"; then
    say "$store" "not started from this folder; port ${PORT[$store]} left alone"
  else
    rm -f "$(pid_file "$store")"
    say "$store" "already down"
  fi
}

cmd_down() {
  local store pids=() rc=0
  for store in "$@"; do down_one "$store" & pids+=($!); done
  for store in "${pids[@]}"; do wait "$store" || rc=1; done
  return $rc
}

cmd_status() {
  local store pid
  for store in "$@"; do
    if pid=$(live_pid "$store"); then
      if port_open "${PORT[$store]}"; then
        say "$store" "up     ${PORT[$store]}  pid $pid"
      else
        say "$store" "starting  ${PORT[$store]}  pid $pid (port not open yet)"
      fi
    elif port_open "${PORT[$store]}"; then
      say "$store" "up     ${PORT[$store]}  (not started from this folder)"
    else
      say "$store" "down   ${PORT[$store]}"
    fi
  done
}

cmd_reset() {
  local store
  cmd_down "$@"
  for store in "$@"; do
    if live_pid "$store" >/dev/null || port_open "${PORT[$store]}"; then
      die "$store still answers on port ${PORT[$store]}: not deleting its data"
    fi
    "${store}_wipe"
  done
  cmd_up "$@"
}

cmd_logs() {
  local store files=()
  for store in "$@"; do
    [[ -f $(log_file "$store") ]] && files+=("$(log_file "$store")")
  done
  ((${#files[@]})) || die "no logs yet for: $*"
  tail -n "${COMMERCE_LOG_LINES:-50}" "${files[@]}"
}

main() {
  (($# >= 1)) || usage
  local command=$1; shift
  local stores=("$@") store
  ((${#stores[@]})) || stores=("${ALL[@]}")
  for store in "${stores[@]}"; do
    [[ -v "PORT[$store]" ]] || { echo "unknown store: $store" >&2; usage; }
  done
  case $command in
    up | down | status | reset | logs) "cmd_$command" "${stores[@]}" ;;
    *) usage ;;
  esac
}

main "$@"
