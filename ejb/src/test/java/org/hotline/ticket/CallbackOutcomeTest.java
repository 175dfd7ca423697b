package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallbackOutcomeTest {

    @Test
    void asteriskOriginateReasonsBecomeWhatTheAgentReads() {
        assertEquals(CallbackOutcome.ANSWERED, CallbackOutcome.ofReason(4));
        assertEquals(CallbackOutcome.NO_ANSWER, CallbackOutcome.ofReason(3));
        assertEquals(CallbackOutcome.BUSY, CallbackOutcome.ofReason(5));
        assertEquals(CallbackOutcome.FAILED, CallbackOutcome.ofReason(8));
        assertEquals(CallbackOutcome.FAILED, CallbackOutcome.ofReason(0));
        assertEquals(CallbackOutcome.UNKNOWN, CallbackOutcome.ofReason(null));
    }
}
