package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public follow-up as a guesser meets it, on the API and the page: a complaint, an ordinary ticket and a number
 * nobody has answer alike; wrong PINs make the number wait (2 s doubling to 4 s on the test server) with
 * {@code Retry-After}, never a lock, so the genuine PIN works once the wait passes; each client address has an hourly
 * budget of wrong PINs (15 on the test server). Strangers come from loopback addresses of their own (127.0.0.x), so
 * each test spends its own budget and the other tests', from 127.0.0.1, are untouched.
 */
class FollowUpIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api agent;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("followup.agent", "Follow-up Agent", PASSWORD, Role.AGENT);
        agent = Api.as("followup.agent", PASSWORD);
    }

    /** An HTTP answer as a raw client sees it. */
    record Reply(int status, String retryAfter, String body, long nanos) {}

    /** The public follow-up API called from {@code localAddress}, a loopback address that stands for one client. */
    static Reply from(String localAddress, String number, String pin) throws IOException {
        return post(
                localAddress, "/api/v1/public/follow-up", "{\"number\":\"" + number + "\",\"pin\":\"" + pin + "\"}");
    }

    /** A public API's JSON POST from {@code localAddress}, a loopback address that stands for one client. */
    static Reply post(String localAddress, String path, String json) throws IOException {
        URI base = URI.create(SystemUnderTest.BASE_URL);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try (Socket socket = new Socket(
                InetAddress.getByName("127.0.0.1"), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + base.getPort()
                            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                            + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long nanos = System.nanoTime() - started;
            int headEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headEnd);
            String retryAfter = null;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("retry-after:")) {
                    retryAfter = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            return new Reply(Integer.parseInt(head.split(" ")[1]), retryAfter, response.substring(headEnd + 4), nanos);
        }
    }

    /** A well-formed number (its check digit right) far beyond any ticket of the test run. */
    private static String nobodysNumber() {
        return TicketNumber.forSequence(
                        50_000_000L + ThreadLocalRandom.current().nextLong(40_000_000L))
                .digits();
    }

    private static String wrongPin(String pin) {
        return pin.equals("000000") ? "111111" : "000000";
    }

    private static String ordinaryTicket() throws Exception {
        return agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار عن" + " خدمة\"}")
                .object()
                .getString("number");
    }

    /** Status, Retry-After and body of five wrong PINs in a row for one number, from one client. */
    private static List<String> fiveWrongPins(String address, String number) throws IOException {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply reply = from(address, number, "123456");
            // how long is left of a wait depends on the moment; that there is one does not
            String retryAfter = reply.status() == 429 && reply.retryAfter() != null ? "N" : reply.retryAfter();
            seen.add(reply.status() + " retry-after=" + retryAfter + " "
                    + reply.body().replaceAll("[0-9]+ seconds", "N seconds"));
        }
        return seen;
    }

    @Test
    void aComplaintAnOrdinaryTicketAndANumberNobodyHasAnswerAlike() throws Exception {
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        List<String> toComplaint = fiveWrongPins("127.0.0.21", complaint);
        List<String> toTicket = fiveWrongPins("127.0.0.22", ordinaryTicket());
        List<String> toNobody = fiveWrongPins("127.0.0.23", nobodysNumber());
        assertEquals(toComplaint, toTicket, "a complaint and an ordinary ticket answer alike");
        assertEquals(toComplaint, toNobody, "a complaint and a number nobody has answer alike");
        assertTrue(toComplaint.get(0).startsWith("403 retry-after=null"), toComplaint.toString());
        assertTrue(
                toComplaint.get(3).startsWith("403 retry-after=2 "),
                "the fourth wrong PIN starts a wait: " + toComplaint);
        assertTrue(toComplaint.get(4).startsWith("429 retry-after="), toComplaint.toString());
        assertTrue(toComplaint.get(4).contains("follow-up-wait"), toComplaint.toString());

        // The same work for each: one slow hash per wrong PIN, whether or not there is a PIN to compare.
        long complaintNanos = medianOfWrongPins(
                "127.0.0.24", SystemUnderTest.fileComplaint(agent, true).getString("number"));
        long ticketNanos = medianOfWrongPins("127.0.0.25", ordinaryTicket());
        long nobodyNanos = medianOfWrongPins("127.0.0.26", nobodysNumber());
        assertRatio(complaintNanos, ticketNanos, "complaint against ordinary ticket");
        assertRatio(complaintNanos, nobodyNanos, "complaint against a number nobody has");
    }

    private static long medianOfWrongPins(String address, String number) throws IOException {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // the three free wrong PINs: each is checked
            Reply reply = from(address, number, "654321");
            assertEquals(403, reply.status(), reply.body());
            nanos.add(reply.nanos());
        }
        nanos.sort(null);
        return nanos.get(1);
    }

    private static void assertRatio(long a, long b, String what) {
        double ratio = (double) a / b;
        assertTrue(ratio > 0.4 && ratio < 2.5, what + ": " + a / 1_000_000 + " ms against " + b / 1_000_000 + " ms");
    }

    @Test
    void bruteForceOfAReceiptPinIsSlowedWithRetryAfterAndTheGenuinePinWorksOnceTheWaitPasses() throws Exception {
        var receipt = SystemUnderTest.fileComplaint(agent, true);
        String number = receipt.getString("number");
        String pin = receipt.getString("pin");
        String stranger = "127.0.0.31";

        // Ten seconds of guessing as fast as the server answers: only a handful of PINs are ever checked.
        int checked = 0;
        int told = 0;
        long checkedNanos = 0;
        long toldNanos = 0;
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int guess = 0;
        while (System.nanoTime() < end) {
            String guessed = String.format("%06d", guess++);
            if (guessed.equals(pin)) {
                continue;
            }
            Reply reply = from(stranger, number, guessed);
            if (reply.status() == 429) {
                told++;
                toldNanos += reply.nanos();
                int seconds = Integer.parseInt(reply.retryAfter());
                assertTrue(seconds >= 1 && seconds <= 4, "Retry-After within the test server's cap: " + seconds);
                assertTrue(reply.body().contains("follow-up-wait"), reply.body());
            } else {
                assertEquals(403, reply.status(), reply.body());
                checked++;
                checkedNanos += reply.nanos();
            }
        }
        // free 3, then one after each wait of 2, 4, 4 s: at most 7 in 10 s (without the wait, 30 or more)
        assertTrue(checked <= 8, "PINs checked in ten seconds: " + checked);
        assertTrue(told > checked, "most tries were told to wait: " + told + " against " + checked);
        assertTrue(
                toldNanos / told < checkedNanos / checked / 2,
                "a try during the wait is refused before hashing: " + toldNanos / told / 1_000_000 + " ms against "
                        + checkedNanos / checked / 1_000_000 + " ms");

        // The genuine complainant, from another address: at worst the current wait (4 s here), never a lock.
        Reply during = from("127.0.0.1", number, pin);
        if (during.status() == 429) {
            assertTrue(Integer.parseInt(during.retryAfter()) <= 4, during.retryAfter());
        }
        SystemUnderTest.eventually(Duration.ofSeconds(10), "the genuine PIN works once the wait passes", () -> {
            Reply reply = from("127.0.0.1", number, pin);
            return reply.status() == 200
                    && reply.body().contains("\"caseState\":\"RECEIVED\"")
                    && reply.body().contains("\"number\":\"" + number + "\"");
        });
        assertEquals(
                "0",
                SystemUnderTest.queryString("select failures from follow_up_backoff where receipt_number = ?", number),
                "the right PIN clears the count");
    }

    @Test
    void eachClientAddressHasAnHourlyBudgetOfWrongPinsAcrossEveryNumber() throws Exception {
        String guesser = "127.0.0.41";
        for (int i = 0; i < 15; i++) { // the test server's budget: one wrong PIN on each of fifteen numbers
            Reply reply = from(guesser, nobodysNumber(), "123456");
            assertEquals(403, reply.status(), "try " + (i + 1) + ": " + reply.body());
        }
        String fresh = nobodysNumber();
        Reply spent = from(guesser, fresh, "123456");
        assertEquals(429, spent.status(), spent.body());
        assertTrue(Integer.parseInt(spent.retryAfter()) > 3000, "about an hour: " + spent.retryAfter());
        assertEquals(403, from("127.0.0.42", fresh, "123456").status(), "another address is not held back");
    }

    @Test
    void thePageSaysToWaitInArabicEnglishAndKurdishAndShowsTheComplaintOnceTheWaitPasses() throws Exception {
        var receipt = SystemUnderTest.fileComplaint(agent, true);
        String number = receipt.getString("number");
        String pin = receipt.getString("pin");
        String[][] languages = {{null, "انتظر"}, {"English", "Wait"}, {"کوردی", "چاوەڕێ"}};
        try (Browser citizen = new Browser()) {
            citizen.open("/complaint/follow.xhtml");
            for (String[] language : languages) {
                if (language[0] != null) {
                    citizen.follow(By.linkText(language[0]));
                    assertEquals("/complaint/follow.xhtml", citizen.path());
                }
                // A stranger keeps the number waiting; the genuine PIN typed meanwhile is told to wait too.
                String said = null;
                for (int attempt = 0; attempt < 3 && (said == null || !said.contains(language[1])); attempt++) {
                    strangerMakesItWait(number, pin);
                    citizen.type(By.id("followUp:number"), number);
                    citizen.type(By.id("followUp:pin"), pin);
                    citizen.submit(By.id("followUp:show"));
                    said = citizen.isShown(By.id("followUp:messages")) ? citizen.text(By.id("followUp:messages")) : "";
                }
                assertTrue(said.contains(language[1]), language[1] + " in: " + said);
                assertTrue(said.matches("(?s).*[0-9]+.*"), "the seconds to wait are said: " + said);
                assertFalse(citizen.isShown(By.id("followStatus")), "nothing shown during the wait");
                citizen.screenshot("follow-up-wait-" + (language[0] == null ? "ar" : citizen.language()));
            }
        }
        try (Browser citizen = new Browser()) {
            citizen.open("/complaint/follow.xhtml");
            SystemUnderTest.eventually(Duration.ofSeconds(15), "the complaint is shown once the wait passes", () -> {
                citizen.type(By.id("followUp:number"), number);
                citizen.type(By.id("followUp:pin"), pin);
                citizen.submit(By.id("followUp:show"));
                return citizen.isShown(By.id("followStatus"));
            });
            assertEquals("جديدة", citizen.text(By.id("followStatus")));
        }
    }

    /** Wrong PINs from a stranger's address until the number is told to wait. */
    private static void strangerMakesItWait(String number, String pin) throws IOException {
        for (int i = 0; i < 8; i++) {
            Reply reply = from("127.0.0.51", number, wrongPin(pin));
            if (reply.status() == 429) {
                return;
            }
        }
        throw new AssertionError("the number never waited");
    }

    @Test
    void aMalformedRequestIsAClientMistakeNeverAServerError() throws Exception {
        Api anonymous = Api.anonymous();
        assertEquals(
                400,
                anonymous.post("/api/v1/public/follow-up", "{\"number\":\"1\"}").status());
        assertEquals(400, anonymous.post("/api/v1/public/follow-up", "not json").status());
        Api.Answer notANumber = anonymous.post("/api/v1/public/follow-up", "{\"number\":\"12\",\"pin\":\"123456\"}");
        assertEquals(403, notANumber.status(), notANumber.text());
        assertNull(
                SystemUnderTest.queryString("select receipt_number from follow_up_backoff where receipt_number = '12'"),
                "a number with a wrong check digit is no number: nothing kept");
    }
}
