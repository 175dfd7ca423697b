package org.hotline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The days a staffing forecast averages (the last weeks' same weekday, a holiday replaced by the week before), and
 * which half hours it marks short of agents.
 */
class StaffingHistoryTest {

    @Test
    void aHalfHourIsShortWhenFewerCameThanNeededOrWhenNoNumberWouldDo() {
        // 60 calls of 3 minutes in half an hour: 6 Erlangs, 9 agents for 80 % within 20 s (ErlangCTest's figures).
        StaffingSlot few = StaffingForecasts.slot(20, 60, 180.0, 3, 0.8, 20, 1.0, 120);
        assertEquals(9, few.agentsNeeded());
        assertTrue(few.shortOfAgents());
        assertFalse(StaffingForecasts.slot(20, 60, 180.0, 12, 0.8, 20, 1.0, 120).shortOfAgents());
        // A load past any number of agents the forecast counts to: no number, and short however many came.
        StaffingSlot impossible = StaffingForecasts.slot(20, 2_000_000, 1800.0, 40, 0.8, 20, 1.0, 120);
        assertNull(impossible.agentsNeeded());
        assertNull(impossible.gap());
        assertTrue(impossible.shortOfAgents(), "no feasible number of agents is a shortage");
        // No handle time measured at all: nothing is known, nothing is marked.
        assertFalse(StaffingForecasts.slot(20, 60, null, 3, 0.8, 20, 1.0, 120).shortOfAgents());
    }

    @Test
    void theLastWeeksOfTheWeekdayUpToTheDayIncluded() {
        assertEquals(
                List.of(LocalDate.of(2023, 8, 16), LocalDate.of(2023, 8, 9), LocalDate.of(2023, 8, 2)),
                StaffingForecasts.historyDays(DayOfWeek.WEDNESDAY, 3, LocalDate.of(2023, 8, 16), Set.of()));
        assertEquals(
                List.of(LocalDate.of(2023, 8, 9)),
                StaffingForecasts.historyDays(DayOfWeek.WEDNESDAY, 1, LocalDate.of(2023, 8, 15), Set.of()),
                "a Tuesday: the Wednesday before it");
    }

    @Test
    void aHolidayIsNoWeekday() {
        assertEquals(
                List.of(LocalDate.of(2023, 8, 16), LocalDate.of(2023, 8, 2)),
                StaffingForecasts.historyDays(
                        DayOfWeek.WEDNESDAY, 2, LocalDate.of(2023, 8, 16), Set.of(LocalDate.of(2023, 8, 9))));
    }

    @Test
    void noDayBeforeTheRecordsCanBegin() {
        assertEquals(
                List.of(LocalDate.of(1900, 1, 3)),
                StaffingForecasts.historyDays(DayOfWeek.WEDNESDAY, 4, LocalDate.of(1900, 1, 9), Set.of()));
    }
}
