#!/usr/bin/env bash
# Verifies the audit log's hash chain of a running application and says whether it is intact or where it is broken.
# The links are keyed (HMAC-SHA256 with HOTLINE_AUDIT_KEY, which only the server's environment holds, never the
# database), so the server does the walk: an entry edited, deleted, moved, or rewritten with recomputed hashes by
# someone who can write the database but lacks the key is reported as broken.
# Exit status: 0 intact, 1 broken, 2 could not verify.
#
#   scripts/audit-verify.sh [BASE_URL]        (default http://localhost:8080)
#
# It signs in as HOTLINE_AUDIT_USER (default admin); the password is read from HOTLINE_AUDIT_PASSWORD or asked for,
# and is handed to curl on its standard input, never on the command line.
set -euo pipefail
base=${1:-http://localhost:8080}
user=${HOTLINE_AUDIT_USER:-admin}
password=${HOTLINE_AUDIT_PASSWORD:-}
if [ -z "$password" ]; then
    read -r -s -p "Password of $user: " password
    echo >&2
fi
answer=$(printf 'user = "%s:%s"\n' "$user" "$password" | curl -sS -K - -X POST -H 'Accept: application/json' \
    -w '\n%{http_code}' "$base/api/v1/audit/verification") || { echo "audit: cannot reach $base" >&2; exit 2; }
status=${answer##*$'\n'}
body=${answer%$'\n'*}
if [ "$status" != 200 ]; then
    echo "audit: verification refused ($status): $body" >&2
    exit 2
fi
echo "$body"
case "$body" in
    *'"intact":true'*) echo "audit: the chain is intact" >&2; exit 0 ;;
    *) echo "audit: the chain is BROKEN (see brokenAt and problem above)" >&2; exit 1 ;;
esac
