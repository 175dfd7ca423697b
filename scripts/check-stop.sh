#!/usr/bin/env bash
# Measures how long the server takes to stop (SIGTERM, as systemd and Ctrl-C send it, until the process has exited) in
# every state it can be in, and fails unless each is under LIMIT seconds (default 10). Each state starts a fresh copy of
# the provisioned server (HTTP 8380, management 10290) on a MariaDB of its own (port 3366), with the PBX's manager
# interface at 127.0.0.1:5369:
#  - idle: the fake PBX connected, nothing happening;
#  - under load: calls beginning every 100 ms (every other one left talking) and tickets opened through the API;
#  - database down: MariaDB stopped first (started again afterwards);
#  - PBX down: the fake PBX gone after the application connected (Asterisk-Java reconnecting);
#  - PBX unreachable: something listens at the AMI port and never answers (logins waiting for a banner);
#  - during a redeploy: the deployment scanner told to redeploy, the stop sent while the application starts again;
#  - after a failed deployment: a setting that cannot be read (HOTLINE_PBX_RECORDS_SECONDS=abc), so one @Startup bean
#    fails after others (the AMI connection, the live view) have started.
# A server still running after 60 s is dumped (jstack, in the output) and killed, and counts as a failure.
# The load is ear/src/test/java/org/hotline/it/StopLoad.java.
#
#   scripts/check-stop.sh [LIMIT]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
limit=${1:-10}
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5369 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
bench_setup 3366 check-stop
silent=
trap 'stop_load; [ -n "$silent" ] && kill "$silent" 2>/dev/null; bench_cleanup' EXIT
scripts/db.sh start --fresh >&2
results=()
failed=0
load=

start_server() {
    rm -rf "$work/server"
    cp -r ear/target/server "$work/server"
    JAVA_OPTS="-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true" \
        "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" >"$work/server.log" 2>&1 &
    for _ in $(seq 1 900); do grep -qE 'WFLYSRV0025|WFLYSRV0026' "$work/server.log" && break; sleep 0.5; done
    pid=$(pgrep -f "jboss.home.dir=$work/server" | head -1)
}

# stop_timed STATE: SIGTERM, then the seconds until the process has exited
stop_timed() {
    local begun ended seconds
    begun=$(date +%s.%N)
    kill -TERM "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    ended=$(date +%s.%N)
    if kill -0 "$pid" 2>/dev/null; then
        echo "$1: still running after 60 s; its threads:" >&2
        jstack "$pid" >&2 || true
        kill -9 "$pid"
        seconds=never
        failed=1
    else
        seconds=$(awk -v b="$begun" -v e="$ended" 'BEGIN {printf "%.1f", e - b}')
        awk -v s="$seconds" -v l="$limit" 'BEGIN {exit !(s < l)}' || failed=1
    fi
    pid=
    results+=("| $1 | $seconds s |")
    echo "$1: $seconds s" >&2
}

# start_load [pbx-only]: the fake PBX (and the load) in the background, once the PBX listens
start_load() {
    java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
        -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.ami.port="$HOTLINE_AMI_PORT" \
        -cp "$classpath" org.hotline.it.StopLoad "$@" >"$work/load.log" 2>&1 &
    load=$!
}

stop_load() {
    if [ -n "$load" ]; then
        kill "$load" 2>/dev/null || true
        wait "$load" 2>/dev/null || true
    fi
    load=
}

await_log() { for _ in $(seq 1 600); do grep -q "$1" "$2" && return 0; sleep 0.2; done; return 1; }

# idle
start_server
start_load pbx-only
await_log 'fake PBX up' "$work/load.log"
sleep 5
stop_timed idle
stop_load

# under load
start_server
start_load
await_log '^50 calls and tickets' "$work/load.log"
stop_timed 'under load (calls and tickets)'
stop_load

# database down
start_server
start_load pbx-only
await_log 'fake PBX up' "$work/load.log"
scripts/db.sh stop >&2
sleep 5
stop_timed 'database down'
scripts/db.sh start >&2
stop_load

# PBX down: connected first, then gone
start_server
start_load pbx-only
await_log 'fake PBX up' "$work/load.log"
stop_load
sleep 5
stop_timed 'PBX down (reconnecting)'

# PBX unreachable: a listener that never answers
python3 -c "
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $HOTLINE_AMI_PORT)); s.listen(50)
held = []
while True:
    c, _ = s.accept(); held.append(c)
" &
silent=$!
start_server
sleep 10
stop_timed 'PBX unreachable (never answers)'
kill "$silent"
silent=

# during a redeploy
start_server
start_load pbx-only
await_log 'fake PBX up' "$work/load.log"
deployed=$(grep -c 'WFLYSRV0027' "$work/server.log")
touch "$work/server/standalone/deployments/hotline.ear.dodeploy"
for _ in $(seq 1 600); do [ "$(grep -c 'WFLYSRV0027' "$work/server.log")" -gt "$deployed" ] && break; sleep 0.1; done
sleep 2
stop_timed 'during a redeploy'
stop_load

# after a failed deployment
HOTLINE_PBX_RECORDS_SECONDS=abc start_server
start_load pbx-only
grep -q 'WFLYSRV0026' "$work/server.log" || { echo "the deployment did not fail as meant" >&2; failed=1; }
sleep 5
stop_timed 'after a failed deployment (a setting that cannot be read)'
stop_load

cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: SIGTERM until the process has exited, limit $limit s.

| state | stop |
|---|---|
$(printf '%s\n' "${results[@]}")
TABLE
exit "$failed"
