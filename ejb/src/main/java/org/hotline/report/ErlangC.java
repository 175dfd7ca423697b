package org.hotline.report;

/**
 * The Erlang C queue (M/M/N: calls arrive at random, handle times are exponential, every caller waits until answered),
 * as a staffing forecast uses it. Pure arithmetic on doubles, in seconds.
 *
 * <ul>
 *   <li>traffic intensity {@code A = λ·AHT} (Erlangs);
 *   <li>the probability of waiting {@code P_w} (Erlang C), computed from Erlang B by its recurrence
 *       {@code B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))}, then {@code C = N·B / (N − A·(1 − B))}: no factorial and
 *       no power, so a load of thousands of Erlangs neither overflows nor underflows;
 *   <li>the service level {@code SL(T) = 1 − P_w·e^{−(N−A)·T/AHT}};
 *   <li>the average speed of answer {@code ASA = P_w·AHT / (N − A)}; the occupancy {@code A / N};
 *   <li>the share of callers expected to abandon, with a mean patience {@code τ} (exponential, as estimated from the
 *       history): {@code P_w / (1 + (N − A)·τ / AHT)}, the chance that a caller's Erlang C wait outlasts their
 *       patience. Erlang C keeps every caller in the queue, so this overstates abandonment a little (those who leave
 *       shorten the wait of the others): a forecast that meets it is on the safe side.
 * </ul>
 *
 * With {@code N ≤ A} the queue grows without end: every caller waits ({@code P_w = 1}), none is answered within any
 * time ({@code SL = 0}) and the speed of answer is infinite. Such N is never the number of agents needed.
 */
public final class ErlangC {

    /** The largest number of agents a forecast looks for; a load that needs more is not a hotline's. */
    public static final int MOST_AGENTS = 1_000_000;

    private ErlangC() {}

    /** The traffic intensity, in Erlangs, of {@code calls} arriving within {@code periodSeconds}, each handled in AHT. */
    public static double erlangs(double calls, double periodSeconds, double handleSeconds) {
        return calls / periodSeconds * handleSeconds;
    }

    /** Erlang B: the share of calls that would find every agent busy, were there no queue. */
    public static double blocking(int agents, double erlangs) {
        check(agents, erlangs);
        double b = 1;
        for (int k = 1; k <= agents; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    /** Erlang C: the probability that a call waits at all; 1 when the agents cannot keep up ({@code N ≤ A}). */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        return waiting(agents, erlangs, blocking(agents, erlangs));
    }

    private static double waiting(int agents, double erlangs, double blocking) {
        if (agents <= erlangs) {
            return 1;
        }
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }

    /** The share of calls answered within {@code answerSeconds}; 0 when the agents cannot keep up. */
    public static double serviceLevel(int agents, double erlangs, double answerSeconds, double handleSeconds) {
        return serviceLevel(agents, erlangs, probabilityOfWaiting(agents, erlangs), answerSeconds, handleSeconds);
    }

    private static double serviceLevel(
            int agents, double erlangs, double waiting, double answerSeconds, double handleSeconds) {
        if (agents <= erlangs) {
            return 0;
        }
        return 1 - waiting * decay(agents, erlangs, answerSeconds, handleSeconds);
    }

    /** The mean wait of all calls (answered at once or not), in seconds; infinite when the agents cannot keep up. */
    public static double averageSpeedOfAnswer(int agents, double erlangs, double handleSeconds) {
        if (agents <= erlangs) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, erlangs) * handleSeconds / (agents - erlangs);
    }

    /** The share of their time the agents spend on calls. */
    public static double occupancy(int agents, double erlangs) {
        check(agents, erlangs);
        return erlangs / agents;
    }

    /**
     * The share of callers expected to abandon when their patience is exponential with mean {@code patienceSeconds}:
     * the chance that their wait outlasts it, {@code P_w / (1 + (N − A)·τ / AHT)}. An infinite patience (nobody ever
     * abandoned) gives 0; a patience of 0 gives P_w, as every caller who must wait leaves.
     */
    public static double abandonment(int agents, double erlangs, double patienceSeconds, double handleSeconds) {
        return abandonment(agents, erlangs, probabilityOfWaiting(agents, erlangs), patienceSeconds, handleSeconds);
    }

    private static double abandonment(
            int agents, double erlangs, double waiting, double patienceSeconds, double handleSeconds) {
        if (agents <= erlangs) {
            return patienceSeconds == Double.POSITIVE_INFINITY ? 0 : 1;
        }
        if (patienceSeconds == Double.POSITIVE_INFINITY || waiting == 0) {
            return 0;
        }
        if (handleSeconds == 0) {
            return 0; // no work: nobody waits
        }
        return waiting / (1 + (agents - erlangs) * patienceSeconds / handleSeconds);
    }

    /**
     * The fewest agents that meet the target: the service level at least {@code serviceLevel} within
     * {@code answerSeconds}, at most {@code maxAbandoned} of callers abandoning (with the callers' mean patience), and
     * occupancy below 1. No calls need no agents. Erlang B is carried from one N to the next, so the search costs one
     * step per agent, whatever the load. Null when more than {@link #MOST_AGENTS} would be needed.
     */
    public static Integer agentsNeeded(
            double erlangs,
            double handleSeconds,
            double serviceLevel,
            double answerSeconds,
            double maxAbandoned,
            double patienceSeconds) {
        if (!(erlangs >= 0) || !(handleSeconds >= 0) || !(answerSeconds >= 0) || !(patienceSeconds >= 0)) {
            throw new IllegalArgumentException("load, handle time, answer time and patience must not be negative");
        }
        if (!(serviceLevel > 0 && serviceLevel < 1) || !(maxAbandoned > 0 && maxAbandoned <= 1)) {
            throw new IllegalArgumentException("a service level within (0, 1) and an abandonment within (0, 1]");
        }
        if (erlangs == 0) {
            return 0;
        }
        double b = 1;
        for (int n = 1; n <= MOST_AGENTS; n++) {
            b = erlangs * b / (n + erlangs * b);
            if (n <= erlangs) {
                continue;
            }
            double waiting = waiting(n, erlangs, b);
            if (serviceLevel(n, erlangs, waiting, answerSeconds, handleSeconds) >= serviceLevel
                    && abandonment(n, erlangs, waiting, patienceSeconds, handleSeconds) <= maxAbandoned) {
                return n;
            }
        }
        return null;
    }

    private static double decay(int agents, double erlangs, double seconds, double handleSeconds) {
        if (handleSeconds == 0) {
            return 0;
        }
        return Math.exp(-(agents - erlangs) * seconds / handleSeconds);
    }

    private static void check(int agents, double erlangs) {
        if (agents < 1) {
            throw new IllegalArgumentException("at least one agent");
        }
        if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("the load is a finite number of Erlangs, not negative");
        }
    }
}
