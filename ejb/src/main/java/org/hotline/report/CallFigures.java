package org.hotline.report;

import java.io.Serializable;

/**
 * One row of the call report: the calls of one hour, day, queue, topic or agent (or of the whole period, for the
 * total), each figure as {@link CallMetrics} defines it. Averages and the longest wait are null when there was no
 * call to measure. Seconds throughout. {@code calls} counts every call that entered, offered or not; {@code endedInIvr}
 * those that ended in the IVR without reaching a queue (by last step: where callers hang up); {@code timedOut} the
 * offered calls the queue let go unanswered (apart from abandoned ones: the caller did not give up).
 */
public record CallFigures(
        String key,
        long offered,
        long answered,
        long abandoned,
        long answeredWithin,
        double serviceLevel,
        double abandonRate,
        Double averageSpeedOfAnswer,
        Double averageHandleTime,
        Long longestWait,
        long afterHours,
        long callbacksRequested,
        long callbacksCompleted,
        long calls,
        long endedInIvr,
        long timedOut)
        implements Serializable {}
