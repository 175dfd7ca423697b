package org.hotline.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One call as Asterisk's res_agi runs it against a FastAGI server: it connects, sends the {@code agi_} environment as
 * the capture {@code asterisk22/agi-request-env.txt} shows it and an empty line, then answers each command in
 * Asterisk's words ({@code 200 result=…}, {@code 510 Invalid or unknown command}, after a hang-up the {@code HANGUP}
 * notice and {@code 511} for every later command) until the server closes the connection.
 *
 * <p>The caller's keys are scripted: each {@code WAIT FOR DIGIT} or {@code GET DATA} takes the next input ("" is
 * silence, which times out); prompts play to the end (no barge-in). Prompt files can be declared missing: the
 * {@code STAT} check ({@code GET FULL VARIABLE "${STAT(e,${ASTDATADIR}/sounds/<file>.wav)}"}) answers {@code (0)}
 * for them, and a {@code STREAM FILE} of one is answered {@code 200 result=-1 endpos=0} and the connection closed, as
 * Asterisk 22 does (the failed command ends the AGI session, {@code AGISTATUS=FAILURE}). The call can hang up when a
 * command matches.
 */
final class SimulatedAsteriskAgi {

    /** The start of the IVR's question whether a prompt file is in Asterisk's sounds folder. */
    private static final String SOUND_FILE_EXISTS = "${STAT(e,${ASTDATADIR}/sounds/";

    private final String callerNumber;
    private final String linkedid;
    private final Deque<String> inputs = new ArrayDeque<>();
    private Set<String> missingFiles = Set.of();
    private String script = "ivr";
    private String language = "ar";
    private Predicate<String> hangUpWhen = command -> false;
    private FakeAsterisk manager;
    private Predicate<String> holdWhen = command -> false;
    private java.util.concurrent.CountDownLatch held;
    private java.util.concurrent.CountDownLatch release;

    /** What happened on the call. */
    static final class Transcript {
        final List<String> commands = new ArrayList<>();
        /** When each command arrived, in nanoseconds from the connection. */
        final List<Long> commandNanos = new ArrayList<>();

        final Map<String, List<String>> variables = new LinkedHashMap<>();
        /** The prompts the caller heard ({@code digits:…} for Asterisk's own digits). */
        final List<String> played = new ArrayList<>();

        boolean hungUp;
        /** What Asterisk would set as AGISTATUS: SUCCESS when the IVR closed the session, FAILURE, HANGUP. */
        String agiStatus;

        long firstCommandNanos = -1;

        String last(String variable) {
            List<String> values = variables.get(variable);
            return values == null ? null : values.get(values.size() - 1);
        }

        List<String> all(String variable) {
            return variables.getOrDefault(variable, List.of());
        }
    }

    SimulatedAsteriskAgi(String callerNumber, String linkedid) {
        this.callerNumber = callerNumber;
        this.linkedid = linkedid;
    }

    /** The caller's next inputs, in order: a key, a number ended by #, or "" for silence. */
    SimulatedAsteriskAgi keys(String... typed) {
        inputs.addAll(List.of(typed));
        return this;
    }

    /** The script the dialplan asks for ({@code ivr} unless told, e.g. {@code survey}). */
    SimulatedAsteriskAgi script(String name) {
        script = name;
        return this;
    }

    /** The channel's language ({@code CHANNEL(language)}, sent as {@code agi_language}; {@code ar} unless told). */
    SimulatedAsteriskAgi language(String code) {
        language = code;
        return this;
    }

    /** Prompt files that are not on the PBX (e.g. {@code hotline/ku/welcome}). */
    SimulatedAsteriskAgi missing(Set<String> files) {
        missingFiles = Set.copyOf(files);
        return this;
    }

    /**
     * Also tells this fake manager interface what the script sets, as Asterisk does: each SET VARIABLE of a
     * HOTLINE_* variable becomes a VarSet event of the call, which the application's call log reads.
     */
    SimulatedAsteriskAgi reportingTo(FakeAsterisk pbx) {
        manager = pbx;
        return this;
    }

    /**
     * Keeps the call in the script: the first command matching this is answered only once {@code release} opens
     * ({@code held} counts down when it arrives), as a caller who takes their time.
     */
    SimulatedAsteriskAgi holdAt(
            Predicate<String> command,
            java.util.concurrent.CountDownLatch heldHere,
            java.util.concurrent.CountDownLatch releasedBy) {
        holdWhen = command;
        held = heldHere;
        release = releasedBy;
        return this;
    }

    /** Hangs up when a command matching this arrives (before answering it). */
    SimulatedAsteriskAgi hangUpWhen(Predicate<String> command) {
        hangUpWhen = command;
        return this;
    }

    Transcript call(int port) throws IOException {
        Transcript transcript = new Transcript();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            long started = System.nanoTime();
            out.write(environment().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String command;
            while ((command = readCommand(in)) != null) {
                if (transcript.firstCommandNanos < 0) {
                    transcript.firstCommandNanos = System.nanoTime() - started;
                }
                transcript.commands.add(command);
                transcript.commandNanos.add(System.nanoTime() - started);
                if (held != null && holdWhen.test(command)) {
                    holdWhen = any -> false;
                    held.countDown();
                    awaitRelease();
                }
                if (!transcript.hungUp && hangUpWhen.test(command)) {
                    transcript.hungUp = true;
                    out.write("HANGUP\n".getBytes(StandardCharsets.UTF_8));
                }
                out.write((transcript.hungUp
                                ? "511 Command Not Permitted on a dead channel or intercept routine"
                                : answer(command, transcript))
                        .concat("\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                if ("FAILURE".equals(transcript.agiStatus)) {
                    break; // Asterisk ends the session after a failed command: the socket closes
                }
            }
        }
        if (transcript.agiStatus == null) {
            transcript.agiStatus = transcript.hungUp ? "HANGUP" : "SUCCESS";
        }
        return transcript;
    }

    private void awaitRelease() {
        try {
            if (!release.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("held for a minute");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readCommand(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (SocketTimeoutException stuck) {
            throw new AssertionError("the IVR sent nothing for 60 s");
        } catch (java.net.SocketException closed) {
            return null;
        }
    }

    /** The agi_ lines Asterisk 22 sends, as captured, for this call. */
    private String environment() {
        String channel = "PJSIP/trunk-" + linkedid.replace(".", "");
        return "agi_network: yes\nagi_network_script: " + script + "\nagi_request: agi://127.0.0.1:4573/" + script
                + "\nagi_channel: " + channel + "\nagi_language: " + language + "\nagi_type: PJSIP\nagi_uniqueid: "
                + linkedid
                + "\nagi_version: 22.10.1\nagi_callerid: " + callerNumber + "\nagi_calleridname: unknown\n"
                + "agi_callingpres: 0\nagi_callingani2: 0\nagi_callington: 0\nagi_callingtns: 0\nagi_dnid: 5599\n"
                + "agi_rdnis: unknown\nagi_context: hotline\nagi_extension: 5599\nagi_priority: 6\n"
                + "agi_enhanced: 0.0\nagi_accountcode: \nagi_threadid: 140582142305984\n\n";
    }

    private String answer(String command, Transcript transcript) {
        List<String> words = words(command);
        String verb = words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
        String second = words.size() > 1 ? words.get(1).toUpperCase(Locale.ROOT) : "";
        switch (verb + " " + second) {
            case "STREAM FILE":
                if (missingFiles.contains(words.get(2))) {
                    transcript.agiStatus = "FAILURE";
                    return "200 result=-1 endpos=0";
                }
                transcript.played.add(words.get(2));
                return "200 result=0 endpos=16000";
            case "WAIT FOR":
                String key = inputs.isEmpty() ? "" : inputs.poll();
                return "200 result=" + (key.isEmpty() ? 0 : (int) key.charAt(0));
            case "GET DATA":
                String typed = inputs.isEmpty() ? "" : inputs.poll();
                return typed.endsWith("#")
                        ? "200 result=" + typed.substring(0, typed.length() - 1)
                        : "200 result=" + typed + " (timeout)";
            case "SET VARIABLE":
                transcript
                        .variables
                        .computeIfAbsent(words.get(2), name -> new ArrayList<>())
                        .add(words.get(3));
                if (manager != null && words.get(2).startsWith("HOTLINE_")) {
                    send(PbxCalls.variableSet(
                            linkedid, callerNumber, words.get(2), words.get(3), java.time.Instant.now()));
                }
                return "200 result=1";
            case "GET FULL":
                String asked = words.get(3);
                if (asked.startsWith(SOUND_FILE_EXISTS) && asked.endsWith(".wav)}")) {
                    String file = asked.substring(SOUND_FILE_EXISTS.length(), asked.length() - ".wav)}".length());
                    return "200 result=1 (" + (missingFiles.contains(file) ? 0 : 1) + ")";
                }
                return "200 result=1 (" + linkedid + ")";
            case "SAY DIGITS":
                transcript.played.add("digits:" + words.get(2));
                return "200 result=0";
            default:
                if ("ANSWER".equals(verb) || "NOOP".equals(verb)) {
                    return "200 result=0";
                }
                if ("VERBOSE".equals(verb)) {
                    return "200 result=1";
                }
                return "510 Invalid or unknown command";
        }
    }

    private void send(String event) {
        try {
            manager.send(event);
        } catch (IOException lost) {
            throw new java.io.UncheckedIOException(lost);
        }
    }

    /** A command's words, with "quoted words" kept whole and their quotes removed, as res_agi parses them. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any || word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Sends bytes that are not an AGI environment, and returns whether the server closed the connection. */
    static boolean sendGarbage(int port, byte[] garbage) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(garbage);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            try {
                while (socket.getInputStream().read() >= 0) {
                    // whatever the server says before it closes
                }
                return true;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            }
        }
    }
}
