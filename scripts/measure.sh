#!/usr/bin/env bash
# Measures what the README reports, on this machine: warm (and with --cold, cold) build time, server start time and
# the server's resident memory.
#
# Start and memory are compared with a baseline measured in the same run: the same provisioned server without the
# application. The two alternate, RUNS times each (default 5), and the medians and their ratio are printed as a
# Markdown table for docs/BENCHMARKS.md.
#
#   scripts/measure.sh [--cold] [RUNS]
#
# Needs a finished build (scripts/run.sh or scripts/test.sh) and uses ports 8280/10190 and database port 3326.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cold=false
if [ "${1:-}" = --cold ]; then cold=true; shift; fi
runs=${1:-5}
work=$(mktemp -d)
offset=200
export HOTLINE_DB_HOME=$root/ear/target/measure-db HOTLINE_DB_PORT=3326 HOTLINE_DB_PASSWORD=measure-db-password
export HOTLINE_DB_URL=jdbc:mariadb://127.0.0.1:3326/hotline HOTLINE_ADMIN_PASSWORD=measure-first-passphrase
export HOTLINE_DB_MIGRATION_USER=hotline_migrate HOTLINE_DB_MIGRATION_PASSWORD=measure-db-migration-password
HOTLINE_IDENTITY_KEY=$(head -c 32 /dev/urandom | base64) HOTLINE_AUDIT_KEY=$(head -c 32 /dev/urandom | base64)
export HOTLINE_IDENTITY_KEY HOTLINE_AUDIT_KEY

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
seconds_of() { local start=$1 end; end=$(date +%s.%N); printf '%.1f' "$(echo "$end - $start" | bc)"; }

cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; scripts/db.sh stop >/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== builds" >&2
if $cold; then
    start=$(date +%s.%N)
    mvn -B -q -Dmaven.repo.local="$work/empty-repository" -DskipTests -DskipITs install >/dev/null
    cold_seconds=$(seconds_of "$start")
    rm -rf "$work/empty-repository"
fi
warm=()
for i in $(seq 1 3); do
    start=$(date +%s.%N)
    mvn -B -q -o -DskipTests -DskipITs install >/dev/null
    warm+=("$(seconds_of "$start")")
done
warm_median=$(printf '%s\n' "${warm[@]}" | median)

echo "== server start and memory, $runs runs each" >&2
scripts/db.sh start --fresh >/dev/null
cp -r ear/target/server "$work/with-application"
cp -r ear/target/server "$work/baseline"
rm -f "$work/baseline/standalone/deployments/"*.ear

# Boots one server, waits for its boot message, lets the application answer once, then reads the JVM's resident set.
boot() {
    local home=$1 log=$2
    JAVA_OPTS="-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true" \
        "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$log" 2>&1 &
    local i
    for i in $(seq 1 600); do
        grep -qE 'WFLYSRV0025|WFLYSRV0026' "$log" && break
        sleep 0.5
    done
    pid=$(pgrep -f "jboss.home.dir=$home" | head -1)
    local started
    started=$(grep -oE 'started (\(with errors\) )?in [0-9]+ms' "$log" | grep -oE '[0-9]+')
    curl -s -o /dev/null "http://localhost:$((8080 + offset))/login.xhtml" || true
    sleep 2
    local rss
    rss=$(ps -o rss= -p "$pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    pid=
    echo "$started $((rss / 1024))"
}

app_ms=(); app_mb=(); base_ms=(); base_mb=()
for i in $(seq 1 "$runs"); do
    read -r ms mb < <(boot "$work/with-application" "$work/with-$i.log")
    app_ms+=("$ms"); app_mb+=("$mb")
    read -r ms mb < <(boot "$work/baseline" "$work/baseline-$i.log")
    base_ms+=("$ms"); base_mb+=("$mb")
    echo "run $i: application ${app_ms[-1]} ms ${app_mb[-1]} MiB, baseline ${base_ms[-1]} ms ${base_mb[-1]} MiB" >&2
done
grep -q 'Deployed "hotline.ear"' "$work/with-1.log" || { echo "the application did not deploy" >&2; exit 1; }

am=$(printf '%s\n' "${app_ms[@]}" | median); bm=$(printf '%s\n' "${base_ms[@]}" | median)
amb=$(printf '%s\n' "${app_mb[@]}" | median); bmb=$(printf '%s\n' "${base_mb[@]}" | median)
cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; medians of $runs runs.

| what | application | baseline (same server, no application) | ratio |
|---|---|---|---|
| server start (WildFly's own "started in") | ${am} ms | ${bm} ms | $(echo "scale=2; $am / $bm" | bc) |
| resident memory after start and one page | ${amb} MiB | ${bmb} MiB | $(echo "scale=2; $amb / $bmb" | bc) |

| build | seconds |
|---|---|
| warm \`mvn -o -DskipTests -DskipITs install\` (median of 3: ${warm[*]}) | ${warm_median} |
TABLE
if $cold; then echo "| cold, empty Maven repository (once) | ${cold_seconds} |"; fi
