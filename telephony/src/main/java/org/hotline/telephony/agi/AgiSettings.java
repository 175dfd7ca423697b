package org.hotline.telephony.agi;

import java.util.Map;

/**
 * Where the FastAGI server listens and how many calls it takes at once: {@code HOTLINE_AGI_PORT} (4573; 0 turns the
 * IVR off), {@code HOTLINE_AGI_BIND_ADDRESS} (127.0.0.1: set the address the PBX reaches), {@code HOTLINE_AGI_MAX_CALLS}
 * (100; a call over the limit gets the default route at once, never silence).
 */
public record AgiSettings(int port, String bindAddress, int maxCalls) {

    public static AgiSettings from(Map<String, String> environment) {
        return new AgiSettings(number(environment, "HOTLINE_AGI_PORT", 4573),
                environment.getOrDefault("HOTLINE_AGI_BIND_ADDRESS", "127.0.0.1").strip(),
                Math.max(1, number(environment, "HOTLINE_AGI_MAX_CALLS", 100)));
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    public boolean enabled() {
        return port > 0;
    }
}
