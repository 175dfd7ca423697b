package org.hotline.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index writes that failed since the server started, counted where Hibernate Search reports them
 * ({@link IndexingAfterCommit}, {@link IndexFailureHandler}): those two are made by Hibernate Search itself, not by
 * the container, so they record here and {@link IndexWatch} reads the count to see that the index misses changes.
 */
final class IndexWriteFailures {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicReference<IndexTrouble> LAST = new AtomicReference<>(IndexTrouble.WRITES_FAILED);

    private IndexWriteFailures() {}

    static void record(Throwable failure) {
        LAST.set(IndexTrouble.ofWriteFailure(failure));
        COUNT.incrementAndGet();
    }

    static long count() {
        return COUNT.get();
    }

    /** What the last failure pointed at: a full disk, a missing folder, or a write that failed otherwise. */
    static IndexTrouble last() {
        return LAST.get();
    }
}
