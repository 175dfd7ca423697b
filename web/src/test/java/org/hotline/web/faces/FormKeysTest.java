package org.hotline.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.complaint.Receipt;
import org.junit.jupiter.api.Test;

/**
 * A form's key as the session carries it: the first submit creates, a repeat is given what the first created; and
 * after the session moved to another node of a cluster (serialised and read back, as the session's replication does),
 * a repeat there is recognised too.
 */
class FormKeysTest {

    private final AtomicInteger created = new AtomicInteger();

    private String createTicket() {
        return "T-" + created.incrementAndGet();
    }

    @Test
    void aRepeatIsGivenWhatTheFirstCreatedEvenOnTheOtherNodeAfterAFailover() throws Exception {
        FormKeys session = FormKeys.empty();
        String key = FormKeys.newKey();
        assertEquals("T-1", session.submit(key, this::createTicket));
        assertEquals("T-1", session.submit(key, this::createTicket), "a double click creates nothing more");

        FormKeys onTheOtherNode = replicated(session);
        assertEquals("T-1", onTheOtherNode.submit(key, this::createTicket), "Back and send again, after a failover");
        assertEquals(1, created.get(), "one ticket");
        assertEquals("T-2", onTheOtherNode.submit(FormKeys.newKey(), this::createTicket), "a new form creates");
    }

    @Test
    void aRefusedSubmitFreesItsKeyForTheCorrectedForm() throws Exception {
        FormKeys session = FormKeys.empty();
        String key = FormKeys.newKey();
        assertNull(session.submit(key, () -> null), "refused: the input was wrong");
        assertEquals("T-1", replicated(session).submit(key, this::createTicket), "the corrected form creates");
    }

    @Test
    void aComplaintsPinIsGivenOnlyByTheNodeThatFiledItAndNeverCopiedWithTheSession() throws Exception {
        FormKeys session = FormKeys.empty();
        String key = FormKeys.newKey();
        Receipt filed = session.submit(key, () -> new Receipt("C-1", "493817"), Receipt::withoutPin);
        assertEquals(
                "493817",
                session.submit(key, () -> new Receipt("C-2", "000000"), Receipt::withoutPin)
                        .pin(),
                "a double click on the node that filed it shows the PIN");

        byte[] copy = serialised(session);
        assertFalse(
                new String(copy, StandardCharsets.ISO_8859_1).contains(filed.pin()), "no PIN in the session's copy");
        Receipt again = read(copy).submit(key, () -> new Receipt("C-2", "000000"), Receipt::withoutPin);
        assertEquals(new Receipt("C-1", null), again, "on the other node: the complaint filed, without its PIN");
    }

    private static FormKeys replicated(FormKeys session) throws Exception {
        return read(serialised(session));
    }

    private static byte[] serialised(FormKeys session) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(session);
        }
        return bytes.toByteArray();
    }

    private static FormKeys read(byte[] copy) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(copy))) {
            return (FormKeys) in.readObject();
        }
    }
}
