package org.hotline.report;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A staffing forecast for one weekday: the days of history it averages ({@code days}, the {@code weeks} last of that
 * weekday up to {@code to}, holidays skipped), the target (the share to answer within {@code answerSeconds}, the
 * largest share abandoned), the callers' mean patience as the history shows it (seconds; null when nobody
 * abandoned), the day's average handle time, and a row per half hour the hotline is open.
 */
public record StaffingForecast(
        DayOfWeek weekday,
        int weeks,
        LocalDate to,
        List<LocalDate> days,
        double serviceLevel,
        int answerSeconds,
        double maxAbandoned,
        Double patienceSeconds,
        Double averageHandleTime,
        List<StaffingSlot> rows)
        implements Serializable {}
