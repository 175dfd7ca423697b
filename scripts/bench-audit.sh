#!/usr/bin/env bash
# Runs the audit-log benchmarks against a provisioned server with a fresh MariaDB of its own (HTTP 8380,
# database 3366), RUNS times (default 5) after one warm-up run, SECONDS per phase (default 10), and prints each run:
#  - appending audit entries under 8 concurrent writers (8 officers reading a complaint, one entry per read), beside
#    8 agents reading the same ticket (nothing audited), with the chain checked whole and gap-free after each phase;
#  - verifying a chain of 1,000,000 entries through the API, beside reading the same rows over JDBC.
# The code is ear/src/test/java/org/hotline/it/AuditBenchmark.java.
#
#   scripts/bench-audit.sh [RUNS] [SECONDS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-5}
seconds=${2:-10}
bench_setup 3366 bench-audit
export HOTLINE_SAMPLE_CATALOGUE=true # the complaint read names an institution of the sample catalogue
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.admin.password="$HOTLINE_ADMIN_PASSWORD" \
    -cp "$classpath" org.hotline.it.AuditBenchmark "$runs" "$seconds" | tee "$work/runs.txt" >&2

field() { grep "$1" "$work/runs.txt" | grep -oE "$2" | grep -oE '[0-9.]+$' | median; }
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs (after one warm-up run), $seconds s per phase.

| what | median |
|---|---|
| ticket reads through the API, 8 clients, nothing audited (baseline) | $(field '^plain' '= [0-9.]+')/s, p50 $(field '^plain' 'p50 [0-9.]+') ms, p99 $(field '^plain' 'p99 [0-9.]+') ms |
| complaint reads through the API, 8 officers, one audit entry each | $(field '^audited' '= [0-9.]+')/s, p50 $(field '^audited' 'p50 [0-9.]+') ms, p99 $(field '^audited' 'p99 [0-9.]+') ms |
| ratio audited / plain | $(field '^ratio' '= [0-9.]+') |
| chain whole and gap-free after every phase | $(grep -c 'gap-free true, verifier intact true' "$work/runs.txt") of $runs |
| verifying 1,000,000 entries through the API | $(field '^verify' 'in [0-9.]+') s |
| reading the same rows over JDBC (baseline) | $(field '^verify' 'rows [0-9.]+') s |
| ratio verify / read | $(field '^verify' 'ratio [0-9.]+') |
TABLE
