package org.hotline.complaint;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The officers' complaint report of a period of Baghdad days (both included): the complaints received, broken down one
 * way, with the total; the time the cases spent in each state; and the trend of the institutions most complained
 * about. Complaints about the officer's own institution are left out (recusal).
 */
public record ComplaintReport(
        LocalDate from,
        LocalDate to,
        ComplaintGrouping by,
        List<ComplaintFigures> rows,
        ComplaintFigures total,
        List<StateTime> states,
        Trend trend)
        implements Serializable {

    /**
     * The time cases spent in one state, in hours: {@code complaints} that reached it, the mean and the longest stay
     * (a case still there counts until now), and how many are still there.
     */
    public record StateTime(CaseState state, long complaints, Double averageHours, Double longestHours, long stillThere)
            implements Serializable {}

    /**
     * Complaints received per Baghdad day (per month, over more than {@link ComplaintReports#DAILY_TREND_DAYS} days)
     * for the institutions most complained about, and for all together: {@code buckets} are the days ("2025-03-10")
     * or months ("2025-03"), each series' counts follow them.
     */
    public record Trend(List<String> buckets, List<Series> series) implements Serializable {}

    public record Series(String institution, List<Long> counts) implements Serializable {}
}
