package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;

/**
 * The call a complaint was taken on, as the call log has it: when, who answered (the person, or the PBX's name for a
 * member nobody was given), how long, how it ended.
 */
public record CallView(
        String linkedid, Instant enteredAt, String agent, Integer talkSeconds, String disposition, String recording)
        implements Serializable {}
