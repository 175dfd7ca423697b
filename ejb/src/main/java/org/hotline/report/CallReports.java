package org.hotline.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Csv;
import org.hotline.common.DayPeriod;
import org.hotline.security.Role;

/**
 * The call report for supervisors, computed by the database: one aggregate query over the period's calls (the
 * {@code entered_at} index bounds it), grouped one way, and one for the total. No call is loaded into memory. The
 * definitions are {@link CallMetrics}'.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CallReports {

    /** A report spans a year at most. */
    public static final int MAX_DAYS = 366;

    /**
     * Callback tasks (tickets of type CALLBACK) opened from a call, and whether one of them reached the citizen (a
     * callback answered): a callback is requested when a task carries the call, completed when the citizen answered.
     */
    private static final String CALLBACKS = "left join (select t.call_linkedid, max(case when e.detail = 'ANSWERED'"
            + " then 1 else 0 end) completed from ticket t left join ticket_event e on e.ticket_id = t.id"
            + " and e.kind = 'CALLBACK_RESULT' where t.type = 'CALLBACK' and t.call_linkedid is not null"
            + " and t.created_at >= :start group by t.call_linkedid) cb on cb.call_linkedid = c.linkedid";

    private static final String FIGURES = "count(case when " + CallMetrics.OFFERED + " then 1 end),"
            + " count(case when " + CallMetrics.ANSWERED + " then 1 end),"
            + " count(case when " + CallMetrics.ABANDONED + " then 1 end),"
            + " count(case when " + CallMetrics.ANSWERED_WITHIN + " then 1 end),"
            + " avg(case when " + CallMetrics.ANSWERED + " then " + CallMetrics.WAIT + " end),"
            + " avg(case when " + CallMetrics.ANSWERED + " and c.ended_at is not null then " + CallMetrics.TALK
            + " end),"
            + " max(case when " + CallMetrics.OFFERED + " then " + CallMetrics.WAIT + " end),"
            + " count(case when " + CallMetrics.AFTER_HOURS + " then 1 end),"
            + " count(cb.call_linkedid), coalesce(sum(cb.completed), 0)";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public CallReport calls(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull CallGrouping by,
            @Min(1) @Max(600) int answerSeconds) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        String where = " from call_record c " + CALLBACKS + " where c.entered_at >= :start and c.entered_at < :end";
        List<?> rows = bind(em.createNativeQuery("select " + by.sql() + ", " + FIGURES + where + " group by 1"
                + " order by 1"), period, answerSeconds).getResultList();
        Object[] total = (Object[]) bind(em.createNativeQuery("select 'total', " + FIGURES + where), period,
                answerSeconds).getSingleResult();
        return new CallReport(from, to, by, answerSeconds,
                rows.stream().map(row -> figures((Object[]) row)).toList(), figures(total));
    }

    /**
     * The same report as CSV for a spreadsheet, one line per row and the total last; every export is audited. The
     * rates are fractions (0.85), the times seconds.
     */
    public String exportCsv(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull CallGrouping by,
            @Min(1) @Max(600) int answerSeconds) {
        CallReport report = calls(from, to, by, answerSeconds);
        StringBuilder csv = new StringBuilder(by.name().toLowerCase(java.util.Locale.ROOT)).append(",offered,answered,"
                + "abandoned,answered_within_").append(answerSeconds).append("s,service_level,abandon_rate,"
                + "average_speed_of_answer_s,average_handle_time_s,longest_wait_s,after_hours,callbacks_requested,"
                + "callbacks_completed\r\n");
        report.rows().forEach(row -> line(csv, row.key(), row));
        line(csv, "total", report.total());
        audit.record(session.getCallerPrincipal().getName(), "REPORT_EXPORTED", "report", "calls", null,
                "calls by " + by + " " + from + " .. " + to + ", N = " + answerSeconds);
        return csv.toString();
    }

    private static void line(StringBuilder csv, String key, CallFigures row) {
        csv.append(Csv.cell(key)).append(',').append(row.offered()).append(',').append(row.answered()).append(',')
                .append(row.abandoned()).append(',').append(row.answeredWithin()).append(',')
                .append(String.format(java.util.Locale.ROOT, "%.4f,%.4f", row.serviceLevel(), row.abandonRate()))
                .append(',').append(blankIfNull(row.averageSpeedOfAnswer())).append(',')
                .append(blankIfNull(row.averageHandleTime())).append(',').append(blankIfNull(row.longestWait()))
                .append(',').append(row.afterHours()).append(',').append(row.callbacksRequested()).append(',')
                .append(row.callbacksCompleted()).append("\r\n");
    }

    private static String blankIfNull(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Query bind(Query query, DayPeriod period, int answerSeconds) {
        return query.setParameter("start", period.start()).setParameter("end", period.end())
                .setParameter("answerSeconds", answerSeconds);
    }

    private static CallFigures figures(Object[] row) {
        long offered = count(row[1]);
        long abandoned = count(row[3]);
        long within = count(row[4]);
        return new CallFigures(row[0] == null ? null : row[0].toString(), offered, count(row[2]), abandoned, within,
                CallMetrics.serviceLevel(within, offered), CallMetrics.abandonRate(abandoned, offered),
                decimal(row[5]), decimal(row[6]), row[7] == null ? null : ((Number) row[7]).longValue(),
                count(row[8]), count(row[9]), count(row[10]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
