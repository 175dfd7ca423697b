#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty database, puts the keys and the folders back, and empties
# the search index's folder so that the server rebuilds it from the restored rows at its next start. Then
# scripts/run.sh (or the production service) starts on everything the backup held. docs/OPERATIONS.md, "Backup and
# restore", gives the whole procedure.
#
#   scripts/restore.sh BACKUP_DIR [--keys-from DIR] [--keys-into DIR] [--force]
#
#   BACKUP_DIR       a folder made by scripts/backup.sh (hotline-<UTC time>/)
#   --keys-from DIR  the keys' folder kept apart (default: the sibling BACKUP_DIR-keys/, when there); without keys the
#                    rows come back but sealed identities stay unreadable and the audit chain unverifiable
#   --keys-into DIR  where the key files are written (default .hotline/, where scripts/run.sh reads them when the
#                    environment does not give them); in production point it at the folder the service's secrets
#                    files live in
#   --force          restore into a database that already has tables (they are all dropped first), and overwrite key
#                    files that differ from the backup's
#
# Stop the application first: a server writing into the database while it is being restored would mix its rows with
# the backup's. The database is the one scripts/backup.sh would back up (HOTLINE_DB_URL or the embedded one; see
# scripts/db-connection.sh); the embedded one is started (and created, when new) if it is not running.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
basedir=$root/.hotline/mariadb-11.4.5
umask 077

backup=
keys_from=
keys_into=$root/.hotline
force=false
while [ $# -gt 0 ]; do
    case $1 in
        --keys-from) keys_from=$2; shift 2 ;;
        --keys-into) keys_into=$2; shift 2 ;;
        --force) force=true; shift ;;
        -*) backup=; break ;;
        *) backup=${1%/}; shift ;;
    esac
done
[ -n "$backup" ] && [ -f "$backup/manifest.txt" ] \
    || { echo "usage: $0 BACKUP_DIR [--keys-from DIR] [--keys-into DIR] [--force]" >&2; exit 2; }
[ -z "$keys_from" ] && [ -d "$backup-keys" ] && keys_from=$backup-keys

say() { printf 'restore: %s\n' "$*" >&2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$root/scripts/db-connection.sh"

# Checksums first: a damaged or tampered file must stop the restore before anything is dropped or written.
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { say "the backup's checksums do not match: not restoring"; exit 1; }
if [ -n "$keys_from" ] && [ -f "$keys_from/SHA256SUMS" ]; then
    (cd "$keys_from" && sha256sum --quiet -c SHA256SUMS) || { say "the keys' checksums do not match"; exit 1; }
fi
say "checksums of $backup verified"

if [ -z "${HOTLINE_DB_URL:-}" ] && ! "$root/scripts/db.sh" status >/dev/null 2>&1; then
    "$root/scripts/db.sh" start >&2
fi
db_connection
sql 'select 1' >/dev/null 2>&1 || "$basedir/bin/mariadb" --defaults-file="$work/client.cnf" \
    -e "create database if not exists \`$database\` character set utf8mb4 collate utf8mb4_unicode_ci"

# Never over a database in use unless told: a restore drops every table of the target.
tables=$(sql "select table_name from information_schema.tables where table_schema = database()")
if [ -n "$tables" ]; then
    if ! $force; then
        say "$database ($source_name) already has $(echo "$tables" | wc -l) tables; give --force to replace them"
        exit 1
    fi
    say "--force: dropping the $(echo "$tables" | wc -l) tables of $database"
    sql "set foreign_key_checks = 0; $(echo "$tables" | sed 's/.*/drop table `&`;/' | tr '\n' ' ')"
fi

# The dump sets foreign_key_checks and unique_checks off itself and loads each table with extended INSERTs.
say "loading the dump into $database ($source_name)"
began=$(date +%s.%N)
zcat "$backup/database.sql.gz" | "$basedir/bin/mariadb" --defaults-file="$work/client.cnf" \
    --default-character-set=utf8mb4 "$database"
load_seconds=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')

# Every table's row count must be the manifest's (the snapshot's own counts, taken while it was dumped); counted in
# one statement, not one client a table.
grep '^rows ' "$backup/manifest.txt" | awk '{print $2, $3}' | sort >"$work/expected"
sql "$(awk '{printf "%sselect \x27%s\x27, count(*) from `%s`", (NR > 1 ? " union all " : ""), $1, $1}' \
    "$work/expected")" | sort >"$work/actual"
mismatches=$(diff "$work/expected" <(tr '\t' ' ' <"$work/actual") | grep -c '^[<>]' || true)
if [ "$mismatches" != 0 ]; then
    diff "$work/expected" <(tr '\t' ' ' <"$work/actual") | grep '^[<>]' \
        | sed 's/^</restore: the manifest says/; s/^>/restore: the database has/' >&2
fi
[ "$mismatches" = 0 ] || { say "the row counts differ from the manifest (lines above)"; exit 1; }
say "loaded in $load_seconds s; the row counts of all $(grep -c '^rows ' "$backup/manifest.txt") tables match the manifest"

# The keys, as owner-only files. A key file that exists and differs is kept unless --force: overwriting it would
# lose what it seals (identities sealed since with the other key).
if [ -n "$keys_from" ]; then
    mkdir -p "$keys_into"
    for name in document-secret identity-key audit-key; do
        [ -f "$keys_from/$name" ] || { say "WARNING: $name is not among the keys in $keys_from"; continue; }
        if [ -f "$keys_into/$name" ] && ! cmp -s "$keys_from/$name" "$keys_into/$name" && ! $force; then
            say "$keys_into/$name exists and differs from the backup's; give --force to replace it"
            exit 1
        fi
        install -m 600 "$keys_from/$name" "$keys_into/$name"
    done
    say "keys put back into $keys_into (the server reads them from there when the environment does not give them)"
else
    say "WARNING: no keys given (--keys-from): give the server the keys of the backed-up installation yourself"
fi

# The folders, into the places the server is configured with (the same variables as at backup time).
while read -r _ name origin; do
    case $name in
        reply-sounds) target=${HOTLINE_REPLY_SOUNDS:-$origin} ;;
        document-inbox) target=${HOTLINE_DOCUMENT_INBOX:-$origin} ;;
        *) target=$origin ;;
    esac
    mkdir -p "$target"
    tar -C "$target" -xzf "$backup/$name.tar.gz"
    say "folder $name restored into $target"
done < <(grep '^folder ' "$backup/manifest.txt")

# The search index is not in the backup: an empty folder makes the server rebuild it from the database at start.
index=${HOTLINE_INDEX_DIR:-$root/.hotline/index}
if [ -d "$index" ]; then
    find "$index" -mindepth 1 -delete
    say "search index folder $index emptied: the server rebuilds it at its next start"
fi
say "done: start the server (scripts/run.sh); schema version $(sed -n 's/^schema //p' "$backup/manifest.txt")"
echo "load_seconds $load_seconds"
