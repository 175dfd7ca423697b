package org.hotline.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.hotline.common.Settings;

/**
 * The security area's settings: the password of the first administrator ({@code HOTLINE_ADMIN_PASSWORD}, taken as
 * typed, spaces included), used only while no administrator exists; without it one is generated and logged once.
 */
public record SecuritySettings(Optional<String> firstAdministratorPassword) {

    static final String ADMIN_PASSWORD = "HOTLINE_ADMIN_PASSWORD";

    static SecuritySettings from(Settings settings) {
        return new SecuritySettings(settings.exact(ADMIN_PASSWORD));
    }

    /** Never the password itself: a settings record may end up in a log line. */
    @Override
    public String toString() {
        return "SecuritySettings[firstAdministratorPassword="
                + (firstAdministratorPassword.isPresent() ? "set" : "unset") + "]";
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static SecuritySettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, SecuritySettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
