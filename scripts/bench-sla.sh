#!/usr/bin/env bash
# The SLA watch on TICKETS open tickets (1,000,000 by default), seeded straight into a fresh MariaDB of its own
# (database 3376, HTTP 8380), with the watch running every PERIOD seconds (default 10) on a calendar open round the
# clock; RUNS times (default 3): a pass with nothing due beside the due select over JDBC, passes with what a busy
# minute brings, a backlog of a tenth of the tickets caught up beside the same rows read and written back over JDBC,
# and the query of the watch this one replaced, read over JDBC. The code is
# ear/src/test/java/org/hotline/bench/SlaWatchBenchmark.java.
#
#   scripts/bench-sla.sh [TICKETS] [RUNS] [PERIOD]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
tickets=${1:-1000000}
runs=${2:-3}
period=${3:-10}
bench_setup 3376 bench-sla
export HOTLINE_SLA_WATCH_SECONDS=$period HOTLINE_OPENS_AT=00:00 HOTLINE_CLOSES_AT=24:00
HOTLINE_METRICS_TOKEN=$(head -c 32 /dev/urandom | base64)
export HOTLINE_METRICS_TOKEN
start_bench_server

java -cp "$classpath" org.hotline.bench.SlaWatchBenchmark "http://localhost:$((8080 + offset))" "$HOTLINE_DB_URL" \
    "$HOTLINE_DB_PASSWORD" "$HOTLINE_METRICS_TOKEN" "$tickets" "$runs" "$period" | tee "$work/runs.txt" >&2

m() { grep -E "$1" "$work/runs.txt" | grep -oE "$2" | grep -oE '[0-9.]+$' | median; }
quiet=$(m ' quiet ' 'pass p50 [0-9.]+')
quiet_sql=$(m ' quiet ' 'JDBC [0-9.]+')
steady=$(m ' steady ' 'pass p50 [0-9.]+')
steady_max=$(m ' steady ' 'max [0-9.]+')
steady_n=$(m ' steady ' 'per pass [0-9.]+')
rate=$(m ' catch-up ' 'passes, [0-9.]+')
jdbc=$(m ' catch-up ' 'batches of 500: [0-9.]+')
ratio=$(m ' catch-up ' 'ratio [0-9.]+')
old=$(m ' old-design ' 'rows\) [0-9.]+')
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $tickets open tickets, the watch every $period s; medians of
$runs runs.

| what | the watch | baseline, same run | ratio |
|---|---|---|---|
| a pass with nothing due | $quiet ms | the due select over JDBC: $quiet_sql ms | $(echo "$quiet / $quiet_sql" | bc -l | xargs printf '%.1f') |
| a pass with a busy minute's tickets ($steady_n, each becoming at risk with its alert) | $steady ms (max $steady_max ms) | the period: ${period}000 ms | $(echo "$steady / ($period * 1000)" | bc -l | xargs printf '%.4f') of the period |
| catching up with a backlog of $((tickets / 10)) tickets due at once | $rate tickets/s | the same rows read and written back over JDBC: $jdbc tickets/s | $ratio |
| the replaced watch's query alone, every open ticket not breached due within 7 days, over JDBC | $old ms per minute, before any work | – | – |
TABLE
