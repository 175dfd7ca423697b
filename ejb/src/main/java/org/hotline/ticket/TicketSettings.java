package org.hotline.ticket;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.hotline.common.Settings;

/**
 * The ticket area's settings: how often the SLA watch brings tickets' SLA states up to date and raises alerts
 * ({@code HOTLINE_SLA_WATCH_SECONDS}, 60, at least 1). A ticket's state never waits on the watch when it is read; the
 * period is how soon a supervisor hears of a breach nobody looked at.
 */
public record TicketSettings(Duration slaWatchEvery) {

    static final String SLA_WATCH_SECONDS = "HOTLINE_SLA_WATCH_SECONDS";

    public TicketSettings {
        if (slaWatchEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw Settings.invalid(SLA_WATCH_SECONDS, "must be at least 1 second");
        }
    }

    static TicketSettings from(Settings settings) {
        return new TicketSettings(settings.seconds(SLA_WATCH_SECONDS, 60));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static TicketSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, TicketSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
