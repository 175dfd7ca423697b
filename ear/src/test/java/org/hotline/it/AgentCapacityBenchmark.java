package org.hotline.it;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.hotline.security.PasswordHasher;

/**
 * How many agents one node serves, run by scripts/bench-agents.sh against a provisioned server, its MariaDB and a fake
 * Asterisk started here. CONSOLES agents, each with an account and a PJSIP phone of their own (written into the
 * database at setup, one queue member each, as administrators set them), sign in through the sign-in form, open the
 * agent page once and hold its push WebSocket: an {@link AgentConsole} each, in this JVM, not a browser. Then, after one
 * warm-up run, each run:
 * <ol>
 * <li><b>Pages, baseline</b>: one agent loads the agent home and the ticket list in turn, with no call in progress.</li>
 * <li><b>Pops, baseline</b>: a second fake PBX sends the run's AMI stream to Asterisk-Java alone, with an empty
 * listener; each AgentCalled is timed from the moment it is handed to the socket to the listener.</li>
 * <li><b>Under load</b>: the fake PBX the application is connected to sends the stream: CALLS copies of the real
 * captured queue call, interleaved so all are in progress at once, call i ringing agent i's phone. Each AgentCalled is
 * timed to the pop's arrival on that agent's WebSocket. Meanwhile ten agents load the same two pages in turn, half a
 * second apart (about fifteen pages a second, what 500 agents bring who each open a page every half minute), and
 * every console redraws its phone bar on each state push, as the page's script does.</li>
 * <li><b>Nothing lost</b>: the run fails unless every ringing agent's console got its own call's pop, no console got
 * another's, every console's socket is still open, every page and phone-bar redraw was answered, and the call log holds
 * every call answered.</li>
 * </ol>
 * The server's CPU (from /proc), resident memory (sampled every 250 ms) and heap (its /metrics, every 2 s; and after a
 * full collection at the end of the run) are printed with each run, and the memory a console costs at setup.
 *
 * <p>Arguments: runs, consoles, calls, the port of the fake PBX for the baseline, the server's process id. System
 * properties as for the system tests (hotline.baseUrl, hotline.db.url, hotline.db.password, hotline.ami.port), and
 * hotline.metrics.token (the server's HOTLINE_METRICS_TOKEN) and hotline.db.pidfile (MariaDB's pid file).
 */
public final class AgentCapacityBenchmark {

    private static final String PASSWORD = "a benchmark passphrase 5599";
    private static final String QUEUE = "enquiries";
    /** The capture's second member, rung at the same time (ring-all): a phone no account has, so it pops nobody. */
    private static final String SECOND_MEMBER = "PJSIP/8002";

    private static final String[] PAGES = {"/agent/index.xhtml", "/desk/tickets.xhtml"};
    private static final int PAGE_AGENTS = 10;
    private static final Duration PAGE_PAUSE = Duration.ofMillis(500);
    private static final int ALONE_PAGE_LOADS = 60;
    private static final Duration ALONE_PAGE_PAUSE = Duration.ofMillis(100);
    /** Consoles signing in at once: each sign-in costs the server a PBKDF2 hash (about 0.3 s of a core). */
    private static final int SIGN_IN_THREADS = 4;

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Duration POP_PATIENCE = Duration.ofSeconds(60);
    private static final String END_MARKER = "1.0";
    private static final Pattern HEAP_USED =
            Pattern.compile("(?m)^hotline_jvm_memory_used_bytes\\{area=\"heap\"\\} ([0-9.eE+]+)$");

    private static final AtomicReference<CountDownLatch> END_OF_STREAM = new AtomicReference<>(new CountDownLatch(1));
    /** When the baseline's listener saw each AgentCalled for a console's phone: linkedid → nanoTime. */
    private static final Map<String, Long> RAW_AGENT_CALLED = new ConcurrentHashMap<>();

    private static final HttpClient METRICS = HttpClient.newHttpClient();

    private AgentCapacityBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int consoleCount = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        int rawPort = Integer.parseInt(args[3]);
        long serverPid = Long.parseLong(args[4]);
        if (calls > consoleCount) {
            throw new IllegalArgumentException(
                    "each call rings an agent of its own: at most as many calls as consoles");
        }
        Server server = new Server(serverPid);
        List<String> capture = FakeAsterisk.capturedEvents("answered-queue-call.ami.txt").stream()
                .filter(block -> block.contains("1795666179."))
                .toList(); // the call's own events only
        FakeAsterisk pbx = TestPbx.get();
        List<AgentConsole> consoles = seedAgents(pbx, consoleCount);
        Set<String> phones = new HashSet<>();
        consoles.forEach(console -> phones.add(console.phone));
        TestPbx.restart(pbx); // the resync reads the queue with every member, as after a morning's sign-ins
        Memory bare = server.memoryAfterCollection();

        // One agent alone on the node: the pages' figure with nothing else connected.
        AgentConsole first = consoles.get(0);
        first.signIn();
        first.openAgentPage();
        first.connect();
        List<Long> alone = pageLoads(first, ALONE_PAGE_LOADS, ALONE_PAGE_PAUSE);
        System.out.printf(
                Locale.ROOT,
                "alone    one agent alone on the node: %d pages, p50 %.1f ms, p99 %.1f ms%n",
                alone.size(),
                millis(alone, 0.50),
                millis(alone, 0.99));

        signInEveryone(consoles.subList(1, consoles.size()));
        Memory held = server.memoryAfterCollection();
        System.out.printf(
                Locale.ROOT,
                "memory   no console: rss %d MiB, heap after GC %d MiB; %d consoles: rss %d MiB, heap after GC %d MiB;"
                        + " a console costs rss %d KiB, heap %d KiB%n",
                bare.rss() >> 20,
                bare.heap() >> 20,
                consoleCount,
                held.rss() >> 20,
                held.heap() >> 20,
                (held.rss() - bare.rss()) / consoleCount >> 10,
                (held.heap() - bare.heap()) / consoleCount >> 10);
        fileTickets(consoles);
        Thread.sleep(Long.getLong("hotline.bench.idleSeconds", 0) * 1000);
        System.out.printf(
                Locale.ROOT,
                "held     %d/%d push sockets open after setup%n",
                consoleCount - closed(consoles).size(),
                consoleCount);
        requireOpen(consoles);

        List<AgentConsole> pageAgents = new ArrayList<>();
        for (int k = 0; k < Math.min(PAGE_AGENTS, consoleCount); k++) {
            pageAgents.add(consoles.get(k * consoleCount / Math.min(PAGE_AGENTS, consoleCount)));
        }
        try (FakeAsterisk rawPbx = new FakeAsterisk(rawPort, TestPbx.USER, TestPbx.SECRET)) {
            ManagerConnection raw = new ManagerConnectionFactory("127.0.0.1", rawPort, TestPbx.USER, TestPbx.SECRET)
                    .createManagerConnection();
            raw.login();
            raw.addEventListener(event -> {
                if (event instanceof AgentCalledEvent called && phones.contains(called.getInterface())) {
                    RAW_AGENT_CALLED.putIfAbsent(called.getLinkedId(), System.nanoTime());
                }
                if (event instanceof NewChannelEvent channel && END_MARKER.equals(channel.getLinkedid())) {
                    END_OF_STREAM.get().countDown();
                }
            });
            for (int run = 0; run <= runs; run++) {
                List<Long> idle = pageLoads(first, ALONE_PAGE_LOADS, ALONE_PAGE_PAUSE);
                Instant start = Instant.now();
                int seconds = (int) (start.getEpochSecond() % 100_000_000) + 1_700_000_000;
                List<List<String>> generated = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    AgentConsole agent = consoles.get(i);
                    generated.add(PbxCalls.fromCapture(
                            capture,
                            seconds + "." + (i * 10),
                            String.format(Locale.ROOT, "0770%07d", run * 1_000_000 + i),
                            start,
                            agent.phone,
                            memberName(i),
                            SECOND_MEMBER,
                            "Agent 8002"));
                }
                List<String> stream = PbxCalls.interleaved(generated, run);
                List<Long> rawPops = rawPops(rawPbx, stream, phones);
                Loaded loaded = underLoad(pbx, server, consoles, pageAgents, stream, phones, seconds + ".", calls);
                Memory after = server.memoryAfterCollection();
                if (run == 0) {
                    System.out.printf(Locale.ROOT, "warm-up run: %d events; not counted%n", stream.size());
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "== run %d: %d consoles, %d calls in progress at once (each ringing its own agent), %d AMI"
                                + " events%n",
                        run,
                        consoleCount,
                        calls,
                        stream.size());
                System.out.printf(
                        Locale.ROOT,
                        "rawpop   AgentCalled to Asterisk-Java's empty listener: %d timed, p50 %.0f ms, p99 %.0f ms%n",
                        rawPops.size(),
                        millis(rawPops, 0.50),
                        millis(rawPops, 0.99));
                System.out.printf(
                        Locale.ROOT,
                        "pop      %d/%d received, each by its own console, none elsewhere, %d repeated: p50 %.0f ms,"
                                + " p99 %.0f ms, max %.0f ms%n",
                        loaded.pops().size(),
                        calls,
                        loaded.repeated(),
                        millis(loaded.pops(), 0.50),
                        millis(loaded.pops(), 0.99),
                        millis(loaded.pops(), 1.0));
                System.out.printf(
                        Locale.ROOT,
                        "idlepage one agent's pages, no call in progress: %d loads, p50 %.1f ms, p99 %.1f ms%n",
                        idle.size(),
                        millis(idle, 0.50),
                        millis(idle, 0.99));
                System.out.printf(
                        Locale.ROOT,
                        "page     under load: %d loads by %d agents, p50 %.1f ms, p99 %.1f ms, failed 0%n",
                        loaded.pages().size(),
                        pageAgents.size(),
                        millis(loaded.pages(), 0.50),
                        millis(loaded.pages(), 0.99));
                System.out.printf(
                        Locale.ROOT,
                        "refresh  %d phone-bar redraws (one per state push), p50 %.1f ms, p99 %.1f ms, failed 0%n",
                        loaded.refreshes().size(),
                        millis(loaded.refreshes(), 0.50),
                        millis(loaded.refreshes(), 0.99));
                System.out.printf(
                        Locale.ROOT,
                        "e2e      call log complete in %.1f s (%d/%d calls answered)%n",
                        loaded.callLogSeconds(),
                        calls,
                        calls);
                Usage usage = loaded.usage();
                System.out.printf(
                        Locale.ROOT,
                        "server   cpu %.2f cores (%.1f s of CPU in %.1f s); rss max %d MiB; heap max %d MiB, after GC"
                                + " %d MiB%n",
                        usage.serverCpu() / usage.seconds(),
                        usage.serverCpu(),
                        usage.seconds(),
                        usage.rssMax() >> 20,
                        usage.heapMax() >> 20,
                        after.heap() >> 20);
                System.out.printf(
                        Locale.ROOT,
                        "others   cpu: MariaDB %.2f cores, the consoles' and fake PBX's JVM %.2f cores; load average"
                                + " %s%n",
                        usage.databaseCpu() / usage.seconds(),
                        usage.clientCpu() / usage.seconds(),
                        usage.loadAverage());
            }
            raw.logoff();
        }
        consoles.forEach(AgentConsole::close);
        System.exit(0); // the fake PBX's threads are daemons, Asterisk-Java's reconnect threads are not
    }

    private static String username(int i) {
        return String.format(Locale.ROOT, "bench.agent.%04d", i);
    }

    private static String phone(int i) {
        return "PJSIP/" + (60000 + i);
    }

    private static String memberName(int i) {
        return String.format(Locale.ROOT, "Bench Agent %04d", i);
    }

    /**
     * The agents as an administrator would have set them up: an account with the agent role and a phone each, the
     * phone's queue member given to the account, and the member in the PBX's queue. Written straight into the
     * database with one password hash for all (hashing 500 would cost minutes of the machine); the sign-ins still
     * check it, one PBKDF2 each.
     */
    private static List<AgentConsole> seedAgents(FakeAsterisk pbx, int count) throws Exception {
        String hash = new PasswordHasher().hash(PASSWORD);
        try (Connection db = SystemUnderTest.database()) {
            db.setAutoCommit(false);
            try (PreparedStatement account = db.prepareStatement("insert into user_account (username, display_name,"
                    + " password_hash, created_at, phone_interface) values (?, ?, ?, utc_timestamp(6), ?)")) {
                for (int i = 0; i < count; i++) {
                    account.setString(1, username(i));
                    account.setString(2, memberName(i));
                    account.setString(3, hash);
                    account.setString(4, phone(i));
                    account.addBatch();
                }
                account.executeBatch();
            }
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("insert into user_account_role (user_account_id, role)"
                        + " select id, 'AGENT' from user_account where username like 'bench.agent.%'");
                statement.executeUpdate("insert into pbx_member (member, user_account_id) select lower(display_name),"
                        + " id from user_account where username like 'bench.agent.%'");
            }
            db.commit();
        }
        HttpClient http = AgentConsole.client();
        List<AgentConsole> consoles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pbx.member(QUEUE, phone(i), memberName(i));
            consoles.add(new AgentConsole(http, SystemUnderTest.BASE_URL, username(i), PASSWORD, phone(i), true));
        }
        return consoles;
    }

    /** Every console signs in, opens the agent page and its socket, a few at a time; prints what it took. */
    private static void signInEveryone(List<AgentConsole> consoles) throws Exception {
        List<Long> signIns = Collections.synchronizedList(new ArrayList<>());
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService signing = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (AgentConsole console : consoles) {
                done.add(signing.submit(() -> {
                    long begin = System.nanoTime();
                    console.signIn();
                    signIns.add(System.nanoTime() - begin);
                    pages.add(console.openAgentPage());
                    console.connect();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            signing.shutdownNow();
        }
        List<Long> signInsSorted = sorted(signIns);
        List<Long> pagesSorted = sorted(pages);
        System.out.printf(
                Locale.ROOT,
                "setup    %d more consoles signed in, agent page opened, socket held, %d at a time, in %.1f s:"
                        + " sign-in p50 %.0f ms, p99 %.0f ms; agent page p50 %.0f ms, p99 %.0f ms%n",
                consoles.size(),
                SIGN_IN_THREADS,
                (System.nanoTime() - start) / 1e9,
                millis(signInsSorted, 0.50),
                millis(signInsSorted, 0.99),
                millis(pagesSorted, 0.50),
                millis(pagesSorted, 0.99));
    }

    /** One ticket filed by each agent, so that the ticket list has a page of work to show. */
    private static void fileTickets(List<AgentConsole> consoles) throws Exception {
        ExecutorService filing = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (AgentConsole console : consoles) {
                done.add(filing.submit(() -> {
                    console.fileTicket("Benchmark enquiry from " + console.username);
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            filing.shutdownNow();
        }
    }

    /** One agent's pages, one after another: the agent home and the ticket list in turn. */
    private static List<Long> pageLoads(AgentConsole agent, int loads, Duration pause) throws Exception {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            took.add(agent.load(PAGES[i % PAGES.length]));
            Thread.sleep(pause.toMillis());
        }
        return sorted(took);
    }

    /** The baseline: the stream to Asterisk-Java alone; each console's AgentCalled from the socket to the listener. */
    private static List<Long> rawPops(FakeAsterisk rawPbx, List<String> stream, Set<String> phones) throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        END_OF_STREAM.set(end);
        RAW_AGENT_CALLED.clear();
        Map<String, Long> sentAt = new HashMap<>();
        for (String block : stream) {
            if (isAgentCalledFor(block, phones)) {
                sentAt.putIfAbsent(field(block, "Linkedid"), System.nanoTime());
            }
            rawPbx.send(block);
        }
        rawPbx.send("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/bench-end\r\nUniqueid: " + END_MARKER
                + "\r\nLinkedid: " + END_MARKER + "\r\n\r\n");
        if (!end.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the baseline listener never saw the end of the stream");
        }
        List<Long> latencies = new ArrayList<>();
        sentAt.forEach((linkedid, at) -> {
            Long arrived = RAW_AGENT_CALLED.get(linkedid);
            if (arrived == null) {
                throw new IllegalStateException("the empty listener never got the AgentCalled of " + linkedid);
            }
            latencies.add(arrived - at);
        });
        return sorted(latencies);
    }

    /** What one run under load measured: latencies in nanoseconds, sorted. */
    private record Loaded(
            List<Long> pops,
            int repeated,
            List<Long> pages,
            List<Long> refreshes,
            double callLogSeconds,
            Usage usage) {}

    private static Loaded underLoad(
            FakeAsterisk pbx,
            Server server,
            List<AgentConsole> consoles,
            List<AgentConsole> pageAgents,
            List<String> stream,
            Set<String> phones,
            String linkedidPrefix,
            int calls)
            throws Exception {
        int[] marks = new int[consoles.size()];
        int[] refreshMarks = new int[consoles.size()];
        int[] refreshFailures = new int[consoles.size()];
        for (int i = 0; i < consoles.size(); i++) {
            marks[i] = consoles.get(i).mark();
            refreshMarks[i] = consoles.get(i).refreshMark();
            refreshFailures[i] = consoles.get(i).refreshFailures.get();
        }
        Map<String, Long> sentAt = new HashMap<>();
        Map<String, Integer> ringing = new HashMap<>(); // linkedid → the console whose phone it rings
        Watch watch = server.watch();
        PageLoaders loaders = new PageLoaders(pageAgents);
        long begin = System.nanoTime();
        for (String block : stream) {
            if (isAgentCalledFor(block, phones)) {
                String linkedid = field(block, "Linkedid");
                sentAt.putIfAbsent(linkedid, System.nanoTime());
                ringing.put(linkedid, Integer.parseInt(field(block, "Interface").substring("PJSIP/".length())) - 60000);
            }
            pbx.send(block);
        }
        String complete = "select count(*) from call_record where linkedid like ? and ended_at is not null"
                + " and talk_seconds is not null";
        SystemUnderTest.eventually(
                PATIENCE,
                "all " + calls + " calls complete in the call log",
                () -> Integer.parseInt(SystemUnderTest.queryString(complete, linkedidPrefix + "%")) >= calls);
        double callLogSeconds = (System.nanoTime() - begin) / 1e9;
        int answered = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_record where linkedid like ? and disposition = 'ANSWERED'",
                linkedidPrefix + "%"));
        int rows = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_record where linkedid like ?", linkedidPrefix + "%"));
        if (answered != calls || rows != calls) {
            throw new IllegalStateException(
                    "calls dropped or duplicated: " + rows + " rows, " + answered + " answered");
        }
        try {
            SystemUnderTest.eventually(POP_PATIENCE, "every ringing agent's pop", () -> {
                for (Map.Entry<String, Integer> call : ringing.entrySet()) {
                    int i = call.getValue();
                    if (consoles.get(i).arrivalsSince(marks[i]).stream()
                            .noneMatch(
                                    a -> a.type().equals("pop") && call.getKey().equals(a.linkedid()))) {
                        return false;
                    }
                }
                return true;
            });
        } catch (AssertionError late) {
            // named below, console by console
        }
        loaders.stop();
        Usage usage = watch.stop();

        List<Long> pops = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> misdirected = new ArrayList<>();
        int repeated = 0;
        requireOpen(consoles);
        for (int i = 0; i < consoles.size(); i++) {
            AgentConsole console = consoles.get(i);
            for (AgentConsole.Arrival arrival : console.arrivalsSince(marks[i])) {
                if (!arrival.type().equals("pop")) {
                    continue;
                }
                Integer owner = ringing.get(arrival.linkedid());
                if (owner == null || owner != i) {
                    misdirected.add(console.username + " got the pop of " + arrival.linkedid());
                }
            }
        }
        for (Map.Entry<String, Integer> call : ringing.entrySet()) {
            AgentConsole console = consoles.get(call.getValue());
            List<Long> arrivals = console.arrivalsSince(marks[call.getValue()]).stream()
                    .filter(a -> a.type().equals("pop") && call.getKey().equals(a.linkedid()))
                    .map(AgentConsole.Arrival::atNanos)
                    .toList();
            if (arrivals.isEmpty()) {
                lost.add(call.getKey() + " to " + console.username);
            } else {
                pops.add(arrivals.get(0) - sentAt.get(call.getKey()));
                repeated += arrivals.size() - 1;
            }
        }
        if (ringing.size() != calls) {
            throw new IllegalStateException("the stream rang " + ringing.size() + " agents for " + calls + " calls");
        }
        if (!lost.isEmpty() || !misdirected.isEmpty()) {
            throw new IllegalStateException("pops lost: " + lost.size() + " " + first(lost)
                    + "; pops to the wrong console: " + misdirected.size() + " " + first(misdirected));
        }
        if (loaders.failure.get() != null) {
            throw new IllegalStateException("a page failed under load", loaders.failure.get());
        }
        List<Long> refreshes = new ArrayList<>();
        for (int i = 0; i < consoles.size(); i++) {
            AgentConsole console = consoles.get(i);
            refreshes.addAll(console.refreshesSince(refreshMarks[i]));
            int failed = console.refreshFailures.get() - refreshFailures[i];
            if (failed > 0) {
                throw new IllegalStateException(console.username + "'s phone bar failed to redraw " + failed
                        + " times; the first: " + console.firstRefreshFailure);
            }
        }
        return new Loaded(sorted(pops), repeated, sorted(loaders.took), sorted(refreshes), callLogSeconds, usage);
    }

    private static List<AgentConsole> closed(List<AgentConsole> consoles) {
        return consoles.stream().filter(console -> console.closed != null).toList();
    }

    /** Fails, saying how many and how long after they opened and after their last push, when a socket closed. */
    private static void requireOpen(List<AgentConsole> consoles) {
        List<AgentConsole> closed = closed(consoles);
        if (!closed.isEmpty()) {
            AgentConsole first = closed.get(0);
            throw new IllegalStateException(closed.size() + " push sockets closed; the first, " + first.username
                    + "'s: " + first.closed
                    + String.format(
                            Locale.ROOT,
                            ", %.1f s after it opened, %.1f s after its last push",
                            (first.closedAt - first.connectedAt) / 1e9,
                            (first.closedAt - first.lastArrivalAt) / 1e9));
        }
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? "" : "(first: " + items.get(0) + ")";
    }

    /** A few agents loading pages in turn, each on a thread of its own, until stopped. */
    private static final class PageLoaders {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        final List<Long> took = Collections.synchronizedList(new ArrayList<>());
        final AtomicReference<Exception> failure = new AtomicReference<>();

        PageLoaders(List<AgentConsole> agents) {
            AtomicInteger page = new AtomicInteger();
            for (AgentConsole agent : agents) {
                Thread loader = new Thread(
                        () -> {
                            try {
                                while (running.get()) {
                                    took.add(agent.load(PAGES[page.getAndIncrement() % PAGES.length]));
                                    Thread.sleep(PAGE_PAUSE.toMillis());
                                }
                            } catch (InterruptedException stopped) {
                                Thread.currentThread().interrupt();
                            } catch (Exception failed) {
                                failure.compareAndSet(null, failed);
                            }
                        },
                        "pages " + agent.username);
                loader.start();
                threads.add(loader);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(60).toMillis());
            }
        }
    }

    /** The server's memory: resident set and heap in use, in bytes. */
    private record Memory(long rss, long heap) {}

    /** What the machine spent during a window: CPU seconds by process, the server's peaks. */
    private record Usage(
            double seconds,
            double serverCpu,
            double databaseCpu,
            double clientCpu,
            long rssMax,
            long heapMax,
            String loadAverage) {}

    /** The server process, read from /proc and from its /metrics. */
    private static final class Server {

        private final long pid;
        private final Long databasePid;
        private final String metricsToken = System.getProperty("hotline.metrics.token");

        Server(long pid) throws IOException {
            this.pid = pid;
            String pidFile = System.getProperty("hotline.db.pidfile");
            databasePid = pidFile == null
                    ? null
                    : Long.valueOf(Files.readString(Path.of(pidFile)).strip());
        }

        /** After a full collection (jcmd GC.run), outside any measured window. */
        Memory memoryAfterCollection() throws Exception {
            Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                throw new IllegalStateException("jcmd GC.run failed for " + pid);
            }
            return new Memory(rss(), heap());
        }

        long rss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            throw new IllegalStateException("no VmRSS for " + pid);
        }

        /** The heap in use as the server's /metrics says it, or -1 without a metrics token. */
        long heap() throws IOException, InterruptedException {
            if (metricsToken == null) {
                return -1;
            }
            HttpResponse<String> metrics = METRICS.send(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/metrics"))
                            .header("Authorization", "Bearer " + metricsToken)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher used = HEAP_USED.matcher(metrics.body());
            if (metrics.statusCode() != 200 || !used.find()) {
                throw new IllegalStateException("no heap in /metrics: " + metrics.statusCode());
            }
            return (long) Double.parseDouble(used.group(1));
        }

        static double cpuSeconds(Long pid) throws IOException {
            if (pid == null) {
                return 0;
            }
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of stat, in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        Watch watch() throws IOException {
            return new Watch(this);
        }
    }

    /** Samples the server's resident memory every 250 ms and its heap every 2 s, and its CPU over the window. */
    private static final class Watch {

        private final Server server;
        private final long begin = System.nanoTime();
        private final double serverCpu;
        private final double databaseCpu;
        private final double clientCpu;
        private final String loadBefore;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;
        private volatile long rssMax;
        private volatile long heapMax;

        Watch(Server server) throws IOException {
            this.server = server;
            serverCpu = Server.cpuSeconds(server.pid);
            databaseCpu = Server.cpuSeconds(server.databasePid);
            clientCpu = ownCpuSeconds();
            loadBefore = loadAverage();
            sampler = new Thread(this::sample, "server watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            int tick = 0;
            while (running.get()) {
                try {
                    rssMax = Math.max(rssMax, server.rss());
                    if (tick++ % 8 == 0) {
                        heapMax = Math.max(heapMax, server.heap());
                    }
                    Thread.sleep(250);
                } catch (InterruptedException stopped) {
                    return;
                } catch (Exception unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }

        Usage stop() throws Exception {
            double seconds = (System.nanoTime() - begin) / 1e9;
            running.set(false);
            sampler.join();
            return new Usage(
                    seconds,
                    Server.cpuSeconds(server.pid) - serverCpu,
                    Server.cpuSeconds(server.databasePid) - databaseCpu,
                    ownCpuSeconds() - clientCpu,
                    rssMax,
                    heapMax,
                    loadBefore + " → " + loadAverage());
        }

        private static double ownCpuSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1e9;
        }

        private static String loadAverage() throws IOException {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        }
    }

    private static boolean isAgentCalledFor(String block, Set<String> phones) {
        return block.startsWith("Event: AgentCalled\r\n") && phones.contains(field(block, "Interface"));
    }

    private static String field(String block, String name) {
        int at = block.indexOf("\r\n" + name + ": ");
        if (at < 0) {
            return null;
        }
        at += name.length() + 4;
        return block.substring(at, block.indexOf("\r\n", at));
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    /** The nearest-rank percentile {@code p} of sorted nanoseconds, in milliseconds; -1 when there are none. */
    private static double millis(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return -1;
        }
        return sortedNanos.get((int) Math.min(
                        sortedNanos.size() - 1, Math.max(0, Math.ceil(p * sortedNanos.size()) - 1)))
                / 1e6;
    }
}
