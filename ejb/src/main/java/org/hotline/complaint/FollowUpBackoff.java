package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The wrong receipt PINs typed for one receipt number, on the web, the API or the IVR alike, and until when the next
 * try must wait. Kept for every well-formed number, whether a complaint, an ordinary ticket or nothing has it, so that
 * a guesser sees every number behave the same. It never locks: the genuine complainant waits at most the current wait
 * (the cap), and the right PIN clears the count.
 */
@Entity
@Table(name = "follow_up_backoff")
public class FollowUpBackoff {

    /** A day without a wrong PIN forgets the earlier ones: a typo next month starts with free tries again. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    @Id
    @Column(name = "receipt_number", length = 20)
    private String receiptNumber;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "wait_until")
    private Instant waitUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected FollowUpBackoff() {}

    /** How long the next try must still wait; zero when it may go ahead. */
    Duration waitAt(Instant now) {
        return waitUntil == null || !waitUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, waitUntil);
    }

    /** A wrong PIN: counted (after a day's quiet, from one), and the next try waits as the settings say. */
    Duration wrongPin(Instant now, FollowUpSettings settings) {
        if (lastFailureAt != null && lastFailureAt.plus(FORGOTTEN_AFTER).isBefore(now)) {
            failures = 0;
        }
        failures = failures == Integer.MAX_VALUE ? failures : failures + 1;
        lastFailureAt = now;
        Duration wait = settings.waitAfter(failures);
        waitUntil = wait.isZero() ? null : now.plus(wait);
        return wait;
    }

    /** The right PIN: the count starts again. */
    void rightPin() {
        failures = 0;
        waitUntil = null;
    }

    int getFailures() {
        return failures;
    }
}
