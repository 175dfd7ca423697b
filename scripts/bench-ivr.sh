#!/usr/bin/env bash
# Runs the IVR benchmark against a provisioned server with a fresh MariaDB of its own (HTTP 8380, database 3356,
# FastAGI 4593), RUNS times (default 5) after one warm-up run, and prints each run and the medians: 200 simulated
# Asterisk channels at once through the IVR's full entry script, beside two scripts served by Asterisk-Java alone in
# the same run: a trivial one (answer, hang up) on port 4594, and one on port 4595 that sends the very commands of an
# entry call (about 30) and nothing else. The code is ear/src/test/java/org/hotline/it/IvrBenchmark.java.
#
#   scripts/bench-ivr.sh [RUNS]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
runs=${1:-5}
# Open around the clock, so every call takes the full in-hours path; room for all 200 callers in the script (the
# guarded listener then has 220 call threads, 512 places for sessions awaiting their environment and a backlog of 200,
# see docs/IVR.md). The simulated channels connect from the loopback, which HOTLINE_AGI_ALLOWED_PEERS allows unset.
export HOTLINE_OPENS_AT=00:00 HOTLINE_CLOSES_AT=24:00 HOTLINE_AGI_PORT=4593 HOTLINE_AGI_MAX_CALLS=200
bench_setup 3356 bench-ivr
start_bench_server

java -cp "$classpath" org.hotline.it.IvrBenchmark "$runs" "$HOTLINE_AGI_PORT" 4594 | tee "$work/runs.txt" >&2

field() { grep "$1" "$work/runs.txt" | grep -oE "$2" | grep -oE '[0-9.]+$' | median; }
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; medians of $runs runs (after one warm-up run), 200 simulated
channels at once, 5 calls each, per run.

| what | sessions/s | first command p50 | first command p99 |
|---|---|---|---|
| trivial FastAGI script (answer, hang up), Asterisk-Java alone (baseline) | $(field '^trivial' '= [0-9.]+') | $(field '^trivial' 'p50 [0-9.]+') ms | $(field '^trivial' 'p99 [0-9.]+') ms |
| an entry call's commands replayed, Asterisk-Java alone (second baseline) | $(field '^replay' '= [0-9.]+') | $(field '^replay' 'p50 [0-9.]+') ms | $(field '^replay' 'p99 [0-9.]+') ms |
| the IVR's entry script (hours, language, menu, queued) | $(field '^entry' '= [0-9.]+') | $(field '^entry' 'p50 [0-9.]+') ms | $(field '^entry' 'p99 [0-9.]+') ms |
| ratio entry / trivial sessions per second | $(field '^ratio    entry/trivial' '= [0-9.]+') | | |
| ratio entry / replayed commands sessions per second | $(field '^ratio    entry/replay' '= [0-9.]+') | | |
| step hours (one read: the business calendar, the caller, the menu) | | $(field 'step     hours' 'p50 [0-9.]+') ms | $(field 'step     hours' 'p99 [0-9.]+') ms |
| step language (three prompts, a key) | | $(field 'step     language' 'p50 [0-9.]+') ms | $(field 'step     language' 'p99 [0-9.]+') ms |
| step menu (the menu as read on arrival, a key) | | $(field 'step     menu' 'p50 [0-9.]+') ms | $(field 'step     menu' 'p99 [0-9.]+') ms |
| calls with no answer | $(grep -c 'unanswered 0' "$work/runs.txt") of $((runs * 3)) measured phases had none | | |
TABLE
