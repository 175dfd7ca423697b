package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * /health tells monitors whether the application can serve: UP with its database, DOWN (503) while the database is
 * stopped, and UP again by itself once it is back. Calls that go on while the database is away are not lost: the PBX's
 * events are held and written once it is back, so a supervisor sees each call's true outcome. Tickets opened without
 * pause through a restart of the database: while it is away each request is answered at once with 503 and a problem
 * document saying when to try again (no hang, no 500), creation works again by itself once it is back, and every
 * ticket acknowledged is kept. Pages say, in the user's language, that nothing was saved, and keep what was typed.
 */
class DatabaseOutageIT {

    private static final String PASSWORD = "a long test passphrase 5599";

    private static final String DATABASE_UP = "{\"name\":\"database\",\"status\":\"UP\"}";
    private static final String DATABASE_DOWN = "{\"name\":\"database\",\"status\":\"DOWN\"}";

    @Test
    void healthFollowsTheDatabaseDownAndBackUp() throws Exception {
        HttpResponse<String> healthy = waitForHealth(200);
        assertEquals(200, healthy.statusCode(), healthy.body());
        assertTrue(healthy.body().contains(DATABASE_UP), healthy.body());
        assertTrue(healthy.body().startsWith("{\"status\":\"UP\""), healthy.body());

        SystemUnderTest.database("stop");
        try {
            HttpResponse<String> down = waitForHealth(503);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().startsWith("{\"status\":\"DOWN\""), down.body());
            assertTrue(down.body().contains(DATABASE_DOWN), down.body());
        } finally {
            SystemUnderTest.database("start");
        }

        HttpResponse<String> recovered = waitForHealth(200);
        assertEquals(200, recovered.statusCode(), recovered.body());
        assertTrue(recovered.body().contains(DATABASE_UP), recovered.body());
        assertEquals(
                200,
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                        .statusCode());
    }

    @Test
    void callsThatEndWhileTheDatabaseIsAwayHaveTheirTrueOutcomeOnceItIsBack() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String answered = "1795710000.1";
        String abandoned = "1795710100.1";
        String abandonedCaller = "07713334455";
        Instant start = Instant.now().minusSeconds(30);
        List<String> answeredCall =
                PbxCalls.answered(answered, "07703003000", "enquiries", "PJSIP/1701", "Agent 1701", start, 8, 20);
        int ringing = PbxCalls.indexOf(answeredCall, "Event: AgentCalled");
        send(pbx, answeredCall.subList(0, ringing));
        awaitFilled(answered, "queue_joined_at"); // waiting in the queue, written
        assertEquals("IN_PROGRESS", field(answered, "disposition"));
        waitForHealth(200);

        SystemUnderTest.database("stop");
        try {
            waitForHealth(503);
            send(pbx, answeredCall.subList(ringing, answeredCall.size())); // answered, talked, hung up
            send(
                    pbx,
                    PbxCalls.abandoned(
                            abandoned,
                            abandonedCaller,
                            "enquiries",
                            "PJSIP/1702",
                            "Agent 1702",
                            start.plusSeconds(5),
                            12)); // begun and given up
            SystemUnderTest.eventually(
                    Duration.ofMinutes(1),
                    "the call events held for the database",
                    () -> SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null)
                            .body()
                            .contains("\"waitingForDatabase\":true"));
        } finally {
            SystemUnderTest.database("start");
        }
        waitForHealth(200);

        awaitDisposition(answered, "ANSWERED");
        awaitFilled(answered, "ended_at");
        assertEquals("Agent 1701", field(answered, "agent"));
        assertEquals("8", field(answered, "wait_seconds"));
        assertEquals("20", field(answered, "talk_seconds"));
        awaitDisposition(abandoned, "ABANDONED");
        assertEquals("12", field(abandoned, "wait_seconds"));
        assertNotNull(field(abandoned, "ended_at"));
        String openCallbacks = "select count(*) from ticket t join citizen_phone p on p.citizen_id = t.citizen_id"
                + " where p.e164 = ? and t.type = 'CALLBACK' and t.status not in ('RESOLVED', 'CLOSED')";
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "a callback task for the caller who gave up",
                () -> "1".equals(SystemUnderTest.queryString(openCallbacks, "+964" + abandonedCaller.substring(1))));
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        assertTrue(health.contains("\"waitingForDatabase\":false"), health);
    }

    @Test
    void ticketsOpenedThroughADatabaseRestartAreRefused503WhileItIsAwayAndNoneAcknowledgedIsLost() throws Exception {
        SystemUnderTest.ensureUser("outage.agent", "Outage Agent", PASSWORD, Role.AGENT);
        Api agent = Api.as("outage.agent", PASSWORD);
        waitForHealth(200);
        long begun = System.nanoTime();
        TicketLoad load = TicketLoad.start(agent, "db" + Instant.now().toEpochMilli(), 4);
        long stopped;
        long restarting;
        try {
            load.awaitCreated(begun, 20, Duration.ofMinutes(2));
            SystemUnderTest.database("stop");
            stopped = System.nanoTime();
            try {
                waitForHealth(503);
                load.awaitAnswered(stopped, 40, Duration.ofMinutes(2));
            } finally {
                restarting = System.nanoTime();
                SystemUnderTest.database("start");
            }
            // nothing is restarted or told: the pool gives up its broken connections and makes new ones
            load.awaitCreated(System.nanoTime(), 20, Duration.ofMinutes(2));
        } finally {
            load.close();
        }
        waitForHealth(200);

        List<TicketLoad.Sent> sent = load.sent();
        List<TicketLoad.Sent> whileAway =
                sent.stream().filter(s -> s.within(stopped, restarting)).toList();
        assertTrue(whileAway.size() >= 40, "answers while the database was away: " + whileAway.size());
        // Every answer is a problem with Retry-After: database-unavailable, or, for a few sign-ins the throttle still
        // counted (a known gap: see docs/OPERATIONS.md), sign-in-throttled.
        long unavailable = 0;
        for (TicketLoad.Sent refused : whileAway) {
            assertTrue(refused.status() == 503 || refused.status() == 429, refused.toString());
            assertTrue(refused.answer().contentType().startsWith("application/problem+json"), refused.toString());
            assertTrue(Integer.parseInt(refused.answer().retryAfter()) > 0, refused.toString());
            if (refused.status() == 503) {
                assertEquals(
                        "urn:hotline:problem:database-unavailable",
                        refused.answer().object().getString("type"),
                        refused.toString());
                unavailable++;
            }
        }
        assertTrue(unavailable * 2 >= whileAway.size(), unavailable + " of " + whileAway.size() + " said unavailable");
        // Around the stop and the start too, every request had an answer, and never a 500 or a page of HTML. (A few
        // sign-ins caught by the stop or the start can still be counted by the throttle: 429, a problem too.)
        for (TicketLoad.Sent any : sent) {
            assertTrue(
                    any.created()
                            || (any.status() == 503 || any.status() == 429)
                                    && any.answer().contentType().startsWith("application/problem+json"),
                    any.toString());
        }
        load.assertEveryAcknowledgedTicketIsKept();
    }

    @Test
    void pagesSayNothingWasSavedInTheUsersLanguageAndKeepWhatWasTyped() throws Exception {
        SystemUnderTest.ensureUser("outage.desk", "Outage Desk", PASSWORD, Role.AGENT);
        String mark = "pg" + Instant.now().toEpochMilli();
        String earlier = Api.as("outage.desk", PASSWORD)
                .post("/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"قبل الانقطاع\"}")
                .object()
                .getString("number");
        String subject = "طلب كتب أثناء انقطاع قاعدة البيانات " + mark;
        waitForHealth(200);
        try (Browser form = new Browser();
                Browser reader = new Browser();
                Browser stranger = new Browser()) {
            form.signIn("outage.desk", PASSWORD);
            form.open("/desk/new-ticket.xhtml");
            form.type(By.id("newTicket:subject"), subject);
            reader.signIn("outage.desk", PASSWORD);
            stranger.open("/login.xhtml");

            SystemUnderTest.database("stop");
            try {
                waitForHealth(503);
                form.submit(By.id("newTicket:create"));
                String said = form.text(By.id("messages"));
                assertTrue(
                        said.contains(
                                "قاعدة البيانات غير متاحة للحظات، ولم يُحفظ شيء. ما كتبته باقٍ هنا: أرسله مجددًا بعد دقيقة."),
                        said);
                assertEquals(subject, form.value(By.id("newTicket:subject")), "what was typed is still there");

                String page = "/desk/ticket.xhtml?number=" + earlier;
                for (String[] language : new String[][] {
                    {"ar", "rtl", "الخدمة غير متاحة مؤقتًا"},
                    {"en", "ltr", "Temporarily unavailable"},
                    {"ku", "rtl", "بە شێوەیەکی کاتی بەردەست نییە"}
                }) {
                    reader.open("/language?to=" + language[0] + "&back=" + page);
                    assertEquals(language[2], reader.heading(), language[0]);
                    assertEquals(language[1], reader.direction(), language[0]);
                    assertTrue(reader.isShown(By.id("retry")), "a way to try again");
                }
                for (String asked : List.of(page, "/desk/tickets.xhtml", "/desk/new-ticket.xhtml")) {
                    HttpResponse<String> answer =
                            SystemUnderTest.get(SystemUnderTest.BASE_URL + asked, reader.cookieHeader());
                    assertEquals(503, answer.statusCode(), asked + ": " + answer.body());
                    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), asked);
                    assertTrue(answer.body().contains("id=\"error-unavailable\""), asked + ": " + answer.body());
                }
                stranger.type(By.id("signIn:username"), "outage.desk"); // the page was shown before the stop
                stranger.type(By.id("signIn:password"), PASSWORD);
                stranger.submit(By.id("signIn:submit"));
                String signIn = stranger.text(By.id("signIn:messages"));
                assertTrue(signIn.contains("تسجيل الدخول غير متاح للحظات. حاول مجددًا بعد دقيقة."), signIn);
            } finally {
                SystemUnderTest.database("start");
            }
            waitForHealth(200);
            form.submit(By.id("newTicket:create")); // the same form, sent again once the database is back
            assertEquals(subject, form.text(By.id("ticketSubject")));
        }
        assertEquals("1", SystemUnderTest.queryString("select count(*) from ticket where subject = ?", subject));
    }

    private static void send(FakeAsterisk pbx, List<String> blocks) throws Exception {
        for (String block : blocks) {
            pbx.send(block);
        }
    }

    /** Health is polled, not timed: the answer changes within seconds, and the wait gives up after two minutes. */
    private static HttpResponse<String> waitForHealth(int status) {
        return SystemUnderTest.eventually(
                Duration.ofMinutes(2),
                "health answering " + status,
                () -> SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null),
                answer -> answer.statusCode() == status);
    }
}
