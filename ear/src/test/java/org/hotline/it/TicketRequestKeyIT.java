package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ticket created through the API with an {@code Idempotency-Key}, as a client retries: after a lost answer or a 503
 * during a database failover, the same request with the same key is given the ticket the first created, never a
 * second one; the same key with another request is refused; keys are each caller's own; a key that is not one is a
 * client's mistake (400), never a 500.
 */
class TicketRequestKeyIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String TICKETS = "/api/v1/tickets";

    @BeforeAll
    static void agents() throws Exception {
        SystemUnderTest.ensureUser("retry.agent", "وكيل الإعادة", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("retry.other", "وكيل آخر", PASSWORD, Role.AGENT);
    }

    private static String ticket(String subject) {
        return "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}";
    }

    private static long ticketsWithSubject(String subject) throws Exception {
        return Long.parseLong(SystemUnderTest.queryString("select count(*) from ticket where subject = ?", subject));
    }

    @Test
    void theSameRequestSentAgainWithItsKeyIsGivenTheFirstTicket() throws Exception {
        Api agent = Api.as("retry.agent", PASSWORD);
        String subject = "ما وصلني رمز التحقق OTP على رقمي ٠٧٧٠١٢٣٤٥٦٧ " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Api.Answer first = agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.text());
        assertNull(first.header("Idempotent-Replayed"), "the first request created it");

        // the same body written otherwise (spacing, field order) is the same request
        String again = "{ \"subject\" : \"" + subject + "\", \"channel\":\"PHONE\", \"type\":\"ENQUIRY\" }";
        Api.Answer retried = agent.post(TICKETS, again, Map.of("Idempotency-Key", key));
        assertEquals(201, retried.status(), retried.text());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(first.location(), retried.location());
        assertEquals(first.object().getString("number"), retried.object().getString("number"));
        assertEquals(1, ticketsWithSubject(subject), "one ticket for two requests");

        Api.Answer withoutKey = agent.post(TICKETS, ticket(subject));
        assertEquals(201, withoutKey.status(), "without a key every request creates, as before");
        assertEquals(2, ticketsWithSubject(subject));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndCreatesNothing() throws Exception {
        Api agent = Api.as("retry.agent", PASSWORD);
        String key = UUID.randomUUID().toString();
        String subject = "جوازي ما طلع بالنظام " + UUID.randomUUID();
        assertEquals(
                201,
                agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key))
                        .status());

        String other = "پاسپۆرتەکەم لە سیستەمەکەدا دەرناچێت " + UUID.randomUUID();
        Api.Answer refused = agent.post(TICKETS, ticket(other), Map.of("Idempotency-Key", key));
        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.object().getString("type").endsWith("idempotency-key-reused"), refused.text());
        assertEquals(0, ticketsWithSubject(other));
    }

    @Test
    void keysAreEachCallersOwnAndComparedExactly() throws Exception {
        String key = "Retry-" + UUID.randomUUID();
        String subject = "تسجيل بالبوابة ما يكمل " + UUID.randomUUID();
        Api.Answer mine =
                Api.as("retry.agent", PASSWORD).post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key));
        Api.Answer theirs =
                Api.as("retry.other", PASSWORD).post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key));
        assertEquals(201, theirs.status(), theirs.text());
        assertNull(theirs.header("Idempotent-Replayed"), "another caller's key is another key: no oracle, no sharing");
        assertNotEquals(mine.object().getString("number"), theirs.object().getString("number"));

        Api.Answer otherCase = Api.as("retry.agent", PASSWORD)
                .post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key.toLowerCase()));
        assertEquals(201, otherCase.status());
        assertNull(otherCase.header("Idempotent-Replayed"), "keys are compared byte for byte");
        assertEquals(3, ticketsWithSubject(subject));
    }

    @Test
    void aKeyThatIsNotOneIsTheClientsMistake() throws Exception {
        Api agent = Api.as("retry.agent", PASSWORD);
        String subject = "مفتاح غير صالح " + UUID.randomUUID();
        for (String notAKey : List.of("", "x".repeat(101), "key with spaces", "key\twith-tab")) {
            Api.Answer refused = agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", notAKey));
            assertEquals(400, refused.status(), "'" + notAKey + "': " + refused.text());
            assertTrue(refused.object().getString("type").endsWith("idempotency-key-invalid"), refused.text());
        }
        // Arabic and a look-alike of ASCII (a fullwidth K), sent as UTF-8 bytes, as curl sends them
        for (String notAscii : List.of("مفتاح", "\uFF2Bey")) {
            String status = statusOfRawPost(notAscii, ticket(subject));
            assertTrue(status.startsWith("HTTP/1.1 400"), "'" + notAscii + "': " + status);
        }
        assertEquals(0, ticketsWithSubject(subject));

        // a request refused for its body stores nothing: the corrected request with the same key creates
        String key = UUID.randomUUID().toString();
        Api.Answer wrong =
                agent.post(TICKETS, "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"}", Map.of("Idempotency-Key", key));
        assertEquals(400, wrong.status(), wrong.text());
        Api.Answer corrected = agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key));
        assertEquals(201, corrected.status(), corrected.text());
        assertNull(corrected.header("Idempotent-Replayed"));
    }

    /**
     * The status line of a ticket's creation sent over a plain socket with the key's UTF-8 bytes in the header: Java's
     * own HTTP client refuses to send them, a client in another language does not.
     */
    private static String statusOfRawPost(String key, String json) throws Exception {
        URI base = URI.create(SystemUnderTest.BASE_URL);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString(("retry.agent:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + TICKETS + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: Basic " + basic
                            + "\r\nContent-Type: application/json\r\nAccept: application/json"
                            + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\nIdempotency-Key: ")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(key.getBytes(StandardCharsets.UTF_8));
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }

    @Test
    void repeatsSentAtOnceCreateOneTicket() throws Exception {
        Api agent = Api.as("retry.agent", PASSWORD);
        String subject = "نفس الطلب من عدة محاولات " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Answer>> repeats = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                repeats.add(() -> agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<Api.Answer> answer : clients.invokeAll(repeats)) {
                Api.Answer got = answer.get();
                if (got.status() == 201) {
                    numbers.add(got.object().getString("number"));
                } else {
                    // caught while the first was being answered: told to ask again, and then given the ticket
                    assertEquals(409, got.status(), got.text());
                    assertTrue(got.object().getString("type").endsWith("idempotency-key-in-use"), got.text());
                    assertEquals("1", got.retryAfter());
                    Api.Answer again = agent.post(TICKETS, ticket(subject), Map.of("Idempotency-Key", key));
                    assertEquals(201, again.status(), again.text());
                    numbers.add(again.object().getString("number"));
                }
            }
            assertEquals(1, numbers.size(), "every repeat was given the same ticket: " + numbers);
            assertEquals(1, ticketsWithSubject(subject));
        } finally {
            clients.shutdownNow();
        }
    }
}
