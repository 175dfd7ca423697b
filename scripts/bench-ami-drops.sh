#!/usr/bin/env bash
# Cuts the link to the PBX again and again during a sustained burst of calls, against a provisioned server with a
# fresh MariaDB of its own (HTTP 8380, database 3356) and a fake Asterisk started by the benchmark (AMI 5359), RUNS
# times (default 3) after one warm-up run, and prints each run and the medians:
#  - 500 answered calls beginning over 60 s and talking 20 to 59 s, each event sent at the time it carries (about two
#    minutes), first without a drop (the baseline), then with 100 drops of every AMI connection; the fake PBX writes
#    each call's CDR and queue_log lines when it ends, as Asterisk does;
#  - the time until the call log holds every call complete, the reconnect times, and the ratio to the baseline;
#  - nothing lost or duplicated (the run fails otherwise: 500 calls, 500 queue visits, no callback task, every talk
#    time right).
# The code is ear/src/test/java/org/hotline/it/AmiDropBenchmark.java.
#
#   scripts/bench-ami-drops.sh [RUNS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-3}
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5359 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
export HOTLINE_PBX_RECORDS_SECONDS=3
bench_setup 3356 bench-ami-drops
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
    -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.ami.port="$HOTLINE_AMI_PORT" \
    -cp "$classpath" org.hotline.it.AmiDropBenchmark "$runs" | tee "$work/runs.txt" >&2

field() { grep "$1" "$work/runs.txt" | grep -oE "$2" | sed -E 's/^p50 //' | grep -oE '[0-9.]+' | median; }
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs (after one warm-up run), 500 answered
calls beginning over 60 s, each event sent at its time, $(grep -m1 -oE '[0-9]+ AMI events' "$work/runs.txt") per run.

| what | median |
|---|---|
| every call complete in the call log, no drop (baseline) | $(field '^baseline' 'after [0-9.]+ s') s |
| every call complete in the call log, 100 drops of every AMI connection | $(field '^drops' 'after [0-9.]+ s') s |
| ratio drops / baseline | $(field '^ratio' '= [0-9.]+') |
| reconnect after a drop, p50 / max | $(field '^drops' 'p50 [0-9]+ ms') ms / $(field '^drops' 'max [0-9]+ ms') ms |
| events sent while the link was down (lost to the application) | $(field '^drops' '[0-9]+ events lost') |
| calls complete / sent, every run | $(grep -c '(500/500 calls)' "$work/runs.txt")/$((runs * 2)) phases: 500/500 |
TABLE
