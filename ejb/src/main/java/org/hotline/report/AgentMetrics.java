package org.hotline.report;

/**
 * The agent report's definitions, in one place, as the SQL it counts with (docs/REPORTS.md says the same in words).
 * Presence comes from {@code agent_presence}, one row per change of a phone's standing in the queues; each row holds
 * until the phone's next row, or until now.
 */
final class AgentMetrics {

    /**
     * The presence rows that matter to a period, each with the moment the next one replaced it ({@code next_at}, null
     * while it still holds): the rows within the period, and for each phone the last row before it began (how the phone
     * stood when it began). Time is then cut to the period and to now: {@code :start}, {@code :end}, {@code :now}.
     */
    static final String PRESENCE = "select a.agent, a.state, a.pause_reason, a.at, lead(a.at) over (partition by"
            + " a.phone_interface order by a.at, a.id) next_at from agent_presence a where a.at < :end and a.at >="
            + " coalesce((select max(b.at) from agent_presence b where b.phone_interface = a.phone_interface"
            + " and b.at <= :start), :start)";

    /** The seconds of a presence row within the period and before now. */
    static final String SECONDS_IN_PERIOD = "timestampdiff(second, greatest(p.at, :start),"
            + " least(coalesce(p.next_at, :now), :end, :now))";

    /** Signed in: in at least one queue, paused or not. Paused: signed in and not taking calls, with a reason. */
    static final String SIGNED_IN = "p.state in ('SIGNED_IN', 'PAUSED')";
    static final String PAUSED = "p.state = 'PAUSED'";

    /**
     * Calls handled: the calls of the period the agent answered (a transferred call counts for the agent who answered it
     * first, as in the call report); handle time is their talk, from the answer to the end.
     */
    static final String HANDLED = CallMetrics.ANSWERED;

    private AgentMetrics() {
    }
}
