package org.hotline.complaint;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.hotline.common.Settings;
import org.hotline.security.Backoff;

/**
 * How the public follow-up slows a guesser down, from the server's settings: the first wait after the free wrong PINs
 * ({@code HOTLINE_PIN_BACKOFF_SECONDS}, 10), its cap ({@code HOTLINE_PIN_BACKOFF_MAX_SECONDS}, 300), and how many
 * wrong tries one client (a web address, or a caller's number on the IVR) may make an hour
 * ({@code HOTLINE_FOLLOW_UP_PER_HOUR}, 20). The free tries are fixed: a complainant mistypes, a guesser learns
 * nothing from three.
 */
public record FollowUpSettings(int freeFailures, Duration firstWait, Duration maxWait, int wrongTriesPerHour) {

    static final int FREE_FAILURES = 3;

    public FollowUpSettings {
        if (freeFailures < 0
                || firstWait.isNegative()
                || firstWait.isZero()
                || maxWait.compareTo(firstWait) < 0
                || wrongTriesPerHour < 1) {
            throw new IllegalArgumentException("follow-up backoff settings out of range");
        }
    }

    static FollowUpSettings from(Settings settings) {
        Duration firstWait = settings.seconds("HOTLINE_PIN_BACKOFF_SECONDS", 10);
        if (firstWait.isNegative() || firstWait.isZero()) {
            throw Settings.invalid("HOTLINE_PIN_BACKOFF_SECONDS", "must be at least 1 second");
        }
        Duration maxWait = settings.seconds("HOTLINE_PIN_BACKOFF_MAX_SECONDS", 300);
        if (maxWait.compareTo(firstWait) < 0) {
            throw Settings.invalid("HOTLINE_PIN_BACKOFF_MAX_SECONDS", "must not be shorter than the first wait");
        }
        int perHour = settings.integer("HOTLINE_FOLLOW_UP_PER_HOUR", 20);
        if (perHour < 1) {
            throw Settings.invalid("HOTLINE_FOLLOW_UP_PER_HOUR", "must be at least 1");
        }
        return new FollowUpSettings(FREE_FAILURES, firstWait, maxWait, perHour);
    }

    /** The wait after this many wrong PINs in a row: none for the free ones, then doubling up to the cap. */
    Duration waitAfter(int failures) {
        return new Backoff(freeFailures, firstWait, maxWait, FollowUpBackoff.FORGOTTEN_AFTER).waitAfter(failures);
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static FollowUpSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, FollowUpSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
