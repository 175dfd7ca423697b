package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.call.CallSignal;
import org.junit.jupiter.api.Test;

/**
 * The call log's lanes with a call log that fails as a database does (a deadlock, an outage, a commit whose answer was
 * lost) and a timer the test moves by hand: nothing runs on the thread that offers an event, a retry is a scheduled
 * task with its pause (no thread sleeps), a call's events are written in order, held events are written once the
 * database is back, and the backlog never passes its bounds.
 */
class WriteLanesTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final AtomicInteger SIGNALS = new AtomicInteger();
    private static final WriteLanes.Limits LIMITS =
            new WriteLanes.Limits(4, 5, 8, 6, 3, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(10));

    private final ManualTimer timer = new ManualTimer();
    private final FakeCallLog callLog = new FakeCallLog();
    private final WriteLanes<CallSignal> lanes = new WriteLanes<>(LIMITS, callLog, timer, timer::nanoTime);

    @Test
    void aTransientFailureIsTriedAgainLaterAndTheCallsNextSignalsWaitBehindIt() {
        CallSignal entered = signal(CallSignal.Kind.ENTERED, "1795666179.0");
        CallSignal answered = signal(CallSignal.Kind.ANSWERED, "1795666179.0");
        CallSignal ended = signal(CallSignal.Kind.ENDED, "1795666179.0");
        CallSignal other = signal(
                CallSignal.Kind.ENTERED,
                callsOnOtherLanesThan("1795666179.0", 1).get(0));
        callLog.failNext(entered, 2); // a deadlock, then a lock wait timeout

        for (CallSignal signal : List.of(entered, answered, ended, other)) {
            assertTrue(lanes.offer(signal));
        }
        assertEquals(List.of(), callLog.tries, "the offering thread only enqueues");
        assertEquals(4, lanes.backlog().queued());

        timer.runReady();
        assertEquals(List.of(), callLog.writtenOf("1795666179.0"), "the first try failed; nothing overtook it");
        assertEquals(List.of(other), callLog.writtenOf(other.linkedid()), "another call's lane went on");
        assertEquals(List.of(Duration.ofMillis(50)), timer.delays, "the next try is scheduled, not slept for");

        timer.advance(Duration.ofMillis(50));
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), timer.delays, "the pause doubles");
        assertEquals(List.of(), callLog.writtenOf("1795666179.0"));

        timer.advance(Duration.ofMillis(100));
        assertEquals(List.of(entered, answered, ended), callLog.writtenOf("1795666179.0"), "in the order they came");
        WriteLanes.Backlog backlog = lanes.backlog();
        assertEquals(0, backlog.queued());
        assertEquals(4, backlog.written());
        assertEquals(0, backlog.setAside());
        assertEquals(0, callLog.resyncs);
    }

    @Test
    void eventsOfAnOutageLongerThanTheTriesAreHeldAndWrittenInOrderOnceTheDatabaseAnswers() {
        CallSignal entered = signal(CallSignal.Kind.ENTERED, "1795667000.1");
        lanes.offer(entered);
        timer.runReady();
        assertEquals(List.of(entered), callLog.writtenOf("1795667000.1"), "written before the outage");

        callLog.databaseDown = true;
        CallSignal answered = signal(CallSignal.Kind.ANSWERED, "1795667000.1");
        CallSignal ended = signal(CallSignal.Kind.ENDED, "1795667000.1");
        CallSignal otherEnded = signal(CallSignal.Kind.ENDED, "1795667010.3");
        for (CallSignal signal : List.of(answered, ended, otherEnded)) {
            lanes.offer(signal);
        }
        timer.runReady();
        timer.advance(Duration.ofMillis(50 + 100));
        assertTrue(lanes.backlog().waitingForDatabase(), "the tries are spent and the database does not answer");
        int tries = callLog.tries.size();
        for (int pause = 0; pause < 12; pause++) { // a minute away
            timer.advance(LIMITS.outagePause());
            assertEquals(3, lanes.backlog().queued(), "held, none lost, none set aside");
        }
        assertEquals(0, lanes.backlog().setAside());
        assertEquals(tries, callLog.tries.size(), "meanwhile the database is asked, no write is tried");
        // as the database comes back, a commit goes through but its answer is lost: that signal comes again
        callLog.databaseDown = false;
        callLog.commitThenLoseTheAnswer(answered);
        timer.advance(LIMITS.outagePause());
        timer.advance(Duration.ofMillis(50));

        assertEquals(
                List.of(entered, answered, ended),
                callLog.writtenOf("1795667000.1"),
                "written once each, in order, the repeated one not twice");
        assertEquals(List.of(otherEnded), callLog.writtenOf("1795667010.3"));
        WriteLanes.Backlog backlog = lanes.backlog();
        assertFalse(backlog.waitingForDatabase());
        assertEquals(0, backlog.queued());
        assertEquals(0, backlog.setAside());
        assertEquals(0, backlog.refused());
    }

    @Test
    void aSignalThatCannotBeWrittenWhileTheDatabaseAnswersIsSetAsideAndTheCallResynchronised() {
        CallSignal poison = signal(CallSignal.Kind.VARIABLE, "1795668000.2");
        CallSignal ended = signal(CallSignal.Kind.ENDED, "1795668000.2");
        callLog.failNext(poison, Integer.MAX_VALUE);
        lanes.offer(poison);
        lanes.offer(ended);
        timer.runReady();
        timer.advance(Duration.ofMillis(50 + 100));

        assertEquals(List.of(ended), callLog.writtenOf("1795668000.2"), "the lane went on");
        assertEquals(1, lanes.backlog().setAside());
        assertEquals(0, callLog.resyncs, "the resynchronisation waits a moment");
        timer.advance(LIMITS.resyncPause());
        assertEquals(1, callLog.resyncs);
    }

    @Test
    void aFullLaneOrBacklogRefusesEventsAndTheCallLogIsResynchronisedOnceItDrains() {
        callLog.databaseDown = true;
        String busyCall = "1795669000.1";
        int accepted = 0;
        for (int i = 0; i < 7; i++) {
            if (lanes.offer(signal(CallSignal.Kind.VARIABLE, busyCall))) {
                accepted++;
            }
        }
        assertEquals(LIMITS.perLane(), accepted, "one lane holds at most its bound");
        assertEquals(2, lanes.backlog().refused());

        List<String> otherCalls = callsOnOtherLanesThan(busyCall, 6);
        assertTrue(lanes.offer(signal(CallSignal.Kind.ENTERED, otherCalls.get(0))), "other lanes still take events");
        for (String call : otherCalls.subList(1, 6)) {
            lanes.offer(signal(CallSignal.Kind.ENTERED, call));
        }
        assertEquals(LIMITS.overall(), lanes.backlog().queued(), "all lanes hold at most the overall bound");
        assertEquals(
                2 + 6 - (LIMITS.overall() - LIMITS.perLane()), lanes.backlog().refused());

        timer.runReady();
        timer.advance(Duration.ofMillis(150));
        timer.advance(LIMITS.resyncPause());
        assertEquals(0, callLog.resyncs, "no resynchronisation while the database does not answer");
        callLog.databaseDown = false;
        timer.advance(LIMITS.outagePause());
        timer.advance(LIMITS.resyncPause());
        assertEquals(0, lanes.backlog().queued());
        assertEquals(LIMITS.overall(), lanes.backlog().written());
        assertEquals(1, callLog.resyncs, "what the refused events said is taken from the PBX");
    }

    @Test
    void aLanesWaitingSignalsAreWrittenInOneGoAndAfterAFailedOneEachAlone() {
        String call = "1795671000.1";
        List<CallSignal> burst = new ArrayList<>();
        for (int i = 0; i < LIMITS.perLane(); i++) {
            burst.add(signal(CallSignal.Kind.VARIABLE, call));
        }
        burst.forEach(lanes::offer);
        timer.runReady();
        assertEquals(List.of(LIMITS.perLane()), callLog.writes, "one write (one transaction) for the lane's five");
        assertEquals(burst, callLog.writtenOf(call), "in the order they came");

        String other = callsOnOtherLanesThan(call, 1).get(0);
        List<CallSignal> second = List.of(
                signal(CallSignal.Kind.ENTERED, other),
                signal(CallSignal.Kind.VARIABLE, other),
                signal(CallSignal.Kind.ENDED, other));
        callLog.failNext(second.get(1), 1); // the second of the three: the write of all three fails
        callLog.writes.clear();
        second.forEach(lanes::offer);
        timer.runReady();
        assertEquals(List.of(3), callLog.writes, "the write of all three was tried and failed");
        timer.advance(LIMITS.firstPause());
        assertEquals(List.of(3, 1, 1, 1), callLog.writes, "then each alone, after the pause of a failed try");
        assertEquals(second, callLog.writtenOf(other), "each once, in order");
        assertEquals(LIMITS.perLane() + 3, lanes.backlog().written());
        assertEquals(0, lanes.backlog().setAside());
    }

    @Test
    void theBacklogShowsHowLongTheOldestEventHasWaited() {
        callLog.databaseDown = true;
        lanes.offer(signal(CallSignal.Kind.ENTERED, "1795669500.1"));
        timer.advance(Duration.ofSeconds(3));
        lanes.offer(signal(CallSignal.Kind.ENTERED, "1795669600.1"));
        assertEquals(3000, lanes.backlog().oldestAgeMillis());
        assertEquals(2, lanes.backlog().queued());
    }

    /** A distinct signal each time (the value numbers it), as two events of a call are. */
    private static CallSignal signal(CallSignal.Kind kind, String linkedid) {
        return new CallSignal(
                kind,
                linkedid,
                AT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                String.valueOf(SIGNALS.incrementAndGet()));
    }

    /** Calls whose lane is not that call's. */
    private static List<String> callsOnOtherLanesThan(String linkedid, int count) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; calls.size() < count; i++) {
            String candidate = "1795670000." + i;
            if (Math.floorMod(candidate.hashCode(), LIMITS.lanes())
                    != Math.floorMod(linkedid.hashCode(), LIMITS.lanes())) {
                calls.add(candidate);
            }
        }
        return calls;
    }

    /** A call log that keeps each signal once (as the real one keeps each fact once) and fails on request. */
    private static final class FakeCallLog implements WriteLanes.Target<CallSignal> {
        private final Map<String, List<CallSignal>> rows = new LinkedHashMap<>();
        private final Map<CallSignal, Integer> failures = new LinkedHashMap<>();
        private final Set<CallSignal> answerLost = new HashSet<>();
        private final List<CallSignal> tries = new ArrayList<>();
        /** How many signals each write (each transaction) held. */
        private final List<Integer> writes = new ArrayList<>();

        private boolean databaseDown;
        private int resyncs;

        void failNext(CallSignal signal, int times) {
            failures.put(signal, times);
        }

        void commitThenLoseTheAnswer(CallSignal signal) {
            answerLost.add(signal);
        }

        List<CallSignal> writtenOf(String linkedid) {
            return rows.getOrDefault(linkedid, List.of());
        }

        @Override
        public String key(CallSignal signal) {
            return signal.linkedid();
        }

        /** All or none, as one transaction: what a failed write had applied is undone. */
        @Override
        public void writeAll(List<CallSignal> signals) {
            writes.add(signals.size());
            Map<String, List<CallSignal>> before = new LinkedHashMap<>();
            rows.forEach((linkedid, row) -> before.put(linkedid, new ArrayList<>(row)));
            try {
                signals.forEach(this::apply);
            } catch (RuntimeException failed) {
                rows.clear();
                rows.putAll(before);
                throw failed;
            }
        }

        @Override
        public void write(CallSignal signal) {
            writes.add(1);
            apply(signal);
        }

        private void apply(CallSignal signal) {
            tries.add(signal);
            if (databaseDown) {
                throw new IllegalStateException("Could not open connection: connection refused");
            }
            int left = failures.getOrDefault(signal, 0);
            if (left > 0) {
                failures.put(signal, left - 1);
                throw new IllegalStateException("Deadlock found when trying to get lock");
            }
            List<CallSignal> row = rows.computeIfAbsent(signal.linkedid(), id -> new ArrayList<>());
            if (!row.contains(signal)) {
                row.add(signal);
            }
            if (answerLost.remove(signal)) {
                throw new IllegalStateException("Connection reset while committing");
            }
        }

        @Override
        public boolean databaseAnswers() {
            return !databaseDown;
        }

        @Override
        public boolean resynchronise() {
            resyncs++;
            return true;
        }
    }

    /**
     * A timer moved by the test: work handed over runs when the test says so, on the test's thread, and scheduled
     * work when the test has moved the time past its delay. The delays asked for are kept.
     */
    private static final class ManualTimer implements WriteLanes.Timer {
        private record Task(long due, long order, Runnable work) {}

        private final PriorityQueue<Task> tasks =
                new PriorityQueue<>(Comparator.comparingLong(Task::due).thenComparingLong(Task::order));
        private final List<Duration> delays = new ArrayList<>();
        private long now;
        private long order;

        long nanoTime() {
            return now;
        }

        @Override
        public void execute(Runnable work) {
            tasks.add(new Task(now, order++, work));
        }

        @Override
        public void schedule(Runnable work, Duration delay) {
            delays.add(delay);
            tasks.add(new Task(now + delay.toNanos(), order++, work));
        }

        void runReady() {
            advance(Duration.ZERO);
        }

        void advance(Duration duration) {
            long until = now + duration.toNanos();
            while (!tasks.isEmpty() && tasks.peek().due() <= until) {
                Task task = tasks.poll();
                now = Math.max(now, task.due());
                task.work().run();
            }
            now = until;
        }
    }
}
