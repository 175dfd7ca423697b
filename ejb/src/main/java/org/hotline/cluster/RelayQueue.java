package org.hotline.cluster;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Messages for the other nodes ({@link ClusterRelay#toOthers}), sent in the order given by one worker at a time on a
 * managed executor, never on the thread that made them. Sending may block: the cluster's flow control holds a sender
 * while another node is slow to take its messages, up to the moment that node is found dead. The thread that makes a
 * push (a delivery worker, the live view's timer) must go on serving this node's own browsers meanwhile.
 *
 * <p>Bounded: past {@code capacity} waiting messages a new one is dropped and counted, as a message to a node that is
 * leaving is lost; the count is logged when sending resumes. Pushes are states and events a browser also gets again
 * (the next state push, the page reloaded), never data to keep.
 */
public final class RelayQueue {

    private static final Logger LOG = Logger.getLogger(RelayQueue.class);

    private record Waiting(String topic, String recipient, String text) {}

    private final Supplier<? extends Executor> executor;
    private final int capacity;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param executor where the worker runs (asked each time: the container injects it after construction)
     * @param capacity at most this many messages wait
     */
    public RelayQueue(Supplier<? extends Executor> executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Queues a message for every other node; nothing when there are none (a single server). */
    public void toOthers(String topic, String recipient, String text) {
        if (!ClusterRelay.hasOthers()) {
            return;
        }
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        waiting.add(new Waiting(topic, recipient, text));
        startSending();
    }

    private void startSending() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.get().execute(this::send);
        } catch (RejectedExecutionException stopping) {
            sending.set(false);
            LOG.debugf("Relayed messages not sent: %s", stopping.getMessage());
        }
    }

    private void send() {
        try {
            for (Waiting next = waiting.poll(); next != null; next = waiting.poll()) {
                size.decrementAndGet();
                ClusterRelay.toOthers(next.topic(), next.recipient(), next.text());
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warnf("%d messages for the other nodes were dropped while sending was held up", lost);
            }
        } finally {
            sending.set(false);
            if (!waiting.isEmpty()) {
                startSending(); // one came after the last look
            }
        }
    }
}
