package org.hotline.security;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * After {@code maxFailures} failed sign-ins in a row an account is locked for {@code lockDuration}. While it is locked
 * every attempt is refused, even with the right password, and attempts do not extend the lock, so an attacker cannot
 * keep a colleague out for longer than one lock at a time without trying again.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    /** Five failures, then fifteen minutes; an administrator can unlock sooner. */
    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        requireNonNull(lockDuration, "lockDuration is required");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
