package org.hotline.telephony.ami;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The call log's write path: events are written through a fixed number of lanes, each in order, so that the events of
 * one call (one key) are written one after another in the order they came while different calls are written in
 * parallel. Whoever offers an event only enqueues it; the writing runs on the {@link Timer}'s threads.
 *
 * <ul>
 * <li><b>A failure is tried again later, never waited for</b>: the head of the lane stays where it is, the next try is
 * scheduled after a pause that doubles (50 ms, 100 ms, …), and nothing behind it in its lane overtakes it. No thread
 * sleeps.</li>
 * <li><b>An outage longer than the tries</b>: when the last try failed and the database does not answer, the lane
 * holds its events and asks every few seconds whether the database answers; once it does they are written in the
 * order they came. The writes are idempotent (the call log keeps the first value and the earliest time of each fact),
 * so an event whose commit was lost with the connection may be written again and changes nothing.</li>
 * <li><b>An event that cannot be written</b> while the database answers (a bug, a value the schema refuses) is set
 * aside, logged and counted, and the lane goes on; the call is then resynchronised from the PBX, so it is not left in
 * progress.</li>
 * <li><b>A lane's waiting events are written together</b>, up to {@value #PER_WRITE} in one go (one transaction of
 * the call log), in their order: a burst of calls costs a commit per batch, not per event. When such a write fails,
 * none of it counts as written: the head has had a failed try, and the batch's events are then tried one at a time,
 * so that the failures, retries and setting aside below concern single events as before.</li>
 * <li><b>Bounded</b>: a lane holds at most {@link Limits#perLane} events and all lanes at most {@link Limits#overall}.
 * An event beyond either is refused (counted and logged once per episode), and once the backlog is back under half the
 * bound the call log is resynchronised from the PBX, which enters, answers and closes what the refused events
 * said.</li>
 * </ul>
 *
 * <p>Events held in memory are lost if the server stops before the database is back; the next start's
 * resynchronisation and the PBX's own records (CDRs, queue_log) then complete their calls.
 *
 * @param <E> the event written
 */
final class WriteLanes<E> {

    private static final Logger LOG = Logger.getLogger(WriteLanes.class);
    /** Events a lane writes before it gives its thread back to the pool, so that a busy lane does not hold one. */
    private static final int BATCH = 100;
    /** Events written in one go (one transaction): a lane's queue in a burst, in a few commits. */
    static final int PER_WRITE = 50;

    /** Where the events go, and what the lanes ask of their owner. */
    interface Target<E> {

        /** Events with the same key are written in the order they were offered. */
        String key(E event);

        /** Writes one event; any exception is a failed try. */
        void write(E event);

        /**
         * Writes events in the order given, all or none (one transaction); any exception is a failed try of the
         * first, and the events are then tried one at a time. Writing them one by one is the plain way.
         */
        default void writeAll(List<E> events) {
            events.forEach(this::write);
        }

        /** Whether the database answers now (a failed write then means the event itself cannot be written). */
        boolean databaseAnswers();

        /** Brings the call log in line with the PBX; false when it could not, so it is asked again later. */
        boolean resynchronise();

        /** The event as a log line names it. */
        default String describe(E event) {
            return key(event);
        }
    }

    /** Runs work now on a pooled thread, or after a delay; never on the caller's thread. */
    interface Timer {

        void execute(Runnable work);

        void schedule(Runnable work, Duration delay);
    }

    /**
     * The bounds and the pace: {@code attempts} tries a first pause apart (doubling) before the database is asked
     * whether it answers; {@code outagePause} between tries while it does not; {@code resyncPause} before a
     * resynchronisation is tried; a warning when the backlog passes {@code warnAt}.
     */
    record Limits(
            int lanes,
            int perLane,
            int overall,
            int warnAt,
            int attempts,
            Duration firstPause,
            Duration outagePause,
            Duration resyncPause) {

        static final Limits STANDARD = new Limits(
                16, 10_000, 40_000, 5_000, 5, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(10));

        Limits {
            if (lanes < 1 || perLane < 1 || overall < 1 || warnAt < 1 || attempts < 1) {
                throw new IllegalArgumentException("lanes, bounds and attempts must be positive");
            }
        }
    }

    /**
     * The backlog as monitors see it: events not yet written and how long the oldest has waited, whether the lanes
     * hold events for a database that does not answer, events written, set aside and refused since start.
     */
    record Backlog(
            int queued, long oldestAgeMillis, boolean waitingForDatabase, long written, long setAside, long refused) {}

    private record Held<E>(E event, long since) {}

    private static final class Lane<E> {
        private final ArrayDeque<Held<E>> events = new ArrayDeque<>();
        /** A drain runs or is scheduled: the only one that writes this lane's head. */
        private boolean draining;
        /** Failed tries of the head so far; touched by the drain only. */
        private int failures;
        /** Events still to be written one at a time, after a write of several failed; touched by the drain only. */
        private int singly;

        private boolean waitingForDatabase;
    }

    private final Limits limits;
    private final Target<E> target;
    private final Timer timer;
    private final LongSupplier nanoTime;
    private final Lane<E>[] lanes;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger waitingLanes = new AtomicInteger();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    /** Some events were refused: resynchronise once the backlog is back under half the bound. */
    private final AtomicBoolean refusing = new AtomicBoolean();

    private final AtomicBoolean warned = new AtomicBoolean();
    private final AtomicBoolean resyncScheduled = new AtomicBoolean();
    private volatile boolean stopped;

    @SuppressWarnings("unchecked")
    WriteLanes(Limits limits, Target<E> target, Timer timer, LongSupplier nanoTime) {
        this.limits = limits;
        this.target = target;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.lanes = new Lane[limits.lanes()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane<>();
        }
    }

    /**
     * Queues the event on its key's lane and returns at once.
     *
     * @return false when it was refused: its lane or all lanes are full (a resynchronisation follows)
     */
    boolean offer(E event) {
        Lane<E> lane = lanes[Math.floorMod(target.key(event).hashCode(), lanes.length)];
        boolean start;
        int waiting;
        synchronized (lane) {
            if (lane.events.size() >= limits.perLane() || queued.get() >= limits.overall()) {
                refuse(event, lane.events.size() >= limits.perLane());
                return false;
            }
            waiting = queued.incrementAndGet(); // before the drain can see the event and count it written
            lane.events.add(new Held<>(event, nanoTime.getAsLong()));
            start = !lane.draining;
            lane.draining = true;
        }
        if (waiting > limits.warnAt() && warned.compareAndSet(false, true)) {
            LOG.warnf("%d call events wait to be written to the call log (bound %d)", waiting, limits.overall());
        }
        if (start) {
            execute(() -> drain(lane));
        }
        return true;
    }

    private void refuse(E event, boolean laneFull) {
        refused.incrementAndGet();
        if (refusing.compareAndSet(false, true)) {
            LOG.errorf(
                    "The call log's backlog is full (%s); refusing call events from %s on, the call log is"
                            + " resynchronised from the PBX once it drains",
                    laneFull ? "a lane holds " + limits.perLane() : queued.get() + " events in all",
                    target.describe(event));
        }
    }

    /**
     * Writes the lane's events in order, several in one go, until it is empty, a try fails, or a turn's worth is
     * done.
     */
    private void drain(Lane<E> lane) {
        int done = 0;
        while (done < BATCH && !stopped) {
            List<E> next;
            synchronized (lane) {
                if (lane.events.isEmpty()) {
                    lane.draining = false;
                    return;
                }
                int size = lane.singly > 0 ? 1 : Math.min(PER_WRITE, lane.events.size());
                next = new ArrayList<>(size);
                for (Held<E> held : lane.events) {
                    if (next.size() == size) {
                        break;
                    }
                    next.add(held.event());
                }
            }
            if (lane.waitingForDatabase && !answers()) { // asking is cheaper, and logs nothing, unlike a failed write
                schedule(() -> drain(lane), limits.outagePause());
                return;
            }
            try {
                if (next.size() == 1) {
                    target.write(next.get(0));
                } else {
                    target.writeAll(next);
                }
            } catch (RuntimeException failed) {
                if (next.size() > 1) {
                    lane.singly = next.size(); // which one failed is not known: each is tried alone
                }
                failed(lane, next.get(0), failed);
                return;
            }
            written.addAndGet(next.size());
            for (int i = 0; i < next.size(); i++) {
                removeHead(lane);
            }
            stopWaiting(lane);
            done += next.size();
        }
        execute(() -> drain(lane));
    }

    private void stopWaiting(Lane<E> lane) {
        if (lane.waitingForDatabase) {
            lane.waitingForDatabase = false;
            if (waitingLanes.decrementAndGet() == 0) {
                LOG.infof(
                        "The database answers again; the call events held meanwhile are written in order (%d"
                                + " to write)",
                        queued.get());
            }
        }
    }

    private void removeHead(Lane<E> lane) {
        synchronized (lane) {
            lane.events.poll();
        }
        lane.failures = 0;
        lane.singly = Math.max(0, lane.singly - 1);
        int left = queued.decrementAndGet();
        if (left <= limits.overall() / 2 && refusing.compareAndSet(true, false)) {
            resynchroniseSoon();
        }
        if (left <= limits.warnAt() / 5 && warned.compareAndSet(true, false)) {
            LOG.infof("The call log has caught up: %d call event(s) wait to be written", left);
        }
    }

    /**
     * After a failed try: the next try is scheduled, sooner while the tries last, every few seconds while the database
     * does not answer; when it answers (and did before the tries began), the event cannot be written and is set aside.
     * A database that has just come back gives the event its tries afresh: it may still be warming up, or the failed
     * try was a commit whose answer was lost with the connection.
     */
    private void failed(Lane<E> lane, E head, RuntimeException failure) {
        int failures = ++lane.failures;
        if (failures < limits.attempts()) {
            LOG.debugf("Writing %s failed (%s); trying again", target.describe(head), failure);
            schedule(() -> drain(lane), limits.firstPause().multipliedBy(1L << Math.min(failures - 1, 20)));
            return;
        }
        boolean answers = answers();
        if (answers && lane.waitingForDatabase) {
            stopWaiting(lane);
            lane.failures = 0;
            schedule(() -> drain(lane), limits.firstPause());
            return;
        }
        if (!answers) {
            if (!lane.waitingForDatabase) {
                lane.waitingForDatabase = true;
                if (waitingLanes.getAndIncrement() == 0) {
                    LOG.warnf(
                            failure,
                            "The database does not answer; call events are held (%d now, at most %d) and"
                                    + " written in order once it does",
                            queued.get(),
                            limits.overall());
                }
            }
            schedule(() -> drain(lane), limits.outagePause());
            return;
        }
        setAside.incrementAndGet();
        LOG.errorf(
                failure,
                "Could not write %s after %d tries while the database answers; set aside, the call log"
                        + " is resynchronised from the PBX",
                target.describe(head),
                failures);
        removeHead(lane);
        resynchroniseSoon();
        execute(() -> drain(lane));
    }

    private boolean answers() {
        try {
            return target.databaseAnswers();
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    /**
     * Asks for one resynchronisation (requests meanwhile are one), after a pause, once the backlog is under half the
     * bound and the database answers; tried again after the pause when it could not be done.
     */
    void resynchroniseSoon() {
        if (resyncScheduled.compareAndSet(false, true)) {
            schedule(this::tryResynchronise, limits.resyncPause());
        }
    }

    private void tryResynchronise() {
        resyncScheduled.set(false);
        boolean done;
        try {
            done = queued.get() <= limits.overall() / 2 && answers() && target.resynchronise();
        } catch (RuntimeException failed) {
            LOG.warnf(failed, "Could not resynchronise the call log with the PBX; trying again");
            done = false;
        }
        if (!done) {
            resynchroniseSoon();
        }
    }

    /** How the backlog stands now. */
    Backlog backlog() {
        long now = nanoTime.getAsLong();
        long oldest = now;
        for (Lane<E> lane : lanes) {
            synchronized (lane) {
                Held<E> head = lane.events.peek();
                if (head != null && head.since() - oldest < 0) {
                    oldest = head.since();
                }
            }
        }
        return new Backlog(
                queued.get(),
                Math.max(0, (now - oldest) / 1_000_000),
                waitingLanes.get() > 0,
                written.get(),
                setAside.get(),
                refused.get());
    }

    /**
     * Ends every later try and drain: the application is stopping. A retry scheduled on the container's scheduler would
     * otherwise outlive the deployment that made it; what was not written is left to the next start's resync and the
     * PBX's records.
     */
    void stop() {
        stopped = true;
    }

    private void execute(Runnable work) {
        if (stopped) {
            return;
        }
        try {
            timer.execute(work);
        } catch (RejectedExecutionException busy) {
            schedule(work, limits.firstPause());
        }
    }

    private void schedule(Runnable work, Duration delay) {
        if (stopped) {
            return;
        }
        try {
            timer.schedule(work, delay);
        } catch (RejectedExecutionException stopping) {
            LOG.warnf(
                    "Call log writes could not be scheduled (%s); %d call event(s) wait",
                    stopping.getMessage(), queued.get());
        }
    }
}
