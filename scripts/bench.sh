#!/usr/bin/env bash
# Runs the ticket benchmarks against a provisioned server and a fresh MariaDB of their own (HTTP 8380, database
# 3336), RUNS times (default 3), SECONDS per timed phase (default 20), and prints each run and the medians:
#  - ticket creation through the REST API with 16 concurrent clients (each sending a personal API token, made by the
#    first administrator through the API at setup, as Bearer on every request), beside the raw durable single-row insert rate
#    of the same MariaDB with 16 connections;
#  - the first page of 50 of 100,000 tickets, filtered, through the API, beside the same SQL over JDBC.
# Each run first warms the server up with one untimed phase of each kind. The code is
# ear/src/test/java/org/hotline/bench/TicketBenchmark.java.
#
#   scripts/bench.sh [RUNS] [SECONDS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-3}
seconds=${2:-20}
bench_setup 3336 bench
start_bench_server

for i in $(seq 1 "$runs"); do
    echo "== run $i" >&2
    java -cp "$classpath" org.hotline.bench.TicketBenchmark "http://localhost:$((8080 + offset))" "$HOTLINE_DB_URL" \
        "$HOTLINE_DB_PASSWORD" "$seconds" "$HOTLINE_ADMIN_PASSWORD" | tee "$work/run-$i.txt" >&2
done

field() { # file-pattern line-label field-regex
    for f in "$work"/run-*.txt; do grep "$2" "$f" | grep -oE "$3" | grep -oE '[0-9.]+$'; done | median
}
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs, $seconds s per phase.

| what | throughput | p50 | p99 |
|---|---|---|---|
| raw durable single-row insert, 16 JDBC connections (baseline) | $(field x 'raw-insert' '= [0-9.]+')/s | $(field x 'raw-insert' 'p50 [0-9.]+') ms | $(field x 'raw-insert' 'p99 [0-9.]+') ms |
| ticket creation through the REST API, 16 clients | $(field x 'api-create' '= [0-9.]+')/s | $(field x 'api-create' 'p50 [0-9.]+') ms | $(field x 'api-create' 'p99 [0-9.]+') ms |
| ratio API / raw insert throughput | $(field x 'ratio api/raw' 'throughput [0-9.]+') | | |
| first page of 50 of 100,000, filtered: same SQL over JDBC (baseline) | | $(field x 'raw-sql' 'p50 [0-9.]+') ms | $(field x 'raw-sql' 'p99 [0-9.]+') ms |
| first page of 50 of 100,000, filtered: through the API | | $(field x 'api-page' 'p50 [0-9.]+') ms | $(field x 'api-page' 'p99 [0-9.]+') ms |
| ratio API / SQL | | $(field x 'ratio api/sql' 'p50 [0-9.]+') | $(field x 'ratio api/sql' 'p99 [0-9.]+') |
TABLE
