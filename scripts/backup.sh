#!/usr/bin/env bash
# An online backup of Hotline 5599, taken while the application runs and writes: the database as one consistent
# snapshot, the files the application keeps outside it, and (in a folder of their own, to be stored apart) the keys
# without which the restored data cannot be read or verified. docs/OPERATIONS.md, "Backup and restore", says what to
# keep where and how to restore (scripts/restore.sh).
#
#   scripts/backup.sh [--to DIR] [--keys-to DIR | --no-keys] [--extra NAME=PATH]...
#
#   --to DIR         where the backup folder is made (default .hotline/backups); the backup is one folder
#                    DIR/hotline-<UTC time>/ holding the dump, the file archives, a manifest and their checksums
#   --keys-to DIR    where the keys are copied (default: a sibling folder DIR/hotline-<UTC time>-keys/). The keys must
#                    NOT travel with the dump: anyone holding both can read complainants' identities and forge the
#                    audit chain. Point this at another medium (a USB key in a safe, a secrets vault's drop folder).
#   --no-keys        leave the keys out (they are stable: one copy kept apart is enough, see OPERATIONS.md)
#   --extra NAME=PATH  one more folder to archive, e.g. --extra prompts=/var/lib/asterisk/sounds/hotline (the IVR's
#                    recorded prompts live on the PBX, not in the application)
#
# The database: the embedded MariaDB of scripts/db.sh, or the server HOTLINE_DB_URL names, as its migration user
# (scripts/db-connection.sh says how the password is found and why it never reaches the command line).
#
# Why mariadb-dump --single-transaction and not mariadb-backup: the project's MariaDB binaries have no mariadb-backup,
# and every table is InnoDB, so one REPEATABLE READ transaction sees one instant of the whole database without locking
# the application out: writes go on during the dump, and those committed after its snapshot are simply not in it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
basedir=$root/.hotline/mariadb-11.4.5
# Everything this script writes (dump, keys, manifest) is for the owner's eyes only.
umask 077

to=$root/.hotline/backups
keys_to=
with_keys=true
extras=()
while [ $# -gt 0 ]; do
    case $1 in
        --to) to=$2; shift 2 ;;
        --keys-to) keys_to=$2; shift 2 ;;
        --no-keys) with_keys=false; shift ;;
        --extra) extras+=("$2"); shift 2 ;;
        *) echo "usage: $0 [--to DIR] [--keys-to DIR | --no-keys] [--extra NAME=PATH]..." >&2; exit 2 ;;
    esac
done

say() { printf 'backup: %s\n' "$*" >&2; }

[ -x "$basedir/bin/mariadb-dump" ] || { say "no MariaDB client in $basedir: run scripts/db.sh start once"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$root/scripts/db-connection.sh"
db_connection

sql 'select 1' >/dev/null || { say "cannot reach the database ($source_name)"; exit 1; }
schema=$(sql "select version from flyway_schema_history where success = 1 order by installed_rank desc limit 1")
server_version=$(sql 'select version()')

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$to"
backup=$to/hotline-$stamp
mkdir "$backup"
chmod 700 "$backup"
say "backing up $database ($source_name, schema version $schema) into $backup"

# The dump. --single-transaction: one consistent snapshot, no table locks. --quick: rows streamed, not buffered in
# memory. --hex-blob: binary columns (sealed identities, evidence, hashes) as hex, safe through any text tool.
# --routines/--triggers/--events: none today, but a later migration's would otherwise be lost silently. No
# --databases: no CREATE DATABASE, so the dump loads into whatever database the restore names. The users and their
# grants are not in it: they belong to the target server (scripts/db.sh makes them; a DBA elsewhere).
# The dump passes through a counter of the rows of each table (the tuples of its INSERT statements, counted once
# their strings are removed), so the manifest's counts are those of the snapshot itself, not of a later moment the writes have moved on.
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
began=$(date +%s.%N)
"$basedir/bin/mariadb-dump" --defaults-file="$work/client.cnf" --single-transaction --quick --hex-blob \
    --routines --triggers --events --default-character-set=utf8mb4 --no-tablespaces "$database" \
    | ROWS_OUT="$work/rows" perl -ne '
        print;
        if (s/^INSERT INTO `([^`]+)` VALUES//) { $table = $1; }
        elsif (/^CREATE TABLE `([^`]+)`/) { $rows{$1} += 0; }
        if (defined $table) {
            # mariadb-dump 11 writes one tuple a line, older ones many: count tuples, whatever the layout
            s/\x27(?:[^\x27\\]++|\\.)*+\x27//gs;
            $rows{$table} += tr/(//;
            undef $table if /;\s*$/;
        }
        END {
            open(my $out, ">", $ENV{ROWS_OUT}) or die;
            print $out "$_ $rows{$_}\n" for sort keys %rows;
        }' \
    | gzip >"$backup/database.sql.gz"
dump_seconds=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
# mariadb-dump writes this line last; without it the dump was cut short.
zcat "$backup/database.sql.gz" | tail -n 1 | grep -q '^-- Dump completed' \
    || { say "the dump is incomplete"; exit 1; }

# Files kept outside the database. Evidence, attachments and documents are rows; what lives on disk is the folder of
# spoken public replies (regenerated only when a reply is written again), the institutions' import inbox (files
# waiting to be imported), and whatever --extra names. The search index is not backed up: the server rebuilds it
# from the database at start when its folder is empty.
archive() {
    local name=$1 folder=$2
    if [ -d "$folder" ]; then
        tar -C "$folder" -czf "$backup/$name.tar.gz" .
        say "archived $folder as $name.tar.gz"
        printf 'folder %s %s\n' "$name" "$folder" >>"$work/folders"
    fi
}
: >"$work/folders"
archive reply-sounds "${HOTLINE_REPLY_SOUNDS:-}"
archive document-inbox "${HOTLINE_DOCUMENT_INBOX:-}"
for extra in "${extras[@]}"; do archive "${extra%%=*}" "${extra#*=}"; done

# The keys: from the environment (as the server is given them), from a file named by HOTLINE_..._FILE, or from the
# owner-only files scripts/run.sh makes in .hotline/.
key_value() {
    local variable=$1 file=$2 file_variable="${1}_FILE"
    if [ -n "${!variable:-}" ]; then printf '%s\n' "${!variable}";
    elif [ -n "${!file_variable:-}" ] && [ -r "${!file_variable}" ]; then cat "${!file_variable}";
    elif [ -r "$root/.hotline/$file" ]; then cat "$root/.hotline/$file";
    fi
}
if $with_keys; then
    keys_to=${keys_to:-$to/hotline-$stamp-keys}
    mkdir -p "$keys_to"
    chmod 700 "$keys_to"
    for pair in HOTLINE_DOCUMENT_SECRET:document-secret HOTLINE_IDENTITY_KEY:identity-key HOTLINE_AUDIT_KEY:audit-key; do
        value=$(key_value "${pair%%:*}" "${pair#*:}")
        if [ -z "$value" ]; then say "WARNING: no ${pair%%:*} found; it is not in the backup"; continue; fi
        printf '%s\n' "$value" >"$keys_to/${pair#*:}"
    done
    (cd "$keys_to" && sha256sum -- * >SHA256SUMS 2>/dev/null || true)
fi

# The manifest: what the backup holds and what a restore must find again.
{
    echo "backup $stamp"
    echo "started $started"
    echo "dump_seconds $dump_seconds"
    echo "source $source_name, database $database"
    echo "server $server_version"
    echo "schema $schema"
    cat "$work/folders"
    echo "keys $($with_keys && echo "kept apart in $keys_to" || echo "not included")"
    sed 's/^/rows /' "$work/rows"
    (cd "$backup" && for f in *.gz; do echo "file $f $(stat -c %s "$f") $(sha256sum "$f" | cut -d' ' -f1)"; done)
} >"$backup/manifest.txt"
(cd "$backup" && sha256sum -- *.gz manifest.txt >SHA256SUMS)

total=$(awk '$1 == "rows" {n += $3} END {print n}' "$backup/manifest.txt")
say "done: $total rows in $(grep -c '^rows ' "$backup/manifest.txt") tables, $(du -sh "$backup" | cut -f1) in $backup"
$with_keys && say "the keys are in $keys_to: store them APART from the dump (see docs/OPERATIONS.md)"
echo "$backup"
