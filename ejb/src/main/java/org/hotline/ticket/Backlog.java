package org.hotline.ticket;

import java.io.Serializable;
import java.time.Instant;

/**
 * The desk's open work as a supervisor watches it: open tickets by status, how many are at risk of missing their
 * resolution target or past it, how many nobody holds, and since when the oldest one waits. Complaints about staff
 * are the officers' and are not counted.
 */
public record Backlog(
        long newTickets,
        long open,
        long pendingCitizen,
        long atRisk,
        long breached,
        long unassigned,
        Instant oldestSince)
        implements Serializable {

    public long total() {
        return newTickets + open + pendingCitizen;
    }
}
