package org.hotline.telephony.live;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the hotline's PBX is laid out, from the environment: the queues agents sign in to ({@code HOTLINE_QUEUES},
 * those of docs/asterisk/queues.conf by default), the wrap-up after a call when the PBX's member says 0
 * ({@code HOTLINE_WRAPUP_SECONDS}, 15 like queues.conf), and the dialplan context that dials a citizen back
 * ({@code HOTLINE_CALLBACK_CONTEXT}, {@code hotline-callback}).
 */
public record TelephonySettings(List<String> queues, int wrapUpSeconds, String callbackContext) {

    public static TelephonySettings from(Map<String, String> environment) {
        List<String> queues = Arrays.stream(environment.getOrDefault("HOTLINE_QUEUES",
                "enquiries,registration,complaints,status,agents").split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).distinct().toList();
        int wrapUp = Integer.parseInt(environment.getOrDefault("HOTLINE_WRAPUP_SECONDS", "15").strip());
        return new TelephonySettings(queues, Math.max(0, wrapUp),
                environment.getOrDefault("HOTLINE_CALLBACK_CONTEXT", "hotline-callback").strip());
    }

    public static TelephonySettings current() {
        return from(System.getenv());
    }
}
