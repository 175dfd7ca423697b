package org.hotline.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the officers' case stands, and where it may go next: received → triage → under review → investigation →
 * referred (to an inspector general or an integrity body, with a reference) → substantiated or unsubstantiated →
 * closed. Triage may close a complaint outright (out of scope, a duplicate); every move is a decision with a reason.
 */
public enum CaseState {
    RECEIVED, TRIAGE, UNDER_REVIEW, INVESTIGATION, REFERRED, SUBSTANTIATED, UNSUBSTANTIATED, CLOSED;

    /** The states a case may move to from this one. */
    public Set<CaseState> next() {
        switch (this) {
            case RECEIVED:
                return EnumSet.of(TRIAGE);
            case TRIAGE:
                return EnumSet.of(UNDER_REVIEW, CLOSED);
            case UNDER_REVIEW:
                return EnumSet.of(INVESTIGATION, UNSUBSTANTIATED);
            case INVESTIGATION:
                return EnumSet.of(REFERRED, SUBSTANTIATED, UNSUBSTANTIATED);
            case REFERRED:
                return EnumSet.of(SUBSTANTIATED, UNSUBSTANTIATED);
            case SUBSTANTIATED:
            case UNSUBSTANTIATED:
                return EnumSet.of(CLOSED);
            default:
                return EnumSet.noneOf(CaseState.class);
        }
    }

    public boolean canMoveTo(CaseState target) {
        return next().contains(target);
    }
}
