package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hotline.ticket.TicketNumber;

/**
 * Clients of the API that open tickets one after another without pause, as a busy call centre does, while a test
 * breaks something underneath. Every answer is kept with when it was asked and when it came, so the test can say what
 * the API answered while the fault lasted; afterwards every ticket the API acknowledged (201) must be in the database
 * with its Arabic subject. A request unanswered within the client's timeout (30 s, see {@link Api}) is kept as a
 * failure: an outage must be answered, not hang.
 *
 * <p>Retrying clients ({@link #startRetrying}) send each ticket with an {@code Idempotency-Key} and send it again with
 * the same key after a 503 or no answer, until it is created, as a client told to retry does; every attempt is kept.
 */
final class TicketLoad implements AutoCloseable {

    /** One request: its subject, the client's clock when it was sent and answered, and the answer or the failure. */
    record Sent(String subject, long sentNanos, long answeredNanos, Api.Answer answer, String failure) {

        int status() {
            return answer == null ? 0 : answer.status();
        }

        boolean created() {
            return status() == 201;
        }

        /** Sent after {@code from} and answered before {@code to} (moments of {@link System#nanoTime()}). */
        boolean within(long from, long to) {
            return sentNanos >= from && answeredNanos <= to;
        }

        @Override
        public String toString() {
            return answer == null
                    ? "no answer (" + failure + ")"
                    : answer.status() + " " + answer.contentType() + " Retry-After " + answer.retryAfter() + " "
                            + answer.text();
        }
    }

    /**
     * A refused client waits a little before the next ticket, as a real one would, though not the whole Retry-After:
     * the load goes on through the fault without spinning on the two cores the server shares with the tests.
     */
    private static final long REFUSED_PAUSE_MILLIS = 100;

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService clients;
    private volatile boolean running = true;
    private final boolean retrying;

    private TicketLoad(Api api, String mark, int clients, boolean retrying) {
        this.retrying = retrying;
        this.clients = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            int id = client;
            this.clients.submit(() -> create(api, mark + " " + id));
        }
    }

    /** Starts {@code clients} clients signed in as {@code api}; their subjects all contain {@code mark}. */
    static TicketLoad start(Api api, String mark, int clients) {
        return new TicketLoad(api, mark, clients, false);
    }

    /** As {@link #start}, each ticket sent with an idempotency key and sent again after a 503 or no answer. */
    static TicketLoad startRetrying(Api api, String mark, int clients) {
        return new TicketLoad(api, mark, clients, true);
    }

    private Void create(Api api, String prefix) throws InterruptedException {
        for (int request = 0; running; request++) {
            String subject = "بلاغ تحت الضغط " + prefix + "-" + request;
            Map<String, String> key =
                    retrying ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
            Sent one;
            do {
                one = send(api, subject, key);
                sent.add(one);
                if (!one.created()) {
                    Thread.sleep(REFUSED_PAUSE_MILLIS);
                }
            } while (retrying && running && (one.status() == 503 || one.status() == 0));
        }
        return null;
    }

    private static Sent send(Api api, String subject, Map<String, String> headers) {
        long sentAt = System.nanoTime();
        Api.Answer answer = null;
        String failure = null;
        try {
            answer = api.post(
                    "/api/v1/tickets",
                    "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}",
                    headers);
        } catch (HttpTimeoutException hung) {
            failure = "no answer within the client's timeout";
        } catch (IOException unreachable) {
            failure = unreachable.toString(); // the server itself away (a restart), not the database
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        return new Sent(subject, sentAt, System.nanoTime(), answer, failure);
    }

    /**
     * Every subject acknowledged is in the database exactly once: a retried request (same key) created no second
     * ticket, and a request answered 503 whose commit was done is the one its retry was given.
     */
    void assertEveryAcknowledgedSubjectOnce() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Connection db = SystemUnderTest.database();
                PreparedStatement count = db.prepareStatement("select count(*) from ticket where subject = ?")) {
            for (String subject : sent.stream()
                    .filter(Sent::created)
                    .map(Sent::subject)
                    .distinct()
                    .toList()) {
                count.setString(1, subject);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) != 1) {
                        wrong.add(subject + ": " + rows.getLong(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "subjects not kept exactly once");
    }

    /** Everything sent so far, in the order answered. */
    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Waits until {@code count} tickets sent after {@code since} (a {@link System#nanoTime()}) are acknowledged. */
    void awaitCreated(long since, int count, Duration patience) {
        SystemUnderTest.eventually(
                patience,
                count + " tickets acknowledged",
                () -> sent.stream()
                                .filter(s -> s.created() && s.sentNanos() >= since)
                                .count()
                        >= count);
    }

    /** Waits until {@code count} requests were both sent and answered after {@code since}. */
    void awaitAnswered(long since, int count, Duration patience) {
        SystemUnderTest.eventually(
                patience,
                count + " requests answered",
                () -> sent.stream().filter(s -> s.sentNanos() >= since).count() >= count);
    }

    /** Stops the clients; each finishes the request it is waiting for. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients stopped");
    }

    /** Every ticket acknowledged with 201 is in the database, with the subject it was sent with. */
    void assertEveryAcknowledgedTicketIsKept() throws Exception {
        List<Sent> created = sent.stream().filter(Sent::created).toList();
        List<String> missing = new ArrayList<>();
        try (Connection db = SystemUnderTest.database();
                PreparedStatement subject = db.prepareStatement("select subject from ticket where id = ?")) {
            for (Sent one : created) {
                String number = one.answer().object().getString("number");
                subject.setLong(1, TicketNumber.parse(number).sequence());
                try (ResultSet rows = subject.executeQuery()) {
                    if (!rows.next() || !one.subject().equals(rows.getString(1))) {
                        missing.add(number + " " + one.subject());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "acknowledged tickets missing from the database, of " + created.size());
    }
}
