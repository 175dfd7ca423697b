package org.hotline.complaint;

/** What the employee is accused of. */
public enum Allegation {
    EXTORTION,
    BRIBE_REQUEST,
    REFUSAL_TO_SERVE,
    REFUSED_ELECTRONIC_DOCUMENT,
    FIXER,
    UNJUSTIFIED_DELAY,
    MISCONDUCT,
    OTHER
}
