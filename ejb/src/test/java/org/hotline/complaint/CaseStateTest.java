package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseStateTest {

    @Test
    void aCaseGoesFromReceivedThroughInvestigationAndReferralToClosed() {
        CaseState[] path = {
            CaseState.RECEIVED,
            CaseState.TRIAGE,
            CaseState.UNDER_REVIEW,
            CaseState.INVESTIGATION,
            CaseState.REFERRED,
            CaseState.SUBSTANTIATED,
            CaseState.CLOSED
        };
        for (int i = 0; i + 1 < path.length; i++) {
            assertTrue(path[i].canMoveTo(path[i + 1]), path[i] + " -> " + path[i + 1]);
        }
    }

    @Test
    void noStepIsSkippedAndClosedIsTheEnd() {
        assertFalse(CaseState.RECEIVED.canMoveTo(CaseState.INVESTIGATION), "triage first");
        assertFalse(CaseState.TRIAGE.canMoveTo(CaseState.SUBSTANTIATED), "no finding without review");
        assertFalse(CaseState.UNDER_REVIEW.canMoveTo(CaseState.REFERRED), "a referral follows an investigation");
        assertFalse(CaseState.SUBSTANTIATED.canMoveTo(CaseState.UNSUBSTANTIATED), "a finding is not reversed");
        assertEquals(EnumSet.noneOf(CaseState.class), CaseState.CLOSED.next());
        for (CaseState state : CaseState.values()) {
            assertFalse(state.canMoveTo(state), state + " does not move to itself");
            assertFalse(state.canMoveTo(CaseState.RECEIVED), "nothing goes back to received");
        }
    }

    @Test
    void theNextDecisionIsDueAtTheEndOfABaghdadDay() {
        // Sunday 2026-11-22 23:30 in Baghdad is 20:30 UTC: two days to triage means by the end of Tuesday there.
        java.time.Instant received = java.time.Instant.parse("2026-11-22T20:30:00Z");
        assertEquals(java.time.Instant.parse("2026-11-24T21:00:00Z"), CaseState.RECEIVED.decisionDue(received));
        // Half an hour later it is already Monday in Baghdad, so the deadline moves a day.
        assertEquals(
                java.time.Instant.parse("2026-11-25T21:00:00Z"),
                CaseState.RECEIVED.decisionDue(received.plusSeconds(3600)));
        assertEquals(java.time.Instant.parse("2026-12-22T21:00:00Z"), CaseState.INVESTIGATION.decisionDue(received));
        assertEquals(null, CaseState.CLOSED.decisionDue(received), "a closed case waits for nothing");
    }
}
