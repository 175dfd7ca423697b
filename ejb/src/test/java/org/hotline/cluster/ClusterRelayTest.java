package org.hotline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay as the nodes use it, the other node played by this one: each message and question is marshalled with
 * Java serialisation (what the dispatcher's JBoss Marshalling honours for these types), read back, and executed, as
 * the other node's dispatcher does.
 */
class ClusterRelayTest {

    private final List<String> received = new ArrayList<>();

    /** The other node, reached through the bytes a message becomes on the wire. */
    private static final class OtherNode implements ClusterRelay.Sender {

        private boolean present = true;
        private boolean slow;

        @Override
        public boolean hasOthers() {
            return present;
        }

        @Override
        public void toOthers(Relayed message) {
            ((Relayed) overTheWire(message)).execute(null);
        }

        @Override
        public Collection<CompletionStage<String>> askOthers(Asked question) {
            if (slow) {
                return List.of(new CompletableFuture<>()); // never answers
            }
            return List.of(CompletableFuture.completedFuture(((Asked) overTheWire(question)).execute(null)));
        }

        private static Object overTheWire(Object command) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(command);
                }
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    return in.readObject();
                }
            } catch (IOException | ClassNotFoundException failed) {
                throw new UncheckedIOException(new IOException(failed));
            }
        }
    }

    @AfterEach
    void singleServerAgain() {
        ClusterRelay.disconnect();
        PrimaryRole.become(false, "test");
    }

    @Test
    void aPushReachesTheOtherNodesReceiverOfItsTopicIntact() throws Exception {
        ClusterRelay.connect(new OtherNode());
        String pop = "{\"type\":\"pop\",\"data\":{\"caller\":\"٠٧٧٠١٢٣٤٥٦٧\",\"citizen\":\"ژیان کەریم\"}}";
        try (AutoCloseable agents = ClusterRelay.receive("live.agent", (to, text) -> received.add(to + " " + text));
                AutoCloseable supervisors = ClusterRelay.receive("live.supervisors", (to, text) -> received.add("S"))) {
            assertTrue(ClusterRelay.hasOthers());
            ClusterRelay.toOthers("live.agent", "agent.ژیان", pop);
        }
        assertEquals(List.of("agent.ژیان " + pop), received, "to its topic's receiver only, byte for byte");

        ClusterRelay.toOthers("live.agent", "agent.ژیان", pop);
        assertEquals(1, received.size(), "a receiver that stopped receives nothing more");
    }

    @Test
    void aSingleServerSendsNothingAndAsksNobody() throws Exception {
        try (AutoCloseable agents = ClusterRelay.receive("live.agent", (to, text) -> received.add(text))) {
            assertFalse(ClusterRelay.hasOthers());
            ClusterRelay.toOthers("live.agent", "agent.one", "{}");
            assertEquals(
                    Optional.empty(), ClusterRelay.ask("live.first-agent-push", "PJSIP/1001", Duration.ofSeconds(1)));
        }
        assertEquals(List.of(), received);

        OtherNode alone = new OtherNode();
        alone.present = false; // a cluster node whose peer has left
        ClusterRelay.connect(alone);
        assertFalse(ClusterRelay.hasOthers());
        assertEquals(Optional.empty(), ClusterRelay.ask("live.first-live-push", "", Duration.ofSeconds(1)));
    }

    @Test
    void aQuestionIsAnsweredByThePrimaryOnlyAndASilentNodeIsNotWaitedForEver() throws Exception {
        OtherNode other = new OtherNode();
        ClusterRelay.connect(other);
        try (AutoCloseable answering = ClusterRelay.answer(
                "live.first-agent-push", phone -> PrimaryRole.isPrimary() ? "{\"phone\":\"" + phone + "\"}" : null)) {
            assertEquals(
                    Optional.empty(),
                    ClusterRelay.ask("live.first-agent-push", "PJSIP/1001", Duration.ofSeconds(1)),
                    "a node that is not the primary has no answer");
            PrimaryRole.become(true, "test");
            assertEquals(
                    Optional.of("{\"phone\":\"PJSIP/1001\"}"),
                    ClusterRelay.ask("live.first-agent-push", "PJSIP/1001", Duration.ofSeconds(1)));

            other.slow = true; // a node that never answers: the socket makes do with its own state
            assertEquals(
                    Optional.empty(), ClusterRelay.ask("live.first-agent-push", "PJSIP/1001", Duration.ofMillis(200)));
        }
    }

    @Test
    void aReceiverThatFailsDoesNotReachTheSender() throws Exception {
        ClusterRelay.connect(new OtherNode());
        try (AutoCloseable failing = ClusterRelay.receive("live.agent", (to, text) -> {
            throw new IllegalStateException("the socket is gone");
        })) {
            ClusterRelay.toOthers("live.agent", "agent.one", "{}");
        }
        try (AutoCloseable agents = ClusterRelay.receive("live.agent", (to, text) -> received.add(text))) {
            ClusterRelay.toOthers("live.agent", "agent.one", "{\"type\":\"gone\"}");
        }
        assertEquals(List.of("{\"type\":\"gone\"}"), received, "the next message still arrives");
    }
}
