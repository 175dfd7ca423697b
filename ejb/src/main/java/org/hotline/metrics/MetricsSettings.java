package org.hotline.metrics;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import org.hotline.common.Settings;

/**
 * Who may scrape the metrics and how fresh the counted figures are: the token a scraper sends as
 * {@code Authorization: Bearer …} ({@code HOTLINE_METRICS_TOKEN}, at least 32 characters; unset, {@code /metrics} is
 * off and answers 404), and how long a figure the database counts (open tickets by SLA state) is kept before it is
 * counted again ({@code HOTLINE_METRICS_REFRESH_SECONDS}, 15), so scrapes, however frequent, cost the database at most
 * one count per period.
 */
public record MetricsSettings(Optional<String> token, Duration refreshEvery) {

    static final int SHORTEST_TOKEN = 32;

    public MetricsSettings {
        token.ifPresent(t -> {
            if (t.length() < SHORTEST_TOKEN) {
                throw Settings.invalid("HOTLINE_METRICS_TOKEN", "must have at least " + SHORTEST_TOKEN + " characters");
            }
        });
    }

    static MetricsSettings from(Settings settings) {
        Duration refresh = settings.seconds("HOTLINE_METRICS_REFRESH_SECONDS", 15);
        if (refresh.isNegative()) {
            throw Settings.invalid("HOTLINE_METRICS_REFRESH_SECONDS", "must not be negative");
        }
        return new MetricsSettings(settings.text("HOTLINE_METRICS_TOKEN"), refresh);
    }

    /** Whether the scraper's bearer token is the configured one, compared in constant time. */
    public boolean admits(String bearer) {
        return token.isPresent() && bearer != null && MessageDigest.isEqual(digest(bearer), digest(token.get()));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static MetricsSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, MetricsSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
