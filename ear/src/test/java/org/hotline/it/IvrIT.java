package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.common.Role;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The IVR's entry script over FastAGI, driven by a simulated Asterisk that speaks res_agi's protocol: every branch
 * (in hours and on a holiday, each language, each topic), wrong keys and silence, the ticket status by keypad (found,
 * wrong check digit, a complaint without its PIN, any number but the caller's own ticket asking a PIN, the wait after
 * wrong PINs shared with the web), a hang-up at every step, garbage on the socket, missing prompt
 * files, the menu changed by an administrator, and the choices reaching the call log.
 */
class IvrIT {

    private static final int PORT = Integer.getInteger("hotline.agi.port", 4583);
    private static final String PASSWORD = "a long test passphrase 5599";
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static Api agent;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("ivr.agent", "IVR Agent", PASSWORD, Role.AGENT);
        agent = Api.as("ivr.agent", PASSWORD);
    }

    /** A fresh linkedid per call, so calls never share a record. */
    private static String linkedid() {
        return "1795800" + String.format("%03d", CALLS.incrementAndGet()) + ".1";
    }

    private static Transcript call(String caller, String... keys) throws Exception {
        return new SimulatedAsteriskAgi(caller, linkedid()).keys(keys).call(PORT);
    }

    @Test
    void anUnknownCallerChoosesEachLanguageAndEachTopicLeadsToItsQueue() throws Exception {
        String[][] languages = {{"1", "ar"}, {"2", "ku"}, {"3", "en"}};
        for (String[] language : languages) {
            Transcript call = call("07709000001", language[0], "1");
            assertEquals(language[1], call.last("HOTLINE_LANG"));
            assertEquals(language[1], call.last("CHANNEL(language)"), "the channel speaks it too");
            assertTrue(call.played.contains("hotline/" + language[1] + "/welcome"), call.played.toString());
        }
        String[][] topics = {
            {"1", "ENQUIRY", "enquiries"},
            {"2", "REGISTRATION", "registration"},
            {"3", "COMPLAINT", "complaints"},
            {"0", "AGENT", "agents"}
        };
        for (String[] topic : topics) {
            Transcript call = call("07709000002", "3", topic[0]);
            assertEquals(topic[1], call.last("HOTLINE_TOPIC"));
            assertEquals(topic[2], call.last("HOTLINE_QUEUE"));
            assertEquals("queue", call.last("HOTLINE_STEP"));
            assertNull(call.last("HOTLINE_ROUTE"), "the dialplan queues it");
        }
    }

    @Test
    void aKnownCallersLanguageIsRememberedAndNineChangesIt() throws Exception {
        String citizen = SystemUnderTest.ensureCitizen(agent, "07709000003", "كريم عباس");
        try (var db = SystemUnderTest.database();
                var set = db.prepareStatement("update citizen set preferred_language = 'en' where id = ?")) {
            set.setString(1, citizen);
            set.executeUpdate();
        }
        Transcript known = call("07709000003", "1");
        assertFalse(known.all("HOTLINE_STEP").contains("language"), "no language menu for a known caller");
        assertEquals("en", known.last("HOTLINE_LANG"));
        assertEquals("ENQUIRY", known.last("HOTLINE_TOPIC"));

        Transcript changes = call("07709000003", "9", "2", "1");
        assertEquals(List.of("en", "ku"), changes.all("HOTLINE_LANG"));
        assertEquals(
                "ku",
                SystemUnderTest.queryString("select preferred_language from citizen where id = ?", citizen),
                "the new choice is remembered");
    }

    @Test
    void wrongKeysAndSilenceRepeatTheMenuThreeTimesThenTheDefaultQueue() throws Exception {
        Transcript call = call("07709000004", "3", "7", "", "*");
        assertEquals(
                3, call.played.stream().filter("hotline/en/invalid"::equals).count());
        assertEquals("enquiries", call.last("HOTLINE_QUEUE"), "the default queue");
        assertEquals("menu-failed", call.last("HOTLINE_TO_AGENT"));
        assertEquals(
                3,
                call.played.stream().filter("hotline/en/topic-ENQUIRY"::equals).count(),
                "the menu was said three times");
    }

    @Test
    void aTicketsStatusIsSaidDigitByDigitInTheCallersLanguageAndAWrongCheckDigitIsCaughtAtOnce() throws Exception {
        String number = ticketOf("07709000005", "en", "حالة عبر الهاتف");
        String mistyped = number.substring(0, number.length() - 1)
                + (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10);
        Transcript call = call("07709000005", "4", mistyped + "#", number + "#", ""); // known: no language menu
        assertEquals(List.of("INVALID", "FOUND"), call.all("HOTLINE_STATUS"));
        assertTrue(call.played.contains("hotline/en/ticket-invalid"));
        int said = call.played.indexOf("hotline/en/ticket-number");
        for (int i = 0; i < number.length(); i++) {
            assertEquals("hotline/en/digit-" + number.charAt(i), call.played.get(said + 1 + i));
        }
        assertEquals("hotline/en/status-NEW", call.played.get(said + 1 + number.length()));
        assertEquals("hangup", call.last("HOTLINE_ROUTE"));
        assertEquals("TICKET_STATUS", call.last("HOTLINE_TOPIC"));

        Transcript stranger = call("07709000012", "3", "4", number + "#", "", "", "");
        assertEquals(
                "PIN_REQUIRED",
                stranger.all("HOTLINE_STATUS").get(0),
                "another caller needs a PIN for it, as for a complaint: " + stranger.all("HOTLINE_STATUS"));
        assertFalse(stranger.played.contains("hotline/en/status-NEW"), "nothing said to another caller");

        Transcript lost = call("07709000014", "1", "4", "100000#", "", "1#");
        assertEquals("agents", lost.last("HOTLINE_QUEUE"), "three failures lead to an agent");
        assertEquals("status-failed", lost.last("HOTLINE_TO_AGENT"));
    }

    @Test
    void aPublicReplyIsSaidToBeWaitingAndPlayedWhenSpokenOrElseTheCallerHearsWhereToReadIt() throws Exception {
        String number = ticketOf("07709000031", "en", "تفعيل الحساب");
        assertEquals(
                201,
                agent.post(
                                "/api/v1/tickets/" + number + "/comments",
                                "{\"body\":\"ملاحظة داخلية للفريق\",\"internal\":true}")
                        .status());
        Transcript noted = call("07709000031", "4", number + "#", "");
        assertEquals("FOUND", noted.last("HOTLINE_STATUS"));
        assertFalse(noted.played.contains("hotline/en/reply-waiting"), "an internal note is no reply: " + noted.played);

        String reply = "تم تفعيل حسابك، يمكنك الدخول الآن";
        assertEquals(
                201,
                agent.post("/api/v1/tickets/" + number + "/comments", "{\"body\":\"" + reply + "\",\"internal\":false}")
                        .status());
        String replyId = SystemUnderTest.queryString(
                "select max(id) from ticket_comment where ticket_id = ?" + " and internal = 0",
                TicketNumber.parse(number).sequence());
        String sound = "hotline/replies/" + number + "-" + replyId;
        java.nio.file.Path spoken =
                java.nio.file.Path.of(System.getProperty("hotline.replySounds"), number + "-" + replyId + ".wav");
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the reply spoken into the PBX's folder",
                () -> java.nio.file.Files.isRegularFile(spoken));
        assertEquals(
                "ar\n" + reply,
                java.nio.file.Files.readString(spoken, StandardCharsets.UTF_8).strip(),
                "the reply's words, in the Arabic voice (the caller speaks English, the reply is in Arabic)");

        // The reply is also waiting for them: the notice before the menu, let pass in silence (it is
        // CitizenNoticeIT's).
        Transcript heard = call("07709000031", "", "4", number + "#", "");
        assertEquals(List.of("offered"), heard.all("HOTLINE_NOTICE"));
        int waiting = heard.played.indexOf("hotline/en/reply-waiting");
        assertTrue(waiting > heard.played.indexOf("hotline/en/status-NEW"), heard.played.toString());
        assertEquals(sound, heard.played.get(waiting + 1), "the reply itself follows: " + heard.played);
        assertEquals("hotline/en/status-more", heard.played.get(waiting + 2));
        assertEquals("SPOKEN", heard.last("HOTLINE_REPLY"));
        assertEquals("hangup", heard.last("HOTLINE_ROUTE"));

        Transcript toRead = new SimulatedAsteriskAgi("07709000031", linkedid())
                .keys("", "4", number + "#", "0")
                .missing(Set.of(sound))
                .call(PORT);
        waiting = toRead.played.indexOf("hotline/en/reply-waiting");
        assertTrue(waiting >= 0, toRead.played.toString());
        assertEquals(
                "hotline/en/reply-to-read",
                toRead.played.get(waiting + 1),
                "not spoken on this PBX: where to read it, never a missing file streamed");
        assertFalse(toRead.played.contains(sound));
        assertEquals("TO_READ", toRead.last("HOTLINE_REPLY"));
        assertEquals("SUCCESS", toRead.agiStatus, "the IVR ran to its end: " + toRead.commands);
        assertEquals("agent", toRead.last("HOTLINE_TO_AGENT"), "0 after it: an agent reads it out");
    }

    /** An ordinary ticket of the citizen who calls from {@code phone}, who speaks {@code language}: its number. */
    private static String ticketOf(String phone, String language, String subject) throws Exception {
        String citizen = SystemUnderTest.ensureCitizen(agent, phone, "سلمى جواد");
        SystemUnderTest.execute("update citizen set preferred_language = ? where id = ?", language, citizen);
        return agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\",\"citizenId\":"
                                + citizen + "}")
                .object()
                .getString("number");
    }

    @Test
    void aComplaintsStatusIsSaidOnlyAfterItsReceiptPin() throws Exception {
        var receipt = SystemUnderTest.fileComplaint(agent, true);
        String number = receipt.getString("number");
        String pin = receipt.getString("pin");
        String wrongPin = pin.equals("111111") ? "222222" : "111111";
        Transcript wrong = call("07709000006", "3", "4", number + "#", wrongPin + "#", wrongPin + "#", wrongPin + "#");
        assertEquals(List.of("PIN_REQUIRED", "PIN_WRONG", "PIN_WRONG", "PIN_WRONG"), wrong.all("HOTLINE_STATUS"));
        assertTrue(
                wrong.played.stream().noneMatch(file -> file.contains("/status-") && !file.endsWith("status-more")),
                "nothing said about the complaint: " + wrong.played);
        assertEquals("pin-failed", wrong.last("HOTLINE_TO_AGENT"));

        Transcript right = call("07709000006", "3", "4", number + "#", pin + "#", "");
        assertEquals("FOUND", right.last("HOTLINE_STATUS"));
        assertTrue(right.played.contains("hotline/en/status-NEW"));
    }

    @Test
    void aStrangerIsAskedForAPinForEveryNumberAlikeAndAfterWrongPinsHearsToWaitAsOnTheWeb() throws Exception {
        var receipt = SystemUnderTest.fileComplaint(agent, true);
        String complaint = receipt.getString("number");
        String pin = receipt.getString("pin");
        String wrongPin = pin.equals("111111") ? "222222" : "111111";
        String ticket = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"تذكرة غيري\"}")
                .object()
                .getString("number");
        String nobodys = TicketNumber.forSequence(60_000_000L + System.nanoTime() % 10_000_000L)
                .digits();
        List<List<String>> heard = new java.util.ArrayList<>();
        for (String number : List.of(complaint, ticket, nobodys)) {
            Transcript call =
                    call("07709000011", "3", "4", number + "#", wrongPin + "#", wrongPin + "#", wrongPin + "#");
            assertEquals(
                    List.of("PIN_REQUIRED", "PIN_WRONG", "PIN_WRONG", "PIN_WRONG"), call.all("HOTLINE_STATUS"), number);
            assertEquals("pin-failed", call.last("HOTLINE_TO_AGENT"));
            heard.add(call.played);
        }
        assertEquals(heard.get(0), heard.get(1), "a complaint and another's ticket sound alike");
        assertEquals(heard.get(0), heard.get(2), "a complaint and a number nobody has sound alike");

        // The three free wrong PINs are spent; a stranger on the web makes the number wait (one store for both).
        Transcript told = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int tries = 0;
            while (FollowUpIT.from("127.0.0.61", complaint, wrongPin).status() != 429 && ++tries < 8) {
                // wrong PINs until the number is told to wait
            }
            told = call("07709000013", "3", "4", complaint + "#", pin + "#");
            if ("PIN_WAIT".equals(told.last("HOTLINE_STATUS"))) {
                break;
            }
        }
        assertEquals(
                "PIN_WAIT",
                told.last("HOTLINE_STATUS"),
                told.all("HOTLINE_STATUS").toString());
        assertTrue(told.played.contains("hotline/en/pin-wait"), told.played.toString());
        assertEquals("pin-wait", told.last("HOTLINE_TO_AGENT"));
        assertTrue(
                told.played.stream().noneMatch(file -> file.contains("/status-") && !file.endsWith("status-more")),
                "nothing said about the complaint during the wait: " + told.played);

        SystemUnderTest.eventually(
                Duration.ofSeconds(15),
                "the genuine PIN works on the phone after the wait",
                () -> "FOUND"
                        .equals(call("07709000013", "3", "4", complaint + "#", pin + "#", "")
                                .last("HOTLINE_STATUS")));
    }

    @Test
    void onAHolidayTheCallerHearsTheHoursAndOneAsksForOneCallback() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        boolean alreadyHoliday = admin.get("/api/v1/holidays").text().contains(today);
        assertTrue(alreadyHoliday
                || admin.put("/api/v1/holidays/" + today, "{\"name\":\"عطلة اختبار\"}")
                                .status()
                        < 300);
        try {
            String linkedid = linkedid();
            Transcript asks =
                    new SimulatedAsteriskAgi("07709000007", linkedid).keys("1").call(PORT);
            assertEquals("1", asks.last("HOTLINE_AFTER_HOURS"));
            assertEquals("requested", asks.last("HOTLINE_CALLBACK"));
            assertEquals("hangup", asks.last("HOTLINE_ROUTE"));
            assertTrue(
                    asks.played.contains("hotline/ar/closed") && asks.played.contains("hotline/ar/callback-confirmed"));
            String tasks = "select count(*) from ticket t join citizen_phone p on p.citizen_id = t.citizen_id"
                    + " where p.e164 = '+9647709000007' and t.type = 'CALLBACK' and t.status not in ('RESOLVED', 'CLOSED')";
            assertEquals("1", SystemUnderTest.queryString(tasks));
            assertEquals(
                    linkedid,
                    SystemUnderTest.queryString(
                            "select t.call_linkedid from ticket t join citizen_phone p"
                                    + " on p.citizen_id = t.citizen_id where p.e164 = '+9647709000007' and t.type = 'CALLBACK'"));
            call("07709000007", "1");
            assertEquals("1", SystemUnderTest.queryString(tasks), "one task while it is open");

            Transcript silent = call("07709000008", "");
            assertNull(silent.last("HOTLINE_CALLBACK"));
            assertEquals("hangup", silent.last("HOTLINE_ROUTE"));
            assertEquals(
                    "0",
                    SystemUnderTest.queryString("select count(*) from citizen_phone where e164 = '+9647709000008'"));
        } finally {
            if (!alreadyHoliday) {
                admin.delete("/api/v1/holidays/" + today);
            }
        }
    }

    @Test
    void aHangUpAtEveryStepEndsTheScriptCleanlyWithNothingHalfWritten() throws Exception {
        for (String step : List.of("hours", "language", "menu", "status", "pin")) {
            String number = SystemUnderTest.fileComplaint(agent, true).getString("number");
            Transcript call = new SimulatedAsteriskAgi("07709000009", linkedid())
                    .keys("3", "4", number + "#", "1#", "2#", "3#")
                    .hangUpWhen(command -> isStep(command, step))
                    .call(PORT);
            assertTrue(call.hungUp, "hung up at " + step + ": " + call.commands);
            List<String> ours = call.commands.stream()
                    .filter(c -> !c.contains("AJ_AGISTATUS"))
                    .toList();
            assertTrue(
                    isStep(ours.get(ours.size() - 1), step), // Asterisk-Java's own AJ_AGISTATUS aside
                    "the script sent nothing after the hang-up at " + step + ": " + call.commands);
        }
        String linkedid = linkedid();
        String today = LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        boolean alreadyHoliday = admin.get("/api/v1/holidays").text().contains(today);
        admin.put("/api/v1/holidays/" + today, "{\"name\":\"عطلة اختبار\"}");
        try {
            Transcript hungUp = new SimulatedAsteriskAgi("07709000010", linkedid)
                    .keys("1")
                    .hangUpWhen(command -> command.startsWith("WAIT FOR DIGIT"))
                    .call(PORT);
            assertTrue(hungUp.hungUp);
            assertEquals(
                    "0",
                    SystemUnderTest.queryString("select count(*) from citizen_phone where e164 = '+9647709000010'"),
                    "no task half-made");
        } finally {
            if (!alreadyHoliday) {
                admin.delete("/api/v1/holidays/" + today);
            }
        }
    }

    @Test
    void overTheLimitACallGetsTheDefaultQueueAtOnceNeverSilence() throws Exception {
        int limit = Integer.getInteger("hotline.agi.maxCalls", 3);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(limit);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(limit);
        try {
            List<java.util.concurrent.Future<Transcript>> busy = new java.util.ArrayList<>();
            for (int i = 0; i < limit; i++) {
                busy.add(callers.submit(() -> new SimulatedAsteriskAgi("07709000015", linkedid())
                        .keys("1", "1")
                        .holdAt(command -> command.startsWith("WAIT FOR DIGIT"), held, release)
                        .call(PORT)));
            }
            assertTrue(held.await(30, java.util.concurrent.TimeUnit.SECONDS), "the limit's calls are in the menu");
            Transcript over = call("07709000016", "1", "1");
            assertEquals("overload", over.last("HOTLINE_STEP"));
            assertEquals("enquiries", over.last("HOTLINE_QUEUE"), "the default route at once");
            release.countDown();
            for (java.util.concurrent.Future<Transcript> call : busy) {
                assertEquals("ENQUIRY", call.get().last("HOTLINE_TOPIC"), "the calls in the IVR go on");
            }
            assertEquals("ENQUIRY", call("07709000017", "1", "1").last("HOTLINE_TOPIC"), "room again after them");
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void garbageOnTheSocketIsClosedAndTheServerGoesOn() throws Exception {
        assertTrue(
                SimulatedAsteriskAgi.sendGarbage(
                        PORT, "\u0000\u0001 not agi at all\r\n\r\n\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1)),
                "the connection was closed");
        assertTrue(
                SimulatedAsteriskAgi.sendGarbage(
                        PORT, "agi_network_script: nothing-here\n\n".getBytes(StandardCharsets.US_ASCII)),
                "an unknown script is closed");
        assertEquals("ENQUIRY", call("07709000011", "1", "1").last("HOTLINE_TOPIC"), "the next call is served");
    }

    @Test
    void aMissingPromptIsNeverStreamedTheCallerHearsItInAnotherLanguageAndDigitsInAsterisksOwn() throws Exception {
        String number = ticketOf("07709000015", "ku", "ملف ناقص"); // a known caller who speaks Kurdish
        char first = number.charAt(0);
        // Asterisk ends the whole IVR session on a STREAM FILE of a missing file: the fake does the same.
        Transcript call = new SimulatedAsteriskAgi("07709000015", linkedid())
                .missing(Set.of(
                        "hotline/ku/welcome",
                        "hotline/ku/digit-" + first,
                        "hotline/ar/digit-" + first,
                        "hotline/en/digit-" + first))
                .keys("4", number + "#", "")
                .call(PORT);
        assertEquals("SUCCESS", call.agiStatus, "the IVR ran to its end: " + call.commands);
        assertEquals("hotline/ar/welcome", call.played.get(0), "Kurdish missing: Arabic");
        assertTrue(call.played.contains("hotline/ku/topic-TICKET_STATUS"), "the rest in Kurdish: " + call.played);
        assertTrue(call.played.contains("digits:" + first), "no recording of the digit: Asterisk's own");
        assertEquals("FOUND", call.last("HOTLINE_STATUS"), "the caller heard the status");
        assertEquals("hangup", call.last("HOTLINE_ROUTE"));
    }

    @Test
    void theChoicesReachTheCallLog() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String linkedid = linkedid();
        new SimulatedAsteriskAgi("07709000013", linkedid)
                .reportingTo(pbx)
                .keys("3", "2")
                .call(PORT);
        SystemUnderTest.eventually(Duration.ofSeconds(30), "the IVR's choices on the call", () -> {
            String choices = CallRecords.field(linkedid, "ivr_choices");
            return choices != null && choices.contains("TOPIC=REGISTRATION");
        });
        String choices = CallRecords.field(linkedid, "ivr_choices");
        assertTrue(
                choices.contains("LANG=en")
                        && choices.contains("QUEUE=registration")
                        && choices.contains("STEP=menu")
                        && choices.contains("STEP=queue"),
                choices);
    }

    @Test
    void anAdministratorChangesTheMenuAndTheNextCallHearsIt() throws Exception {
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        String original = admin.get("/api/v1/ivr/menu").text();
        try {
            assertEquals(
                    409,
                    admin.put(
                                    "/api/v1/ivr/menu",
                                    "[{\"digit\":\"1\",\"topic\":\"ENQUIRY\"," + "\"queue\":\"enquiries\"}]")
                            .status(),
                    "no key to an agent");
            assertEquals(
                    400,
                    admin.put("/api/v1/ivr/menu", "[{\"digit\":\"9\",\"topic\":\"AGENT\"," + "\"queue\":\"agents\"}]")
                            .status(),
                    "9 is the language key");
            assertEquals(403, agent.put("/api/v1/ivr/menu", original).status());
            assertEquals(
                    200,
                    admin.put(
                                    "/api/v1/ivr/menu",
                                    "[{\"digit\":\"5\",\"topic\":\"TICKET_STATUS\"},"
                                            + "{\"digit\":\"1\",\"topic\":\"AGENT\",\"queue\":\"agents\"}]")
                            .status());
            Transcript call = call("07709000014", "3", "1");
            assertEquals("AGENT", call.last("HOTLINE_TOPIC"));
            assertTrue(
                    call.played.contains("hotline/en/topic-TICKET_STATUS")
                            && !call.played.contains("hotline/en/topic-ENQUIRY"),
                    call.played.toString());
        } finally {
            assertEquals(200, admin.put("/api/v1/ivr/menu", original).status());
        }
    }

    private static boolean isStep(String command, String step) {
        return SimulatedAsteriskAgi.words(command).equals(List.of("SET", "VARIABLE", "HOTLINE_STEP", step));
    }

    @Test
    void onTheMenuPageAnAdministratorChangesAKeyAndAWrongOrRepeatedKeyIsRefused() throws Exception {
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        String original = admin.get("/api/v1/ivr/menu").text();
        try (Browser browser = new Browser()) {
            browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            browser.open("/admin/ivr.xhtml");
            assertEquals("1", browser.script("return document.getElementById('menu:keys:0:digit').value"));
            String rows = "return document.querySelectorAll(\"input[id$=':digit']\").length";
            Object keys = browser.script(rows);
            browser.type(By.id("menu:keys:0:digit"), "1" + org.openqa.selenium.Keys.ENTER);
            browser.waitUntil("return PrimeFaces.ajax.Queue.isEmpty()", java.time.Duration.ofSeconds(20));
            assertEquals(keys, browser.script(rows), "Enter in a key's field removes no row");
            assertEquals("1", browser.script("return document.getElementById('menu:keys:0:digit').value"));

            browser.type(By.id("menu:keys:0:digit"), "9");
            browser.click(By.id("menu:save"));
            assertEquals("مفتاح من 0 إلى 8.", browser.waitForSomeText(By.id("menu:keys:0:digitMessage")));
            assertEquals(original, admin.get("/api/v1/ivr/menu").text(), "nothing saved");

            browser.type(By.id("menu:keys:0:digit"), "2");
            browser.click(By.id("menu:save"));
            browser.waitForText(By.id("messages"), "هذه القائمة قد تترك المتصلين عالقين");
            assertEquals(original, admin.get("/api/v1/ivr/menu").text(), "a key twice: nothing saved");

            browser.type(By.id("menu:keys:0:digit"), "7");
            browser.click(By.id("menu:save"));
            browser.waitForText(By.id("messages"), "حُفظت القائمة");
            String saved = admin.get("/api/v1/ivr/menu").text();
            assertTrue(saved.contains("\"digit\":\"7\"") && !saved.contains("\"digit\":\"1\""), saved);
            assertEquals("ENQUIRY", call("07709000018", "3", "7").last("HOTLINE_TOPIC"), "the next call hears it");
        } finally {
            assertEquals(200, admin.put("/api/v1/ivr/menu", original).status());
        }
    }
}
