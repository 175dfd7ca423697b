package org.hotline.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Which calls are surveyed, and what a call's survey keeps: the same call always falls on the same side of the share,
 * 0 % asks nobody and 100 % everybody, the share is kept on the whole; the first answers stay, and "solved" needs a
 * rating first.
 */
class SurveySampleTest {

    private static final String[] CALLS = IntStream.range(0, 20_000)
            .mapToObj(i -> (1796180000L + i * 7L) + "." + (i % 997))
            .toArray(String[]::new);

    @Test
    void noneAtZeroEveryCallAtAHundred() {
        for (String call : CALLS) {
            assertFalse(SurveyDesk.sampled(call, 0), call);
            assertTrue(SurveyDesk.sampled(call, 100), call);
        }
    }

    @Test
    void theSameCallFallsOnTheSameSideAndTheShareIsKeptOnTheWhole() {
        for (int percent : new int[] {1, 10, 25, 50, 90}) {
            long surveyed = 0;
            for (String call : CALLS) {
                boolean once = SurveyDesk.sampled(call, percent);
                assertEquals(once, SurveyDesk.sampled(call, percent), "decided again the same: " + call);
                surveyed += once ? 1 : 0;
            }
            double share = surveyed * 100.0 / CALLS.length;
            assertEquals(percent, share, 1.0, "share at " + percent + "%");
        }
    }

    @Test
    void aCallInASmallerShareIsInEveryLargerOne() {
        for (String call : CALLS) {
            if (SurveyDesk.sampled(call, 20)) {
                assertTrue(SurveyDesk.sampled(call, 21), call);
            }
        }
    }

    @Test
    void theFirstAnswersStayAndSolvedNeedsARating() {
        Instant now = Instant.parse("2026-12-02T09:00:00Z");
        CallSurvey survey = new CallSurvey("1796180517.678", "ku", now);
        survey.solved(true);
        assertEquals(null, survey.answer().solved(), "no rating yet: nothing to attach it to");
        survey.rate(4, now);
        survey.rate(1, now);
        survey.solved(false);
        survey.solved(true);
        assertEquals(new SurveyAnswer(now, "ku", 4, false), survey.answer());
        assertThrows(IllegalArgumentException.class, () -> survey.rate(6, now));
        assertThrows(IllegalArgumentException.class, () -> new CallSurvey("x", "ar", now).rate(0, now));
    }
}
