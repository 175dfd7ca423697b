package org.hotline.report;

import java.io.Serializable;
import java.util.Map;

/**
 * One agent's row of the agent report (or the total), as {@link AgentMetrics} defines it: the calls they handled, the
 * handle time of those calls (talk and wrap-up) in all and on average, the time signed in to the queues, and of it the
 * time paused, in all and by reason. Seconds throughout; the average is null without a call.
 */
public record AgentFigures(
        String agent,
        long callsHandled,
        long handleSeconds,
        Double averageHandleTime,
        long signedInSeconds,
        long pausedSeconds,
        Map<String, Long> pausedByReason)
        implements Serializable {}
