package org.hotline.security;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How failures on one key (an address, an account, or the two together) slow the next try: {@code free} failures cost
 * nothing, then each further one doubles the wait, from {@code first} up to {@code cap}. A key quiet for
 * {@code forgetAfter} since its last failure starts again from nothing. The wait never grows past the cap, so whoever
 * provokes it can keep the key waiting at most {@code cap} after their own last try, never lock it.
 */
public record Backoff(int free, Duration first, Duration cap, Duration forgetAfter) {

    public Backoff {
        if (free < 0) {
            throw new IllegalArgumentException("free must not be negative");
        }
        requireNonNull(first, "first is required");
        requireNonNull(cap, "cap is required");
        requireNonNull(forgetAfter, "forgetAfter is required");
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("first must be positive and at most cap");
        }
    }

    /** The wait after {@code failures} failures in a row: zero up to {@code free}, then first, 2×first, … cap. */
    public Duration waitAfter(int failures) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 30) {
            return cap;
        }
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Failures on one key: how many in a row, and when the last was. Immutable, replaced on each change. */
    record Record(int failures, Instant lastFailure) {

        Record failedAgain(Backoff backoff, Instant now) {
            return backoff.forgotten(this, now) ? new Record(1, now) : new Record(failures + 1, now);
        }

        /**
         * How long a try at {@code now} must still wait: never more than the wait these failures earn, and nothing
         * while they are free. Tries sample the clock before they queue for the throttle, so {@code now} may be a
         * little before a failure recorded by a try that queued after it; measured from that failure alone, a free
         * failure would make the earlier try wait a few microseconds, refused with Retry-After 1.
         */
        Duration waitAt(Backoff backoff, Instant now) {
            Duration wait = backoff.waitAfter(failures);
            if (wait.isZero()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, lastFailure.plus(wait));
            return left.isNegative() ? Duration.ZERO : left.compareTo(wait) > 0 ? wait : left;
        }
    }

    boolean forgotten(Record record, Instant now) {
        return !now.isBefore(record.lastFailure().plus(forgetAfter));
    }
}
