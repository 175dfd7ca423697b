# Sourced by the benchmark scripts: starts a fresh MariaDB (HOTLINE_DB_* from the caller) and a copy of the
# provisioned server at port offset $offset in $work, waits until the application is deployed, and sets $pid.
# The caller's EXIT trap stops both.
start_bench_server() {
    scripts/db.sh start --fresh >&2
    cp -r ear/target/server "$work/server"
    JAVA_OPTS="-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true" \
        "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" >"$work/server.log" 2>&1 &
    for _ in $(seq 1 600); do grep -qE 'WFLYSRV0025|WFLYSRV0026' "$work/server.log" && break; sleep 0.5; done
    pid=$(pgrep -f "jboss.home.dir=$work/server" | head -1)
    grep -q 'Deployed "hotline.ear"' "$work/server.log" || { tail -50 "$work/server.log"; exit 1; }
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
