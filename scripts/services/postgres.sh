# PostgreSQL 15 from Debian's packages, run as the `postgres` user (initdb and postgres
# refuse to run as root), trust authentication, listening on loopback only.

readonly PG_BIN=/usr/lib/postgresql/15/bin

postgres_apt() { [[ -x $PG_BIN/postgres ]] || echo postgresql-15; }

postgres_install() { :; }

# setpriv execs (unlike runuser, which stays as parent), so the recorded PID is postgres.
postgres_user() {
  [[ $EUID -eq 0 ]] && echo setpriv --reuid=postgres --regid=postgres --init-groups
  return 0
}

as_postgres() { $(postgres_user) "$@"; }

postgres_start() {
  local d=$DATA/postgres
  mkdir -p "$d"
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$d"
  as_postgres test -w "$d" ||
    { echo "the postgres user cannot write $d (is the repository under a private folder?)" >&2; return 1; }
  if [[ ! -f $d/data/PG_VERSION ]]; then
    as_postgres "$PG_BIN/initdb" -D "$d/data" -U postgres --auth=trust -E UTF8 --no-locale \
      >>"$(log_file postgres)" 2>&1
  fi
  spawn postgres $(postgres_user) "$PG_BIN/postgres" -D "$d/data" -p "${PORT[postgres]}" -k "$d" \
    -c listen_addresses=127.0.0.1
}

# Creates the `commerce` database on first start; ready once it answers a query.
postgres_ready() {
  local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "${PORT[postgres]}" -U postgres -XAtq)
  local exists
  exists=$(PGCONNECT_TIMEOUT=3 "${psql[@]}" -d postgres \
    -c "SELECT 1 FROM pg_database WHERE datname = 'commerce'" 2>/dev/null) || return 1
  if [[ $exists != 1 ]]; then
    "${psql[@]}" -d postgres -c 'CREATE DATABASE commerce' >/dev/null || return 1
  fi
  local version
  version=$(PGCONNECT_TIMEOUT=3 "${psql[@]}" -d commerce -c 'SHOW server_version' 2>/dev/null) &&
    [[ -n $version ]] || return 1
  echo "PostgreSQL ${version%% *}, database commerce"
}

# SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to leave).
postgres_stop() { kill -INT "$1" 2>/dev/null || true; wait_gone "$1" 60 postgres; }

postgres_wipe() { rm -rf "$DATA/postgres"; }
