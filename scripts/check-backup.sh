#!/usr/bin/env bash
# The whole backup-and-restore procedure, proven end to end on a server and MariaDB of its own (not the suite's: it
# wipes its database): fill the application (tickets, calls through the fake PBX, complaints with evidence, documents,
# and the audit entries they leave), run scripts/backup.sh WHILE tickets and audited readings go on being written,
# lose everything (server stopped, database folder, search index, the inbox's files and the keys gone), restore with
# scripts/restore.sh into a fresh MariaDB, start the server on the restored keys, and check what comes back
# (ear/src/test/java/org/hotline/it/BackupCheck.java says what). Exit status 0 when every check holds.
# Usage: scripts/check-backup.sh
set -euo pipefail
BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-330} # beside scripts/bench-restore.sh, on its own ports
source "$(dirname "$0")/bench-server.sh"
bench_setup 3370 check-backup
export HOTLINE_SAMPLE_CATALOGUE=true # the institutions complaints and documents name
export HOTLINE_INDEX_DIR=$work/index HOTLINE_DOCUMENT_INBOX=$work/inbox
export HOTLINE_AMI_HOST=127.0.0.1 HOTLINE_AMI_PORT=5370 HOTLINE_AMI_USER=helpdesk HOTLINE_AMI_SECRET=helpdesk-secret
export HOTLINE_AGI_PORT=4903 # not the default, which another benchmark's server may hold
start_bench_server

check() {
    java -Dhotline.baseUrl="http://localhost:$((8080 + offset))" -Dhotline.db.url="$HOTLINE_DB_URL" \
        -Dhotline.db.password="$HOTLINE_DB_PASSWORD" -Dhotline.admin.password="$HOTLINE_ADMIN_PASSWORD" \
        -Dhotline.ami.port="$HOTLINE_AMI_PORT" -cp "$classpath" org.hotline.it.BackupCheck "$@"
}

# A file waiting in the institutions' inbox: the backup keeps the folder.
mkdir -p "$HOTLINE_DOCUMENT_INBOX"
printf 'document_number,institution_code\nBK9999,MOHESR\n' >"$HOTLINE_DOCUMENT_INBOX/waiting.csv"
inbox_sum=$(sha256sum <"$HOTLINE_DOCUMENT_INBOX/waiting.csv")

check before "$work/state" "$work/backups"
backup=$(sed -n 's/^backup=//p' "$work/state")
echo "check: the manifest of $backup:" >&2
grep -E '^(schema|rows|file|folder) ' "$backup/manifest.txt" | sed 's/^/  /' >&2

# Everything lost: the server stopped, the database's folder, the search index, the inbox, and the keys the server
# was given (the restored server gets them back from the backup's key folder only).
stop_bench_server
scripts/db.sh stop >&2
rm -rf "$HOTLINE_DB_HOME/data" "$HOTLINE_INDEX_DIR" "$HOTLINE_DOCUMENT_INBOX"
unset HOTLINE_DOCUMENT_SECRET HOTLINE_IDENTITY_KEY HOTLINE_AUDIT_KEY
mkdir -p "$HOTLINE_INDEX_DIR"

# A fresh MariaDB (its users made by scripts/db.sh, as on a new machine), then the restore over TCP as the migration
# user, which compares every table's row count with the manifest.
scripts/db.sh start --fresh >&2
scripts/restore.sh "$backup" --keys-into "$work/keys" >&2
[ "$(sha256sum <"$HOTLINE_DOCUMENT_INBOX/waiting.csv")" = "$inbox_sum" ] || { echo "check: inbox file differs" >&2; exit 1; }
[ -z "$(ls -A "$HOTLINE_INDEX_DIR")" ] || { echo "check: the index folder is not empty" >&2; exit 1; }

# The server started as scripts/run.sh would start it: the keys read from the files the restore put back.
HOTLINE_DOCUMENT_SECRET=$(cat "$work/keys/document-secret")
HOTLINE_IDENTITY_KEY=$(cat "$work/keys/identity-key")
HOTLINE_AUDIT_KEY=$(cat "$work/keys/audit-key")
export HOTLINE_DOCUMENT_SECRET HOTLINE_IDENTITY_KEY HOTLINE_AUDIT_KEY
boot_bench_server
check after "$work/state"
echo "check: backup and restore hold (row counts of every table equal to the manifest; inbox file restored)" >&2
