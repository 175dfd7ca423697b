package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;
import org.junit.jupiter.api.Test;

/**
 * The FastAGI port as an attacker on the network would try it, against the provisioned server (which allows three
 * calls at once and only 127.0.0.1 as the PBX): a line of 2 MiB, a flood of connections that never speak, malformed
 * environments, and a peer outside the allow-list. Each is closed with one warning line in the server's log, never a
 * stack trace, and the next real call is served by the IVR itself, not by the dialplan's fallback.
 */
class FastAgiHardeningIT {

    private static final int PORT = Integer.getInteger("hotline.agi.port", 4583);
    private static final AtomicInteger CALLS = new AtomicInteger();
    /** The server's log: beside the deployments folder the tests already know. */
    private static final Path SERVER_LOG = Paths.get(
                    System.getProperty("hotline.deployments", "target/server/standalone/deployments"))
            .resolveSibling("log")
            .resolve("server.log");

    private static String linkedid() {
        return "1795900" + String.format("%03d", CALLS.incrementAndGet()) + ".1";
    }

    /** A real call: an unknown caller picks Arabic, then topic 1; the IVR itself routes it. */
    private static void assertTheIvrServesARealCall(String why) throws Exception {
        Transcript call = new SimulatedAsteriskAgi("07709100001", linkedid())
                .keys("1", "1")
                .call(PORT);
        assertEquals("ENQUIRY", call.last("HOTLINE_TOPIC"), why + ": the caller chose in the IVR");
        assertEquals("enquiries", call.last("HOTLINE_QUEUE"), why);
        assertFalse(call.all("HOTLINE_STEP").contains("overload"), why + ": not the overload route");
    }

    /** Whether the server closes the connection within the time (whatever it sends first). */
    private static boolean closedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (socket.getInputStream().read() >= 0) {
                // the server has nothing to say to a refused peer, but whatever it says is not the point
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static long logSize() throws IOException {
        return Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;
    }

    /** What the server logged since {@code from}, once a line mentioning {@code peer} is there (up to 15 s). */
    private static String loggedSince(long from, String peer) throws Exception {
        SystemUnderTest.eventually(
                Duration.ofSeconds(15),
                "a line about " + peer + " in the server's log",
                () -> loggedSince(from).contains(peer));
        Thread.sleep(300); // anything the same session would log after it
        return loggedSince(from);
    }

    private static String loggedSince(long from) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            log.seek(Math.min(from, log.length()));
            byte[] bytes = new byte[(int) (log.length() - log.getFilePointer())];
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The log's lines about one peer (address:port). */
    private static List<String> linesAbout(String logged, String peer) {
        return logged.lines().filter(line -> line.contains(" " + peer + " ")).toList();
    }

    /** No stack trace from the FastAGI side (other parts of the server may log their own meanwhile). */
    private static void assertNoStackTrace(String logged) {
        assertFalse(logged.contains("NullPointerException"), "no NullPointerException in the log");
        assertFalse(logged.contains("while handling request"), "no Asterisk-Java handler error in the log");
        assertFalse(
                logged.lines()
                        .anyMatch(line -> line.strip().startsWith("at org.asteriskjava.fastagi")
                                || line.strip().startsWith("at org.hotline.telephony.agi")),
                "no FastAGI stack trace in the log");
    }

    /** Sends bytes from a fresh connection and returns the peer's address:port as the server sees it. */
    private static String sendAndExpectClosed(byte[] bytes, String what) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), PORT)) {
            String peer = "127.0.0.1:" + socket.getLocalPort();
            try {
                OutputStream out = socket.getOutputStream();
                out.write(bytes);
                out.flush();
            } catch (SocketException closedWhileSending) {
                return peer; // refused before it had all: closed, as it should be
            }
            assertTrue(closedByServer(socket, 20_000), what + " is closed by the server");
            return peer;
        }
    }

    @Test
    void aLineOfTwoMebibytesIsRefusedWithOneWarningAndTheNextCallIsServed() throws Exception {
        long before = logSize();
        byte[] huge = new byte[2 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        byte[] start = "agi_network: yes\nagi_network_script: ".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, huge, 0, start.length);
        huge[huge.length - 1] = '\n';
        String peer = sendAndExpectClosed(huge, "a 2 MiB line");
        List<String> lines = linesAbout(loggedSince(before, peer), peer);
        assertEquals(1, lines.size(), "one line about it: " + lines);
        assertTrue(lines.get(0).contains("WARN") && lines.get(0).contains("a line over 8192 bytes"), lines.get(0));
        assertNoStackTrace(loggedSince(before));
        assertTheIvrServesARealCall("after a 2 MiB line");
    }

    @Test
    void connectionsThatNeverSpeakCannotKeepARealCallFromTheIvr() throws Exception {
        int limit = Integer.getInteger("hotline.agi.maxCalls", 3);
        List<Socket> silent = new ArrayList<>();
        try {
            // More than the calls allowed and more than every thread the server keeps for calls (the limit and 20).
            for (int i = 0; i < 125; i++) {
                silent.add(new Socket(InetAddress.getByName("127.0.0.1"), PORT));
            }
            assertTrue(silent.size() > limit + 20);
            assertTheIvrServesARealCall("during a flood of 125 silent connections");
            assertTrue(closedByServer(silent.get(0), 30_000), "a silent connection is closed after a few seconds");
        } finally {
            for (Socket socket : silent) {
                socket.close();
            }
        }
        assertTheIvrServesARealCall("after the flood");
        // The server logs at most 20 refusals a second (the flood's 125 fill one second); the other tests count
        // their own line, so they start in a fresh second.
        Thread.sleep(1_500);
    }

    @Test
    void aMalformedEnvironmentLeavesOneWarningLineAndNoStackTrace() throws Exception {
        String asterisk = "agi_network: yes\nagi_network_script: ivr\nagi_request: agi://127.0.0.1:4573/ivr\n"
                + "agi_channel: PJSIP/trunk-00000001\nagi_language: ar\nagi_uniqueid: 1795900999.1\n"
                + "agi_callerid: 07709100002\n\n";
        byte[] binary = asterisk.getBytes(StandardCharsets.US_ASCII);
        binary[30] = (byte) 0xc3; // a UTF-8 lead byte with no continuation
        binary[31] = (byte) 0x28;
        List<byte[]> malformed = List.of(
                asterisk.replace("agi_network_script: ivr\n", "").getBytes(StandardCharsets.US_ASCII),
                "agi_network_script: ivr\n\n".getBytes(StandardCharsets.US_ASCII),
                asterisk.replace("agi_uniqueid: 1795900999.1\n", "").getBytes(StandardCharsets.US_ASCII),
                "\u0000\u0001 not agi at all\r\n\r\n\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1),
                "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                binary,
                asterisk.replace("script: ivr", "script: nothing-here").getBytes(StandardCharsets.US_ASCII),
                "agi_network: yes\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] environment : malformed) {
            String what = new String(environment, StandardCharsets.ISO_8859_1)
                    .lines()
                    .findFirst()
                    .orElse("");
            long before = logSize();
            String peer;
            try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), PORT)) {
                peer = "127.0.0.1:" + socket.getLocalPort();
                socket.getOutputStream().write(environment);
                socket.getOutputStream().flush();
                socket.shutdownOutput(); // as a peer that has said all it will
                assertTrue(closedByServer(socket, 20_000), "closed: " + what);
            }
            String logged = loggedSince(before, peer);
            List<String> lines = linesAbout(logged, peer);
            assertEquals(1, lines.size(), "one line for " + what + ": " + lines);
            assertTrue(lines.get(0).contains("WARN"), lines.get(0));
            assertNoStackTrace(logged);
        }
        assertTheIvrServesARealCall("after malformed environments");
    }

    @Test
    void aPeerOutsideTheAllowListIsClosedAtOnceWithOneWarning() throws Exception {
        long before = logSize();
        String peer;
        try (Socket stranger = new Socket()) {
            // The test server allows 127.0.0.1 only; on Linux the whole 127/8 is this machine, so 127.0.0.2 is a
            // stranger that can still reach the port.
            stranger.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            stranger.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), PORT));
            peer = "127.0.0.2:" + stranger.getLocalPort();
            try {
                stranger.getOutputStream()
                        .write(("agi_network: yes\nagi_network_script: ivr\n"
                                        + "agi_request: agi://127.0.0.1/ivr\nagi_channel: PJSIP/x-1\nagi_uniqueid: 1795900998.1\n\n")
                                .getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException alreadyClosed) {
                // refused before it could send
            }
            assertTrue(closedByServer(stranger, 20_000), "the stranger is closed");
        }
        List<String> lines = linesAbout(loggedSince(before, peer), peer);
        assertEquals(1, lines.size(), "one line about the stranger: " + lines);
        assertTrue(lines.get(0).contains("WARN") && lines.get(0).contains("HOTLINE_AGI_ALLOWED_PEERS"), lines.get(0));
        assertTheIvrServesARealCall("from the allowed PBX");
    }
}
