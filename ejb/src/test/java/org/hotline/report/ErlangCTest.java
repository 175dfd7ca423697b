package org.hotline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Erlang C arithmetic against published worked examples, each to the precision it was published with, and the
 * properties a staffing forecast relies on.
 */
class ErlangCTest {

    /**
     * Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
     * (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes, an average
     * handling time of 180 s, 80 % to be answered within 20 s. Its steps: 200 calls an hour of 3 minutes are 10
     * Erlangs; it starts from N = A + 1 = 11 agents, where the probability that a call waits is 68.21 %, and raises N
     * until the service level is met: 14 agents (before shrinkage). At 14 agents the figures to three places, as the
     * pyworkforce project's test of the same example asserts them (rodrigo-arenas/pyworkforce,
     * tests/test_erlangc.py): service level 0.888, occupancy 0.714, probability of waiting 0.174.
     */
    @Test
    void callCentreHelpersWorkedExampleNeedsFourteenAgents() {
        double erlangs = ErlangC.erlangs(100, 30 * 60, 180);
        assertEquals(10.0, erlangs, 1e-12, "10 Erlangs");
        assertEquals(0.6821, round(ErlangC.probabilityOfWaiting(11, erlangs), 4), "68.21 % with 11 agents");
        assertEquals(14, ErlangC.agentsNeeded(erlangs, 180, 0.8, 20, 1, 0));
        assertEquals(0.888, round(ErlangC.serviceLevel(14, erlangs, 20, 180), 3));
        assertEquals(0.714, round(ErlangC.occupancy(14, erlangs), 3));
        assertEquals(0.174, round(ErlangC.probabilityOfWaiting(14, erlangs), 3));
        assertTrue(ErlangC.serviceLevel(13, erlangs, 20, 180) < 0.8, "13 agents fall short");
    }

    /**
     * The call-center-tools project's tests of its Erlang C (perehinik/call-center-tools,
     * python/tests/unit/test_staffing.py), to four places: P_w for 123 Erlangs on 132 agents is 0.3211 and for 12,345
     * Erlangs on 12,421 agents 0.3812; with 130 agents on 123 Erlangs (P_w 0.4244), an AHT of 300 s and 20 s to answer,
     * the service level is 0.7339 and the average speed of answer 18.19 s. Loads where a factorial would overflow a
     * double (170! is the last that fits) by far.
     */
    @Test
    void largeLoadsAsPublishedWithoutOverflow() {
        assertEquals(0.3211, round(ErlangC.probabilityOfWaiting(132, 123), 4));
        assertEquals(0.3812, round(ErlangC.probabilityOfWaiting(12_421, 12_345), 4));
        assertEquals(0.4244, round(ErlangC.probabilityOfWaiting(130, 123), 4));
        assertEquals(0.7339, round(ErlangC.serviceLevel(130, 123, 20, 300), 4));
        assertEquals(18.19, round(ErlangC.averageSpeedOfAnswer(130, 123, 300), 2));
    }

    /** Wikipedia, "Erlang (unit)": 24 calls in an hour of 5 minutes each are 2 Erlangs (120 call minutes an hour). */
    @Test
    void trafficIntensityIsArrivalsTimesHandleTime() {
        assertEquals(2.0, ErlangC.erlangs(24, 3600, 300), 1e-12);
    }

    @Test
    void theServiceLevelRisesWithEveryAgentAndTheWaitFalls() {
        double previousLevel = 0;
        double previousWait = 1;
        for (int agents = 11; agents <= 40; agents++) {
            double level = ErlangC.serviceLevel(agents, 10, 20, 180);
            double waiting = ErlangC.probabilityOfWaiting(agents, 10);
            assertTrue(level > previousLevel, agents + " agents answer more within 20 s");
            assertTrue(waiting < previousWait, agents + " agents leave fewer callers waiting");
            previousLevel = level;
            previousWait = waiting;
        }
        assertTrue(previousLevel > 0.999999 && previousLevel <= 1);
    }

    @Test
    void asManyAgentsAsTheLoadOrFewerNeverKeepUp() {
        assertEquals(1.0, ErlangC.probabilityOfWaiting(10, 10));
        assertEquals(1.0, ErlangC.probabilityOfWaiting(9, 10));
        assertEquals(0.0, ErlangC.serviceLevel(10, 10, 20, 180));
        assertEquals(Double.POSITIVE_INFINITY, ErlangC.averageSpeedOfAnswer(10, 10, 180));
        assertEquals(11, ErlangC.agentsNeeded(10, 180, 0.01, 20, 1, 0), "never N = A, whatever the target");
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(5, -1));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsNeeded(1, 180, 1.0, 20, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsNeeded(1, 180, 0.8, 20, 0, 0));
    }

    @Test
    void hugeLoadsAreSizedInOneStepPerAgent() {
        long started = System.nanoTime();
        Integer agents = ErlangC.agentsNeeded(200_000, 300, 0.8, 20, 1, 0);
        assertTrue(agents > 200_000 && agents < 200_500, "a little over the load: " + agents);
        assertTrue(ErlangC.serviceLevel(agents, 200_000, 20, 300) >= 0.8);
        assertTrue(ErlangC.serviceLevel(agents - 1, 200_000, 20, 300) < 0.8);
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "well under two seconds");
        assertNull(ErlangC.agentsNeeded(2_000_000, 300, 0.8, 20, 1, 0), "more than any hotline has");
    }

    @Test
    void noCallsNeedNoAgents() {
        assertEquals(0, ErlangC.agentsNeeded(0, 0, 0.8, 20, 0.05, 30));
    }

    /**
     * Abandonment with an exponential patience of mean τ: P_w / (1 + (N − A)·τ / AHT). With 10 Erlangs, AHT 180 s and
     * callers who wait 60 s on average, 14 agents (P_w 0.1741) lose 0.1741 / (1 + 4·60/180) = 7.46 %, 15 agents 3.8 %:
     * at most 5 % abandoned takes one more agent than 80 % within 20 s alone.
     */
    @Test
    void atMostFivePercentAbandonedCanTakeAnotherAgent() {
        assertEquals(0.0746, round(ErlangC.abandonment(14, 10, 60, 180), 4));
        assertTrue(ErlangC.abandonment(15, 10, 60, 180) <= 0.05);
        assertEquals(15, ErlangC.agentsNeeded(10, 180, 0.8, 20, 0.05, 60));
        assertEquals(14, ErlangC.agentsNeeded(10, 180, 0.8, 20, 0.05, Double.POSITIVE_INFINITY), "nobody abandons");
        assertEquals(
                ErlangC.probabilityOfWaiting(14, 10),
                ErlangC.abandonment(14, 10, 0, 180),
                1e-12,
                "no patience: whoever waits leaves");
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
