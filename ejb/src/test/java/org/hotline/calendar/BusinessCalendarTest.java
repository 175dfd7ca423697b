package org.hotline.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hotline.calendar.SlaClock.Pause;
import org.hotline.calendar.SlaClock.State;
import org.junit.jupiter.api.Test;

/** Business time in Baghdad (UTC+3, no daylight saving): open 09:00–24:00 every day unless a holiday. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.STANDARD;

    private static Instant baghdad(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(BusinessCalendar.STANDARD.zone())
                .toInstant();
    }

    @Test
    void openFromNineUntilMidnightBaghdadTime() {
        assertFalse(calendar.isOpenAt(baghdad("2026-11-26T08:59:59")));
        assertTrue(calendar.isOpenAt(baghdad("2026-11-26T09:00")));
        assertTrue(calendar.isOpenAt(baghdad("2026-11-26T23:59:59")));
        assertFalse(calendar.isOpenAt(baghdad("2026-11-27T00:00")));
        assertEquals(Instant.parse("2026-11-26T06:00:00Z"), baghdad("2026-11-26T09:00"), "09:00 Baghdad is 06:00 UTC");
    }

    @Test
    void theNightDoesNotCount() {
        assertEquals(
                Duration.ofMinutes(60),
                calendar.businessTimeBetween(baghdad("2026-11-26T23:30"), baghdad("2026-11-27T09:30")));
        assertEquals(
                Duration.ofHours(15),
                calendar.businessTimeBetween(baghdad("2026-11-26T00:00"), baghdad("2026-11-27T00:00")));
        assertEquals(
                Duration.ZERO, calendar.businessTimeBetween(baghdad("2026-11-27T00:30"), baghdad("2026-11-27T08:00")));
    }

    @Test
    void aDeadlineAcrossMidnightMovesToTheNextMorning() {
        assertEquals(
                baghdad("2026-11-27T10:30"),
                calendar.plusBusinessTime(baghdad("2026-11-26T23:30"), Duration.ofHours(2)));
        assertEquals(
                baghdad("2026-11-27T09:00"),
                calendar.plusBusinessTime(baghdad("2026-11-27T03:00"), Duration.ZERO),
                "due at opening");
        assertEquals(
                baghdad("2026-11-28T00:00"),
                calendar.plusBusinessTime(baghdad("2026-11-26T09:00"), Duration.ofHours(30)),
                "two full days, at 24:00");
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar withEid =
                calendar.withHolidays(Set.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28)));
        assertFalse(withEid.isOpenAt(baghdad("2026-11-27T12:00")));
        assertEquals(
                baghdad("2026-11-29T10:30"),
                withEid.plusBusinessTime(baghdad("2026-11-26T23:30"), Duration.ofHours(2)));
        assertEquals(
                Duration.ofMinutes(60),
                withEid.businessTimeBetween(baghdad("2026-11-26T23:30"), baghdad("2026-11-29T09:30")));
    }

    @Test
    void otherHoursCanBeConfigured() {
        BusinessCalendar office =
                new BusinessCalendar(calendar.zone(), LocalTime.of(8, 0), LocalTime.of(14, 0), Set.of());
        assertEquals(
                baghdad("2026-11-27T09:00"), office.plusBusinessTime(baghdad("2026-11-26T13:00"), Duration.ofHours(2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BusinessCalendar(calendar.zone(), LocalTime.of(14, 0), LocalTime.of(8, 0), Set.of()));
    }

    @Test
    void anSlaClockStandsStillWhileTheTicketWaitsForTheCitizen() {
        Instant created = baghdad("2026-11-26T22:00");
        SlaClock clock = new SlaClock(
                created,
                Duration.ofHours(4),
                List.of(new Pause(baghdad("2026-11-26T23:00"), baghdad("2026-11-27T10:00"))));
        Instant now = baghdad("2026-11-27T11:00");
        // 22:00–23:00 counted, 23:00–10:00 paused (and mostly closed), 10:00–11:00 counted.
        assertEquals(Duration.ofHours(2), clock.elapsed(calendar, now));
        assertEquals(Duration.ofHours(2), clock.remaining(calendar, now));
        assertEquals(baghdad("2026-11-27T13:00"), clock.dueAt(calendar, now));
        assertEquals(State.ON_TRACK, clock.state(calendar, now));
        assertEquals(
                baghdad("2026-11-27T13:00"),
                clock.dueAt(calendar, baghdad("2026-11-27T18:00")),
                "once breached, the moment it ran out, the pause not counted");
    }

    @Test
    void anOpenPauseStopsTheClockUntilItEnds() {
        SlaClock clock = new SlaClock(
                baghdad("2026-11-26T09:00"),
                Duration.ofHours(1),
                List.of(new Pause(baghdad("2026-11-26T09:30"), null)));
        Instant evening = baghdad("2026-11-26T20:00");
        assertEquals(Duration.ofMinutes(30), clock.remaining(calendar, evening));
        assertTrue(clock.isPausedAt(evening));
        assertNull(clock.dueAt(calendar, evening), "nothing falls due while paused");
    }

    @Test
    void theLastFifthIsAtRiskAndPastTheTargetIsBreached() {
        SlaClock clock = new SlaClock(baghdad("2026-11-26T09:00"), Duration.ofHours(10), List.of());
        assertEquals(State.ON_TRACK, clock.state(calendar, baghdad("2026-11-26T16:59")));
        assertEquals(State.AT_RISK, clock.state(calendar, baghdad("2026-11-26T17:00")));
        assertEquals(State.BREACHED, clock.state(calendar, baghdad("2026-11-26T19:00")));
        assertEquals(Duration.ofHours(-1), clock.remaining(calendar, baghdad("2026-11-26T20:00")));
        assertEquals(
                baghdad("2026-11-26T19:00"),
                clock.dueAt(calendar, baghdad("2026-11-26T20:00")),
                "late since 19:00: late work keeps its place at the head of the lists");
    }
}
