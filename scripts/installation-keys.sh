# Sourced by scripts/run.sh and scripts/cluster.sh: the installation's secrets, each taken from the environment when
# given there, else made once and kept in an owner-only file of the folder given (never in the repository, never in
# the database).
#  - document-secret: seals the institutions' private keys and keys the holders' hashes of the secure documents;
#  - identity-key: seals the complainants' identities (losing it loses them; docs/COMPLAINTS.md says how to rotate it);
#  - audit-key: keys the audit chain's links.
# Every node of a cluster must have the same three, so cluster.sh takes them from the same folder as run.sh.

# export_installation_keys DIR
export_installation_keys() {
    local dir=$1
    _installation_key() {
        local file="$dir/$1"
        if [ ! -s "$file" ]; then
            mkdir -p "$dir"
            (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
        fi
        cat "$file"
    }
    if [ -z "${HOTLINE_DOCUMENT_SECRET:-}" ]; then
        HOTLINE_DOCUMENT_SECRET=$(_installation_key document-secret)
        export HOTLINE_DOCUMENT_SECRET
    fi
    if [ -z "${HOTLINE_IDENTITY_KEY:-}" ]; then
        HOTLINE_IDENTITY_KEY=$(_installation_key identity-key)
        export HOTLINE_IDENTITY_KEY
    fi
    if [ -z "${HOTLINE_AUDIT_KEY:-}" ]; then
        HOTLINE_AUDIT_KEY=$(_installation_key audit-key)
        export HOTLINE_AUDIT_KEY
    fi
}
