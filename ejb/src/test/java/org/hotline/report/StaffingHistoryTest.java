package org.hotline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The days a staffing forecast averages: the last weeks' same weekday, a holiday replaced by the week before. */
class StaffingHistoryTest {

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
