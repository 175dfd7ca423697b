package org.hotline.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.hotline.common.Settings;

/**
 * The key of the audit chain's links, given to the server in {@code HOTLINE_AUDIT_KEY} (base64 of at least 32 bytes)
 * and never stored in the database: whoever can write the database but does not hold the key cannot forge a link, so
 * an entry edited, removed, moved or rewritten with a recomputed hash no longer verifies.
 */
public final class AuditKey {

    static final String VARIABLE = "HOTLINE_AUDIT_KEY";

    private final byte[] key;

    private AuditKey(byte[] key) {
        this.key = key;
    }

    /** The key's bytes (a copy). */
    public byte[] bytes() {
        return key.clone();
    }

    /** The configured key; fails with the variable's name when it is missing or too short. */
    static AuditKey from(Settings settings) {
        return new AuditKey(parse(settings.text(VARIABLE).orElse(null)));
    }

    /** The key from its base64 text; fails with the variable's name when it is missing or too short. */
    public static byte[] parse(String configured) {
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

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static AuditKey read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, AuditKey settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
