package org.hotline.search;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.hotline.common.Settings;

/**
 * The search area's settings: how often the indexes are checked for a lost folder, a full disk or damaged files
 * ({@code HOTLINE_INDEX_CHECK_SECONDS}, 30, at least 1). The check is cheap (a small file written and removed, the
 * indexes' folders and commit points looked at); the period is how long a lost index may go unnoticed when nothing is
 * written to it, and how soon a rebuild starts once the disk has room again.
 */
public record SearchSettings(Duration indexCheckEvery) {

    static final String INDEX_CHECK_SECONDS = "HOTLINE_INDEX_CHECK_SECONDS";

    public SearchSettings {
        if (indexCheckEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw Settings.invalid(INDEX_CHECK_SECONDS, "must be at least 1 second");
        }
    }

    static SearchSettings from(Settings settings) {
        return new SearchSettings(settings.seconds(INDEX_CHECK_SECONDS, 30));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static SearchSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, SearchSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
