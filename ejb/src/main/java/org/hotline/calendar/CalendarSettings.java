package org.hotline.calendar;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import org.hotline.common.Settings;

/**
 * The business calendar's daily hours in Asia/Baghdad, that every SLA clock counts in: {@code HOTLINE_OPENS_AT} and
 * {@code HOTLINE_CLOSES_AT} (HH:MM, default 09:00 and 24:00; 24:00 is the end of the day).
 */
public record CalendarSettings(LocalTime opensAt, LocalTime closesAt) {

    static CalendarSettings from(Settings settings) {
        return new CalendarSettings(
                time(settings, "HOTLINE_OPENS_AT", LocalTime.of(9, 0)),
                time(settings, "HOTLINE_CLOSES_AT", LocalTime.MIDNIGHT));
    }

    private static LocalTime time(Settings settings, String variable, LocalTime fallback) {
        return settings.parsed(
                        variable,
                        value -> "24:00".equals(value) ? LocalTime.MIDNIGHT : LocalTime.parse(value),
                        "must be a time of day as HH:MM (24:00 for the end of the day)")
                .orElse(fallback);
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static CalendarSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, CalendarSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
