package org.hotline.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.hotline.common.BusinessTime;

/**
 * When the hotline works. Each day that is not a holiday it is open from {@code opensAt} until {@code closesAt}, in
 * its zone; a closing time of 00:00 means midnight at the end of the day, as in 09:00–24:00.
 *
 * <p>Business time is what SLA clocks count: a ticket opened at 23:30 with two business hours to its answer is due at
 * 10:30 the next morning.
 */
public record BusinessCalendar(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Set<LocalDate> holidays) {

    /** The hotline's hours: every day 09:00–24:00 Baghdad time, no holidays. */
    public static final BusinessCalendar STANDARD =
            new BusinessCalendar(BusinessTime.ZONE, LocalTime.of(9, 0), LocalTime.MIDNIGHT, Set.of());

    /** Far enough to cross any run of holidays; beyond this a deadline is a configuration error. */
    private static final int MAX_DAYS = 3660;

    public BusinessCalendar {
        requireNonNull(zone, "zone is required");
        requireNonNull(opensAt, "opensAt is required");
        requireNonNull(closesAt, "closesAt is required");
        holidays = Set.copyOf(requireNonNull(holidays, "holidays are required"));
        if (!closesAt.equals(LocalTime.MIDNIGHT) && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("the hotline must close after it opens");
        }
    }

    public BusinessCalendar withHolidays(Set<LocalDate> days) {
        return new BusinessCalendar(zone, opensAt, closesAt, days);
    }

    public boolean isOpenAt(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return !holidays.contains(day) && !instant.isBefore(opening(day)) && instant.isBefore(closing(day));
    }

    /** The business time between two instants: the parts of [from, to) when the hotline is open. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            Instant start = max(from, opening(day));
            Instant end = min(to, closing(day));
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of business time has passed since {@code from}. */
    public Instant plusBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            Instant start = max(from, opening(day));
            Instant end = closing(day);
            if (!end.isAfter(start)) {
                continue;
            }
            Duration open = Duration.between(start, end);
            if (left.compareTo(open) <= 0) {
                return left.isZero() ? start : start.plus(left);
            }
            left = left.minus(open);
        }
        throw new IllegalStateException("no business time within " + MAX_DAYS + " days");
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, opensAt, zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return closesAt.equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, closesAt, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
