#!/usr/bin/env bash
# Cuts the link to the PBX for SECONDS (default 300: five minutes) during twenty calls, against a provisioned server
# with a fresh MariaDB of its own (HTTP 8380, database 3376) and a fake PBX started by the check (AMI 5379): the
# scenario of ear/src/test/java/org/hotline/it/PbxOutageIT.java, whose suite run cuts it for 20 s. First a closed link
# (connections dropped, nothing listening), then a half-open one (the PBX stops answering without closing anything),
# or only KIND (closed, half-open). While the link is down calls are answered, end and are given up; once it is back
# the application has reconnected by itself, resynchronised, and the PBX's records (CDR, queue_log, read every 3 s
# here) complete every call: the check fails otherwise, and prints how long after the link came back the call log
# was complete.
#
#   scripts/check-pbx-outage.sh [SECONDS] [KIND]
set -euo pipefail
# shellcheck source=scripts/bench-server.sh
source "$(dirname "$0")/bench-server.sh"
seconds=${1:-300}
shift || true
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5379 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
export HOTLINE_PBX_RECORDS_SECONDS=3 HOTLINE_AMI_TIMEOUT_SECONDS=60
bench_setup 3376 check-pbx-outage
start_bench_server

java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.healthUrl="http://localhost:$((9990 + offset))/health" \
    -Dhotline.db.url="$HOTLINE_DB_URL" -Dhotline.db.password="$HOTLINE_DB_PASSWORD" \
    -Dhotline.ami.port="$HOTLINE_AMI_PORT" -Dhotline.pbx.outage.seconds="$seconds" \
    -cp "$classpath" org.hotline.it.PbxOutageCheck "$@" | tee "$work/runs.txt" >&2
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, the production read timeout (60 s):"
cat "$work/runs.txt"
