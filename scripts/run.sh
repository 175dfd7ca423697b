#!/usr/bin/env bash
# Runs Hotline 5599: builds the application, provisions WildFly into ear/target/server, starts the embedded MariaDB
# (unless HOTLINE_DB_URL points to another database), and runs the server in the foreground on http://localhost:8080/.
# Ctrl-C stops the server and the embedded database.
#
# Extra arguments go to Maven, e.g. scripts/run.sh -o to build offline.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The daily summary PDF is written in DejaVu Sans (Arabic and Latin letters); hotline.pdf.font may name another.
if [ ! -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -z "${HOTLINE_PDF_FONT:-}" ]; then
    echo "run: installing Debian's DejaVu fonts for the daily summary PDF"
    scripts/apt-install.sh fonts-dejavu-core
fi

mvn -B -DskipTests -DskipITs "$@" clean install

if [ -z "${HOTLINE_DB_URL:-}" ]; then
    scripts/db.sh start
    trap 'scripts/db.sh stop' EXIT
    db_home=${HOTLINE_DB_HOME:-$root/.hotline/db}
    # Read, not sourced: sourcing would also set (without exporting) whatever else the file holds.
    credential() { sed -n "s/^$1=//p" "$db_home/credentials"; }
    # The application runs as a user that reads and writes rows; the migrations as the one that may change the schema.
    HOTLINE_DB_PASSWORD=${HOTLINE_DB_PASSWORD:-$(credential HOTLINE_DB_PASSWORD)}
    HOTLINE_DB_MIGRATION_PASSWORD=${HOTLINE_DB_MIGRATION_PASSWORD:-$(credential HOTLINE_DB_MIGRATION_PASSWORD)}
    export HOTLINE_DB_PASSWORD HOTLINE_DB_MIGRATION_PASSWORD
    export HOTLINE_DB_MIGRATION_USER=${HOTLINE_DB_MIGRATION_USER:-hotline_migrate}
    export HOTLINE_DB_URL="jdbc:mariadb://127.0.0.1:${HOTLINE_DB_PORT:-3306}/hotline"
fi

# The installation's secrets (the documents' secret, the keys of data at rest), made once and kept in .hotline/.
# shellcheck source=scripts/installation-keys.sh
. "$root/scripts/installation-keys.sh"
export_installation_keys "$root/.hotline"

# The search indexes live outside the server folder, which every build provisions afresh. They hold complaint text, so
# the folder is the server's user's alone, and the server runs with umask 077: every file it writes (index segments,
# logs, documents) is readable by that user only.
export HOTLINE_INDEX_DIR=${HOTLINE_INDEX_DIR:-$root/.hotline/index}
mkdir -p -m 700 "$HOTLINE_INDEX_DIR"
chmod 700 "$HOTLINE_INDEX_DIR"
umask 077

echo "Starting WildFly: the sign-in page will be at http://localhost:8080/ (management and /health on :9990)"
# Not exec: the trap above must stop the database when the server ends. LAUNCH_JBOSS_IN_BACKGROUND makes standalone.sh
# pass TERM and INT on to the server's JVM, so stopping this script stops the server too.
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$root/ear/target/server/bin/standalone.sh" -b "${HOTLINE_BIND_ADDRESS:-127.0.0.1}" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server; scripts/db.sh stop' INT TERM
wait $server
