package org.hotline.call;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.hotline.common.Settings;

/**
 * The call log's settings: how often calls are completed from the PBX's own records
 * ({@code HOTLINE_PBX_RECORDS_SECONDS}, 30; 0 turns it off).
 */
public record CallSettings(Duration pbxRecordsEvery) {

    static final String PBX_RECORDS_SECONDS = "HOTLINE_PBX_RECORDS_SECONDS";

    public CallSettings {
        if (pbxRecordsEvery.isNegative()) {
            throw Settings.invalid(PBX_RECORDS_SECONDS, "must be 0 (off) or more seconds");
        }
    }

    static CallSettings from(Settings settings) {
        return new CallSettings(settings.seconds(PBX_RECORDS_SECONDS, 30));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static CallSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, CallSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
