#!/usr/bin/env bash
# The development OpenSearch node: a real OpenSearch 2.19.6, run from Maven Central's jars as an embedded node in a JVM
# of its own (org.hotline.opensearch.SearchNode in scripts/opensearch), with the application's analysis plugin
# installed from the zip that project builds out of the application's own analysis sources. For the Elasticsearch
# backend of the search; there is no OpenSearch package to install here.
#
# It listens on 127.0.0.1 only and has no security plugin. Production runs a real OpenSearch 2.19.6 with TLS and
# authentication, and installs the same plugin: bin/opensearch-plugin install
# file:///.../scripts/opensearch/target/hotline-analysis-plugin-<version>.zip
#
#   scripts/opensearch-node.sh start [--fresh]   start it (building the plugin and the node first when they are missing
#                                                or older than their sources); --fresh wipes the data
#   scripts/opensearch-node.sh stop              stop it
#   scripts/opensearch-node.sh status            say whether it runs; exits 0 only when it runs and answers
#
# Settings (environment): HOTLINE_OPENSEARCH_HOME (folder for data, log and the installed plugin; default
# .hotline/opensearch), HOTLINE_OPENSEARCH_PORT (HTTP, default 9200). It needs java 17, mvn and curl.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
project=$root/scripts/opensearch
search_home=${HOTLINE_OPENSEARCH_HOME:-$root/.hotline/opensearch}
port=${HOTLINE_OPENSEARCH_PORT:-9200}
pidfile=$search_home/opensearch.pid
logfile=$search_home/opensearch.log
url=http://127.0.0.1:$port
# What the build leaves in the project's target/: the plugin's zip, the node's own jar, and the node's class path (the
# class path holds neither the analysis nor libphonenumber: the node gets those from the zip).
target=$project/target
version=$(sed -n 's|^    <version>\(.*\)</version>$|\1|p' "$project/pom.xml" | head -n 1)
zip=$target/hotline-analysis-plugin-$version.zip
node_jar=$target/hotline-opensearch-$version-node.jar
classpath_file=$target/node-classpath.txt

say() { printf 'opensearch: %s\n' "$*"; }

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# Answers, with every shard of every index assigned at least once (yellow: a single node has no replicas).
healthy() {
    curl -fsS --max-time 5 "$url/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1
}

# Whether the zip, the node and its class path are there and newer than everything they are made of: this project's
# pom and sources, and the application's sources its compiler takes (the pom's <include>s).
built() {
    local file source
    for file in "$zip" "$node_jar" "$classpath_file"; do
        [ -f "$file" ] || return 1
    done
    while IFS= read -r -d: file || [ -n "$file" ]; do
        [ -f "$file" ] || return 1
    done <"$classpath_file"
    if [ -n "$(find "$project/pom.xml" "$project/src/main" -newer "$zip" -print -quit)" ]; then
        return 1
    fi
    while IFS= read -r source; do
        if [ "$root/ejb/src/main/java/$source" -nt "$zip" ]; then
            return 1
        fi
    done < <(sed -n 's|.*<include>\(org/hotline/[^<]*\.java\)</include>.*|\1|p' "$project/pom.xml")
    return 0
}

ensure_built() {
    built && return
    say "building the analysis plugin and the node (scripts/opensearch)"
    mvn -B -q -f "$project/pom.xml" package -DskipTests
}

# Waits up to 90 s for the node (pid $1) to answer; fails when it does not, or when it dies first.
await_healthy() {
    local pid=$1
    for _ in $(seq 1 180); do
        if healthy; then return 0; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    say "OpenSearch did not come up on $url; the end of $logfile:"
    tail -n 30 "$logfile" >&2 || true
    return 1
}

start() {
    local fresh=false
    [ "${1:-}" = --fresh ] && fresh=true
    if running; then
        if $fresh; then
            stop
        else
            await_healthy "$(cat "$pidfile")" || exit 1
            say "already running on $url (pid $(cat "$pidfile"))"
            if ! built || [ "$zip" -nt "$pidfile" ]; then
                say "the analysis changed since it started: stop and start it to load the new plugin"
            fi
            return 0
        fi
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        say "port $port is in use by another program (HOTLINE_OPENSEARCH_PORT picks another)" >&2
        exit 1
    fi
    ensure_built
    mkdir -p "$search_home"
    if $fresh; then rm -rf "$search_home/data"; fi
    # As an OpenSearch distribution starts its JVM: UTF-8 whatever the locale (the log has Arabic in it), and the
    # locale data OpenSearch's date formats are written for on Java 17.
    nohup java -Xms384m -Xmx384m -Dfile.encoding=UTF-8 -Djava.awt.headless=true -XX:-OmitStackTraceInFastThrow \
        -Djava.locale.providers=SPI,COMPAT \
        -cp "$node_jar:$(cat "$classpath_file")" org.hotline.opensearch.SearchNode "$search_home" "$port" "$zip" \
        >>"$logfile" 2>&1 &
    local pid=$!
    echo "$pid" >"$pidfile"
    if ! await_healthy "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        rm -f "$pidfile"
        exit 1
    fi
    say "OpenSearch 2.19.6 is up on $url (data in $search_home/data, log $logfile)"
}

stop() {
    if ! running; then say "not running"; rm -f "$pidfile"; return 0; fi
    local pid
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$pidfile"
            say "stopped"
            return 0
        fi
        sleep 0.5
    done
    say "OpenSearch (pid $pid) did not stop in 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

status() {
    if ! running; then say "not running"; exit 3; fi
    if healthy; then
        say "running on $url (pid $(cat "$pidfile"))"
    else
        say "running (pid $(cat "$pidfile")) but not answering on $url"
        exit 1
    fi
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start [--fresh] | stop | status" >&2; exit 2 ;;
esac
