package org.hotline.telephony.agi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real AMI session as the captures in {@code ear/src/test/resources/asterisk22} hold it: messages of
 * {@code Key: Value} lines after {@code --- recv +<seconds>} markers. It reads what the IVR left on each call: the
 * {@code SET VARIABLE} commands of the {@code AGIExecStart} events, and the {@code AGISTATUS} Asterisk set when the
 * session ended; and the queues the call joined ({@code QueueCallerJoin}).
 */
final class AmiTranscript {

    private static final Pattern SET_VARIABLE = Pattern.compile("SET VARIABLE \"([^\"]*)\" \"(.*)\"");

    private final List<Map<String, String>> messages;

    private AmiTranscript(List<Map<String, String>> messages) {
        this.messages = messages;
    }

    static AmiTranscript read(Path file) {
        try {
            List<Map<String, String>> messages = new ArrayList<>();
            Map<String, String> message = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("--- ")) {
                    if (!message.isEmpty()) {
                        messages.add(message);
                    }
                    message = new LinkedHashMap<>();
                } else if (line.contains(": ")) {
                    // The first of a repeated key is the message's own (the events repeat Context and Exten).
                    message.putIfAbsent(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
                }
            }
            if (!message.isEmpty()) {
                messages.add(message);
            }
            return new AmiTranscript(messages);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The linkedids of the calls that ran the IVR, in order. */
    Set<String> callsThroughTheIvr() {
        Set<String> calls = new LinkedHashSet<>();
        events("AGIExecStart", null).forEach(event -> calls.add(event.get("Linkedid")));
        return calls;
    }

    /** What the IVR left on the call: the variables its commands set, in order, and the AGISTATUS it ended with. */
    Dialplan.AgiOutcome ivrOutcome(String linkedid) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map<String, String> event : events("AGIExecStart", linkedid)) {
            Matcher set = SET_VARIABLE.matcher(event.getOrDefault("Command", ""));
            if (set.matches()) {
                variables.remove(set.group(1)); // the last value counts, in the order it was set
                variables.put(set.group(1), set.group(2));
            }
        }
        String status = events("VarSet", linkedid).stream()
                .filter(event -> "AGISTATUS".equals(event.get("Variable")))
                .map(event -> event.get("Value"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no AGISTATUS for " + linkedid));
        return new Dialplan.AgiOutcome(variables, status);
    }

    /** The queues the call joined, in order, as Asterisk reported them. */
    List<String> queuesJoined(String linkedid) {
        return events("QueueCallerJoin", linkedid).stream()
                .map(event -> event.get("Queue"))
                .toList();
    }

    private List<Map<String, String>> events(String name, String linkedid) {
        return messages.stream()
                .filter(message -> name.equals(message.get("Event")))
                .filter(message -> linkedid == null || linkedid.equals(message.get("Linkedid")))
                .toList();
    }
}
