package org.hotline.search;

import java.time.Instant;

/**
 * Where the last re-index stands: who started it (an administrator, or {@code system} for the rebuild at start),
 * when, how many documents of how many are written, and how it ended.
 */
public record ReindexProgress(
        State state, String startedBy, Instant startedAt, Instant endedAt, long total, long done, String failure) {

    public enum State {
        NEVER,
        RUNNING,
        DONE,
        FAILED
    }

    static ReindexProgress never() {
        return new ReindexProgress(State.NEVER, null, null, null, 0, 0, null);
    }

    /** Whole percent, 100 when done; a re-index of nothing is done at once. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
}
