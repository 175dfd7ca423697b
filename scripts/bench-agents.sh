#!/usr/bin/env bash
# How many agents one node serves: CONSOLES agent consoles (default 500; a Java client each, not a browser: it signs
# in through the sign-in form, opens the agent page once and holds the page's push WebSocket) connected to a
# provisioned server with a fresh MariaDB of its own, while a fake Asterisk sends CALLS calls in progress at once
# (default 300), each ringing an agent of its own. RUNS runs (default 3) after one warm-up run; prints each run and the
# medians: the screen pop's latency from the AgentCalled leaving the PBX to the agent's WebSocket (beside the same
# AgentCalled to Asterisk-Java's empty listener), pages' response time under that load (beside one agent's with no call
# in progress), the server's CPU, resident memory and heap, and the ratio to ViciBox's 50 inbound agents per server.
# A run fails if a pop is lost or reaches the wrong console, a page or a socket fails, or a call is missing.
#
# Ports of its own, so it runs beside the other benchmarks: HTTP 8580 (offset 500, or BENCH_PORT_OFFSET), database
# 3386, AMI 5389 for the application and 5390 for the baseline, FastAGI 4913.
# The code is ear/src/test/java/org/hotline/it/AgentCapacityBenchmark.java and AgentConsole.java.
#
#   scripts/bench-agents.sh [RUNS] [CONSOLES] [CALLS]
set -euo pipefail
BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-500}
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-3}
consoles=${2:-500}
calls=${3:-300}
began=$(date +%s)
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5389 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
export HOTLINE_AGI_PORT=4913 # not the default, which another benchmark's server may hold
# The server's heap is read from its /metrics, which answers only this token.
HOTLINE_METRICS_TOKEN=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
export HOTLINE_METRICS_TOKEN
bench_setup 3386 bench-agents
# The server's log outlives the run (bench_cleanup removes $work): ear/target/bench-agents-server.log
trap 'cp "$work/server.log" ear/target/bench-agents-server.log 2>/dev/null; bench_cleanup' EXIT
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.ami.port="$HOTLINE_AMI_PORT" \
    -Dhotline.metrics.token="$HOTLINE_METRICS_TOKEN" -Dhotline.db.pidfile="$HOTLINE_DB_HOME/mariadbd.pid" \
    -Dhotline.bench.idleSeconds="${BENCH_IDLE_SECONDS:-0}" \
    -cp "$classpath" org.hotline.it.AgentCapacityBenchmark "$runs" "$consoles" "$calls" 5390 "$pid" \
    | tee "$work/runs.txt" >&2

field() { grep "$1" "$work/runs.txt" | grep -oE "$2" | grep -oE '[0-9.]+$' | median; }
pop99=$(field '^pop ' 'p99 [0-9.]+')
raw99=$(field '^rawpop' 'p99 [0-9.]+')
page99=$(field '^page ' 'p99 [0-9.]+')
idle99=$(field '^idlepage' 'p99 [0-9.]+')
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores (load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg));
medians of $runs runs (after one warm-up run): $consoles consoles, $calls calls in progress at once, each ringing its
own agent, $(grep -m1 -oE '[0-9]+ AMI events' "$work/runs.txt") per run. Wall time of the script: $(($(date +%s) - began)) s.

| what | median | baseline, same run | ratio |
|---|---|---|---|
| agent consoles held, every pop to its own console, every page answered (else the run failed) | $consoles consoles, $calls ringing at once | ViciBox: 50 inbound agents per server | $(awk "BEGIN {printf \"%.1f\", $consoles / 50}") |
| screen pop, AgentCalled leaving the PBX to the agent's WebSocket, p50 / p99 | $(field '^pop ' 'p50 [0-9.]+') ms / $pop99 ms | to Asterisk-Java's empty listener: $(field '^rawpop' 'p50 [0-9.]+') ms / $raw99 ms | $(awk "BEGIN {printf \"%.2f\", $pop99 / $raw99}") (p99) |
| pages (agent home, ticket list) under load, 10 agents, p50 / p99 | $(field '^page ' 'p50 [0-9.]+') ms / $page99 ms | one agent, no call in progress: $(field '^idlepage' 'p50 [0-9.]+') ms / $idle99 ms | $(awk "BEGIN {printf \"%.2f\", $page99 / $idle99}") (p99) |
| phone-bar redraws (one per state push), p50 / p99 | $(field '^refresh' 'p50 [0-9.]+') ms / $(field '^refresh' 'p99 [0-9.]+') ms | | |
| call log complete | $(field '^e2e' 'in [0-9.]+') s | | |
| server CPU during the load | $(field '^server' 'cpu [0-9.]+') cores | | |
| server resident memory, max / heap max / heap after GC | $(field '^server' 'rss max [0-9]+') MiB / $(field '^server' 'heap max [0-9]+') MiB / $(field '^server' 'after GC [0-9]+') MiB | | |
| pops received / expected | $(grep -c "^pop      $calls/$calls received" "$work/runs.txt")/$runs runs: $calls/$calls, none elsewhere | | |
TABLE
grep -E '^(alone|setup|memory)' "$work/runs.txt"
