#!/usr/bin/env bash
# The search index's disk full, while tickets are written, and the rebuild that follows: TICKETS synthetic tickets
# (100,000 by default) in a fresh MariaDB of the benchmark's own (database 3369, HTTP 8380), indexed on a tmpfs of SIZE
# (default 1g) mounted for the index alone, so that the disk can be filled without touching any other. Then:
#   1. the tmpfs is filled with a file until it refuses a byte;
#   2. WRITES tickets (20 by default) are created through the API while the disk is full: every one must be a 201;
#   3. /health must say search DEGRADED (disk-full), and a search must answer 200 with "incomplete": true;
#   4. the file is removed, and the time until /health says HEALTHY again is measured: the rebuild of every index from
#      the database, started by the application itself;
#   5. every ticket written during the full disk must then be found by the search.
# Seeding and the first index are SearchBenchmark's (one run of one query, no SQL baselines), which also prints the
# administrators' re-index time of the same tickets.
#
#   scripts/bench-index-faults.sh [TICKETS] [SIZE] [WRITES]
#
# Needs root (mount). Uses the benchmark server's ports (offset 300): not beside another benchmark.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "needs root: it mounts a tmpfs for the index" >&2; exit 2; }
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
tickets=${1:-100000}
size=${2:-1g}
writes=${3:-20}
bench_setup 3369 bench-index-faults
disk=$(mktemp -d /tmp/hotline-index-disk.XXXXXX)
mount -t tmpfs -o "size=$size,mode=0700" tmpfs "$disk"
trap 'bench_cleanup; umount "$disk" 2>/dev/null || umount -l "$disk"; rmdir "$disk"' EXIT
export HOTLINE_SAMPLE_CATALOGUE=true HOTLINE_INDEX_CHECK_SECONDS=2
export HOTLINE_INDEX_DIR=$disk/index
start_bench_server
base=http://localhost:$((8080 + offset))
health=http://localhost:$((9990 + offset))/health
agent=bench.search:'a benchmark passphrase 5599' # SearchBenchmark's agent

java -cp "$classpath" org.hotline.bench.SearchBenchmark "$base" "$HOTLINE_DB_URL" "$HOTLINE_DB_PASSWORD" \
    "$HOTLINE_ADMIN_PASSWORD" "$tickets" 1 1 no-sql "$HOTLINE_INDEX_DIR" | tee "$work/seed.txt" >&2

search_state() { curl -s "$health" | jq -r '.checks[] | select(.name == "search") | .data.state + " " + (.data.reason // "-")'; }
wait_for_state() { # STATE SECONDS
    for _ in $(seq 1 $(($2 * 5))); do
        [[ $(search_state) == "$1"* ]] && return 0
        sleep 0.2
    done
    echo "search not $1 within $2 s: $(search_state)" >&2
    exit 1
}
wait_for_state HEALTHY 600
index_bytes=$(du -sb "$HOTLINE_INDEX_DIR" | cut -f1)

# 1. the disk full
dd if=/dev/zero of="$disk/filler" bs=1M status=none 2>/dev/null || true
dd if=/dev/zero of="$disk/filler-tail" bs=4k status=none 2>/dev/null || true
echo "disk full: $(df -h --output=avail "$disk" | tail -1 | tr -d ' ') free" >&2

# 2. tickets written meanwhile
mark=dfull$RANDOM
failed=0
for i in $(seq 1 "$writes"); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -u "$agent" -H 'Content-Type: application/json' \
        -d "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"القرص ممتلئ $mark رقم $i\"}" "$base/api/v1/tickets")
    [ "$status" = 201 ] || failed=$((failed + 1))
done
[ "$failed" = 0 ] || { echo "$failed of $writes tickets were refused while the index's disk was full" >&2; exit 1; }

# 3. degraded, and said so
wait_for_state "DEGRADED disk-full" 60
answer=$(curl -s -u "$agent" "$base/api/v1/search?q=$mark")
[ "$(jq -r .incomplete <<<"$answer")" = true ] || { echo "search not flagged incomplete: $answer" >&2; exit 1; }

# 4. room again: the rebuild, timed
rm -f "$disk/filler" "$disk/filler-tail"
freed=$(date +%s.%N)
wait_for_state HEALTHY 3600
rebuilt=$(echo "$(date +%s.%N) - $freed" | bc -l)

# 5. everything found
found=$(curl -s -u "$agent" "$base/api/v1/search?q=$mark&size=100" | jq '.tickets.total')
[ "$found" = "$writes" ] || { echo "found $found of the $writes tickets written during the full disk" >&2; exit 1; }

echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: $tickets tickets (index $((index_bytes / 1048576)) MiB);"
echo "$writes tickets written while the index's disk was full: all 201; search DEGRADED (disk-full), results incomplete;"
printf 'disk freed -> search HEALTHY again (rebuilt from the database): %.1f s; the %s tickets found\n' "$rebuilt" "$found"
