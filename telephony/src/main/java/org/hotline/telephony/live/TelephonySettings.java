package org.hotline.telephony.live;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.common.Settings;

/**
 * How the hotline's PBX is laid out, from the server's settings: the queues agents sign in to ({@code HOTLINE_QUEUES},
 * those of docs/asterisk/queues.conf by default), the dialplan context that dials a citizen back
 * ({@code HOTLINE_CALLBACK_CONTEXT}, {@code hotline-callback}), and each queue's wrapuptime as queues.conf sets it
 * ({@code HOTLINE_QUEUE_WRAPUP}, e.g. {@code enquiries=15,complaints=30}; none by default). Asterisk's manager
 * interface shows a member's own wrapuptime but not its queue's, so the queue's is told here; a wrap-up the PBX does
 * not hold is never assumed, or handle times would be made up. Whether an agent's page says so when a supervisor
 * listens to, whispers on or barges in on their call ({@code HOTLINE_LISTEN_TELL_AGENT}, true by default: staff of a
 * public hotline are told when they are monitored; a hotline whose policy is silent quality checks sets false).
 */
public record TelephonySettings(
        List<String> queues, String callbackContext, Map<String, Integer> queueWrapUp, boolean tellAgentListened) {

    /** Without the listening setting: the agent is told (the default). */
    public TelephonySettings(List<String> queues, String callbackContext, Map<String, Integer> queueWrapUp) {
        this(queues, callbackContext, queueWrapUp, true);
    }

    public static TelephonySettings from(Settings settings) {
        List<String> queues = Arrays.stream(
                        settings.text("HOTLINE_QUEUES", "enquiries,registration,complaints,status,agents")
                                .split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        return new TelephonySettings(
                queues,
                settings.text("HOTLINE_CALLBACK_CONTEXT", "hotline-callback"),
                queueWrapUp(settings.text("HOTLINE_QUEUE_WRAPUP", "")),
                settings.parsed("HOTLINE_LISTEN_TELL_AGENT", TelephonySettings::yesOrNo, "must be true or false")
                        .orElse(true));
    }

    private static boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("neither true nor false");
        };
    }

    /** A queue's wrapuptime in seconds as configured here, or 0. */
    public int wrapUpOf(String queue) {
        return queue == null ? 0 : queueWrapUp.getOrDefault(queue.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> queueWrapUp(String setting) {
        Map<String, Integer> seconds = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            String[] pair = entry.split("=", 2);
            if (pair.length == 2 && !pair[0].isBlank() && pair[1].strip().matches("\\d{1,4}")) {
                seconds.put(pair[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(pair[1].strip()));
            } else if (!entry.isBlank()) {
                throw new IllegalArgumentException(
                        "HOTLINE_QUEUE_WRAPUP: '" + entry.strip() + "' is not queue=seconds");
            }
        }
        return Map.copyOf(seconds);
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static TelephonySettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, TelephonySettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
