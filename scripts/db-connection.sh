# Sourced by scripts/backup.sh and scripts/restore.sh after `set -euo pipefail`, with $root, $basedir and $work set:
# db_connection writes the client options file $work/client.cnf and sets $database and $source_name; sql runs one
# statement. With HOTLINE_DB_URL unset, the embedded MariaDB of scripts/db.sh, reached through its socket as the OS
# user who made it; with HOTLINE_DB_URL set (jdbc:mariadb://HOST:PORT/NAME), that server over TCP as
# HOTLINE_BACKUP_USER (default: HOTLINE_DB_MIGRATION_USER, else hotline_migrate) with HOTLINE_BACKUP_PASSWORD (default:
# HOTLINE_DB_MIGRATION_PASSWORD, else the embedded database's credentials file). The migration user, not the
# application's: a restore creates tables, which the application's user may not. The password goes to the client in
# an owner-only options file (--defaults-file: nothing else is read), never on the command line, where any user of
# the machine could read it.
db_connection() {
    if [ -z "${HOTLINE_DB_URL:-}" ]; then
        local port=${HOTLINE_DB_PORT:-3306}
        database=hotline
        printf '[client]\nsocket=/tmp/hotline-mariadb-%s.sock\nuser=%s\n' "$port" "$(id -un)" >"$work/client.cnf"
        source_name="embedded MariaDB on port $port"
        return
    fi
    # jdbc:mariadb://host[:port]/name[?options]
    local address=${HOTLINE_DB_URL#jdbc:*://} hostport host port=3306 user password credentials
    database=${address#*/}
    database=${database%%\?*}
    hostport=${address%%/*}
    host=${hostport%%:*}
    [ "$hostport" != "$host" ] && port=${hostport#*:}
    user=${HOTLINE_BACKUP_USER:-${HOTLINE_DB_MIGRATION_USER:-hotline_migrate}}
    password=${HOTLINE_BACKUP_PASSWORD:-${HOTLINE_DB_MIGRATION_PASSWORD:-}}
    credentials=${HOTLINE_DB_HOME:-$root/.hotline/db}/credentials
    if [ -z "$password" ] && [ -r "$credentials" ]; then
        password=$(sed -n 's/^HOTLINE_DB_MIGRATION_PASSWORD=//p' "$credentials")
    fi
    (umask 077 && printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=tcp\n' "$host" "$port" \
        "$user" "$(printf '%s' "$password" | sed 's/["\\]/\\&/g')" >"$work/client.cnf")
    source_name="$host:$port as $user"
}

sql() { "$basedir/bin/mariadb" --defaults-file="$work/client.cnf" --batch --skip-column-names "$database" -e "$1"; }
