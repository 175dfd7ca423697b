package org.hotline.report;

import java.time.Instant;
import org.hotline.call.CallDisposition;

/**
 * What the call log knows of one call, as the metric definitions read it: when it entered the hotline, joined a
 * queue, was answered and ended, the PBX's own count of the wait (its holdtime, when it reported one), and how it
 * ended.
 */
public record CallTimeline(
        Instant enteredAt,
        Instant queueJoinedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer pbxWaitSeconds,
        CallDisposition disposition) {}
