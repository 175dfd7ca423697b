package org.hotline.telephony.ami;

import java.util.Map;
import java.util.Optional;

/**
 * Where the PBX's manager interface is: {@code HOTLINE_AMI_HOST} (unset: no PBX, the application runs without
 * telephony), {@code HOTLINE_AMI_PORT} (5038), {@code HOTLINE_AMI_USER} and {@code HOTLINE_AMI_SECRET}.
 */
public record AmiSettings(String host, int port, String user, String secret) {

    public static Optional<AmiSettings> from(Map<String, String> environment) {
        String host = environment.get("HOTLINE_AMI_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = environment.getOrDefault("HOTLINE_AMI_PORT", "5038");
        return Optional.of(new AmiSettings(host.strip(), Integer.parseInt(port.strip()),
                environment.getOrDefault("HOTLINE_AMI_USER", "hotline"),
                environment.getOrDefault("HOTLINE_AMI_SECRET", "")));
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port; // never the secret
    }
}
