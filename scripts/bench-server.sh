# Sourced by the benchmark scripts after `set -euo pipefail`. bench_setup DB_PORT NAME exports the settings of a fresh
# MariaDB of the benchmark's own (ear/target/NAME-db on DB_PORT), builds and provisions the server from the current
# code, compiles the benchmark code and sets $classpath, and arranges for everything to stop on exit. start_bench_server
# then starts that MariaDB and a copy of the provisioned server at port offset 300 (or BENCH_PORT_OFFSET) in $work,
# and waits until the application is deployed; boot_bench_server alone starts the server again after
# stop_bench_server stopped it. Settings the caller exports before start_bench_server (HOTLINE_AMI_*, HOTLINE_AGI_*)
# reach the server, and BENCH_SERVER_OPTS is added to the server's JVM options (a profile: BENCH_SERVER_OPTS=
# "-XX:StartFlightRecording:settings=profile,dumponexit=true,filename=/some/where.jfr").
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
offset=${BENCH_PORT_OFFSET:-300} # another offset lets two benchmarks run side by side
work=$(mktemp -d)

bench_setup() {
    export HOTLINE_DB_HOME=$root/ear/target/$2-db HOTLINE_DB_PORT=$1 HOTLINE_DB_PASSWORD=bench-db-password
    export HOTLINE_DB_MIGRATION_USER=hotline_migrate HOTLINE_DB_MIGRATION_PASSWORD=bench-db-migration-password
    export HOTLINE_DB_URL=jdbc:mariadb://127.0.0.1:$1/hotline HOTLINE_ADMIN_PASSWORD=bench-first-passphrase
    export HOTLINE_SAMPLE_CATALOGUE=false
    # a throwaway secret for the benchmark's own server: its documents are made and dropped with it
    HOTLINE_DOCUMENT_SECRET=${HOTLINE_DOCUMENT_SECRET:-$(head -c 32 /dev/urandom | base64)}
    export HOTLINE_DOCUMENT_SECRET
    # throwaway keys of data at rest, likewise
    HOTLINE_IDENTITY_KEY=${HOTLINE_IDENTITY_KEY:-$(head -c 32 /dev/urandom | base64)}
    HOTLINE_AUDIT_KEY=${HOTLINE_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
    export HOTLINE_IDENTITY_KEY HOTLINE_AUDIT_KEY
    trap 'bench_cleanup' EXIT
    # Always built anew: a server provisioned from older code would be measured as if it were the current one
    # (scripts/bench-all.sh builds once and says so with BENCH_BUILT=yes).
    [ "${BENCH_BUILT:-no}" = yes ] || mvn -B -q -DskipTests -DskipITs install
    mvn -B -q -o -pl ear test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
        -Dmdep.includeScope=test
    # The application's own modules from this tree's build, not from the local repository, which other trees on the
    # machine install into as well (a jar replaced there during the run would be another tree's code, or missing).
    classpath="$root/ear/target/test-classes:$(sed -E "s#[^:]*/org/hotline/hotline-([a-z]+)/[^/:]+/(hotline-[^/:]+\.jar)#$root/\1/target/\2#g" \
        "$work/classpath")"
}

bench_cleanup() {
    [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
    scripts/db.sh stop >/dev/null
    rm -rf "$work"
}

start_bench_server() {
    scripts/db.sh start --fresh >&2
    boot_bench_server
}

# The server alone, on whatever database is running: started again after stop_bench_server, it keeps its copy.
boot_bench_server() {
    [ -d "$work/server" ] || cp -r ear/target/server "$work/server"
    JAVA_OPTS="-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true ${BENCH_SERVER_OPTS:-}" \
        "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" >"$work/server.log" 2>&1 &
    for _ in $(seq 1 600); do grep -qE 'WFLYSRV0025|WFLYSRV0026' "$work/server.log" && break; sleep 0.5; done
    pid=$(pgrep -f "jboss.home.dir=$work/server" | head -1)
    grep -q 'Deployed "hotline.ear"' "$work/server.log" || { tail -50 "$work/server.log"; exit 1; }
}

# Stops the server (TERM, as a service manager would) and waits until its process is gone.
stop_bench_server() {
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
    pid=
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "–"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
