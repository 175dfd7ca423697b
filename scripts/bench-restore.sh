#!/usr/bin/env bash
# Backup and restore of a registry of ROWS secure documents (7,000,000 by default, the registry the hotline expects):
# the application's schema made by its own migrations at the server's start, the documents written straight into it
# (shaped as the import writes them: numbers, Arabic subjects, holder and content hashes), then RUNS times an online
# scripts/backup.sh of it (the server running) and a scripts/restore.sh of that backup into a fresh MariaDB of its own,
# each timed; beside them, in the same run, the same MariaDB copying the table into a new one (INSERT ... SELECT),
# its own pace of writing those rows and their index. Usage: scripts/bench-restore.sh [ROWS] [RUNS]
set -euo pipefail
source "$(dirname "$0")/bench-server.sh"
rows=${1:-7000000}
runs=${2:-3}
bench_setup 3368 bench-restore
export HOTLINE_SAMPLE_CATALOGUE=true # the institutions the documents name
export HOTLINE_INDEX_DIR=$work/index
target_home=$root/ear/target/bench-restore-target
trap 'HOTLINE_DB_HOME=$target_home HOTLINE_DB_PORT=3369 scripts/db.sh stop >/dev/null; bench_cleanup' EXIT
start_bench_server

admin() { .hotline/mariadb-11.4.5/bin/mariadb --no-defaults --socket=/tmp/hotline-mariadb-3368.sock -u"$(id -un)" \
    --batch --skip-column-names hotline -e "$1"; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'; }

# The documents, in slices of 500,000 (one transaction each, as the import commits in batches), from MariaDB's
# sequence engine: no file to write, and the rows take a minute or two rather than the import's three.
admin "insert into document_import (file_name, state, started_by, started_at, finished_at, inserted)
       values ('registry.csv', 'FINISHED', 'admin', now(6), now(6), $rows)"
began=$(date +%s.%N)
for ((first = 1; first <= rows; first += 500000)); do
    last=$((first + 499999 < rows ? first + 499999 : rows))
    admin "insert into secure_document (document_number, institution_code, document_type, issue_date, subject,
               holder_hash, content_digest, import_id)
           select concat('D', lpad(seq, 8, '0')),
                  elt(1 + seq % 8, 'MOI', 'MOH', 'MOHESR', 'MOJ', 'MOLSA', 'GCT', 'NDC', 'TRAFFIC'),
                  elt(1 + seq % 4, 'OFFICIAL_LETTER', 'OFFICIAL_BOOK', 'CERTIFICATE', 'CONFIRMATION'),
                  date '2022-05-01' + interval (seq % 1600) day,
                  concat('كتاب رسمي بتأييد صحة صدور رقم ', seq),
                  unhex(sha2(concat('holder ', seq), 256)), unhex(sha2(concat('D', lpad(seq, 8, '0')), 256)),
                  (select max(id) from document_import)
           from seq_${first}_to_${last}"
done
echo "seeded   $(admin 'select count(*) from secure_document') documents in $(seconds_since "$began") s" >&2

results=$work/results
: >"$results"
for run in $(seq 1 "$runs"); do
    rm -rf "$work/backups"
    began=$(date +%s.%N)
    backup=$(scripts/backup.sh --to "$work/backups" 2>"$work/backup.log")
    backup_seconds=$(seconds_since "$began")
    size=$(du -sb "$backup" | cut -f1)

    # A fresh, empty MariaDB, as after losing the server: its own folder and port, the embedded database's users.
    HOTLINE_DB_HOME=$target_home HOTLINE_DB_PORT=3369 scripts/db.sh start --fresh >/dev/null
    began=$(date +%s.%N)
    (unset HOTLINE_DB_URL; HOTLINE_DB_HOME=$target_home HOTLINE_DB_PORT=3369 HOTLINE_INDEX_DIR=$work/index-restored \
        scripts/restore.sh "$backup" --keys-into "$work/keys-restored" 2>"$work/restore.log" >/dev/null) \
        || { cat "$work/restore.log" >&2; exit 1; }
    restore_seconds=$(seconds_since "$began")
    HOTLINE_DB_HOME=$target_home HOTLINE_DB_PORT=3369 scripts/db.sh stop >/dev/null

    admin "drop table if exists secure_document_copy; create table secure_document_copy like secure_document"
    began=$(date +%s.%N)
    admin "insert into secure_document_copy select * from secure_document"
    copy_seconds=$(seconds_since "$began")
    admin "drop table secure_document_copy"

    printf 'run %d: backup %s s, %s MB; restore %s s (counts checked); table copy %s s; restore/copy %.2f\n' "$run" \
        "$backup_seconds" "$((size / 1000000))" "$restore_seconds" "$copy_seconds" \
        "$(awk -v r="$restore_seconds" -v c="$copy_seconds" 'BEGIN {print r / c}')" >&2
    echo "$backup_seconds $size $restore_seconds $copy_seconds" >>"$results"
done

cat <<TABLE
Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; $rows documents; median of $runs runs.

| step | seconds |
|---|---|
| online backup (scripts/backup.sh: dump, count, gzip, checksums) | $(cut -d' ' -f1 "$results" | median) |
| backup size (MB) | $(cut -d' ' -f2 "$results" | median | awk '{printf "%d", $1 / 1000000}') |
| restore into a fresh MariaDB (scripts/restore.sh: checksums, load, every table counted) | $(cut -d' ' -f3 "$results" | median) |
| baseline: the same MariaDB copying the table (INSERT ... SELECT) | $(cut -d' ' -f4 "$results" | median) |
TABLE
