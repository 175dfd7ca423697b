#!/usr/bin/env bash
# Runs the telephony benchmarks against a provisioned server with a fresh MariaDB of its own (HTTP 8380, database
# 3346) and a fake Asterisk started by the benchmark (AMI 5349 for the application, 5350 for the baseline), RUNS
# times (default 5) after one warm-up run, and prints each run and the medians:
#  - AMI events per second from the fake PBX into the call log in MariaDB, end to end, with 300 calls in progress,
#    beside the rate at which Asterisk-Java alone reads and dispatches the same stream to an empty listener;
#  - screen-pop latency from the AgentCalled leaving the fake PBX to the WebSocket message in headless Chromium;
#  - nothing dropped (the run fails otherwise).
# The code is ear/src/test/java/org/hotline/it/TelephonyBenchmark.java.
#
#   scripts/bench-telephony.sh [RUNS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-5}
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5349 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
command -v chromedriver >/dev/null || scripts/apt-install.sh chromium chromium-driver
bench_setup 3346 bench-telephony
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.ami.port="$HOTLINE_AMI_PORT" \
    -cp "$classpath" org.hotline.it.TelephonyBenchmark "$runs" 5350 | tee "$work/runs.txt" >&2

field() { grep "$1" "$work/runs.txt" | grep -oE "$2" | grep -oE '[0-9.]+$' | median; }
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs (after one warm-up run), 300 calls in
progress at once, $(grep -m1 -oE '[0-9]+ AMI events' "$work/runs.txt") per run.

| what | median |
|---|---|
| Asterisk-Java alone reads and dispatches to an empty listener (baseline) | $(field '^raw' '= [0-9.]+') events/s |
| fake PBX to the call log in MariaDB, end to end | $(field '^e2e' '= [0-9.]+') events/s |
| ratio end to end / baseline | $(field '^ratio' '= [0-9.]+') |
| AgentCalled leaving the PBX to Asterisk-Java's empty listener (baseline), p50 / p99 | $(field '^rawpop' 'p50 [0-9]+') ms / $(field '^rawpop' 'p99 [0-9]+') ms |
| screen pop, AgentCalled leaving the PBX to the browser's WebSocket, p50 / p99 | $(field '^pop' 'p50 [0-9]+') ms / $(field '^pop' 'p99 [0-9]+') ms |
| calls in the database / generated; pops received / expected | every run $(grep -c '(300/300 calls)' "$work/runs.txt")/$runs: 300/300; $(grep -c ' 60/60 received' "$work/runs.txt")/$runs: 60/60 |
TABLE
