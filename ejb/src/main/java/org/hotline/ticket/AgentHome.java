package org.hotline.ticket;

import java.io.Serializable;
import java.util.List;

/**
 * An agent's home: the open tickets they hold, the open ones nobody holds, those of either due within a day or
 * already late, and the open ones nobody holds in the agent's teams, each the earliest due first and at most
 * {@value #SHOWN}, with how many there are in all.
 */
public record AgentHome(
        List<TicketSummary> mine,
        long mineCount,
        List<TicketSummary> unassigned,
        long unassignedCount,
        List<TicketSummary> dueSoon,
        long dueSoonCount,
        List<TicketSummary> teamUnassigned,
        long teamUnassignedCount)
        implements Serializable {

    public static final int SHOWN = 10;
}
