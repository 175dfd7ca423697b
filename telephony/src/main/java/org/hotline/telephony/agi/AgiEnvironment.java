package org.hotline.telephony.agi;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code agi_} environment a FastAGI session opens with, read as it arrives and judged before anything of
 * Asterisk-Java sees it: one {@code agi_name: value} per line, ended by an empty line, as Asterisk's res_agi sends it.
 * Anything else (a line over the limit, too much altogether, bytes that are not UTF-8, control characters, a line that
 * is not an {@code agi_} variable, a missing {@code agi_network_script}, {@code agi_request}, {@code agi_channel} or
 * {@code agi_uniqueid}, a script this server does not serve) is refused with a reason fit for one log line: the reason
 * never quotes what the peer sent, so nothing it sends can forge or flood a log line.
 *
 * <p>Asterisk's environment is about 700 bytes in 22 lines; a line of 8 KiB and 16 KiB in all leave room for long
 * caller names and script arguments.
 */
final class AgiEnvironment {

    static final int MAX_LINE_BYTES = 8 * 1024;
    static final int MAX_TOTAL_BYTES = 16 * 1024;
    private static final Pattern VARIABLE = Pattern.compile("agi_[a-z0-9_]+:( [^\\p{Cntrl}]*)?");
    private static final List<String> REQUIRED =
            List.of("agi_network_script", "agi_request", "agi_channel", "agi_uniqueid");

    /** What the bytes so far amount to. */
    enum State {
        INCOMPLETE,
        COMPLETE,
        REFUSED
    }

    private final Set<String> scripts;
    private final int maxLineBytes;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream(1024);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final List<byte[]> lines = new ArrayList<>();
    private State state = State.INCOMPLETE;
    private String refusal;

    /** @param scripts the script names this server serves (the path of {@code agi://host/<script>}) */
    AgiEnvironment(Set<String> scripts, int maxLineBytes) {
        this.scripts = Set.copyOf(scripts);
        this.maxLineBytes = maxLineBytes;
    }

    AgiEnvironment(Set<String> scripts) {
        this(scripts, MAX_LINE_BYTES);
    }

    /** Takes what the peer sent next; once complete or refused, it takes nothing more. */
    State feed(ByteBuffer bytes) {
        while (state == State.INCOMPLETE && bytes.hasRemaining()) {
            byte next = bytes.get();
            received.write(next);
            if (next == '\n') {
                endOfLine();
            } else if (line.size() >= maxLineBytes) {
                refuse("a line over " + maxLineBytes + " bytes");
            } else if (received.size() > MAX_TOTAL_BYTES) {
                refuse("an environment over " + MAX_TOTAL_BYTES + " bytes");
            } else {
                line.write(next);
            }
        }
        if (state == State.COMPLETE && bytes.hasRemaining()) {
            // Asterisk waits for a command now; whatever came along is read again by Asterisk-Java, as it would be.
            byte[] rest = new byte[bytes.remaining()];
            bytes.get(rest);
            received.write(rest, 0, rest.length);
        }
        return state;
    }

    /** The peer closed before the empty line. */
    State endOfStream() {
        if (state == State.INCOMPLETE) {
            refuse(
                    received.size() == 0
                            ? "closed without sending anything"
                            : "closed before its environment was complete");
        }
        return state;
    }

    private void endOfLine() {
        byte[] bytes = line.toByteArray();
        line.reset();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length == 0) {
            judge();
            return;
        }
        byte[] content = new byte[length];
        System.arraycopy(bytes, 0, content, 0, length);
        lines.add(content);
    }

    private void judge() {
        if (lines.isEmpty()) {
            refuse("an empty environment");
            return;
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(lines.get(i)))
                        .toString();
            } catch (CharacterCodingException binary) {
                refuse("line " + (i + 1) + " is not UTF-8 text");
                return;
            }
            if (!VARIABLE.matcher(text).matches()) {
                refuse("line " + (i + 1) + " is not an agi_ variable (agi_name: value)");
                return;
            }
            int colon = text.indexOf(':');
            // As Asterisk-Java reads it: the value after ": ", the last of a name twice.
            variables.put(text.substring(0, colon), text.length() > colon + 2 ? text.substring(colon + 2) : "");
        }
        for (String name : REQUIRED) {
            String value = variables.get(name);
            if (value == null || value.isBlank()) {
                refuse("no " + name);
                return;
            }
        }
        if (!scripts.contains(scriptName(variables.get("agi_network_script")))) {
            refuse("a script this server does not serve");
            return;
        }
        state = State.COMPLETE;
    }

    /** {@code ivr?lang=ar} names the script {@code ivr}, as Asterisk-Java maps it. */
    static String scriptName(String networkScript) {
        int query = networkScript.indexOf('?');
        return query < 0 ? networkScript : networkScript.substring(0, query);
    }

    private void refuse(String reason) {
        state = State.REFUSED;
        refusal = reason;
    }

    State state() {
        return state;
    }

    /** Why the session was refused, for one log line. */
    String refusal() {
        return refusal;
    }

    /** Every byte received, the environment and anything after it, for Asterisk-Java's reader to read again. */
    byte[] received() {
        return received.toByteArray();
    }
}
