package org.hotline.telephony.agi;

import java.time.Duration;
import java.util.Map;

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

    public static AgiSettings from(Map<String, String> environment) {
        return new AgiSettings(number(environment, "HOTLINE_AGI_PORT", 4573),
                environment.getOrDefault("HOTLINE_AGI_BIND_ADDRESS", "127.0.0.1").strip(),
                Math.max(1, number(environment, "HOTLINE_AGI_MAX_CALLS", 100)), allowedPeers(environment),
                Duration.ofSeconds(Math.max(0, number(environment, "HOTLINE_AGI_PROMPT_CHECK_SECONDS", 300))));
    }

    private static String allowedPeers(Map<String, String> environment) {
        String configured = environment.get("HOTLINE_AGI_ALLOWED_PEERS");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String pbx = environment.get("HOTLINE_AMI_HOST");
        return pbx == null || pbx.isBlank() ? LOOPBACK : LOOPBACK + "," + pbx.strip();
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    public boolean enabled() {
        return port > 0;
    }
}
