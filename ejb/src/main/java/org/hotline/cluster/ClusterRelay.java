package org.hotline.cluster;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Messages from this node to the cluster's other nodes: what the primary learns from the PBX and must reach a browser
 * connected to another node (a screen pop, a console's state, the supervisors' live view), and questions only that node
 * can answer (the state a socket just opened starts from). Carried by WildFly's command dispatcher over the cluster's
 * JGroups channel; messages are fire and forget: a node that is leaving misses what was sent meanwhile, as a browser
 * does whose socket is reconnecting.
 *
 * <p>Held here, once per deployment, as {@link PrimaryRole} is: the dispatcher is connected by the service container
 * ({@link PrimaryElection}) on the cluster server only; on a single server there is nobody else and nothing is sent.
 * A receiver is called on the cluster's transport thread: it hands the message to a managed executor and returns.
 */
public final class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class);
    private static final Map<String, Receiver> RECEIVERS = new ConcurrentHashMap<>();
    private static final Map<String, Answerer> ANSWERERS = new ConcurrentHashMap<>();
    private static volatile Sender sender;

    private ClusterRelay() {}

    /** What a message is for, and who reads it on the nodes that receive it. */
    @FunctionalInterface
    public interface Receiver {

        /**
         * @param recipient whom it is for on that node (an agent's username), or empty for everyone who listens
         * @param text the message as the browser reads it
         */
        void receive(String recipient, String text);
    }

    /** Who answers a question on the nodes that are asked. */
    @FunctionalInterface
    public interface Answerer {

        /** The answer as the browser reads it, or null when this node has none (it is not the primary). */
        String answer(String argument);
    }

    /** The other end: the command dispatcher, while it runs. */
    interface Sender {

        boolean hasOthers();

        void toOthers(Relayed message);

        Collection<CompletionStage<String>> askOthers(Asked question);
    }

    /** Whether there are other nodes to tell now: false on a single server, and on a cluster node left alone. */
    public static boolean hasOthers() {
        Sender now = sender;
        return now != null && now.hasOthers();
    }

    /** Sends a message to every other node's receiver of {@code topic}; nothing when there are none. */
    public static void toOthers(String topic, String recipient, String text) {
        Sender now = sender;
        if (now == null || !now.hasOthers()) {
            return;
        }
        try {
            now.toOthers(new Relayed(topic, recipient, text));
        } catch (RuntimeException failed) {
            LOG.warnf("Could not relay a %s message to the other nodes: %s", topic, failed.getMessage());
        }
    }

    /**
     * Asks every other node, and returns the first answer that is not null, waiting at most {@code patience} for each;
     * empty when there are no other nodes or none answered in time.
     */
    public static Optional<String> ask(String topic, String argument, Duration patience) {
        Sender now = sender;
        if (now == null || !now.hasOthers()) {
            return Optional.empty();
        }
        try {
            for (CompletionStage<String> answer : now.askOthers(new Asked(topic, argument))) {
                String text = answer.toCompletableFuture().get(patience.toMillis(), TimeUnit.MILLISECONDS);
                if (text != null) {
                    return Optional.of(text);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException failed) {
            LOG.warnf("The other nodes gave no %s answer: %s", topic, failed.getMessage());
        }
        return Optional.empty();
    }

    /** Answers this node's questions of {@code topic} until the returned registration is closed. */
    public static Registration answer(String topic, Answerer answerer) {
        ANSWERERS.put(topic, answerer);
        return () -> ANSWERERS.remove(topic, answerer);
    }

    static String answered(Asked question) {
        Answerer answerer = ANSWERERS.get(question.topic());
        return answerer == null ? null : answerer.answer(question.argument());
    }

    /** Receives this node's messages of {@code topic} until the returned registration is closed. */
    public static Registration receive(String topic, Receiver receiver) {
        RECEIVERS.put(topic, receiver);
        return () -> RECEIVERS.remove(topic, receiver);
    }

    static void received(Relayed message) {
        Receiver receiver = RECEIVERS.get(message.topic());
        if (receiver == null) {
            return; // the application here is starting or stopping
        }
        try {
            receiver.receive(message.recipient(), message.text());
        } catch (RuntimeException failed) {
            LOG.warnf(failed, "A relayed %s message could not be handed on", message.topic());
        }
    }

    static void connect(Sender connected) {
        sender = connected;
    }

    static void disconnect() {
        sender = null;
    }
}
