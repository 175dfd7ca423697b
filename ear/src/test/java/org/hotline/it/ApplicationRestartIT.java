package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application restarted in the middle of calls and of tickets being opened: clients of the API open tickets
 * without pause from before the restart until after it, and every ticket acknowledged (201) is in the database after
 * it. Twenty calls are in progress when it stops; while it is away some
 * are answered, some end, some are given up, one begins. When it is back, the resync with the PBX (its channels and
 * queues) and then the PBX's own records (CDRs and queue_log, written by the fake PBX as Asterisk writes them) complete
 * the picture: every call has its true outcome, agent and talk time, no answered call gets a callback task, and every
 * caller who gave up gets one. The deployment is taken down and brought back through the deployment scanner's marker
 * files, as an operator would.
 */
class ApplicationRestartIT {

    private static final Path DEPLOYMENTS = Path.of(System.getProperty("hotline.deployments"));
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Test
    void callsThatEndedOrBeganWhileTheApplicationWasDownAreReconciledWhenItIsBack() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String endsWhileAway = "1795702000.1";
        String beginsWhileAway = "1795702100.1";
        List<String> call = PbxCalls.answered(
                endsWhileAway,
                "07702002000",
                "enquiries",
                "PJSIP/1601",
                "Agent 1601",
                Instant.now().minusSeconds(60),
                5,
                120);
        for (String block : call) {
            if (block.startsWith("Event: AgentComplete")) {
                break; // the rest of the call happens while the application is away
            }
            pbx.send(block);
        }
        awaitDisposition(endsWhileAway, "ANSWERED");

        SystemUnderTest.ensureUser(
                "restart.agent", "Restart Agent", "a long test passphrase 5599", org.hotline.common.Role.AGENT);
        Api agent = Api.as("restart.agent", "a long test passphrase 5599");
        String ticketMark = "rs" + Instant.now().toEpochMilli();
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"استفسار قبل إعادة التشغيل " + ticketMark
                        + "\"}");
        assertEquals(201, ticket.status(), ticket.text());

        Outage outage = new Outage(pbx);
        outage.before();

        long begun = System.nanoTime();
        TicketLoad load = TicketLoad.start(agent, "rs" + Instant.now().toEpochMilli(), 3);
        try {
            load.awaitCreated(begun, 10, PATIENCE);
            int logins = pbx.logins();
            long stopping = System.nanoTime();
            undeploy();
            deleteSearchIndex(); // as an operator might, or a disk lost: it must come back by itself
            List<String[]> live = new ArrayList<>(outage.whileAway());
            live.add(new String[] {beginsWhileAway, "07702102100", "00:00:15"});
            pbx.activeChannels(live);
            try {
                deploy();
                long deployed = System.nanoTime();
                assertTrue(
                        load.sent().stream().anyMatch(s -> !s.created() && s.within(stopping, deployed)),
                        "tickets were being opened while the application was away");
                pbx.awaitLogins(logins + TestPbx.CONNECTIONS, PATIENCE);
                awaitDisposition(beginsWhileAway, "IN_PROGRESS");
                awaitDisposition(endsWhileAway, "INCOMPLETE"); // ended unseen, and the PBX wrote no record of it
                assertEquals("07702102100", field(beginsWhileAway, "caller"));
                assertNotNull(field(endsWhileAway, "answered_at"), "what was known before stays: it was answered");
                assertEquals("Agent 1601", field(endsWhileAway, "agent"), "what was known before stays");
                outage.afterResync();
            } finally {
                pbx.activeChannels(List.of());
            }
            load.awaitCreated(System.nanoTime(), 10, PATIENCE); // tickets are opened again, by the same clients
        } finally {
            load.close();
        }
        // Answers during the gap failed, as they will; none of those acknowledged, before, during or after, is lost.
        load.assertEveryAcknowledgedTicketIsKept();
        outage.afterTheCallsEnd();
        SystemUnderTest.eventually(
                PATIENCE,
                "the pages are served again",
                () -> SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                                .statusCode()
                        == 200);
        SystemUnderTest.eventually(
                PATIENCE,
                "the emptied search index rebuilt from the database",
                () -> agent.get("/api/v1/e-services/suggestions?q=passport")
                                .text()
                                .contains("MOI-PASSPORT-NEW")
                        && agent.get("/api/v1/search?q=" + ticketMark)
                                .text()
                                .contains(ticket.object().getString("number")));
    }

    @Test
    void indexesBuiltByAnOlderAnalysisAreRebuiltAtStart() throws Exception {
        SystemUnderTest.ensureUser(
                "restart.agent", "Restart Agent", "a long test passphrase 5599", org.hotline.common.Role.AGENT);
        Api agent = Api.as("restart.agent", "a long test passphrase 5599");
        Path version = Path.of(System.getProperty("hotline.index.dir")).resolve("analysis-version");
        SystemUnderTest.eventually(
                PATIENCE,
                "the running application's indexes say which analysis built them",
                () -> Files.exists(version));
        assertEquals(
                String.valueOf(org.hotline.search.TextAnalysis.VERSION),
                Files.readString(version).strip());
        String mark = "av" + Instant.now().toEpochMilli();

        undeploy();
        Files.writeString(version, "1\n"); // as left by the first analysis, which had no keyboard letters or seats
        SearchAnswers.writePastTheApplication("هويتي لم تصدر بعد " + mark); // only a rebuild can index it
        deploy();
        SystemUnderTest.eventually(
                PATIENCE,
                "the pages are served again",
                () -> SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                                .statusCode()
                        == 200);

        SystemUnderTest.eventually(
                PATIENCE,
                "the indexes rebuilt with the application's analysis",
                () -> agent.get("/api/v1/search?q="
                                        + java.net.URLEncoder.encode(
                                                "الهویة " + mark, java.nio.charset.StandardCharsets.UTF_8))
                                .object()
                                .getJsonObject("tickets")
                                .getInt("total")
                        == 1);
        assertEquals(
                String.valueOf(org.hotline.search.TextAnalysis.VERSION),
                Files.readString(version).strip());
    }

    private static void deleteSearchIndex() throws IOException {
        Path index = Path.of(System.getProperty("hotline.index.dir"));
        if (Files.exists(index)) {
            try (var paths = Files.walk(index)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        assertFalse(Files.exists(index));
    }

    private static void undeploy() throws Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.deployed"));
        SystemUnderTest.eventually(
                PATIENCE,
                "the application undeployed",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.undeployed")));
    }

    private static void deploy() throws IOException, Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.undeployed"));
        Files.createFile(DEPLOYMENTS.resolve("hotline.ear.dodeploy"));
        SystemUnderTest.eventually(
                PATIENCE,
                "the application deployed again",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.deployed")));
    }
}
