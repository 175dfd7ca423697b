package org.hotline.report;

import org.hotline.call.AgentPresenceLog;
import org.hotline.security.AgentNames;

/**
 * The agent report's definitions, in one place, as the SQL it counts with (docs/REPORTS.md says the same in words).
 * Presence comes from {@code agent_presence}, one row per change of a phone's standing in the queues; each row holds
 * until the phone's next row, or until now.
 */
final class AgentMetrics {

    /**
     * The presence rows that matter to a period, each with the moment the next one replaced it ({@code next_at}, null
     * while it still holds): the rows within the period, and for each phone its last row before it began, how the
     * phone stood when it began ({@link AgentPresenceLog#lastRowOfEachPhone}). Time is then cut to the period and to
     * now: {@code :start}, {@code :end}, {@code :now}.
     */
    static final String PRESENCE = "select r.agent, r.agent_key, r.phone_key, r.state, r.pause_reason, r.at,"
            + " lead(r.at) over (partition by r.phone_interface order by r.at, r.id) next_at from (select a.id,"
            + " a.phone_interface, a.agent, a.agent_key, a.phone_key, a.state, a.pause_reason, a.at from agent_presence"
            + " a where a.at >= :start and a.at < :end union all select a.id, a.phone_interface, a.agent, a.agent_key,"
            + " a.phone_key, a.state, a.pause_reason, a.at from " + AgentPresenceLog.lastRowOfEachPhone("< :start")
            + ") r";

    /** The seconds of a presence row within the period and before now. */
    static final String SECONDS_IN_PERIOD =
            "timestampdiff(second, greatest(p.at, :start)," + " least(coalesce(p.next_at, :now), :end, :now))";

    /** Signed in: in at least one queue, paused or not. Paused: signed in and not taking calls, with a reason. */
    static final String SIGNED_IN = "p.state in ('SIGNED_IN', 'PAUSED')";

    static final String PAUSED = "p.state = 'PAUSED'";

    /**
     * Calls handled: the calls of the period the agent answered (a transferred call counts for the agent who answered it
     * first, as in the call report); handle time is their talk and wrap-up ({@link CallMetrics#handleSeconds}).
     */
    static final String HANDLED = CallMetrics.ANSWERED;

    /**
     * The person a call's row counts for: who its agent is (the call log keeps the PBX's name, the member name else the
     * interface), or that name when nobody was given it ({@link AgentNames}).
     */
    static final String CALL_AGENT = CallGrouping.AGENT.sql();

    /**
     * The person a presence row counts for: who its member name is, else who its phone (the member's interface) is,
     * else the name the row was kept under. The presence of two members of one person adds up; one person is expected
     * to be one member at a time.
     */
    static final String PRESENCE_AGENT = AgentNames.nameSql("p.agent", "p.agent_key", "p.phone_key");

    private AgentMetrics() {}
}
