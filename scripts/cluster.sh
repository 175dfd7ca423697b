#!/usr/bin/env bash
# The cluster mode on one machine (docs/CLUSTER.md): two WildFly nodes provisioned with the HA layers, a MariaDB
# Galera cluster of two data nodes and an arbitrator (Debian's packages), one OpenSearch node that holds the search
# indexes both servers search (scripts/opensearch-node.sh; none is started when HOTLINE_SEARCH_HOSTS names one
# already), and haproxy in front with session affinity, WebSocket support and health checks. The single-node mode
# (scripts/run.sh) stays the default.
#
#   scripts/cluster.sh start [--fresh] [--built] [MAVEN ARGS]
#                                                     build the cluster server (mvn -Pcluster), start what is not
#                                                     running, in order; --fresh wipes the cluster's data first,
#                                                     --built starts the server last built without building again
#   scripts/cluster.sh stop                           stop everything (the nodes, haproxy, Galera last)
#   scripts/cluster.sh status                         what runs, the Galera cluster's size, haproxy's view
#   scripts/cluster.sh kill PART                      SIGKILL one part: hotline-1, hotline-2, galera-1, galera-2
#   scripts/cluster.sh start-part PART                start one part again (the failover scripts use these two)
#
# Addresses (all on 127.0.0.1): the application through haproxy on HOTLINE_CLUSTER_PORT (8080); node N on 8080+N*100
# (HTTP), 9990+N*100 (management, /health), 7600+N*100 (JGroups), FastAGI on 4572+N; Galera node N's SQL on 3310+N,
# its group communication on 4567+(N-1)*10 (IST one above, SST 4444+(N-1)*10); the arbitrator on 4587; OpenSearch on
# HOTLINE_CLUSTER_SEARCH_PORT (9200; its transport one the engine picks); haproxy's statistics on 8404.
#
# Settings (environment): HOTLINE_CLUSTER_HOME (data, logs, pid files; default .hotline/cluster), HOTLINE_CLUSTER_PORT,
# and every HOTLINE_* setting of the application (README, "Configuration"), passed to both nodes. The keys are those of
# scripts/run.sh (.hotline/), so one installation's data reads the same in either mode.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

home=${HOTLINE_CLUSTER_HOME:-$root/.hotline/cluster}
front_port=${HOTLINE_CLUSTER_PORT:-8080}
server=$root/ear/target/server-ha
galera_library=/usr/lib/galera/libgalera_smm.so
group=hotline
gcomm_addresses=127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587
search_port=${HOTLINE_CLUSTER_SEARCH_PORT:-9200}
# The search engine the nodes share: the operator's when named, else the one this script starts.
search_hosts=${HOTLINE_SEARCH_HOSTS:-127.0.0.1:$search_port}

say() { printf 'cluster: %s\n' "$*"; }
fail() { printf 'cluster: %s\n' "$*" >&2; exit 1; }

# A process killed here may stay a zombie for a while (nobody reaps it at once): it counts as gone.
alive() {
    local pid
    [ -f "$1" ] || return 1
    pid=$(cat "$1")
    kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" | cut -c1)" != Z ]
}

wait_until() { # seconds description command...
    local seconds=$1 what=$2 i
    shift 2
    for i in $(seq 1 $((seconds * 2))); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    return 1
}

ensure_packages() {
    local missing=()
    [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server mariadb-client)
    [ -r "$galera_library" ] || missing+=(galera-4)
    command -v garbd >/dev/null || missing+=(galera-arbitrator-4)
    command -v haproxy >/dev/null || missing+=(haproxy)
    # The SST script copies a data directory with rsync and finds its listener with lsof.
    command -v rsync >/dev/null || missing+=(rsync)
    command -v lsof >/dev/null || missing+=(lsof)
    command -v curl >/dev/null || missing+=(curl)
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing Debian's ${missing[*]}"
        scripts/apt-install.sh "${missing[@]}"
    fi
}

# ---- Galera ------------------------------------------------------------------------------------------------------

galera_dir() { echo "$home/galera-$1"; }
galera_sql_port() { echo $((3310 + $1)); }
galera_base_port() { echo $((4567 + ($1 - 1) * 10)); }
galera_socket() { echo "/tmp/hotline-galera-$1.sock"; }
# Run as root, the data nodes run as Debian's mysql user (made by the package): the rsync daemon of a state transfer,
# which the joining node starts, would otherwise switch to 'nobody' and could not write the joiner's data directory.
as_user() { [ "$(id -u)" = 0 ] && echo --user=mysql || true; }
own_galera_dir() { [ "$(id -u)" = 0 ] && chown -R mysql:mysql "$1" || true; }

galera_client() { # node SQL args...
    local n=$1
    shift
    mariadb --no-defaults --socket="$(galera_socket "$n")" -u"$(id -un)" "$@"
}

galera_size() { galera_client "$1" -N -e "show status like 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}'; }

galera_synced() {
    [ "$(galera_client "$1" -N -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')" = Synced ]
}

galera_running() { alive "$(galera_dir "$1")/mariadbd.pid"; }

galera_start() { # node [--bootstrap]
    local n=$1 bootstrap=${2:-} dir base
    dir=$(galera_dir "$n")
    base=$(galera_base_port "$n")
    mkdir -p "$dir"
    own_galera_dir "$dir"
    if [ ! -d "$dir/data/mysql" ]; then
        # shellcheck disable=SC2046
        mariadb-install-db --no-defaults --datadir="$dir/data" $(as_user) --auth-root-authentication-method=socket \
            --skip-test-db >"$dir/install.log" 2>&1 || { tail -n 20 "$dir/install.log" >&2; exit 1; }
    fi
    local extra=()
    if [ "$bootstrap" = --bootstrap ]; then
        extra+=(--wsrep-new-cluster)
        # A whole cluster stopped and started again: the node started first must be allowed to found it.
        [ -f "$dir/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/data/grastate.dat"
    fi
    # shellcheck disable=SC2046
    nohup /usr/sbin/mariadbd --no-defaults --datadir="$dir/data" $(as_user) \
        --port="$(galera_sql_port "$n")" --bind-address=127.0.0.1 --socket="$(galera_socket "$n")" \
        --pid-file="$dir/mariadbd.pid" --log-error="$dir/mariadb.log" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M \
        --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
        --wsrep-on=ON --wsrep-provider="$galera_library" --wsrep-cluster-name="$group" \
        --wsrep-cluster-address="gcomm://$gcomm_addresses" --wsrep-node-name="galera-$n" \
        --wsrep-node-address=127.0.0.1 \
        --wsrep-provider-options="base_port=$base;ist.recv_addr=127.0.0.1:$((base + 1))" \
        --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((4444 + (n - 1) * 10))" \
        "${extra[@]}" >>"$dir/mariadb.out" 2>&1 &
    local pid=$! i
    # A state transfer to an empty joiner copies the whole data directory: minutes on a large database.
    for i in $(seq 1 1200); do
        galera_synced "$n" && break
        if ! kill -0 "$pid" 2>/dev/null || [ "$i" = 1200 ]; then
            tail -n 30 "$dir/mariadb.log" >&2 || true
            fail "Galera node $n did not join the cluster (see $dir/mariadb.log)"
        fi
        sleep 0.5
    done
    say "galera-$n is up on 127.0.0.1:$(galera_sql_port "$n") (cluster size $(galera_size "$n"))"
}

garbd_start() {
    alive "$home/garbd.pid" && return 0
    nohup garbd --address "gcomm://127.0.0.1:4567,127.0.0.1:4577" --group "$group" \
        --options "gmcast.listen_addr=tcp://127.0.0.1:4587" --log "$home/garbd.log" >/dev/null 2>&1 &
    echo $! >"$home/garbd.pid"
    say "the arbitrator (garbd) is up on 127.0.0.1:4587"
}

# shellcheck source=scripts/db-grants.sh
. "$root/scripts/db-grants.sh"

credential() { sed -n "s/^$1=//p" "$home/credentials" 2>/dev/null || true; }

new_password() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

# The application's two users, as scripts/db.sh makes them (rows only; the schema), created on the founding node:
# Galera replicates users and grants to the other.
database_and_users() {
    local app migrate
    app=${HOTLINE_DB_PASSWORD:-$(credential HOTLINE_DB_PASSWORD)}
    migrate=${HOTLINE_DB_MIGRATION_PASSWORD:-$(credential HOTLINE_DB_MIGRATION_PASSWORD)}
    [ -n "$app" ] || app=$(new_password)
    [ -n "$migrate" ] || migrate=$(new_password)
    local key
    key=$(credential HOTLINE_CLUSTER_KEY_PASSWORD)
    (umask 077 && printf 'HOTLINE_DB_PASSWORD=%s\nHOTLINE_DB_MIGRATION_PASSWORD=%s\n' "$app" "$migrate" >"$home/credentials")
    [ -z "$key" ] || printf 'HOTLINE_CLUSTER_KEY_PASSWORD=%s\n' "$key" >>"$home/credentials"
    local host
    galera_client 1 -e "CREATE DATABASE IF NOT EXISTS hotline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    for host in 127.0.0.1 localhost; do
        user_grants_sql "$host" "$migrate" "$app" | galera_client 1
    done
}

galera_stop() { # node
    local pidfile
    pidfile=$(galera_dir "$1")/mariadbd.pid
    stop_pid "galera-$1" "$pidfile" 120
}

# ---- WildFly nodes -----------------------------------------------------------------------------------------------

# The key that encrypts the nodes' messages to each other (cluster.cli's SYM_ENCRYPT): made once, kept with the
# cluster's data, its password beside the database's. Both nodes must have the same; on real hosts, copy it.
cluster_key() {
    local password
    password=$(credential HOTLINE_CLUSTER_KEY_PASSWORD)
    if [ -z "$password" ] || [ ! -s "$home/cluster-key.p12" ]; then
        password=$(new_password)
        rm -f "$home/cluster-key.p12"
        (umask 077 && keytool -genseckey -alias hotline-cluster -keyalg AES -keysize 256 -storetype PKCS12 \
            -keystore "$home/cluster-key.p12" -storepass "$password" >/dev/null 2>&1) ||
            fail "could not make the cluster's key with keytool"
        (umask 077 && sed -i '/^HOTLINE_CLUSTER_KEY_PASSWORD=/d' "$home/credentials" &&
            printf 'HOTLINE_CLUSTER_KEY_PASSWORD=%s\n' "$password" >>"$home/credentials")
    fi
}

node_dir() { echo "$home/hotline-$1"; }
node_offset() { echo $(($1 * 100)); }
node_ready() { curl -sf "http://127.0.0.1:$((9990 + $(node_offset "$1")))/health/ready"; }

node_start() { # node
    local n=$1 dir offset
    dir=$(node_dir "$n")
    offset=$(node_offset "$n")
    [ -x "$server/bin/standalone.sh" ] || fail "no cluster server in $server: run 'scripts/cluster.sh start' to build it"
    # shellcheck source=scripts/installation-keys.sh
    . "$root/scripts/installation-keys.sh"
    export_installation_keys "$root/.hotline"
    mkdir -p "$dir" "$home/index-$n"
    chmod 700 "$home/index-$n"
    cluster_key
    # Configuration and deployment fresh from the build; data (transaction logs, Infinispan's state) and logs kept.
    rm -rf "$dir/configuration" "$dir/deployments" "$dir/tmp"
    cp -r "$server/standalone/configuration" "$server/standalone/deployments" "$dir/"
    (
        # Sequential: every connection goes to the first Galera node while it answers, so writes never meet on two
        # nodes (Galera would abort one of two conflicting transactions at commit); the second takes over when the
        # first is gone. A transaction cut by the failover fails (the request is answered 503 with Retry-After) and is
        # not replayed: a replay re-inserts its rows on the other node under other generated keys (each Galera node
        # has its own auto-increment offset), so the transaction's later rows pointed at keys that do not exist there
        # (found by scripts/check-cluster.sh: a ticket's history row refused by its foreign key, answered 500).
        export HOTLINE_DB_URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312/hotline?galeraAllowedState=4"
        export HOTLINE_DB_USER=hotline HOTLINE_DB_MIGRATION_USER=hotline_migrate
        HOTLINE_DB_PASSWORD=$(credential HOTLINE_DB_PASSWORD)
        HOTLINE_DB_MIGRATION_PASSWORD=$(credential HOTLINE_DB_MIGRATION_PASSWORD)
        export HOTLINE_DB_PASSWORD HOTLINE_DB_MIGRATION_PASSWORD
        export HOTLINE_CLUSTER_KEYSTORE="$home/cluster-key.p12"
        HOTLINE_CLUSTER_KEY_PASSWORD=$(credential HOTLINE_CLUSTER_KEY_PASSWORD)
        export HOTLINE_CLUSTER_KEY_PASSWORD
        export HOTLINE_INDEX_DIR="$home/index-$n"
        export HOTLINE_SEARCH_HOSTS="$search_hosts"
        export HOTLINE_AGI_PORT=${HOTLINE_AGI_PORT_BASE:-4572}
        HOTLINE_AGI_PORT=$((HOTLINE_AGI_PORT + n))
        # haproxy connects from 127.0.0.2 (its 'source'): its X-Forwarded-For is believed, a direct client's is not.
        export HOTLINE_TRUSTED_PROXIES=${HOTLINE_TRUSTED_PROXIES:-127.0.0.2}
        export JBOSS_PIDFILE="$dir/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
        export JAVA_OPTS="-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
        umask 077
        nohup "$server/bin/standalone.sh" -b 127.0.0.1 -bprivate 127.0.0.1 \
            -Djboss.server.base.dir="$dir" -Djboss.node.name="hotline-$n" -Djboss.tx.node.id="hotline-$n" \
            -Djboss.socket.binding.port-offset="$offset" \
            -Dhotline.cluster.member1.port=7700 -Dhotline.cluster.member2.port=7800 \
            >"$dir/console.log" 2>&1 &
    )
    if ! wait_until 300 "hotline-$n ready" node_ready "$n"; then
        grep -m 10 ERROR "$dir/log/server.log" | cut -c1-400 >&2 || true
        fail "hotline-$n did not become ready (see $dir/log/server.log)"
    fi
    say "hotline-$n is up: http://127.0.0.1:$((8080 + offset))/, management :$((9990 + offset))"
}

node_running() { alive "$(node_dir "$1")/server.pid"; }

node_stop() { stop_pid "hotline-$1" "$(node_dir "$1")/server.pid" 60; }

# ---- OpenSearch ----------------------------------------------------------------------------------------------------

search_engine() { # start|stop|status: the script's own node, unless the operator named an engine
    [ -z "${HOTLINE_SEARCH_HOSTS:-}" ] || return 0
    HOTLINE_OPENSEARCH_HOME="$home/opensearch" HOTLINE_OPENSEARCH_PORT="$search_port" \
        "$root/scripts/opensearch-node.sh" "$1"
}

# ---- haproxy -----------------------------------------------------------------------------------------------------

haproxy_start() {
    alive "$home/haproxy.pid" && return 0
    cat >"$home/haproxy.cfg" <<CFG
# Written by scripts/cluster.sh; docs/CLUSTER.md explains it.
global
    maxconn 4096
    pidfile $home/haproxy.pid

defaults
    mode http
    timeout connect 3s
    timeout client 65s
    timeout server 65s
    # An upgraded WebSocket (the agents' pushes) is a tunnel: the application pings it every 20 s.
    timeout tunnel 1h
    # A request whose node has just died is sent to the other one; the session is there too.
    option redispatch
    retries 2

frontend hotline
    bind 127.0.0.1:$front_port
    option forwardfor
    default_backend nodes

backend nodes
    balance roundrobin
    # Affinity: a browser keeps to its node while it lives (its Faces views and its WebSocket are there).
    cookie HOTLINE_NODE insert indirect nocache httponly
    # A node is in rotation while its readiness check (database reachable, deployment up) answers 200.
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2 source 127.0.0.2
    server hotline-1 127.0.0.1:8180 check port 10090 cookie hotline-1
    server hotline-2 127.0.0.1:8280 check port 10190 cookie hotline-2

listen statistics
    bind 127.0.0.1:8404
    stats enable
    stats uri /
    stats show-legends
CFG
    haproxy -c -f "$home/haproxy.cfg" >/dev/null || fail "haproxy refused $home/haproxy.cfg"
    haproxy -D -f "$home/haproxy.cfg"
    say "haproxy is up: http://127.0.0.1:$front_port/ (statistics on :8404)"
}

# ---- common ------------------------------------------------------------------------------------------------------

stop_pid() { # name pidfile seconds
    local name=$1 pidfile=$2 seconds=$3 pid i
    alive "$pidfile" || return 0
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    for i in $(seq 1 $((seconds * 2))); do
        kill -0 "$pid" 2>/dev/null || { say "$name stopped"; rm -f "$pidfile"; return 0; }
        sleep 0.5
    done
    say "$name (pid $pid) did not stop in $seconds s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

pidfile_of() {
    case "$1" in
        hotline-1 | hotline-2) echo "$(node_dir "${1#hotline-}")/server.pid" ;;
        galera-1 | galera-2) echo "$(galera_dir "${1#galera-}")/mariadbd.pid" ;;
        *) fail "no part '$1': hotline-1, hotline-2, galera-1 or galera-2" ;;
    esac
}

build() {
    say "building the cluster server (mvn -Pcluster) into $server"
    mvn -B -DskipTests -DskipITs -Pcluster "$@" clean install
}

start() {
    local fresh=false built=false
    while [ $# -gt 0 ]; do
        case "$1" in
            --fresh) fresh=true ;;
            --built) built=true ;;
            *) break ;;
        esac
        shift
    done
    ensure_packages
    $built || build "$@"
    if $fresh; then
        stop
        rm -rf "$home"
    fi
    mkdir -p "$home"
    # Others may pass through (the data nodes' own user), not list it; each part's folder keeps its own rights.
    chmod 711 "$home"

    if ! galera_running 1 && ! galera_running 2; then
        galera_start 1 --bootstrap
    fi
    galera_running 1 || galera_start 1
    galera_running 2 || galera_start 2
    garbd_start
    database_and_users
    search_engine start
    # One node first, so the schema's migrations run once, then the other on the migrated schema.
    node_running 1 || node_start 1
    node_running 2 || node_start 2
    haproxy_start
    say "the cluster is up: http://127.0.0.1:$front_port/"
}

stop() {
    stop_pid haproxy "$home/haproxy.pid" 10
    node_running 2 && node_stop 2
    node_running 1 && node_stop 1
    search_engine stop || true
    galera_running 2 && galera_stop 2
    stop_pid garbd "$home/garbd.pid" 10
    # Galera's node 1 last: it is then the one allowed to found the cluster again.
    galera_running 1 && galera_stop 1
    return 0
}

status() {
    local n up=0
    for n in 1 2; do
        if galera_running "$n"; then
            say "galera-$n: running on :$(galera_sql_port "$n"), cluster size $(galera_size "$n"), $(galera_synced "$n" && echo synced || echo 'not synced')"
        else
            say "galera-$n: not running"
        fi
    done
    if alive "$home/garbd.pid"; then say "garbd: running"; else say "garbd: not running"; fi
    if [ -n "${HOTLINE_SEARCH_HOSTS:-}" ]; then
        say "search: the operator's OpenSearch at $HOTLINE_SEARCH_HOSTS"
    else
        search_engine status || true
    fi
    for n in 1 2; do
        if node_running "$n"; then
            up=$((up + 1))
            say "hotline-$n: running, $(node_ready "$n" >/dev/null && echo ready || echo 'not ready')"
        else
            say "hotline-$n: not running"
        fi
    done
    if alive "$home/haproxy.pid"; then
        say "haproxy: running on :$front_port"
        curl -s "http://127.0.0.1:8404/;csv" | awk -F, '$1 == "nodes" && $2 ~ /^hotline-/ {print "cluster:   " $2 " " $18}'
    else
        say "haproxy: not running"
    fi
    [ "$up" -gt 0 ]
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) stop ;;
    status) status ;;
    kill)
        pidfile=$(pidfile_of "${2:-}")
        alive "$pidfile" || fail "${2} is not running"
        kill -KILL "$(cat "$pidfile")"
        say "${2} killed (SIGKILL)"
        ;;
    start-part)
        case "${2:-}" in
            hotline-1 | hotline-2) node_start "${2#hotline-}" ;;
            galera-1 | galera-2) galera_start "${2#galera-}" ;;
            *) pidfile_of "${2:-}" >/dev/null ;;
        esac
        ;;
    *) echo "usage: $0 start [--fresh] [maven args] | stop | status | kill PART | start-part PART" >&2; exit 2 ;;
esac
