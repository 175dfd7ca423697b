package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.hotline.common.Role;
import org.openqa.selenium.By;

/**
 * {@code scripts/check-cluster.sh}: the cluster mode's failures, against the cluster that script starts
 * ({@code scripts/cluster.sh}: two WildFly nodes, two Galera nodes and garbd, haproxy in front) and a fake PBX of this
 * program's own, to which both nodes connect. In order, each starting from a whole cluster:
 *
 * <ol>
 * <li>two agents in Chromium, one on each node: the screen pop of a call ringing each reaches them, whichever node
 * holds the PBX's events;</li>
 * <li>an agent's browser on a ticket page; the node it is on is killed ({@code kill -9}): after one reload the same
 * ticket page is there, still signed in, served by the other node;</li>
 * <li>twenty calls in progress while the primary node holds the PBX's events; the primary is killed: the other node
 * takes the event connection, resynchronises, and the call log has every call once with its true outcome;</li>
 * <li>four clients creating tickets through haproxy; the first Galera node is killed: no acknowledged ticket is lost,
 * and every request is answered within its timeout.</li>
 * </ol>
 *
 * Prints what it measured (the times, the answers, the cluster's memory and processor time) and fails as a test
 * would when any of it does not hold.
 */
public final class ClusterFailoverCheck {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final Path HOME = Path.of(System.getProperty("hotline.cluster.home"));
    private static final Path CLUSTER =
            Path.of(System.getProperty("hotline.scripts")).resolve("cluster.sh");
    private static final List<String> FIGURES = new ArrayList<>();

    private ClusterFailoverCheck() {}

    public static void main(String[] args) throws Exception {
        Usage usage = Usage.now();
        FakeAsterisk pbx = TestPbx.get();
        pbx.awaitLogins(3, PATIENCE); // the primary's events and actions, the other node's actions
        popsReachAgentsOnEitherNode(pbx);
        aSearchOnOneNodeFindsWhatTheOtherWrote();
        aBrowserSessionOutlivesItsNode();
        thePrimaryKilledDuringCalls(pbx);
        aGaleraNodeKilledUnderTicketLoad();
        FIGURES.add(usage.since());
        FIGURES.forEach(System.out::println);
        System.exit(0); // the fake PBX's threads
    }

    private static void figure(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        FIGURES.add(line);
        System.err.println("check-cluster: " + line);
    }

    // ---- search across nodes -------------------------------------------------------------------------------------

    /**
     * A ticket written through one node is found by a search on the other, at once and spelled differently: both
     * search the one OpenSearch index, with the same Arabic analysis. Each node is asked directly, not through
     * haproxy, so that the writer and the searcher are surely two servers.
     */
    private static void aSearchOnOneNodeFindsWhatTheOtherWrote() throws Exception {
        SystemUnderTest.ensureUser("cluster.searcher", "باحث العنقود", PASSWORD, Role.AGENT);
        Api agent = Api.as("cluster.searcher", PASSWORD);
        String token = "xnode" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        for (int writer = 1; writer <= 2; writer++) {
            int searcher = 3 - writer;
            String subject = "إصدار الجوازات متأخر " + token + writer;
            Api.Answer created = agent.at(nodeUrl(writer))
                    .post(
                            "/api/v1/tickets",
                            "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}");
            assertEquals(201, created.status(), created.text());
            String number = created.object().getString("number");
            long written = System.nanoTime();
            Api.Answer found = agent.at(nodeUrl(searcher))
                    .get("/api/v1/search?q="
                            + URLEncoder.encode("اصدار جواز " + token + writer, StandardCharsets.UTF_8));
            assertEquals(200, found.status(), found.text());
            List<String> numbers =
                    found.object().getJsonObject("tickets").getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                            .map(hit -> hit.getString("number"))
                            .toList();
            assertEquals(
                    List.of(number),
                    numbers,
                    "the ticket written through hotline-" + writer + " found on hotline-" + searcher);
            figure(
                    "search: a ticket written through hotline-%d found by a search on hotline-%d %d ms after it was"
                            + " acknowledged",
                    writer, searcher, (System.nanoTime() - written) / 1_000_000);
        }
    }

    private static String nodeUrl(int node) {
        return "http://127.0.0.1:" + (8080 + node * 100);
    }

    // ---- pushes across nodes --------------------------------------------------------------------------------------

    private static void popsReachAgentsOnEitherNode(FakeAsterisk pbx) throws Exception {
        SystemUnderTest.ensureAgentWithPhone("cluster.one", "Cluster Agent One", PASSWORD, "PJSIP/2501");
        SystemUnderTest.ensureAgentWithPhone("cluster.two", "Cluster Agent Two", PASSWORD, "PJSIP/2502");
        int primary = primary();
        List<Browser> browsers = new ArrayList<>();
        try {
            // haproxy deals new sessions round robin: a few sign-ins give each agent a browser on another node
            Browser[] pages = new Browser[2];
            String[] agents = {"cluster.one", "cluster.two"};
            int[] nodes = new int[2];
            for (int i = 0; i < 2; i++) {
                for (int tries = 0; pages[i] == null && tries < 4; tries++) {
                    Browser browser = new Browser();
                    browsers.add(browser);
                    browser.signIn(agents[i], PASSWORD);
                    browser.open("/agent/index.xhtml");
                    if (i == 0 || nodeOf(browser) != nodes[0]) {
                        pages[i] = browser;
                        nodes[i] = nodeOf(browser);
                    }
                }
                assertTrue(pages[i] != null, agents[i] + " on a node of their own");
            }
            for (Browser page : pages) {
                page.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);
            }
            // The phone bar, drawn by the node serving the page from the primary's picture: signed in from it on
            // either node, the PBX has the member and the bar shows the agent available.
            for (int i = 0; i < 2; i++) {
                String phone = i == 0 ? "PJSIP/2501" : "PJSIP/2502";
                pages[i].click(By.id("phone:signIn"));
                awaitPhoneState(pages[i], "AVAILABLE", agents[i] + " on hotline-" + nodes[i]);
                assertTrue(pbx.member("enquiries", phone) != null, agents[i] + "'s QueueAdd reached the PBX");
            }
            long[] popMillis = new long[2];
            for (int i = 0; i < 2; i++) {
                String phone = i == 0 ? "PJSIP/2501" : "PJSIP/2502";
                String caller = "0770250000" + i;
                List<String> call = PbxCalls.answered(
                        "179590" + i + "000.1", caller, "enquiries", phone, agents[i], Instant.now(), 2, 10);
                int ringing = PbxCalls.indexOf(call, "Event: AgentCalled") + 1;
                long sent = System.nanoTime();
                for (String block : call.subList(0, ringing)) {
                    pbx.send(block);
                }
                assertEquals(caller, pages[i].waitForText(By.id("popCaller"), caller), agents[i] + "'s pop");
                popMillis[i] = (System.nanoTime() - sent) / 1_000_000;
                for (String block : call.subList(ringing, call.size())) {
                    pbx.send(block);
                }
            }
            // A supervisor's wallboard served by the node without the PBX's events: its live view starts from the
            // primary's picture (the agents just signed in) and follows its pushes.
            Browser board = supervisorOn(3 - primary, browsers);
            board.open("/supervisor/wallboard.xhtml");
            for (String name : List.of("Cluster Agent One", "Cluster Agent Two")) {
                board.waitUntil(
                        "return document.getElementById('liveAgents').textContent.includes('" + name + "')", PATIENCE);
            }
            // Signed out from the bar of the page on the node without the PBX's events: out of every queue.
            int secondary = nodes[0] == primary ? 1 : 0;
            String secondaryPhone = secondary == 0 ? "PJSIP/2501" : "PJSIP/2502";
            pages[secondary].click(By.id("phone:signOut"));
            awaitPhoneState(pages[secondary], "SIGNED_OUT", agents[secondary] + " signed out on the secondary");
            for (String queue : List.of("enquiries", "registration", "complaints", "status", "agents")) {
                assertTrue(
                        pbx.member(queue, secondaryPhone) == null,
                        agents[secondary] + "'s QueueRemove from " + queue + " reached the PBX");
            }
            figure(
                    "screen pops with the PBX's events on hotline-%d: the agent on hotline-%d got theirs %d ms after"
                            + " AgentCalled left the PBX, the agent on hotline-%d %d ms after (each page waited for"
                            + " its pop)",
                    primary, nodes[0], popMillis[0], nodes[1], popMillis[1]);
        } finally {
            for (Browser browser : browsers) {
                browser.close();
            }
        }
    }

    /** A supervisor signed in on the given node (haproxy deals new sessions round robin: a few tries). */
    private static Browser supervisorOn(int node, List<Browser> browsers) throws Exception {
        SystemUnderTest.ensureUser("cluster.supervisor", "Cluster Supervisor", PASSWORD, Role.SUPERVISOR);
        for (int tries = 0; tries < 4; tries++) {
            Browser browser = new Browser();
            browsers.add(browser);
            browser.signIn("cluster.supervisor", PASSWORD);
            if (nodeOf(browser) == node) {
                return browser;
            }
        }
        throw new AssertionError("no supervisor session on hotline-" + node + " in four sign-ins");
    }

    /** Waits until the page's phone bar shows the state, as the node serving the page draws it. */
    private static void awaitPhoneState(Browser page, String state, String who) {
        try {
            page.waitUntil(
                    "const s = document.getElementById('phone:phoneState');"
                            + " return s !== null && s.classList.contains('state-" + state + "')",
                    PATIENCE);
        } catch (RuntimeException notShown) {
            throw new AssertionError(
                    who + ": the phone bar does not show " + state + " but '" + page.text(By.id("phone:console")) + "'",
                    notShown);
        }
    }

    // ---- a browser session across a node's death ------------------------------------------------------------------

    private static void aBrowserSessionOutlivesItsNode() throws Exception {
        SystemUnderTest.ensureUser("cluster.desk", "وكيل العنقود", PASSWORD, Role.AGENT);
        String number = Api.as("cluster.desk", PASSWORD)
                .post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار عن تجديد البطاقة الوطنية\"}")
                .object()
                .getString("number");
        try (Browser browser = new Browser()) {
            browser.signIn("cluster.desk", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertTrue(browser.heading().contains(number), browser.heading());
            int node = nodeOf(browser);
            long killed = kill("hotline-" + node);
            browser.refresh();
            long answered = System.nanoTime();
            assertTrue(browser.path().startsWith("/desk/ticket.xhtml"), "still signed in: " + browser.path());
            assertTrue(browser.heading().contains(number), "the same ticket: " + browser.heading());
            assertEquals(3 - node, nodeOf(browser), "served by the other node");
            figure(
                    "browser session: hotline-%d killed under an agent's ticket page; one reload %.1f s later showed"
                            + " the same page, signed in, from hotline-%d",
                    node, (answered - killed) / 1e9, 3 - node);
            startAgain("hotline-" + node);
        }
    }

    // ---- the primary killed during calls --------------------------------------------------------------------------

    private static void thePrimaryKilledDuringCalls(FakeAsterisk pbx) throws Exception {
        int primary = primary();
        Outage calls = new Outage(pbx, 6);
        calls.before();
        int logins = pbx.logins();
        long killed = kill("hotline-" + primary);
        pbx.activeChannels(calls.whileAway());
        long tookOver;
        try {
            pbx.awaitLogins(logins + 1, PATIENCE);
            tookOver = System.nanoTime();
            assertEquals(3 - primary, primary(), "the other node is the primary");
            calls.afterResync();
        } finally {
            pbx.activeChannels(List.of());
        }
        calls.afterTheCallsEnd();
        long complete = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int call = 0; call < 20; call++) {
            ids.add(calls.linkedid(call));
        }
        String placeholders = String.join(",", ids.stream().map(id -> "?").toList());
        assertEquals(
                "20",
                SystemUnderTest.queryString(
                        "select count(*) from call_record where linkedid in (" + placeholders + ")",
                        ids.toArray(Object[]::new)),
                "every call once in the call log");
        figure(
                "primary killed during 20 calls: hotline-%d took the PBX's events %.1f s after the kill; every call"
                        + " complete and once in the call log %.1f s after that",
                3 - primary, (tookOver - killed) / 1e9, (complete - tookOver) / 1e9);
        startAgain("hotline-" + primary);
    }

    // ---- a Galera node killed under load --------------------------------------------------------------------------

    private static void aGaleraNodeKilledUnderTicketLoad() throws Exception {
        SystemUnderTest.ensureUser("cluster.writer", "كاتب العنقود", PASSWORD, Role.AGENT);
        Api writer = Api.as("cluster.writer", PASSWORD);
        TicketLoad load = TicketLoad.startRetrying(writer, "gl" + Instant.now().toEpochMilli(), 4);
        long killed;
        try {
            load.awaitCreated(System.nanoTime() - Duration.ofMinutes(1).toNanos(), 20, PATIENCE);
            killed = kill("galera-1");
            Thread.sleep(30_000); // the load goes on for half a minute on the remaining node: measured below
            load.awaitCreated(killed, 20, PATIENCE);
        } finally {
            load.close();
        }
        load.assertEveryAcknowledgedTicketIsKept();
        load.assertEveryAcknowledgedSubjectOnce();
        List<TicketLoad.Sent> after =
                load.sent().stream().filter(s -> s.answeredNanos() >= killed).toList();
        long created = after.stream().filter(TicketLoad.Sent::created).count();
        long slowest = after.stream()
                        .mapToLong(s -> s.answeredNanos() - Math.max(s.sentNanos(), killed))
                        .max()
                        .orElse(0)
                / 1_000_000;
        // A request whose transaction was committing on the killed node cannot know whether it committed: the
        // driver does not replay a COMMIT. Those few are answered 503 with Retry-After (the client sends them again);
        // anything else, or a 503 sent once the failover was over, fails the check.
        List<TicketLoad.Sent> refused = after.stream().filter(s -> !s.created()).toList();
        for (TicketLoad.Sent one : refused) {
            assertTrue(
                    one.failure() == null
                            && one.answer().status() == 503
                            && one.answer().retryAfter() != null
                            && one.answer().text().contains("database-unavailable"),
                    "only 503 database-unavailable with Retry-After: "
                            + (one.failure() != null
                                    ? one.failure()
                                    : one.answer().status() + " " + one.answer().text()));
        }
        double lastRefusedSent =
                refused.stream().mapToLong(s -> s.sentNanos() - killed).max().orElse(0) / 1e9;
        assertTrue(
                lastRefusedSent < 10,
                "the refusals end with the failover: the last sent " + lastRefusedSent + " s after");
        // Each refused request was sent again with its key until created: given the ticket its first attempt had
        // committed (Idempotent-Replayed), or creating it then; never two.
        List<String> retried =
                refused.stream().map(TicketLoad.Sent::subject).distinct().toList();
        long replayed = after.stream()
                .filter(s -> s.created() && retried.contains(s.subject()))
                .filter(s -> "true".equals(s.answer().header("Idempotent-Replayed")))
                .count();
        long rejoin = System.nanoTime();
        startAgain("galera-1");
        figure(
                "galera-1 killed under 4 ticket clients through haproxy: %d tickets created in the 30 s after; %s,"
                        + " every other 201; the slowest answer %d ms after the kill; every acknowledged ticket of %d"
                        + " kept; %d refused request(s) sent again with their key, %d of them given the ticket their"
                        + " first attempt had committed, every subject once; galera-1 rejoined in %.1f s",
                created,
                refused.isEmpty()
                        ? "no request refused"
                        : String.format(
                                Locale.ROOT,
                                "%d request(s) caught committing on the killed node answered 503"
                                        + " database-unavailable with Retry-After (all sent by %.1f s after the kill)",
                                refused.size(),
                                lastRefusedSent),
                slowest,
                load.sent().stream().filter(TicketLoad.Sent::created).count(),
                retried.size(),
                replayed,
                (System.nanoTime() - rejoin) / 1e9);
    }

    // ---- the cluster's parts --------------------------------------------------------------------------------------

    /**
     * The node whose log says, since it last started, that it became the primary and not that it stopped being it;
     * once exactly one does (waiting up to the patience).
     */
    private static int primary() {
        return SystemUnderTest.eventually(PATIENCE, "one primary node", ClusterFailoverCheck::primaryNow, n -> n > 0);
    }

    private static int primaryNow() throws IOException {
        int found = 0;
        for (int node = 1; node <= 2; node++) {
            Path log = HOME.resolve("hotline-" + node).resolve("log").resolve("server.log");
            if (!Files.exists(log) || !running("hotline-" + node)) {
                continue;
            }
            String last = null;
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                if (line.contains("WFLYSRV0049")) {
                    last = null; // the node (re)starting: what it said before it was killed no longer holds
                } else if (line.contains("This node is now the primary")
                        || line.contains("This node is no longer the primary")) {
                    last = line;
                }
            }
            if (last != null && last.contains("now the primary")) {
                if (found != 0) {
                    return 0; // both say so: the election is still settling
                }
                found = node;
            }
        }
        return found;
    }

    private static boolean running(String part) throws IOException {
        Path pidFile = pidFile(part);
        if (!Files.exists(pidFile)) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .map(ProcessHandle::isAlive)
                .orElse(false);
    }

    private static Path pidFile(String part) {
        return part.startsWith("hotline-")
                ? HOME.resolve(part).resolve("server.pid")
                : HOME.resolve(part).resolve("mariadbd.pid");
    }

    /** The node haproxy's affinity cookie sends this browser to. */
    private static int nodeOf(Browser browser) {
        var cookie = browser.cookie("HOTLINE_NODE");
        assertTrue(cookie != null, "haproxy's affinity cookie");
        return Integer.parseInt(cookie.getValue().replace("hotline-", ""));
    }

    /** Kills a part with SIGKILL through the cluster script; the moment it was killed. */
    private static long kill(String part) throws Exception {
        Usage.dying(Long.parseLong(Files.readString(pidFile(part)).strip()));
        cluster("kill", part);
        return System.nanoTime();
    }

    private static void startAgain(String part) throws Exception {
        long start = System.nanoTime();
        cluster("start-part", part);
        figure("%s started again: ready after %.1f s", part, (System.nanoTime() - start) / 1e9);
    }

    private static void cluster(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", CLUSTER.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertEquals(0, process.waitFor(), "cluster.sh " + String.join(" ", arguments));
    }

    /**
     * The cluster's processes: resident memory at the end, and the processor time all of them used during the check
     * (those killed meanwhile counted up to their death, those started meanwhile from their start).
     */
    private record Usage(long startNanos, Map<Long, Long> startTicks) {

        /** Processor time of the processes killed during the check, up to their death, less what they had at start. */
        private static final AtomicLong SPENT_BY_THE_DEAD = new AtomicLong();

        private static Usage current;

        static Usage now() throws IOException {
            Map<Long, Long> ticks = new HashMap<>();
            for (long pid : pids()) {
                ticks.put(pid, ticks(pid));
            }
            current = new Usage(System.nanoTime(), ticks);
            return current;
        }

        static void dying(long pid) throws IOException {
            SPENT_BY_THE_DEAD.addAndGet(ticks(pid) - current.startTicks().getOrDefault(pid, 0L));
        }

        private static List<Long> pids() throws IOException {
            try (Stream<Path> files = Files.walk(HOME, 2)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                        .map(file -> {
                            try {
                                return Long.parseLong(Files.readString(file).strip());
                            } catch (IOException | NumberFormatException unreadable) {
                                return -1L;
                            }
                        })
                        .filter(pid -> pid > 0 && ProcessHandle.of(pid).isPresent())
                        .toList();
            }
        }

        /** User and system clock ticks (USER_HZ, 100 a second) of one process. */
        private static long ticks(long pid) throws IOException {
            String[] stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"))
                    .replaceFirst("^.*\\) ", "")
                    .split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
        }

        String since() throws IOException {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long spent = SPENT_BY_THE_DEAD.get();
            List<String> resident = new ArrayList<>();
            long total = 0;
            for (long pid : pids()) {
                spent += ticks(pid) - startTicks.getOrDefault(pid, 0L);
                long kib = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst()
                        .orElse(0);
                total += kib;
                String name = ProcessHandle.of(pid)
                        .flatMap(handle -> handle.info().command())
                        .map(command -> Path.of(command).getFileName().toString())
                        .orElse("?");
                resident.add(name + " " + kib / 1024 + " MiB");
            }
            double busy = spent / 100.0;
            return String.format(
                    Locale.ROOT,
                    "the cluster's processes at the end: %s, %d MiB in all; during the check's %.0f s they used %.0f s"
                            + " of processor time, %.2f cores on average (the restarts included)",
                    String.join(", ", resident),
                    total / 1024,
                    seconds,
                    busy,
                    busy / seconds);
        }
    }
}
