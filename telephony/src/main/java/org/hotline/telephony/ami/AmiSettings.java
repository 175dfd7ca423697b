package org.hotline.telephony.ami;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.hotline.common.Settings;

/**
 * Where the PBX's manager interface is: {@code HOTLINE_AMI_HOST} (unset: no PBX, the application runs without
 * telephony), {@code HOTLINE_AMI_PORT} (5038), {@code HOTLINE_AMI_USER} and {@code HOTLINE_AMI_SECRET}; and
 * {@code HOTLINE_AMI_TIMEOUT_SECONDS} (60), how long a connection may stay silent before it is taken for dead and made
 * again: a PBX that stops answering without closing the link (half-open) is noticed within that time.
 */
public record AmiSettings(String host, int port, String user, String secret, int timeoutSeconds) {

    static final int TIMEOUT_SECONDS = 60;

    public AmiSettings {
        if (timeoutSeconds < 6) {
            throw Settings.invalid("HOTLINE_AMI_TIMEOUT_SECONDS", "must be at least 6 (seconds)");
        }
    }

    public AmiSettings(String host, int port, String user, String secret) {
        this(host, port, user, secret, TIMEOUT_SECONDS);
    }

    /** The PBX's manager interface, or empty when {@code HOTLINE_AMI_HOST} is unset (no telephony). */
    public record Configured(Optional<AmiSettings> pbx) {}

    public static Optional<AmiSettings> from(Settings settings) {
        return settings.text("HOTLINE_AMI_HOST")
                .map(host -> new AmiSettings(
                        host,
                        settings.integer("HOTLINE_AMI_PORT", 5038),
                        settings.exact("HOTLINE_AMI_USER").orElse("hotline"),
                        settings.exact("HOTLINE_AMI_SECRET").orElse(""),
                        settings.integer("HOTLINE_AMI_TIMEOUT_SECONDS", TIMEOUT_SECONDS)));
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port; // never the secret
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static Configured read(Settings settings) {
            return new Configured(from(settings));
        }

        static void readAtStart(@Observes Startup start, Configured settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
