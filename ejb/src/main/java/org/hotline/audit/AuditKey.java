package org.hotline.audit;

import java.util.Base64;

/**
 * The key of the audit chain's links, given to the server in {@code HOTLINE_AUDIT_KEY} (base64 of at least 32 bytes)
 * and never stored in the database: whoever can write the database but does not hold the key cannot forge a link, so
 * an entry edited, removed, moved or rewritten with a recomputed hash no longer verifies.
 */
public final class AuditKey {

    static final String VARIABLE = "HOTLINE_AUDIT_KEY";

    private AuditKey() {
    }

    /** The configured key; fails with the variable's name when it is missing or too short. */
    public static byte[] configured() {
        return parse(System.getenv(VARIABLE));
    }

    static byte[] parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set: the audit log cannot be written without its key"
                    + " (base64 of 32 random bytes; scripts/run.sh makes one in .hotline/audit-key)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(VARIABLE + " is not base64", notBase64);
        }
        if (key.length < 32) {
            throw new IllegalStateException(VARIABLE + " must hold at least 32 bytes (base64)");
        }
        return key;
    }
}
