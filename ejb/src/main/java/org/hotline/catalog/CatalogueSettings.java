package org.hotline.catalog;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hotline.common.Settings;

/**
 * The catalogue's settings: whether an empty catalogue gets the packaged sample at start-up
 * ({@code HOTLINE_SAMPLE_CATALOGUE}; anything but {@code false} loads it, as a new installation wants).
 */
public record CatalogueSettings(boolean loadsSample) {

    static final String SAMPLE = "HOTLINE_SAMPLE_CATALOGUE";

    static CatalogueSettings from(Settings settings) {
        return new CatalogueSettings(!settings.text(SAMPLE)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .filter("false"::equals)
                .isPresent());
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static CatalogueSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, CatalogueSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
