package org.hotline.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Asterisk manager interface (AMI) over TCP, speaking as Asterisk 22 does: the banner, Challenge and MD5
 * Login, CoreSettings, Ping, Command and Logoff answered with their ActionID, CRLF line ends and a blank line after
 * every block; events written in the exact form the captures in {@code shared/fixtures/asterisk22} hold. It can drop
 * every connection at once, as a PBX restart would.
 */
final class FakeAsterisk implements AutoCloseable {

    static final String BANNER = "Asterisk Call Manager/11.0.0";

    private final ServerSocket server;
    private final String user;
    private final String secret;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    /** The calls in progress the PBX reports to CoreShowChannels: linkedid, caller, duration (HH:MM:SS). */
    private volatile List<String[]> activeChannels = List.of();
    private final Thread acceptor;

    FakeAsterisk(int port, String user, String secret) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.user = user;
        this.secret = secret;
        this.acceptor = new Thread(this::accept, "fake-asterisk-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The event blocks Asterisk sent in a capture (not the responses to actions), in order. The captures are copies,
     * kept with the tests, of those in the team's shared fixtures (asterisk22/README.md says how they were made).
     */
    static List<String> capturedEvents(String fixture) throws IOException {
        List<String> lines;
        try (var in = FakeAsterisk.class.getResourceAsStream("/asterisk22/" + fixture)) {
            if (in == null) {
                throw new IOException("no capture " + fixture + " among the test resources");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> events = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean received = false;
        for (String line : lines) {
            if (line.startsWith("--- ")) {
                addEvent(events, block, received);
                block.setLength(0);
                received = line.startsWith("--- recv");
            } else {
                block.append(line).append("\r\n");
            }
        }
        addEvent(events, block, received);
        return events;
    }

    private static void addEvent(List<String> events, StringBuilder block, boolean received) {
        String text = block.toString().strip();
        if (received && text.startsWith("Event: ") && !text.contains("\r\nActionID: ")) {
            events.add(text + "\r\n\r\n");
        }
    }

    /** Waits until a client has logged in {@code count} times in all. */
    void awaitLogins(int count, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (logins.get() < count) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("no AMI login within " + patience + " (" + logins.get() + " so far)");
            }
            Thread.sleep(200);
        }
    }

    /** What CoreShowChannels answers from now on: each {linkedid, caller number, duration HH:MM:SS}. */
    void activeChannels(List<String[]> channels) {
        activeChannels = List.copyOf(channels);
    }

    int logins() {
        return logins.get();
    }

    /** Writes a block (an event, or anything else) to every logged-in client, as it is. */
    void send(String block) throws IOException {
        for (Session session : sessions) {
            if (session.loggedIn) {
                session.write(block);
            }
        }
    }

    /** Closes every connection, as when the PBX restarts; the server keeps listening. */
    void dropConnections() {
        sessions.forEach(Session::close);
        sessions.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Session session = new Session(socket);
                sessions.add(session);
                Thread reader = new Thread(session::serve, "fake-asterisk-session");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        dropConnections();
        server.close();
    }

    /** One manager session: reads action blocks and answers them. */
    private final class Session {
        private final Socket socket;
        private final OutputStream out;
        private volatile boolean loggedIn;
        private String challenge;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void serve() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                write(BANNER + "\r\n");
                Map<String, String> action = new LinkedHashMap<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (!action.isEmpty()) {
                            answer(action);
                            action = new LinkedHashMap<>();
                        }
                        continue;
                    }
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        action.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                line.substring(colon + 1).strip());
                    }
                }
            } catch (IOException gone) {
                // the client or the test closed the connection
            } finally {
                close();
            }
        }

        private void answer(Map<String, String> action) throws IOException {
            String id = action.getOrDefault("actionid", "");
            String name = action.getOrDefault("action", "").toLowerCase(Locale.ROOT);
            switch (name) {
                case "challenge" -> {
                    challenge = Long.toString(100_000_000L + (long) (Math.random() * 800_000_000L));
                    write("Response: Success\r\nActionID: " + id + "\r\nChallenge: " + challenge + "\r\n\r\n");
                }
                case "login" -> login(action, id);
                case "coresettings" -> write("Response: Success\r\nActionID: " + id + "\r\nAMIversion: 11.0.0\r\n"
                        + "AsteriskVersion: 22.10.1\r\nSystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\n"
                        + "CoreRunUser: asterisk\r\nCoreRunGroup: asterisk\r\nCoreMaxFilehandles: 0\r\n"
                        + "CoreRealTimeEnabled: No\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\n"
                        + "SoundsSearchCustomDir: No\r\n\r\n");
                case "ping" -> write("Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: "
                        + String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0) + "\r\n\r\n");
                case "command" -> write("Response: Success\r\nActionID: " + id + "\r\nOutput: Asterisk 22.10.1 built"
                        + " by root @ pbx on a x86_64 running Linux\r\n\r\n");
                case "coreshowchannels" -> coreShowChannels(id);
                case "logoff" -> {
                    write("Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                    close();
                }
                default -> write("Response: Error\r\nActionID: " + id + "\r\nMessage: Invalid/unknown command\r\n\r\n");
            }
        }

        /** The channel list as Asterisk 22 gives it: a start response, one event per channel, a completion event. */
        private void coreShowChannels(String id) throws IOException {
            StringBuilder answer = new StringBuilder("Response: Success\r\nActionID: " + id
                    + "\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n");
            for (String[] channel : activeChannels) {
                answer.append("Event: CoreShowChannel\r\nActionID: ").append(id).append("\r\nChannel: PJSIP/trunk-")
                        .append(channel[0].replace(".", "")).append("\r\nChannelState: 6\r\nChannelStateDesc: Up\r\n")
                        .append("CallerIDNum: ").append(channel[1]).append("\r\nCallerIDName: <unknown>\r\n")
                        .append("ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: ar\r\n")
                        .append("AccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 9\r\nUniqueid: ")
                        .append(channel[0]).append("\r\nLinkedid: ").append(channel[0])
                        .append("\r\nApplication: Queue\r\nApplicationData: enquiries\r\nDuration: ").append(channel[2])
                        .append("\r\nBridgeId: \r\n\r\n");
            }
            answer.append("Event: CoreShowChannelsComplete\r\nActionID: ").append(id)
                    .append("\r\nEventList: Complete\r\nListItems: ").append(activeChannels.size()).append("\r\n\r\n");
            write(answer.toString());
        }

        private void login(Map<String, String> action, String id) throws IOException {
            boolean known = user.equals(action.get("username"));
            boolean secretOk = secret.equals(action.get("secret"))
                    || (challenge != null && md5(challenge + secret).equalsIgnoreCase(action.getOrDefault("key", "")));
            if (known && secretOk) {
                write("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
                loggedIn = true;
                logins.incrementAndGet();
                write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 9\r\nLastReload: 9\r\n"
                        + "Status: Fully Booted\r\n\r\n");
            } else {
                write("Response: Error\r\nActionID: " + id + "\r\nMessage: Authentication failed\r\n\r\n");
            }
        }

        synchronized void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void close() {
            loggedIn = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
