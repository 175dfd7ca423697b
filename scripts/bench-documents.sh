#!/usr/bin/env bash
# Secure documents: importing ROWS secure documents (7,000,000 by default) through the running application
# beside the raw batched-insert rate of the same MariaDB (RAW rows), then verifying random documents among them
# through the public endpoint with 8 clients beside 8 JDBC clients reading the table by primary key (RUNS runs of
# SECONDS each, after a warm-up). Usage: scripts/bench-documents.sh [ROWS] [RAW] [RUNS] [SECONDS]
set -euo pipefail
source "$(dirname "$0")/bench-server.sh"
rows=${1:-7000000}
raw=${2:-1000000}
runs=${3:-3}
seconds=${4:-10}
bench_setup 3367 bench-documents
export HOTLINE_SAMPLE_CATALOGUE=true # the institutions the documents name
export HOTLINE_DOCUMENT_INBOX=$work/inbox
export HOTLINE_PUBLIC_VERIFY_PER_MINUTE=100000000 # the benchmark's clients share one address
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.admin.password="$HOTLINE_ADMIN_PASSWORD" \
    -Dhotline.db.migration.password="$HOTLINE_DB_MIGRATION_PASSWORD" -Dhotline.document.inbox="$HOTLINE_DOCUMENT_INBOX" \
    -cp "$classpath" org.hotline.it.DocumentBenchmark "$rows" "$raw" "$runs" "$seconds" | tee "$work/runs.txt" >&2

cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; verification: median of $runs runs of $seconds s (after a warm-up).

$(grep -E '^(file|import|raw|median)' "$work/runs.txt")
TABLE
