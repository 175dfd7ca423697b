package org.hotline.report;

import java.io.Serializable;

/**
 * One half hour of a staffing forecast: when it starts (Baghdad, {@code HH:mm}), the calls offered in it on average over
 * the weeks, their average handle time (seconds; the day's when none of its own was measured), the load in Erlangs,
 * the agents needed for the target (null when no handle time was measured at all) with the service level and the
 * share abandoned they would give, the agents signed in on average over the same weeks, and the gap: signed in less
 * needed, negative where the hotline was short of agents ({@code shortOfAgents}, also where no number of agents up to
 * {@link ErlangC#MOST_AGENTS} meets the target: needed and gap are then null).
 */
public record StaffingSlot(
        String start,
        double calls,
        Double averageHandleTime,
        double erlangs,
        Integer agentsNeeded,
        Double serviceLevel,
        Double abandoned,
        double signedIn,
        Double gap,
        boolean shortOfAgents)
        implements Serializable {}
