package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application restarted in the middle of calls: one call ends and another begins while it is away. When it is
 * back, the resync with the PBX completes the picture: the call that ended unseen is marked incomplete (never left
 * "in progress" for ever, never lost), and the call begun while away is entered. The deployment is taken down and
 * brought back through the deployment scanner's marker files, as an operator would.
 */
class ApplicationRestartIT {

    private static final Path DEPLOYMENTS = Path.of(System.getProperty("hotline.deployments"));
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Test
    void callsThatEndedOrBeganWhileTheApplicationWasDownAreReconciledWhenItIsBack() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String endsWhileAway = "1795702000.1";
        String beginsWhileAway = "1795702100.1";
        List<String> call = PbxCalls.answered(endsWhileAway, "07702002000", "enquiries", "PJSIP/1601", "Agent 1601",
                Instant.now().minusSeconds(60), 5, 120);
        for (String block : call) {
            if (block.startsWith("Event: AgentComplete")) {
                break; // the rest of the call happens while the application is away
            }
            pbx.send(block);
        }
        awaitDisposition(endsWhileAway, "ANSWERED");

        SystemUnderTest.ensureUser("restart.agent", "Restart Agent", "a long test passphrase 5599",
                org.hotline.security.Role.AGENT);
        Api agent = Api.as("restart.agent", "a long test passphrase 5599");
        String ticketMark = "rs" + Instant.now().toEpochMilli();
        Api.Answer ticket = agent.post("/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                + "\"subject\":\"استفسار قبل إعادة التشغيل " + ticketMark + "\"}");
        assertEquals(201, ticket.status(), ticket.text());

        int logins = pbx.logins();
        undeploy();
        deleteSearchIndex(); // as an operator might, or a disk lost: it must come back by itself
        pbx.activeChannels(List.<String[]>of(new String[] {beginsWhileAway, "07702102100", "00:00:15"}));
        try {
            deploy();
            pbx.awaitLogins(logins + TestPbx.CONNECTIONS, PATIENCE);
            awaitDisposition(endsWhileAway, "INCOMPLETE");
            awaitDisposition(beginsWhileAway, "IN_PROGRESS");
            assertEquals("07702102100", field(beginsWhileAway, "caller"));
            assertNotNull(field(endsWhileAway, "answered_at"), "what was known before stays: it was answered");
            assertEquals("Agent 1601", field(endsWhileAway, "agent"), "what was known before stays");
        } finally {
            pbx.activeChannels(List.of());
        }
        SystemUnderTest.eventually(PATIENCE, "the pages are served again",
                () -> SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null).statusCode() == 200);
        SystemUnderTest.eventually(PATIENCE, "the emptied search index rebuilt from the database",
                () -> agent.get("/api/v1/e-services/suggestions?q=passport").text().contains("MOI-PASSPORT-NEW")
                        && agent.get("/api/v1/search?q=" + ticketMark).text()
                                .contains(ticket.object().getString("number")));
    }

    private static void deleteSearchIndex() throws IOException {
        Path index = Path.of(System.getProperty("hotline.index.dir"));
        if (Files.exists(index)) {
            try (var paths = Files.walk(index)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        assertFalse(Files.exists(index));
    }

    private static void undeploy() throws Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.deployed"));
        SystemUnderTest.eventually(PATIENCE, "the application undeployed",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.undeployed")));
    }

    private static void deploy() throws IOException, Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.undeployed"));
        Files.createFile(DEPLOYMENTS.resolve("hotline.ear.dodeploy"));
        SystemUnderTest.eventually(PATIENCE, "the application deployed again",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.deployed")));
    }
}
