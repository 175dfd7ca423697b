package org.hotline.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One SLA clock of a ticket (first response or resolution): a target in business time, counted from the ticket's
 * creation, that stands still during pauses (while the ticket waits for the citizen).
 *
 * @param started when the clock started (the ticket's creation)
 * @param target the business time allowed
 * @param pauses the intervals when the clock stood still; the last may still be open (end null)
 */
public record SlaClock(Instant started, Duration target, List<Pause> pauses) {

    /** An interval when the clock stood still; {@code end} is null while it lasts. */
    public record Pause(Instant start, Instant end) {
        public Pause {
            requireNonNull(start, "start is required");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("a pause cannot end before it starts");
            }
        }
    }

    /** How a clock stands at a moment. */
    public enum State {
        /** More than a fifth of the target is left. */
        ON_TRACK,
        /** A fifth of the target or less is left: supervisors are warned. */
        AT_RISK,
        /** The target has passed. */
        BREACHED
    }

    public SlaClock {
        requireNonNull(started, "started is required");
        requireNonNull(target, "target is required");
        pauses = List.copyOf(requireNonNull(pauses, "pauses are required"));
    }

    /** The business time that has counted until {@code now}: open hours since the start, less the paused ones. */
    public Duration elapsed(BusinessCalendar calendar, Instant now) {
        Duration paused = Duration.ZERO;
        for (Pause pause : pauses) {
            Instant end = pause.end() == null || pause.end().isAfter(now) ? now : pause.end();
            paused = paused.plus(calendar.businessTimeBetween(pause.start(), end));
        }
        return calendar.businessTimeBetween(started, now).minus(paused);
    }

    /** Business time left; negative once breached. */
    public Duration remaining(BusinessCalendar calendar, Instant now) {
        return target.minus(elapsed(calendar, now));
    }

    public State state(BusinessCalendar calendar, Instant now) {
        Duration left = remaining(calendar, now);
        if (left.isNegative() || left.isZero()) {
            return State.BREACHED;
        }
        return left.compareTo(target.dividedBy(5)) <= 0 ? State.AT_RISK : State.ON_TRACK;
    }

    /**
     * When the clock runs out: while it runs, the moment it will if it keeps running from now; once breached, the
     * moment it did, so that late work keeps its place at the head of every "earliest due first" list. Null while
     * paused: nothing can fall due while the citizen is awaited.
     */
    public Instant dueAt(BusinessCalendar calendar, Instant now) {
        if (isPausedAt(now)) {
            return null;
        }
        Duration left = remaining(calendar, now);
        if (left.isNegative() || left.isZero()) {
            return ranOutAt(calendar);
        }
        return calendar.plusBusinessTime(now, left);
    }

    /**
     * The next moment the clock's {@link #state} changes if nothing else happens to the ticket: when it becomes at
     * risk while on track, when it breaches while at risk. Null while paused (a pause ends only by a change to the
     * ticket, which asks again) and once breached (nothing comes after). The SLA watch looks at a ticket only then.
     */
    public Instant nextChangeAt(BusinessCalendar calendar, Instant now) {
        if (isPausedAt(now)) {
            return null;
        }
        Duration left = remaining(calendar, now);
        if (left.isNegative() || left.isZero()) {
            return null;
        }
        Duration untilAtRisk = left.minus(target.dividedBy(5));
        return calendar.plusBusinessTime(now, untilAtRisk.compareTo(Duration.ZERO) > 0 ? untilAtRisk : left);
    }

    /** Spends the target over the running stretches between the pauses, from the start, and says where it ends. */
    private Instant ranOutAt(BusinessCalendar calendar) {
        Duration left = target;
        Instant from = started;
        for (Pause pause :
                pauses.stream().sorted(Comparator.comparing(Pause::start)).toList()) {
            if (pause.start().isAfter(from)) {
                Duration counted = calendar.businessTimeBetween(from, pause.start());
                if (counted.compareTo(left) >= 0) {
                    return calendar.plusBusinessTime(from, left);
                }
                left = left.minus(counted);
            }
            if (pause.end() == null) {
                return null;
            }
            if (pause.end().isAfter(from)) {
                from = pause.end();
            }
        }
        return calendar.plusBusinessTime(from, left);
    }

    public boolean isPausedAt(Instant now) {
        return pauses.stream()
                .anyMatch(p ->
                        !p.start().isAfter(now) && (p.end() == null || p.end().isAfter(now)));
    }
}
