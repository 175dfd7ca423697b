package org.hotline.document;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The answer about a document: genuine and valid; genuine but revoked (why, since when) or superseded (by which
 * document); unknown to the registry; forged (the signature does not hold, or the code names a document the registry
 * has otherwise); or malformed (not a secure document's code at all). It says what the public may know: the type,
 * institution and issue date, never the holder. {@code detail} says why, for the refused ones.
 */
public record Verification(
        Outcome outcome,
        String number,
        DocumentType type,
        String institutionCode,
        LocalDate issueDate,
        LocalDate statusChangedOn,
        String statusReason,
        String supersededBy,
        String detail)
        implements Serializable {

    /** The five answers, the genuine ones split by status. */
    public enum Outcome {
        GENUINE_VALID,
        GENUINE_REVOKED,
        GENUINE_SUPERSEDED,
        UNKNOWN,
        FORGED,
        MALFORMED;

        public boolean genuine() {
            return this == GENUINE_VALID || this == GENUINE_REVOKED || this == GENUINE_SUPERSEDED;
        }
    }

    static Verification refused(Outcome outcome, String number, String detail) {
        return new Verification(outcome, number, null, null, null, null, null, null, detail);
    }
}
