#!/usr/bin/env bash
# Every benchmark once, at sizes that keep the whole under half an hour on this machine kind, each with its baseline
# in the same run: the code is built and provisioned once, then each benchmark starts its own MariaDB and server from
# that build. Each benchmark's table goes to ear/target/bench-all/NAME.txt and its wall time to
# ear/target/bench-all/times.txt. The figures recorded in docs/BENCHMARKS.md come from the scripts themselves with
# more runs and their full sizes (each script's usage line); this is the regular check that none of them has slipped.
# Left out for their length: the AMI drops (scripts/bench-ami-drops.sh, about 5 minutes a run), the restore of
# 7,000,000 documents (scripts/bench-restore.sh), the index's disk full (scripts/bench-index-faults.sh, needs root for
# a small file system) and the cold build (scripts/measure.sh --cold).
#
#   scripts/bench-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=ear/target/bench-all
rm -rf "$out"
mkdir -p "$out"
mvn -B -q -DskipTests -DskipITs install
export BENCH_BUILT=yes
started=$(date +%s)

run() { # name command...
    local name=$1 t0
    shift
    t0=$(date +%s)
    echo "== $name: $*" >&2
    if "$@" >"$out/$name.txt" 2>"$out/$name.log"; then
        echo "$name $(($(date +%s) - t0)) s" | tee -a "$out/times.txt" >&2
    else
        echo "$name FAILED after $(($(date +%s) - t0)) s (see $out/$name.log)" | tee -a "$out/times.txt" >&2
    fi
}

run tickets scripts/bench.sh 3 10
run sla scripts/bench-sla.sh 1000000 1 10
run telephony scripts/bench-telephony.sh 1
run ivr scripts/bench-ivr.sh 1
run documents scripts/bench-documents.sh 1000000 200000 1 10
run audit scripts/bench-audit.sh 1 10
run search env SQL_BASELINES=no scripts/bench-search.sh 100000 1 100
run reports scripts/bench-reports.sh 30000 20000 1 5
run pages scripts/bench-pages.sh 1
[ -x scripts/bench-agents.sh ] && run agents scripts/bench-agents.sh 1 500 300
run metrics scripts/bench-metrics.sh

echo "all benchmarks: $(($(date +%s) - started)) s" | tee -a "$out/times.txt" >&2
cat "$out"/*.txt
