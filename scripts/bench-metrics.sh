#!/usr/bin/env bash
# What counting a request for the metrics costs the request: org.hotline.bench.RequestMetricsBenchmark (ear's test
# sources) against the built ejb module's Metrics, THREADS threads (default 16, as the ticket benchmark's clients),
# ROUNDS rounds (default 5) of 2,000,000 requests a thread after one warm-up round; prints each round and the median
# nanoseconds per request. Needs the ejb module built (mvn -o install -DskipITs). No server, no database.
#
#   scripts/bench-metrics.sh [THREADS] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
threads=${1:-16}
rounds=${2:-5}
# Metrics' transaction hook needs the Jakarta Transactions API on the class path (the server provides it)
tx=$(find "${HOME}/.m2/repository/jakarta/transaction/jakarta.transaction-api" -name 'jakarta.transaction-api-*.jar' | sort | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$root/ejb/target/classes" "$root/ear/src/test/java/org/hotline/bench/RequestMetricsBenchmark.java"
java -cp "$work:$root/ejb/target/classes:$tx" org.hotline.bench.RequestMetricsBenchmark "$threads" 2000000 "$rounds" \
    | tee "$work/runs.txt" >&2
median=$(grep '^round' "$work/runs.txt" | grep -oE '[0-9.]+ ns' | grep -oE '[0-9.]+' | sort -n \
    | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: median of $rounds rounds, $threads threads: $median ns per request"
