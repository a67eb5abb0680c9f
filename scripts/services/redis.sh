# Redis 7 from Debian's redis-server package, in the foreground under this script's control
# (not the Debian service unit). No persistence unless COMMERCE_REDIS_AOF=1.

redis_apt() { echo redis-server; }

redis_install() { :; }

redis_start() {
  local d=$DATA/redis aof=no
  mkdir -p "$d"
  [[ ${COMMERCE_REDIS_AOF:-0} == 1 ]] && aof=yes
  spawn redis /usr/bin/redis-server --port "${PORT[redis]}" --bind 127.0.0.1 --dir "$d" \
    --save '' --appendonly "$aof" --daemonize no
}

redis_ready() {
  local info
  info=$(redis-cli -h 127.0.0.1 -p "${PORT[redis]}" INFO server 2>/dev/null) || return 1
  [[ $info =~ redis_version:([0-9.]+) ]] || return 1
  echo "Redis ${BASH_REMATCH[1]}"
}

redis_stop() { kill -TERM "$1" 2>/dev/null || true; wait_gone "$1" 30 redis; }

redis_wipe() { rm -rf "$DATA/redis"; }
