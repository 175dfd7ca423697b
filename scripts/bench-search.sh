#!/usr/bin/env bash
# The benchmark: TICKETS synthetic tickets (1,000,000 by default) in Arabic and English written into a fresh
# MariaDB of its own (database 3368, HTTP 8380); the administrators' re-index of all of them through the application
# beside MariaDB building a FULLTEXT index over the same columns; then four queries (two Arabic words, a phrase, with
# a filter, with facets) through the search API with 1 and 2 clients, RUNS times (default 3) of QUERIES per client
# (default 200), beside the same queries with FULLTEXT (QUERIES/20 per client) and with LIKE (first run only) over
# JDBC, and the recall of each on the spelling variants; and the API's baseline, Lucene alone: the same queries asked
# of the application's ticket index directly, in the benchmark's process, with 1 and 2 threads. The code is
# ear/src/test/java/org/hotline/bench/SearchBenchmark.java.
#
#   scripts/bench-search.sh [TICKETS] [RUNS] [QUERIES]
#   SQL_BASELINES=no scripts/bench-search.sh ...   # a quick run: the API and Lucene alone only, no LIKE or FULLTEXT
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
tickets=${1:-1000000}
runs=${2:-3}
queries=${3:-200}
bench_setup 3368 bench-search
export HOTLINE_SAMPLE_CATALOGUE=true # the e-services and institutions the tickets name
export HOTLINE_INDEX_DIR=$work/index
start_bench_server

java -cp "$classpath" org.hotline.bench.SearchBenchmark "http://localhost:$((8080 + offset))" "$HOTLINE_DB_URL" \
    "$HOTLINE_DB_PASSWORD" "$HOTLINE_ADMIN_PASSWORD" "$tickets" "$runs" "$queries" \
    "$([ "${SQL_BASELINES:-yes}" = no ] && echo no-sql || echo sql)" "$HOTLINE_INDEX_DIR" | tee "$work/runs.txt" >&2

median_of() { # query clients engine field(1 p50, 2 p95, 3 p99)
    { grep -E "^query .* $1 +$2 client\(s\) $3 " "$work/runs.txt" || true; } \
        | sed -E 's/.* p50 ([0-9.]+) p95 ([0-9.]+) p99 ([0-9.]+).*/\1 \2 \3/' | awk -v f="$4" '{print $f}' | median
}
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $tickets tickets; the API, Lucene alone and FULLTEXT"
echo "latencies are medians of $runs runs, LIKE of its one run."
echo
grep -E '^(seed|index|recall)' "$work/runs.txt"
echo
ratio() { # a / b with the given format, or – when either is missing
    if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then printf "$3" "$(echo "$1 / $2" | bc -l)"; else echo –; fi
}
echo "| Query | Clients | API p50 / p95 / p99 ms | Lucene alone p50 / p95 / p99 ms | API / Lucene alone (p50, p95)"\
    "| FULLTEXT p50 / p95 / p99 ms | LIKE p50 ms | Speed-up vs FULLTEXT | vs LIKE |"
echo "|---|---|---|---|---|---|---|---|---|"
for query in two-word phrase filtered faceted; do
    for clients in 1 2; do
        a=(); d=(); f=()
        for field in 1 2 3; do
            a+=("$(median_of "$query" "$clients" api "$field")")
            d+=("$(median_of "$query" "$clients" lucene-alone "$field")")
            f+=("$(median_of "$query" "$clients" fulltext "$field")")
        done
        k=$(median_of "$query" "$clients" like 1)
        printf '| %s | %s | %s / %s / %s | %s / %s / %s | %s, %s | %s / %s / %s | %s | %s | %s |\n' "$query" "$clients" \
            "${a[@]}" "${d[@]}" "$(ratio "${a[0]}" "${d[0]}" '%.1f×')" "$(ratio "${a[1]}" "${d[1]}" '%.1f×')" "${f[@]}" \
            "$k" "$(ratio "${f[0]}" "${a[0]}" '%.1f×')" "$(ratio "$k" "${a[0]}" '%.0f×')"
    done
done
