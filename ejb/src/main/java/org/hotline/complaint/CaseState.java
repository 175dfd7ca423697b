package org.hotline.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hotline.common.BusinessTime;

/**
 * Where the officers' case stands, and where it may go next: received → triage → under review → investigation →
 * referred (to an inspector general or an integrity body, with a reference) → substantiated or unsubstantiated →
 * closed. Triage may close a complaint outright (out of scope, a duplicate); every move is a decision with a reason.
 * Each open state gives the officers a number of days for the next decision, counted in Baghdad days: a case received
 * on Sunday with two days is due by the end of Tuesday.
 */
public enum CaseState {
    RECEIVED(2),
    TRIAGE(5),
    UNDER_REVIEW(15),
    INVESTIGATION(30),
    REFERRED(60),
    SUBSTANTIATED(10),
    UNSUBSTANTIATED(10),
    CLOSED(0);

    private final int daysToDecide;

    CaseState(int daysToDecide) {
        this.daysToDecide = daysToDecide;
    }

    /** Whether the case has ended: no decision, question, answer or evidence follows. */
    public boolean isClosed() {
        return next().isEmpty();
    }

    /** When the next decision is due for a case that reached this state at {@code reached}; none once closed. */
    public Instant decisionDue(Instant reached) {
        return isClosed() ? null : endOfDay(reached, daysToDecide);
    }

    /** The end (midnight, Baghdad time) of the day {@code days} after the one {@code from} falls on. */
    static Instant endOfDay(Instant from, int days) {
        LocalDate day = from.atZone(BusinessTime.ZONE).toLocalDate().plusDays(days);
        return day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

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
