package org.hotline.telephony.agi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.hotline.common.Settings;

/**
 * Where the FastAGI server listens, how many calls it takes at once and whom it talks to: {@code HOTLINE_AGI_PORT}
 * (4573; 0 turns the IVR off), {@code HOTLINE_AGI_BIND_ADDRESS} (127.0.0.1: set the address the PBX reaches),
 * {@code HOTLINE_AGI_MAX_CALLS} (100; a call over the limit gets the default route at once, never silence) and
 * {@code HOTLINE_AGI_ALLOWED_PEERS} (the PBX addresses or CIDR ranges that may connect; by default the loopback and
 * the AMI host, {@code HOTLINE_AMI_HOST}, which is the PBX), and {@code HOTLINE_AGI_PROMPT_CHECK_SECONDS} (300: how
 * long the IVR believes what the PBX said about a prompt file before it asks again; 0 asks before every prompt).
 */
public record AgiSettings(int port, String bindAddress, int maxCalls, String allowedPeers, Duration promptCheck) {

    /** The loopback in both families: a PBX on the same machine. */
    static final String LOOPBACK = "127.0.0.0/8,::1";

    public static AgiSettings from(Settings settings) {
        return new AgiSettings(
                settings.integer("HOTLINE_AGI_PORT", 4573),
                settings.text("HOTLINE_AGI_BIND_ADDRESS", "127.0.0.1"),
                Math.max(1, settings.integer("HOTLINE_AGI_MAX_CALLS", 100)),
                allowedPeers(settings),
                Duration.ofSeconds(Math.max(0, settings.integer("HOTLINE_AGI_PROMPT_CHECK_SECONDS", 300))));
    }

    private static String allowedPeers(Settings settings) {
        return settings.text("HOTLINE_AGI_ALLOWED_PEERS")
                .orElseGet(() -> settings.text("HOTLINE_AMI_HOST")
                        .map(pbx -> LOOPBACK + "," + pbx)
                        .orElse(LOOPBACK));
    }

    public boolean enabled() {
        return port > 0;
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static AgiSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, AgiSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
