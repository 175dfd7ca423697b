package org.hotline.document;

/** A registered document is valid, revoked (with a reason and a date), or superseded by another document. */
public enum DocumentStatus {
    VALID,
    REVOKED,
    SUPERSEDED
}
