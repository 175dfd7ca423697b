package org.hotline.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's headline figures next to those of the period of as many days just before it: the calls, the tickets and
 * the complaints received. Each {@link Measure} says how it changed and whether that is for the better, so a
 * supervisor reads "service level 72% (was 80%, −8 points, worse)" rather than two tables to compare by eye.
 */
public record PeriodComparison(
        LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, List<Measure> measures)
        implements Serializable {

    /** What a figure is: a count, a fraction (a rate or a compliance), or a time in seconds. */
    public enum Kind {
        COUNT,
        FRACTION,
        SECONDS
    }

    /** Which way a figure gets better; volumes (calls offered, tickets created) are neither. */
    public enum Better {
        HIGHER,
        LOWER,
        NEITHER
    }

    /** How the change reads: for the better, for the worse, no change, or a change that is neither. */
    public enum Verdict {
        BETTER,
        WORSE,
        UNCHANGED,
        NEUTRAL
    }

    /**
     * One figure in both periods (null where there was nothing to measure it on: no call answered, no ticket
     * resolved), with its change and whether that is for the better. {@code name} is the figure's name in the reports
     * ({@code serviceLevel}, {@code created}...). The change is, for a fraction, the difference in percentage points;
     * for a count or a time, the relative change in percent; null when either period has no figure, or when a count
     * or time had none before (a change from zero has no percentage). The verdict is judged by the figures
     * themselves, not the rounded change.
     */
    public record Measure(
            String name, Kind kind, Better better, Double current, Double previous, Double change, Verdict verdict)
            implements Serializable {

        public static Measure of(String name, Kind kind, Better better, Double current, Double previous) {
            return new Measure(
                    name,
                    kind,
                    better,
                    current,
                    previous,
                    change(kind, current, previous),
                    verdict(better, current, previous));
        }

        private static Double change(Kind kind, Double current, Double previous) {
            if (current == null || previous == null) {
                return null;
            }
            if (kind == Kind.FRACTION) {
                return (current - previous) * 100;
            }
            return previous == 0 ? null : (current - previous) / previous * 100;
        }

        private static Verdict verdict(Better better, Double current, Double previous) {
            if (current == null || previous == null || better == Better.NEITHER) {
                return Verdict.NEUTRAL;
            }
            int direction = Double.compare(current, previous);
            if (direction == 0) {
                return Verdict.UNCHANGED;
            }
            return switch (better) {
                case HIGHER -> direction > 0 ? Verdict.BETTER : Verdict.WORSE;
                case LOWER -> direction < 0 ? Verdict.BETTER : Verdict.WORSE;
                default -> Verdict.NEUTRAL;
            };
        }
    }
}
