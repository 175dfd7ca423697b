package org.hotline.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of Baghdad days, both included, as reports take it; checked in one place: it may not end before it
 * starts, nor span more days than its report allows. {@link #start()} and {@link #end()} are the UTC instants that
 * bound it (the end excluded), as stored times are compared.
 */
public record DayPeriod(LocalDate from, LocalDate to) {

    /**
     * The first and last day a period may touch. Every day of the hotline's records lies well inside; outside are
     * typing mistakes and probes (year 1, 99999), which would overflow the arithmetic of periods and time zones or fall
     * outside the database's DATE range.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public static DayPeriod of(LocalDate from, LocalDate to, int maxDays) {
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST) || from.isAfter(LATEST) || to.isBefore(EARLIEST)) {
            throw InvalidPeriod.outsideTheRecords(from, to);
        }
        if (to.isBefore(from)) {
            throw InvalidPeriod.endsBeforeItStarts(from, to);
        }
        if (from.plusDays(maxDays).isBefore(to.plusDays(1))) {
            throw InvalidPeriod.tooLong(maxDays);
        }
        return new DayPeriod(from, to);
    }

    public Instant start() {
        return from.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The period of as many days that ends the day before this one starts: what a report compares with. */
    public DayPeriod previous() {
        return new DayPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** How many days the period spans. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
