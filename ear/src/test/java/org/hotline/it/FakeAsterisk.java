package org.hotline.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Asterisk manager interface (AMI) over TCP, speaking as Asterisk 22 does: the banner, Challenge and MD5
 * Login, CoreSettings, Ping, Command and Logoff answered with their ActionID, CRLF line ends and a blank line after
 * every block; events written in the exact form the captures in {@code shared/fixtures/asterisk22} hold. It can drop
 * every connection at once, as a PBX restart would, and cut the link for a while: closed (connections dropped and
 * refused, as when the PBX or its host is down) or half-open (the PBX stops answering without closing anything, as
 * behind a firewall that forgot the connection: nothing more is read or written on the connections of the moment, and
 * new ones get no banner until the link is back).
 *
 * <p>It also holds what the application asks the PBX about and changes: queues with their members and waiting callers
 * (QueueStatus, QueueSummary, QueueAdd, QueueRemove, QueuePause, with the events Asterisk publishes for them) and
 * calls placed by Originate, whose outcome the test chooses. Responses and events use Asterisk 22's wording and field
 * order ({@code app_queue.c}, {@code manager.c}), so a test fails here when it would fail against the real PBX.
 *
 * <p>A session receives events as Asterisk sends them: a login with {@code Events: off} (Asterisk-Java's
 * {@code login("off")}, the action connection) gets only the answers to its own actions, lists like QueueStatus
 * included; one with {@code Events: on}, a category list ({@code call,agent}) or no such header gets the events of its
 * categories, the category being an event's first {@code Privilege}.
 */
final class FakeAsterisk implements AutoCloseable {

    /** An event's {@code Timestamp} line: whole seconds, and the fraction as Asterisk wrote it. */
    private static final Pattern TIMESTAMP = Pattern.compile("Timestamp: (\\d+)(\\.\\d+)?");

    private static final Map<String, Long> SHIFTS = new ConcurrentHashMap<>();

    static final String BANNER = "Asterisk Call Manager/11.0.0";
    /** The OriginateResponse Reason of a call that was answered; 0 failed, 3 no answer, 5 busy, 8 congestion. */
    static final int ANSWERED = 4;
    /** Asterisk's device states as queue members show them. */
    static final int NOT_IN_USE = 1;

    static final int IN_USE = 2;
    static final int UNAVAILABLE = 5;
    static final int RINGING = 6;

    private volatile ServerSocket server;
    private final int port;
    /** The link is half-open: sessions opened now never get a word. */
    private volatile boolean silent;

    private final String user;
    private final String secret;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    /** The calls in progress the PBX reports to CoreShowChannels: linkedid, caller, duration (HH:MM:SS). */
    private volatile List<String[]> activeChannels = List.of();

    /** Every action block received, in order, its header names lower-cased. */
    private final List<Map<String, String>> received = Collections.synchronizedList(new ArrayList<>());
    /** The queues by lower-cased name (Asterisk finds queues and members whatever their case); guarded by itself. */
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    /** Device state by lower-cased interface: Asterisk keeps it per device, shared by all the queues it is in. */
    private final Map<String, Integer> deviceStates = new HashMap<>();

    private volatile int originateOutcome = ANSWERED;
    /** Counter of the channels Originate makes, for their names and uniqueids, as Asterisk's own. */
    private final AtomicLong originated = new AtomicLong(0x200);
    /** Answers an asynchronous Originate after its call is decided, as Asterisk's originate thread does. */
    private final ScheduledExecutorService dialler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fake-asterisk-dialler");
        thread.setDaemon(true);
        return thread;
    });

    FakeAsterisk(int port, String user, String secret) throws IOException {
        this.port = port;
        this.user = user;
        this.secret = secret;
        listen();
    }

    private void listen() throws IOException {
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "fake-asterisk-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Cuts the link until {@link #linkUp()}: closed, every connection is dropped and new ones are refused (nothing
     * listens); half-open, every connection stays open but the PBX neither reads nor writes on it again, and new
     * connections are accepted and left without a banner. What the PBX publishes meanwhile reaches nobody.
     */
    void linkDown(boolean halfOpen) throws IOException {
        if (halfOpen) {
            silent = true;
            sessions.forEach(session -> session.silent = true);
        } else {
            server.close();
            dropConnections();
        }
    }

    /**
     * Ends the cut: new connections are served again. Half-open connections stay dead, as a forgotten TCP connection
     * does: the client has to notice and connect again.
     */
    void linkUp() throws IOException {
        silent = false;
        if (server.isClosed()) {
            listen();
        }
    }

    /**
     * The event blocks Asterisk sent in a capture (not the responses to actions), in order, their {@code Timestamp}s
     * moved by {@link #replayShift} so that the call happens now, as a PBX sends it: the application reads the PBX's
     * records of the last days only, and a capture ages. The captures are copies, kept with the tests, of those in the
     * team's shared fixtures (asterisk22/README.md says how they were made).
     */
    static List<String> capturedEvents(String fixture) throws IOException {
        List<String> lines = captureText(fixture).lines().toList();
        long shift = replayShift(fixture);
        List<String> events = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean received = false;
        for (String line : lines) {
            if (line.startsWith("--- ")) {
                addEvent(events, block, received);
                block.setLength(0);
                received = line.startsWith("--- recv");
            } else {
                Matcher stamp = TIMESTAMP.matcher(line);
                block.append(
                                stamp.matches()
                                        ? "Timestamp: " + (Long.parseLong(stamp.group(1)) + shift)
                                                + (stamp.group(2) == null ? "" : stamp.group(2))
                                        : line)
                        .append("\r\n");
            }
        }
        addEvent(events, block, received);
        return events;
    }

    /**
     * The whole seconds a capture's times are moved by when it is replayed: from its first event to the moment it is
     * first replayed in this run. One shift per capture for the run, so that a capture replayed again repeats the same
     * events, and its CDR and queue_log lines ({@link FakeAsteriskRecords#ofCapture}) move with it.
     */
    static long replayShift(String fixture) throws IOException {
        String capture = fixture.endsWith(".ami.txt") ? fixture : fixture + ".ami.txt";
        Long known = SHIFTS.get(capture);
        if (known != null) {
            return known;
        }
        Matcher first = TIMESTAMP.matcher("");
        for (String line : captureText(capture).lines().toList()) {
            if (first.reset(line).matches()) {
                long shift = Instant.now().getEpochSecond() - Long.parseLong(first.group(1));
                Long won = SHIFTS.putIfAbsent(capture, shift);
                return won == null ? shift : won;
            }
        }
        throw new IOException("no Timestamp in the capture " + capture);
    }

    private static String captureText(String fixture) throws IOException {
        try (var in = FakeAsterisk.class.getResourceAsStream("/asterisk22/" + fixture)) {
            if (in == null) {
                throw new IOException("no capture " + fixture + " among the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void addEvent(List<String> events, StringBuilder block, boolean received) {
        String text = block.toString().strip();
        if (received && text.startsWith("Event: ") && !text.contains("\r\nActionID: ")) {
            events.add(text + "\r\n\r\n");
        }
    }

    /** Waits until a client has logged in {@code count} times in all. */
    void awaitLogins(int count, Duration patience) {
        SystemUnderTest.eventually(
                patience,
                count + " AMI logins in all (" + logins.get() + " before the wait)",
                () -> logins.get() >= count);
    }

    /**
     * What CoreShowChannels answers from now on: each {linkedid, caller number, duration HH:MM:SS}, and for a call a
     * member answered, also {member interface, how long the member's channel has existed HH:MM:SS}: the member's
     * channel is then listed too, in the caller's bridge.
     */
    void activeChannels(List<String[]> channels) {
        activeChannels = List.copyOf(channels);
    }

    int logins() {
        return logins.get();
    }

    /**
     * Writes a block (an event, or anything else) to every logged-in client that takes events, as it is: a session
     * logged in with {@code Events: off} gets nothing, one with a category list only the blocks of its categories.
     */
    void send(String block) throws IOException {
        for (Session session : sessions) {
            if (session.loggedIn && session.takes(block)) {
                session.write(block);
            }
        }
    }

    /** Closes every connection, as when the PBX restarts; the server keeps listening. */
    void dropConnections() {
        sessions.forEach(Session::close);
        sessions.clear();
    }

    /** Declares a queue (strategy ringall, as in the capture), empty until members are added. */
    void queue(String name) {
        synchronized (queues) {
            queues.putIfAbsent(key(name), new Queue(name));
        }
    }

    /**
     * Adds a static member of a declared queue, as queues.conf would: not in use (or its device's state if one was
     * set), not paused.
     */
    void member(String queue, String iface, String memberName) {
        synchronized (queues) {
            Queue q = existing(queue);
            q.members.put(
                    key(iface),
                    new Member(
                            q.name,
                            iface,
                            memberName,
                            iface,
                            false,
                            0,
                            false,
                            "",
                            0,
                            deviceStates.getOrDefault(key(iface), NOT_IN_USE)));
        }
    }

    /**
     * A member's fields as a QueueMember event would show them now (Queue, MemberName, Interface, StateInterface,
     * Membership, Penalty, CallsTaken, LastCall, LastPause, LoginTime, InCall, Status, Paused, PausedReason,
     * Ringinuse, Wrapuptime, named as Asterisk names them), or null when the interface is not in that queue.
     */
    Map<String, String> member(String queue, String iface) {
        synchronized (queues) {
            Queue q = queues.get(key(queue));
            Member member = q == null ? null : q.members.get(key(iface));
            return member == null ? null : Collections.unmodifiableMap(member.fields());
        }
    }

    /**
     * Puts a caller in a declared queue, waiting since {@code waitSeconds} ago, behind those already waiting; its
     * QueueEntry names the caller's channel as {@link PbxCalls} does.
     */
    void waiting(String queue, String linkedid, String callerNum, int waitSeconds) {
        synchronized (queues) {
            existing(queue)
                    .waiting
                    .add(new Waiting(linkedid, callerNum, Instant.now().minusSeconds(waitSeconds)));
        }
    }

    /** Empties every queue of its waiting callers. */
    void clearWaiting() {
        synchronized (queues) {
            queues.values().forEach(q -> q.waiting.clear());
        }
    }

    /**
     * Sets the device state of an interface (1 not in use, 2 in use, 5 unavailable, 6 ringing) in every queue it is a
     * member of, and publishes a QueueMemberStatus for each, as Asterisk does when a phone's state changes.
     */
    void memberStatus(String iface, int status) {
        List<String> events = new ArrayList<>();
        synchronized (queues) {
            deviceStates.put(key(iface), status);
            for (Queue q : queues.values()) {
                Member member = q.members.get(key(iface));
                if (member != null) {
                    member.status = status;
                    events.add(member.event("QueueMemberStatus"));
                }
            }
        }
        events.forEach(this::publish);
    }

    /**
     * How the next Originates end: 4 answered (OriginateResponse Success), else Failure with this Reason: 0 failed,
     * 3 no answer, 5 busy, 8 congestion.
     */
    void originateOutcome(int reason) {
        originateOutcome = reason;
    }

    /**
     * Every action block received with that Action (case ignored), in order, header names lower-cased. A header sent
     * more than once keeps its first value, as Asterisk reads it, except {@code variable}, whose values are joined with
     * commas, the form Asterisk also accepts for one Variable header.
     */
    List<Map<String, String>> actions(String actionName) {
        List<Map<String, String>> matching = new ArrayList<>();
        synchronized (received) {
            for (Map<String, String> action : received) {
                if (actionName.equalsIgnoreCase(action.getOrDefault("action", ""))) {
                    matching.add(action);
                }
            }
        }
        return matching;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
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
        dialler.shutdownNow();
        dropConnections();
        server.close();
    }

    /** Writes an event the fake itself raises to the sessions that take it; a session that is gone is dropped. */
    private void publish(String block) {
        for (Session session : sessions) {
            if (session.loggedIn && session.takes(block)) {
                try {
                    session.write(block);
                } catch (IOException gone) {
                    session.close();
                }
            }
        }
    }

    private Queue existing(String queue) {
        Queue q = queues.get(key(queue));
        if (q == null) {
            throw new IllegalArgumentException("no queue " + queue + "; declare it with queue(name) first");
        }
        return q;
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static String now() {
        return PbxCalls.timestamp(Instant.now());
    }

    /** Asterisk's {@code ast_true}: the words it takes for yes. */
    private static boolean isTrue(String value) {
        return value != null && List.of("yes", "true", "y", "t", "1", "on").contains(value.toLowerCase(Locale.ROOT));
    }

    /** Asterisk's {@code ast_false}. */
    private static boolean isFalse(String value) {
        return value != null && List.of("no", "false", "n", "f", "0", "off").contains(value.toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int number(String value, int otherwise) {
        try {
            return blank(value) ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    /** Asterisk writes {@code ActionID} only when the action had one. */
    private static String idLine(String id) {
        return id.isEmpty() ? "" : "ActionID: " + id + "\r\n";
    }

    private static String success(String id, String message) {
        return "Response: Success\r\n" + idLine(id) + "Message: " + message + "\r\n\r\n";
    }

    private static String error(String id, String message) {
        return "Response: Error\r\n" + idLine(id) + "Message: " + message + "\r\n\r\n";
    }

    /** A queue as app_queue.c holds it, with the counters QueueParams shows. */
    private static final class Queue {
        final String name;
        final Map<String, Member> members = new LinkedHashMap<>();
        final List<Waiting> waiting = new ArrayList<>();

        Queue(String name) {
            this.name = name;
        }
    }

    private record Waiting(String linkedid, String callerNum, Instant since) {}

    /** A queue member with the fields Asterisk 22 publishes for it. */
    private static final class Member {
        final String queue;
        final String iface;
        final String name;
        final String stateInterface;
        final boolean dynamic;
        final int penalty;
        final int wrapuptime;
        final long loginTime = Instant.now().getEpochSecond();
        int callsTaken;
        long lastCall;
        long lastPause;
        int status;
        boolean paused;
        String pausedReason;

        Member(
                String queue,
                String iface,
                String name,
                String stateInterface,
                boolean dynamic,
                int penalty,
                boolean paused,
                String pausedReason,
                int wrapuptime,
                int status) {
            this.queue = queue;
            this.iface = iface;
            this.name = name;
            this.stateInterface = stateInterface;
            this.dynamic = dynamic;
            this.penalty = penalty;
            this.paused = paused;
            this.pausedReason = pausedReason;
            this.wrapuptime = wrapuptime;
            this.status = status;
            this.lastPause = paused ? loginTime : 0;
        }

        /** The member blob of app_queue.c's queue_member_blob_create, in its order (QueueMemberStatus, …Added). */
        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Queue", queue);
            fields.put("MemberName", name);
            fields.put("Interface", iface);
            fields.put("StateInterface", stateInterface);
            fields.put("Membership", dynamic ? "dynamic" : "static");
            fields.put("Penalty", Integer.toString(penalty));
            fields.put("CallsTaken", Integer.toString(callsTaken));
            fields.put("LastCall", Long.toString(lastCall));
            fields.put("LastPause", Long.toString(lastPause));
            fields.put("LoginTime", Long.toString(loginTime));
            fields.put("InCall", "0");
            fields.put("Status", Integer.toString(status));
            fields.put("Paused", paused ? "1" : "0");
            fields.put("PausedReason", pausedReason);
            fields.put("Ringinuse", "0");
            fields.put("Wrapuptime", Integer.toString(wrapuptime));
            return fields;
        }

        String event(String name) {
            return event(name, fields());
        }

        static String event(String name, Map<String, String> fields) {
            StringBuilder event =
                    new StringBuilder("Event: " + name + "\r\nPrivilege: agent,all\r\nTimestamp: " + now() + "\r\n");
            fields.forEach((field, value) ->
                    event.append(field).append(": ").append(value).append("\r\n"));
            return event.append("\r\n").toString();
        }

        /** The QueueMember event of a QueueStatus list, which has its own names and order (Name, Location, …). */
        String listed(String id) {
            return "Event: QueueMember\r\nQueue: " + queue + "\r\nName: " + name + "\r\nLocation: " + iface
                    + "\r\nStateInterface: " + stateInterface + "\r\nMembership: " + (dynamic ? "dynamic" : "static")
                    + "\r\nPenalty: " + penalty + "\r\nCallsTaken: " + callsTaken + "\r\nLastCall: " + lastCall
                    + "\r\nLastPause: " + lastPause + "\r\nLoginTime: " + loginTime + "\r\nInCall: 0\r\nStatus: "
                    + status + "\r\nPaused: " + (paused ? 1 : 0) + "\r\nPausedReason: " + pausedReason
                    + "\r\nWrapuptime: " + wrapuptime + "\r\n" + idLine(id) + "\r\n";
        }
    }

    /** One manager session: reads action blocks and answers them. */
    private final class Session {
        private final Socket socket;
        private final OutputStream out;
        private volatile boolean loggedIn;
        /** The link is half-open: nothing more is answered or written. */
        private volatile boolean silent = FakeAsterisk.this.silent;

        private String challenge;
        /** The event categories the session takes: null all of them, empty none ({@code Events: off}). */
        private volatile Set<String> categories;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void serve() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                write(BANNER + "\r\n");
                Map<String, String> action = new LinkedHashMap<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (silent) {
                        continue; // half-open: read and dropped, never answered
                    }
                    if (line.isEmpty()) {
                        if (!action.isEmpty()) {
                            received.add(Collections.unmodifiableMap(action));
                            answer(action);
                            action = new LinkedHashMap<>();
                        }
                        continue;
                    }
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                        String value = line.substring(colon + 1).strip();
                        if ("variable".equals(name) && action.containsKey(name)) {
                            action.put(name, action.get(name) + "," + value);
                        } else {
                            action.putIfAbsent(name, value);
                        }
                    }
                }
            } catch (IOException gone) {
                // the client or the test closed the connection
            } finally {
                close();
            }
        }

        /** Whether the session's event mask lets this block through; blocks that are not events always pass. */
        boolean takes(String block) {
            Set<String> mask = categories;
            if (mask == null) {
                return true;
            }
            if (mask.isEmpty()) {
                return false;
            }
            int privilege = block.indexOf("\r\nPrivilege: ");
            if (!block.startsWith("Event: ") || privilege < 0) {
                return true;
            }
            int from = privilege + "\r\nPrivilege: ".length();
            int end = block.indexOf("\r\n", from);
            String category = block.substring(from, end < 0 ? block.length() : end)
                    .split(",")[0]
                    .strip();
            return mask.contains(category.toLowerCase(Locale.ROOT));
        }

        private void answer(Map<String, String> action) throws IOException {
            String id = action.getOrDefault("actionid", "");
            String given = action.getOrDefault("action", "");
            String name = given.toLowerCase(Locale.ROOT);
            if (given.isBlank()) {
                write(error(id, "Missing action in request"));
                return;
            }
            if (!loggedIn && !List.of("login", "challenge", "logoff").contains(name)) {
                write(error(id, "Permission denied"));
                return;
            }
            switch (name) {
                case "challenge" -> {
                    challenge = Long.toString(100_000_000L + (long) (Math.random() * 800_000_000L));
                    write("Response: Success\r\n" + idLine(id) + "Challenge: " + challenge + "\r\n\r\n");
                }
                case "login" -> login(action, id);
                case "events" -> events(action, id);
                case "coresettings" ->
                    write("Response: Success\r\n" + idLine(id) + "AMIversion: 11.0.0\r\n"
                            + "AsteriskVersion: 22.10.1\r\nSystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\n"
                            + "CoreRunUser: asterisk\r\nCoreRunGroup: asterisk\r\nCoreMaxFilehandles: 0\r\n"
                            + "CoreRealTimeEnabled: No\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\n"
                            + "SoundsSearchCustomDir: No\r\n\r\n");
                case "ping" ->
                    write("Response: Success\r\n" + idLine(id) + "Ping: Pong\r\nTimestamp: " + now() + "\r\n\r\n");
                case "command" ->
                    write("Response: Success\r\n" + idLine(id) + "Message: Command output follows\r\n"
                            + "Output: Asterisk 22.10.1 built by root @ pbx on a x86_64 running Linux\r\n\r\n");
                case "coreshowchannels" -> coreShowChannels(id);
                case "queuestatus" -> queueStatus(action, id);
                case "queuesummary" -> queueSummary(action, id);
                case "queueadd" -> queueAdd(action, id);
                case "queueremove" -> queueRemove(action, id);
                case "queuepause" -> queuePause(action, id);
                case "originate" -> originate(action, id);
                case "logoff" -> {
                    write("Response: Goodbye\r\n" + idLine(id) + "Message: Thanks for all the fish.\r\n\r\n");
                    close();
                }
                default ->
                    write(error(
                            id,
                            "Invalid/unknown command: " + given
                                    + ". Use Action: ListCommands to show available commands."));
            }
        }

        /** The channel list as Asterisk 22 gives it: a start response, one event per channel, a completion event. */
        private void coreShowChannels(String id) throws IOException {
            StringBuilder answer = new StringBuilder(
                    "Response: Success\r\n" + idLine(id) + "EventList: start\r\nMessage: Channels will follow\r\n\r\n");
            int items = 0;
            for (String[] channel : activeChannels) {
                boolean bridged = channel.length > 3;
                String bridge = bridged
                        ? java.util
                                .UUID
                                .nameUUIDFromBytes(channel[0].getBytes(StandardCharsets.UTF_8))
                                .toString()
                        : "";
                answer.append(showChannel(
                        id,
                        PbxCalls.callerChannel(channel[0]),
                        channel[0],
                        channel[0],
                        channel[1],
                        "hotline",
                        "5599",
                        "Queue",
                        "enquiries,t,,,300",
                        channel[2],
                        bridge));
                items++;
                if (bridged) { // the member's channel, as app_queue dials it: <interface>-<counter>
                    String uniqueid = channel[0].substring(0, channel[0].indexOf('.')) + ".9" + items;
                    answer.append(showChannel(
                            id,
                            channel[3] + "-" + String.format(Locale.ROOT, "%08x", 0x9000 + items),
                            uniqueid,
                            channel[0],
                            channel[1],
                            "agents",
                            "s",
                            "AppQueue",
                            "(Outgoing Line)",
                            channel[4],
                            bridge));
                    items++;
                }
            }
            answer.append("Event: CoreShowChannelsComplete\r\n")
                    .append(idLine(id))
                    .append("EventList: Complete\r\nListItems: ")
                    .append(items)
                    .append("\r\n\r\n");
            write(answer.toString());
        }

        /** One CoreShowChannel item, in the order of Asterisk 22's channel snapshot and ami_channel fields. */
        private static String showChannel(
                String id,
                String name,
                String uniqueid,
                String linkedid,
                String caller,
                String context,
                String exten,
                String application,
                String data,
                String duration,
                String bridge) {
            return "Event: CoreShowChannel\r\n" + idLine(id) + "Channel: " + name + "\r\nChannelState: 6\r\n"
                    + "ChannelStateDesc: Up\r\nCallerIDNum: " + caller + "\r\nCallerIDName: <unknown>\r\n"
                    + "ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: ar\r\n"
                    + "AccountCode: \r\nContext: " + context + "\r\nExten: " + exten + "\r\nPriority: 9\r\n"
                    + "Uniqueid: " + uniqueid + "\r\nLinkedid: " + linkedid + "\r\nBridgeId: " + bridge
                    + "\r\nApplication: " + application + "\r\nApplicationData: " + data + "\r\nDuration: "
                    + duration + "\r\n\r\n";
        }

        /**
         * QueueStatus as app_queue.c's manager_queues_status writes it: per queue its QueueParams, its members
         * ({@code Member} matching interface or name), its waiting callers; ListItems counts them all. No Privilege
         * nor Timestamp on these: they are list items, not events.
         */
        private void queueStatus(Map<String, String> action, String id) throws IOException {
            String only = action.get("queue");
            String memberFilter = action.get("member");
            StringBuilder answer = new StringBuilder("Response: Success\r\n" + idLine(id)
                    + "EventList: start\r\nMessage: Queue status will follow\r\n\r\n");
            int items = 0;
            Instant now = Instant.now();
            synchronized (queues) {
                for (Queue q : queues.values()) {
                    if (!blank(only) && !q.name.equalsIgnoreCase(only)) {
                        continue;
                    }
                    answer.append("Event: QueueParams\r\nQueue: ")
                            .append(q.name)
                            .append("\r\nMax: 0\r\n")
                            .append("Strategy: ringall\r\nCalls: ")
                            .append(q.waiting.size())
                            .append("\r\nHoldtime: 0\r\n")
                            .append("TalkTime: 0\r\nCompleted: 0\r\nAbandoned: 0\r\nServiceLevel: 0\r\n")
                            .append("ServicelevelPerf: 0.0\r\nServicelevelPerf2: 0.0\r\nWeight: 0\r\n")
                            .append(idLine(id))
                            .append("\r\n");
                    items++;
                    for (Member member : q.members.values()) {
                        if (blank(memberFilter)
                                || member.iface.equals(memberFilter)
                                || member.name.equals(memberFilter)) {
                            answer.append(member.listed(id));
                            items++;
                        }
                    }
                    int position = 1;
                    for (Waiting caller : q.waiting) {
                        answer.append("Event: QueueEntry\r\nQueue: ")
                                .append(q.name)
                                .append("\r\nPosition: ")
                                .append(position++)
                                .append("\r\nChannel: ")
                                .append(PbxCalls.callerChannel(caller.linkedid()))
                                .append("\r\nUniqueid: ")
                                .append(caller.linkedid())
                                .append("\r\nCallerIDNum: ")
                                .append(caller.callerNum())
                                .append("\r\nCallerIDName: unknown\r\nConnectedLineNum: unknown\r\n")
                                .append("ConnectedLineName: unknown\r\nWait: ")
                                .append(Duration.between(caller.since(), now).getSeconds())
                                .append("\r\nPriority: 0\r\n")
                                .append(idLine(id))
                                .append("\r\n");
                        items++;
                    }
                }
            }
            answer.append("Event: QueueStatusComplete\r\n")
                    .append(idLine(id))
                    .append("EventList: Complete\r\n")
                    .append("ListItems: ")
                    .append(items)
                    .append("\r\n\r\n");
            write(answer.toString());
        }

        /** QueueSummary: per queue the members logged in and free, the callers and the longest wait. */
        private void queueSummary(Map<String, String> action, String id) throws IOException {
            String only = action.get("queue");
            StringBuilder answer = new StringBuilder("Response: Success\r\n" + idLine(id)
                    + "EventList: start\r\nMessage: Queue summary will follow\r\n\r\n");
            int items = 0;
            Instant now = Instant.now();
            synchronized (queues) {
                for (Queue q : queues.values()) {
                    if (!blank(only) && !q.name.equalsIgnoreCase(only)) {
                        continue;
                    }
                    long loggedIn = q.members.values().stream()
                            .filter(m -> m.status != UNAVAILABLE && m.status != 4)
                            .count();
                    long available = q.members.values().stream()
                            .filter(m -> (m.status == NOT_IN_USE || m.status == 0) && !m.paused)
                            .count();
                    long longest = q.waiting.stream()
                            .mapToLong(w -> Duration.between(w.since(), now).getSeconds())
                            .max()
                            .orElse(0);
                    answer.append("Event: QueueSummary\r\nQueue: ")
                            .append(q.name)
                            .append("\r\nLoggedIn: ")
                            .append(loggedIn)
                            .append("\r\nAvailable: ")
                            .append(available)
                            .append("\r\nCallers: ")
                            .append(q.waiting.size())
                            .append("\r\nHoldTime: 0\r\nTalkTime: 0\r\nLongestHoldTime: ")
                            .append(longest)
                            .append("\r\n")
                            .append(idLine(id))
                            .append("\r\n");
                    items++;
                }
            }
            answer.append("Event: QueueSummaryComplete\r\n")
                    .append(idLine(id))
                    .append("EventList: Complete\r\n")
                    .append("ListItems: ")
                    .append(items)
                    .append("\r\n\r\n");
            write(answer.toString());
        }

        /** QueueAdd: a dynamic member, as app_queue.c's manager_add_queue_member answers and publishes it. */
        private void queueAdd(Map<String, String> action, String id) throws IOException {
            String queue = action.get("queue");
            String iface = action.get("interface");
            if (blank(queue)) {
                write(error(id, "'Queue' not specified."));
                return;
            }
            if (blank(iface)) {
                write(error(id, "'Interface' not specified."));
                return;
            }
            boolean paused = isTrue(action.get("paused"));
            String reason = paused ? action.getOrDefault("reason", "") : "";
            String added;
            synchronized (queues) {
                Queue q = queues.get(key(queue));
                if (q == null) {
                    write(error(id, "Unable to add interface to queue: No such queue"));
                    return;
                }
                if (q.members.containsKey(key(iface))) {
                    write(error(id, "Unable to add interface: Already there"));
                    return;
                }
                Member member = new Member(
                        q.name,
                        iface,
                        blank(action.get("membername")) ? iface : action.get("membername"),
                        blank(action.get("stateinterface")) ? iface : action.get("stateinterface"),
                        true,
                        number(action.get("penalty"), 0),
                        paused,
                        reason,
                        number(action.get("wrapuptime"), 0),
                        deviceStates.getOrDefault(key(iface), NOT_IN_USE));
                q.members.put(key(iface), member);
                added = member.event("QueueMemberAdded");
            }
            write(success(id, "Added interface to queue"));
            publish(added);
        }

        /** QueueRemove, with app_queue.c's answers for a missing queue, a non-member and a static member. */
        private void queueRemove(Map<String, String> action, String id) throws IOException {
            String queue = action.get("queue");
            String iface = action.get("interface");
            if (blank(queue) || blank(iface)) {
                write(error(id, "Need 'Queue' and 'Interface' parameters."));
                return;
            }
            String removed;
            synchronized (queues) {
                Queue q = queues.get(key(queue));
                if (q == null) {
                    write(error(id, "Unable to remove interface from queue: No such queue"));
                    return;
                }
                Member member = q.members.get(key(iface));
                if (member == null) {
                    write(error(id, "Unable to remove interface: Not there"));
                    return;
                }
                if (!member.dynamic) {
                    write(error(id, "Member not dynamic"));
                    return;
                }
                q.members.remove(key(iface));
                removed = member.event("QueueMemberRemoved");
            }
            write(success(id, "Removed interface from queue"));
            publish(removed);
        }

        /**
         * QueuePause in the queue given or, without one, in every queue the interface is in; one QueueMemberPause per
         * queue. The event carries the Reason given even when unpausing, and the member keeps it only while paused,
         * as set_queue_member_pause does.
         */
        private void queuePause(Map<String, String> action, String id) throws IOException {
            String iface = action.get("interface");
            String pausedText = action.get("paused");
            if (blank(iface) || blank(pausedText)) {
                write(error(id, "Need 'Interface' and 'Paused' parameters."));
                return;
            }
            boolean paused = isTrue(pausedText);
            String only = action.get("queue");
            String reason = action.getOrDefault("reason", "");
            List<String> events = new ArrayList<>();
            synchronized (queues) {
                for (Queue q : queues.values()) {
                    Member member = q.members.get(key(iface));
                    if (member == null || (!blank(only) && !q.name.equalsIgnoreCase(only))) {
                        continue;
                    }
                    member.paused = paused;
                    if (paused) {
                        member.lastPause = Instant.now().getEpochSecond();
                    }
                    Map<String, String> fields = member.fields();
                    fields.put("PausedReason", reason);
                    member.pausedReason = paused ? reason : "";
                    events.add(Member.event("QueueMemberPause", fields));
                }
            }
            if (events.isEmpty()) {
                write(error(id, "Interface not found"));
                return;
            }
            write(success(id, paused ? "Interface paused successfully" : "Interface unpaused successfully"));
            events.forEach(FakeAsterisk.this::publish);
        }

        /**
         * Originate: asynchronous, it is queued at once and its OriginateResponse published to the event sessions
         * about 50 ms later; synchronous, the answer itself waits for the outcome ("Originate failed" unless answered).
         * No channel events are raised for the call; a test sends those it needs ({@link PbxCalls}).
         */
        private void originate(Map<String, String> action, String id) throws IOException {
            String channel = action.get("channel");
            if (blank(channel)) {
                write(error(id, "Channel not specified"));
                return;
            }
            if (channel.indexOf('/') < 0) {
                write(error(id, "Invalid channel"));
                return;
            }
            int outcome = originateOutcome;
            if (!isTrue(action.get("async"))) {
                dialler.schedule(
                        () -> {
                            try {
                                write(
                                        outcome == ANSWERED
                                                ? success(id, "Originate successfully queued")
                                                : error(id, "Originate failed"));
                            } catch (IOException gone) {
                                close();
                            }
                        },
                        50,
                        TimeUnit.MILLISECONDS);
                return;
            }
            write(success(id, "Originate successfully queued"));
            String response = originateResponse(action, id, outcome);
            dialler.schedule(() -> publish(response), 50, TimeUnit.MILLISECONDS);
        }

        /**
         * The OriginateResponse manager.c's fast_originate writes: Application/Data or Context/Exten as the action had
         * them; on failure no channel was kept, so Channel is the one requested and Uniqueid the ChannelId asked for or
         * {@code <unknown>}.
         */
        private String originateResponse(Map<String, String> action, String id, int outcome) {
            boolean answered = outcome == ANSWERED;
            long counter = originated.incrementAndGet();
            String requested = action.get("channel");
            String channel = requested + "-" + String.format(Locale.ROOT, "%08x", counter)
                    + (requested.startsWith("Local/") ? ";1" : "");
            String uniqueid = blank(action.get("channelid"))
                    ? Instant.now().getEpochSecond() + "." + counter
                    : action.get("channelid");
            String[] callerId = callerId(action.getOrDefault("callerid", ""));
            String application = action.get("application");
            return "Event: OriginateResponse\r\nPrivilege: call,all\r\nTimestamp: " + now() + "\r\n" + idLine(id)
                    + "Response: " + (answered ? "Success" : "Failure") + "\r\nChannel: "
                    + (answered ? channel : requested) + "\r\n"
                    + (blank(application)
                            ? "Context: " + action.getOrDefault("context", "") + "\r\nExten: "
                                    + action.getOrDefault("exten", "") + "\r\n"
                            : "Application: " + application + "\r\nData: " + action.getOrDefault("data", "") + "\r\n")
                    + "Reason: " + outcome + "\r\nUniqueid: "
                    + (answered || !blank(action.get("channelid")) ? uniqueid : "<unknown>") + "\r\nCallerIDNum: "
                    + (blank(callerId[1]) ? "<unknown>" : callerId[1]) + "\r\nCallerIDName: "
                    + (blank(callerId[0]) ? "<unknown>" : callerId[0]) + "\r\n\r\n";
        }

        /** Asterisk's {@code Events} action: changes the session's event mask. */
        private void events(Map<String, String> action, String id) throws IOException {
            categories = mask(action.get("eventmask"), categories);
            write("Response: Success\r\n" + idLine(id) + "Events: "
                    + (categories != null && categories.isEmpty() ? "Off" : "On") + "\r\n\r\n");
        }

        private void login(Map<String, String> action, String id) throws IOException {
            boolean known = user.equals(action.get("username"));
            boolean secretOk = secret.equals(action.get("secret"))
                    || (challenge != null && md5(challenge + secret).equalsIgnoreCase(action.getOrDefault("key", "")));
            if (known && secretOk) {
                categories = mask(action.get("events"), null);
                write(success(id, "Authentication accepted"));
                loggedIn = true;
                logins.incrementAndGet();
                if (takes("Event: FullyBooted\r\nPrivilege: system,all\r\n")) {
                    write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 9\r\nLastReload: 9\r\n"
                            + "Status: Fully Booted\r\n\r\n");
                }
            } else {
                write(error(id, "Authentication failed"));
            }
        }

        synchronized void write(String text) throws IOException {
            if (silent) {
                return;
            }
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

    /**
     * An {@code Events} header read as manager.c's set_eventmask does: absent leaves the mask as it was, a yes-word all
     * categories, a no-word (or 0) none, otherwise a comma list of categories. A numeric mask other than 0 is taken as
     * all, which is as far as the fake needs to go.
     */
    private static Set<String> mask(String events, Set<String> current) {
        if (blank(events)) {
            return current;
        }
        String value = events.strip();
        if (isFalse(value) || value.matches("0+")) {
            return Set.of();
        }
        if (isTrue(value) || value.matches("\\d+")) {
            return null;
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String category : value.toLowerCase(Locale.ROOT).split(",")) {
            if ("all".equals(category.strip())) {
                return null;
            }
            categories.add(category.strip());
        }
        return Set.copyOf(categories);
    }

    /** {name, number} from a CallerID such as {@code "Test Caller" <0123456789>}, as ast_callerid_parse splits it. */
    private static String[] callerId(String callerId) {
        int open = callerId.indexOf('<');
        int close = callerId.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            String name = callerId.substring(0, open).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return new String[] {name, callerId.substring(open + 1, close).strip()};
        }
        String value = callerId.strip();
        return value.matches("[0-9+*#()\\- ]+") ? new String[] {"", value} : new String[] {value, ""};
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
