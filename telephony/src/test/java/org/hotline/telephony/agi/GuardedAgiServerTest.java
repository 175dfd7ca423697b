package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The listener with a script that sets one variable (or waits, to hold a thread), on a free port of the loopback,
 * driven by plain sockets as Asterisk would.
 */
class GuardedAgiServerTest {

    private final CountDownLatch release = new CountDownLatch(1);
    /** The hold script has begun: it has the thread it holds. */
    private final CountDownLatch held = new CountDownLatch(1);

    private GuardedAgiServer server;

    private int start(String allowed, int threads, GuardedAgiServer.Limits limits) throws IOException {
        SimpleMappingStrategy scripts = new SimpleMappingStrategy();
        scripts.setMappings(Map.of(
                "ivr", (request, channel) -> channel.setVariable("SERVED", "1"), "hold", (request, channel) -> {
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                    }
                    channel.setVariable("SERVED", "1");
                }));
        server = new GuardedAgiServer(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                PeerAllowList.parse(allowed),
                scripts,
                Set.of("ivr", "hold"),
                threads,
                Thread::new,
                limits);
        server.start();
        return server.port();
    }

    private static GuardedAgiServer.Limits quick() {
        return new GuardedAgiServer.Limits(8192, 1_000, 20, 1_000, 10_000);
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop();
        }
    }

    /** A call as Asterisk makes it: the environment, then "200 result=1" to each command; the commands it got. */
    private static List<String> call(int port, String script) throws IOException {
        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(AgiEnvironmentTest.ASTERISK
                    .replace("script: ivr", "script: " + script)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String command;
            while ((command = readOrNull(in)) != null) {
                commands.add(command);
                out.write("200 result=1\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        return commands;
    }

    private static String readOrNull(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (SocketException reset) {
            return null;
        }
    }

    /** Whether the server closes the connection (whatever it says before). */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        try {
            while (socket.getInputStream().read() >= 0) {
                // a last command, such as Asterisk-Java's AJ_AGISTATUS
            }
            return true;
        } catch (java.net.SocketTimeoutException open) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void aCallRunsItsScript() throws Exception {
        int port = start("127.0.0.1", 2, quick());
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""));
    }

    @Test
    void silentConnectionsBeyondEveryThreadDoNotKeepACallOut() throws Exception {
        int port = start("127.0.0.1", 2, GuardedAgiServer.Limits.standard());
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                silent.add(new Socket(InetAddress.getLoopbackAddress(), port));
            }
            long started = System.nanoTime();
            assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""), "served by the script");
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(4), "not after the silent ones");
        } finally {
            for (Socket socket : silent) {
                socket.close();
            }
        }
    }

    @Test
    void aSilentConnectionIsClosedAfterTheEnvironmentTime() throws Exception {
        int port = start("127.0.0.1", 2, quick());
        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertTrue(closedByServer(silent));
        }
    }

    @Test
    void pastTheMostWaitingTheOldestIsDroppedFirst() throws Exception {
        int port = start("127.0.0.1", 2, new GuardedAgiServer.Limits(8192, 20_000, 3, 1_000, 10_000));
        try (Socket oldest = new Socket(InetAddress.getLoopbackAddress(), port);
                Socket second = new Socket(InetAddress.getLoopbackAddress(), port);
                Socket third = new Socket(InetAddress.getLoopbackAddress(), port);
                Socket fourth = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertTrue(closedByServer(oldest), "well before its 20 s");
            assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""));
        }
    }

    @Test
    void aHugeLineIsRefusedAndTheNextCallServed() throws Exception {
        int port = start("127.0.0.1", 2, quick());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            byte[] huge = new byte[2 * 1024 * 1024];
            Arrays.fill(huge, (byte) 'a');
            try {
                socket.getOutputStream().write(huge);
            } catch (SocketException resetWhileSending) {
                // the server closed it before all was sent
            }
            assertTrue(closedByServer(socket));
        }
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""));
    }

    @Test
    void aHugeReplyDuringTheCallEndsIt() throws Exception {
        int port = start("127.0.0.1", 2, quick());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(AgiEnvironmentTest.ASTERISK.getBytes(StandardCharsets.UTF_8));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().startsWith("SET VARIABLE"));
            byte[] huge = new byte[64 * 1024];
            Arrays.fill(huge, (byte) '2');
            try {
                socket.getOutputStream().write(huge);
                socket.getOutputStream().write('\n');
            } catch (SocketException resetWhileSending) {
                // closed before all was sent
            }
            assertTrue(closedByServer(socket));
        }
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""));
    }

    @Test
    void aPeerOutsideTheListIsClosedAtOnce() throws Exception {
        int port = start("127.0.0.1", 2, quick());
        try (Socket stranger = new Socket()) {
            stranger.bind(new InetSocketAddress("127.0.0.2", 0));
            stranger.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            stranger.getOutputStream().write(AgiEnvironmentTest.ASTERISK.getBytes(StandardCharsets.UTF_8));
            assertTrue(closedByServer(stranger));
        }
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""));
    }

    @Test
    void aCallThatFindsNoThreadWaitsBrieflyThenIsClosed() throws Exception {
        int port = start("127.0.0.1", 1, quick());
        Thread holder = new Thread(() -> {
            try {
                call(port, "hold");
            } catch (IOException ignored) {
                // the test's end
            }
        });
        holder.start();
        assertTrue(held.await(10, TimeUnit.SECONDS), "the hold script has the only thread");
        long started = System.nanoTime();
        assertEquals(List.of(), call(port, "ivr"), "closed with no command: the dialplan's fallback");
        long waited = System.nanoTime() - started;
        assertTrue(
                waited > TimeUnit.MILLISECONDS.toNanos(900) && waited < TimeUnit.SECONDS.toNanos(5),
                "waited about a second: " + waited / 1_000_000 + " ms");
        release.countDown();
        holder.join(10_000);
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""), "a thread again");
    }

    @Test
    void aBurstWaitsForAThreadRatherThanBeingDropped() throws Exception {
        int port = start("127.0.0.1", 1, new GuardedAgiServer.Limits(8192, 1_000, 20, 5_000, 10_000));
        Thread holder = new Thread(() -> {
            try {
                call(port, "hold");
            } catch (IOException ignored) {
                // the test's end
            }
        });
        holder.start();
        assertTrue(held.await(10, TimeUnit.SECONDS), "the hold script has the only thread");
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        assertTrue(call(port, "ivr").contains("SET VARIABLE \"SERVED\" \"1\""), "served once the thread freed");
        holder.join(10_000);
    }
}
