#!/usr/bin/env bash
# The cluster mode's failures, end to end (docs/CLUSTER.md): starts a fresh cluster of its own with scripts/cluster.sh
# (two WildFly nodes, two Galera nodes and garbd, one OpenSearch node, haproxy on 8080; data in .hotline/check-cluster,
# stopped and kept at the end), connected to a fake PBX the check starts (AMI 5479), then runs
# ear/src/test/java/org/hotline/it/ClusterFailoverCheck.java: screen pops and the phone bar (sign in and out of the
# queues) for agents on either node; a ticket written through one node found by a search on the other; an agent's
# browser session across the death of its node; the primary killed during twenty calls; the first Galera node killed
# under ticket creation through haproxy; the cluster's memory and processor time. It fails when any of it does not
# hold, and prints what it measured. Too heavy for every CI run (seven processes, three kills, about ten minutes).
#
#   scripts/check-cluster.sh [--built]      --built: use the cluster server last built, without building again
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export HOTLINE_CLUSTER_HOME=$root/.hotline/check-cluster
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5479 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
# The PBX's records read every 3 s, as in the tests, so that the check does not wait a minute for them.
export HOTLINE_PBX_RECORDS_SECONDS=3 HOTLINE_AMI_TIMEOUT_SECONDS=15
command -v chromedriver >/dev/null || scripts/apt-install.sh chromium chromium-driver
work=$(mktemp -d)
trap 'scripts/cluster.sh stop >&2 || true; rm -rf "$work"' EXIT

scripts/cluster.sh start --fresh "$@" >&2
# The check's code: the test classes, with this tree's modules (not the local repository's, which other trees share).
mvn -B -q -o -pl ear test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
classpath="$root/ear/target/test-classes:$(sed -E "s#[^:]*/org/hotline/hotline-([a-z]+)/[^/:]+/(hotline-[^/:]+\.jar)#$root/\1/target/\2#g" \
    "$work/classpath")"
credential() { sed -n "s/^$1=//p" "$HOTLINE_CLUSTER_HOME/credentials"; }

java -Dhotline.baseUrl=http://127.0.0.1:8080 \
    -Dhotline.db.url="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312/hotline" \
    -Dhotline.db.password="$(credential HOTLINE_DB_PASSWORD)" -Dhotline.ami.port="$HOTLINE_AMI_PORT" \
    -Dhotline.cluster.home="$HOTLINE_CLUSTER_HOME" -Dhotline.scripts="$root/scripts" \
    -Dhotline.screenshots="$HOTLINE_CLUSTER_HOME/screenshots" \
    -cp "$classpath" org.hotline.it.ClusterFailoverCheck | tee "$work/figures.txt" >&2
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores:"
cat "$work/figures.txt"
