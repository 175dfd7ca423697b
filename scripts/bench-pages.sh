#!/usr/bin/env bash
# How long each role's pages and actions keep a person waiting, in a real headless Chromium, against a provisioned
# server with a fresh MariaDB of its own (HTTP 8380, database 3376) and the sample catalogue: sign-in, the agent's
# home, the ticket list (sorted, a ticket assigned from it), a caller looked up, a ticket created and its status
# changed, search, an agent's and a citizen's complaint (with and without evidence), the follow-up and a message in it,
# the citizen's ticket status, an officer's case, decision and question, the supervisor's board and the call report
# (and against the previous period). RUNS runs (default 3) after a warm-up pass, each step taken 5 times per run by people who
# have just opened their browser; the baseline, in the same run, is the stylesheet loaded as a page.
# The code is ear/src/test/java/org/hotline/it/PageSpeedBenchmark.java.
#
#   scripts/bench-pages.sh [RUNS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-3}
bench_setup 3376 bench-pages
export HOTLINE_SAMPLE_CATALOGUE=true
# the benchmark's citizens come from addresses of their own, named by X-Forwarded-For as a reverse proxy would
export HOTLINE_TRUSTED_PROXIES=127.0.0.1
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -cp "$classpath" org.hotline.it.PageSpeedBenchmark "$runs" \
    | tee "$work/runs.txt" >&2

baseline=$(grep '^step baseline' "$work/runs.txt" | grep -oE 'p50 +[0-9.]+' | grep -oE '[0-9.]+' | median)
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs, each step taken 5 times per run."
echo
echo "| step | p50 ms | max ms | p50 / baseline |"
echo "|---|---|---|---|"
grep '^step ' "$work/runs.txt" | sed -E 's/^step (.*[^ ]) +p50.*/\1/' | awk '!seen[$0]++' | while read -r step; do
    lines=$(grep -F "step $step " "$work/runs.txt")
    p50=$(grep -oE 'p50 +[0-9.]+' <<<"$lines" | grep -oE '[0-9.]+' | median)
    max=$(grep -oE 'max +[0-9.]+' <<<"$lines" | grep -oE '[0-9.]+' | median)
    echo "| $step | $p50 | $max | $(awk -v a="$p50" -v b="$baseline" 'BEGIN {printf "%.1f", a / b}') |"
done
