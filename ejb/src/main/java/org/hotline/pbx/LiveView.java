package org.hotline.pbx;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The supervisors' live picture: waiting calls and the longest wait per queue, each agent's state, and today's
 * offered, answered and abandoned calls (Baghdad's day).
 */
public record LiveView(
        Instant at,
        boolean pbxConnected,
        List<QueueLine> queues,
        List<AgentLine> agents,
        long offeredToday,
        long answeredToday,
        long abandonedToday) {

    /** One queue: how many wait, and since when the longest-waiting caller has. */
    public record QueueLine(String queue, int waiting, Instant longestWaitingSince, int signedIn, int available)
            implements Serializable {}

    /**
     * One agent's phone: the member as the PBX names it ({@code member}: its member name, else its interface), the
     * person shown for it ({@code name}: the account an administrator gave the member to, else the member), and since
     * when the agent has been in the state shown ({@code stateSince}, as first seen by this node). An agent talking on a
     * queue call has its {@code linkedid} and the agent's own channel on the PBX ({@code channel}, e.g.
     * {@code PJSIP/1001-0000000b}, as AgentConnect named it): what a supervisor listens to; otherwise both are null.
     */
    public record AgentLine(
            String phoneInterface,
            String member,
            String name,
            AgentState state,
            String pauseReason,
            List<String> queues,
            Instant stateSince,
            String linkedid,
            String channel) {}
}
