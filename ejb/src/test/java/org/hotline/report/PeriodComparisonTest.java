package org.hotline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.hotline.common.DayPeriod;
import org.hotline.report.PeriodComparison.Better;
import org.hotline.report.PeriodComparison.Kind;
import org.hotline.report.PeriodComparison.Measure;
import org.hotline.report.PeriodComparison.Verdict;
import org.junit.jupiter.api.Test;

class PeriodComparisonTest {

    @Test
    void theWeekBeforeAWeekEndsTheDayBeforeItStarts() {
        DayPeriod week = new DayPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));
        assertEquals(new DayPeriod(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)), week.previous());
    }

    @Test
    void aDayIsComparedWithTheDayBeforeAcrossAYearEnd() {
        DayPeriod day = new DayPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1));
        assertEquals(new DayPeriod(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)), day.previous());
    }

    @Test
    void aFractionChangesByPercentagePointsAndReadsBetterWhenHigherIsBetter() {
        Measure serviceLevel = Measure.of("serviceLevel", Kind.FRACTION, Better.HIGHER, 0.72, 0.80);
        assertEquals(-8.0, serviceLevel.change(), 1e-9);
        assertEquals(Verdict.WORSE, serviceLevel.verdict());
    }

    @Test
    void aTimeThatFellIsBetterWhenLowerIsBetter() {
        Measure asa = Measure.of("asa", Kind.SECONDS, Better.LOWER, 15.0, 20.0);
        assertEquals(-25.0, asa.change(), 1e-9);
        assertEquals(Verdict.BETTER, asa.verdict());
    }

    @Test
    void aVolumeChangesByPercentWithoutAVerdict() {
        Measure offered = Measure.of("offered", Kind.COUNT, Better.NEITHER, 150.0, 100.0);
        assertEquals(50.0, offered.change(), 1e-9);
        assertEquals(Verdict.NEUTRAL, offered.verdict());
        assertEquals(
                Verdict.NEUTRAL,
                Measure.of("offered", Kind.COUNT, Better.NEITHER, 0.0, 0.0).verdict(),
                "a volume gets no verdict, even unchanged");
    }

    @Test
    void nothingBeforeGivesNoPercentageAndNothingToMeasureGivesNoVerdict() {
        assertNull(Measure.of("created", Kind.COUNT, Better.NEITHER, 12.0, 0.0).change());
        Measure unmeasured = Measure.of("slaCompliance", Kind.FRACTION, Better.HIGHER, 0.9, null);
        assertNull(unmeasured.change());
        assertEquals(Verdict.NEUTRAL, unmeasured.verdict());
        assertEquals(
                Verdict.UNCHANGED,
                Measure.of("backlog", Kind.COUNT, Better.LOWER, 4.0, 4.0).verdict());
    }
}
