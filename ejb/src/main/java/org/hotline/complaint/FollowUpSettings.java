package org.hotline.complaint;

import java.time.Duration;
import java.util.Map;
import org.hotline.security.Backoff;

/**
 * How the public follow-up slows a guesser down, from the environment: the first wait after the free wrong PINs
 * ({@code HOTLINE_PIN_BACKOFF_SECONDS}, 10), its cap ({@code HOTLINE_PIN_BACKOFF_MAX_SECONDS}, 300), and how many
 * wrong tries one client (a web address, or a caller's number on the IVR) may make an hour
 * ({@code HOTLINE_FOLLOW_UP_PER_HOUR}, 20). The free tries are fixed: a complainant mistypes, a guesser learns
 * nothing from three.
 */
public record FollowUpSettings(int freeFailures, Duration firstWait, Duration maxWait, int wrongTriesPerHour) {

    static final int FREE_FAILURES = 3;

    public FollowUpSettings {
        if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0
                || wrongTriesPerHour < 1) {
            throw new IllegalArgumentException("follow-up backoff settings out of range");
        }
    }

    public static FollowUpSettings current() {
        return from(System.getenv());
    }

    static FollowUpSettings from(Map<String, String> environment) {
        return new FollowUpSettings(FREE_FAILURES,
                Duration.ofSeconds(number(environment, "HOTLINE_PIN_BACKOFF_SECONDS", 10)),
                Duration.ofSeconds(number(environment, "HOTLINE_PIN_BACKOFF_MAX_SECONDS", 300)),
                (int) number(environment, "HOTLINE_FOLLOW_UP_PER_HOUR", 20));
    }

    /** The wait after this many wrong PINs in a row: none for the free ones, then doubling up to the cap. */
    Duration waitAfter(int failures) {
        return new Backoff(freeFailures, firstWait, maxWait, FollowUpBackoff.FORGOTTEN_AFTER).waitAfter(failures);
    }

    private static long number(Map<String, String> environment, String name, long fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
    }
}
