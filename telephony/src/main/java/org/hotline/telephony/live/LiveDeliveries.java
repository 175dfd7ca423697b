package org.hotline.telephony.live;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The switchboard's deliveries to agents' pages, run by a few workers on the live executor, in two queues:
 *
 * <ul>
 * <li><b>what the agent must see now</b> (a screen pop, the call answered, gone or ended), in the order the events
 * came, always taken first;</li>
 * <li><b>a console's state</b>, at most one waiting per phone: a phone whose state changes again before its push has
 * begun is not queued twice, since the push reads the state as it is when it runs. In a burst of calls each phone
 * changes state several times within a second (ringing, the device's state, answered, the other member's ring
 * stopped), and each push makes the page redraw its phone bar with a request of its own.</li>
 * </ul>
 *
 * <p>Before, every delivery was a task of its own in the executor's queue, behind the console pushes of every call
 * before it: in a burst of 300 calls ringing 300 agents a pop waited seconds behind state pushes, most of them out of
 * date when they ran. The workers are fewer than the executor's threads, so that the live events' lane, which runs on
 * the same executor, always finds one.
 */
final class LiveDeliveries {

    private static final Logger LOG = Logger.getLogger(LiveDeliveries.class);
    /** Deliveries one worker makes before it gives its thread back to the executor's queue. */
    private static final int PER_TURN = 200;

    private final Supplier<Executor> executor;
    private final int workers;
    private final Consumer<String> pushConsole;
    private final Queue<Runnable> urgent = new ConcurrentLinkedQueue<>();
    private final Queue<String> consoles = new ConcurrentLinkedQueue<>();
    private final Set<String> consolesDue = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param executor where the workers run (asked each time: the container injects it after construction)
     * @param workers at most this many deliver at once
     * @param pushConsole pushes a phone's console state as it is now
     */
    LiveDeliveries(Supplier<Executor> executor, int workers, Consumer<String> pushConsole) {
        this.executor = executor;
        this.workers = workers;
        this.pushConsole = pushConsole;
    }

    /** A push the agent must see now, after those already waiting. */
    void urgent(Runnable delivery) {
        urgent.add(delivery);
        startWorker();
    }

    /** The phone's console is to be pushed, unless its push already waits. */
    void console(String phone) {
        if (consolesDue.add(phone)) {
            consoles.add(phone);
            startWorker();
        }
    }

    private void startWorker() {
        for (int now = running.get(); now < workers; now = running.get()) {
            if (running.compareAndSet(now, now + 1)) {
                try {
                    executor.get().execute(this::work);
                } catch (RejectedExecutionException stopping) {
                    running.decrementAndGet();
                    LOG.debugf("A live delivery was not run: %s", stopping.getMessage());
                }
                return;
            }
        }
    }

    private void work() {
        try {
            for (int done = 0; done < PER_TURN; done++) {
                Runnable next = urgent.poll();
                if (next == null) {
                    String phone = consoles.poll();
                    if (phone == null) {
                        return;
                    }
                    consolesDue.remove(phone); // a change from now on queues the phone again
                    next = () -> pushConsole.accept(phone);
                }
                try {
                    next.run();
                } catch (RuntimeException failed) {
                    LOG.warn("A live delivery failed", failed);
                }
            }
        } finally {
            running.decrementAndGet();
            if (!urgent.isEmpty() || !consoles.isEmpty()) {
                startWorker(); // more came after this worker's last look, or its turn was over
            }
        }
    }
}
