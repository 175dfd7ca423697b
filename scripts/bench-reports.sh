#!/usr/bin/env bash
# The benchmark: a month of a national hotline's traffic (CALLS calls, 300,000 by default, and TICKETS
# tickets, 200,000, with 120 agents' presence and 3,000 complaints) written into a fresh MariaDB of its own (database
# 3369, HTTP 8380); then the call report through the API for the month and for its last day, by every breakdown, the
# ticket, agent and complaint reports likewise, the calls by agent as Excel and the day's summary PDF, RUNS times
# (default 3) of RENDERS each (default 20): p50 and p95; beside them the call report's aggregate over JDBC with the
# entered_at index and forced to scan the table.
# The code is ear/src/test/java/org/hotline/bench/ReportBenchmark.java.
#
#   scripts/bench-reports.sh [CALLS] [TICKETS] [RUNS] [RENDERS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
calls=${1:-300000}
tickets=${2:-200000}
runs=${3:-3}
renders=${4:-20}
bench_setup 3369 bench-reports
start_bench_server

java -cp "$classpath" org.hotline.bench.ReportBenchmark "http://localhost:$((8080 + offset))" "$HOTLINE_DB_URL" \
    "$HOTLINE_DB_PASSWORD" "$calls" "$tickets" "$runs" "$renders" | tee "$work/runs.txt" >&2

median_of() { # period by field(1 p50, 2 p95)
    grep -E "^render .* $1 +$2 " "$work/runs.txt" | sed -E 's/.* p50 ([0-9.]+) p95 ([0-9.]+).*/\1 \2/' \
        | awk -v f="$3" '{print $f}' | median
}
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs of $renders renders each."
echo
grep -E '^seed' "$work/runs.txt"
echo
echo "| Report | Month p50 / p95 ms | Day p50 / p95 ms |"
echo "|---|---|---|"
for by in DAY HOUR QUEUE TOPIC AGENT TYPE E_SERVICE INSTITUTION agents c-INSTITUTION c-ALLEGATION c-OUTCOME \
    xlsx-AGENT daily-pdf sql-index sql-scan; do
    echo "| $by | $(median_of month "$by" 1) / $(median_of month "$by" 2) | $(median_of day "$by" 1) / $(median_of day "$by" 2) |"
done
