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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.audit.AuditTrail;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * The call report for supervisors, computed by the database: one aggregate query over the period's calls (the
 * {@code entered_at} index bounds it), grouped one way, and one over those of them that have callback tasks; the
 * total is the sum of the rows. No call is loaded into
 * memory. The definitions are {@link CallMetrics}'.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CallReports {

    /** A report spans a year at most. */
    public static final int MAX_DAYS = 366;

    /**
     * Callback tasks (tickets of type CALLBACK) opened from the period's calls, by the report's key: a callback is
     * requested when a task carries the call, completed when one of its callbacks reached the citizen ("answered").
     * A query of its own over the few calls that have a task, so that the main aggregate joins nothing; a task is
     * opened after its call, so only tickets created since the period began are looked at (the {@code created_at}
     * index), which keeps a day's report from reading every callback task ever opened.
     */
    private static final String CALLBACKS = "count(distinct t.call_linkedid), count(distinct case when e.detail ="
            + " 'ANSWERED' then t.call_linkedid end) from call_record c join ticket t on t.call_linkedid = c.linkedid"
            + " and t.type = 'CALLBACK' and t.created_at >= :start left join ticket_event e on e.ticket_id = t.id"
            + " and e.kind = 'CALLBACK_RESULT' where c.entered_at >= :start and c.entered_at < :end group by 1";

    /**
     * The sums each row is made of; averages are derived from them, so that the period's total is the sum of the
     * rows (one query, not two) and comes out exactly as if counted on its own.
     */
    private static final String SUMS = "count(case when " + CallMetrics.OFFERED + " then 1 end),"
            + " count(case when " + CallMetrics.ANSWERED + " then 1 end),"
            + " count(case when " + CallMetrics.ABANDONED + " then 1 end),"
            + " count(case when " + CallMetrics.ANSWERED_WITHIN + " then 1 end),"
            + " sum(case when " + CallMetrics.ANSWERED + " then " + CallMetrics.WAIT + " end),"
            + " sum(case when " + CallMetrics.ANSWERED + " and c.ended_at is not null then " + CallMetrics.HANDLE
            + " end),"
            + " count(case when " + CallMetrics.ANSWERED + " and c.ended_at is not null then 1 end),"
            + " max(case when " + CallMetrics.OFFERED + " then " + CallMetrics.WAIT + " end),"
            + " count(case when " + CallMetrics.AFTER_HOURS + " then 1 end),"
            + " count(*), count(case when " + CallMetrics.ENDED_IN_IVR + " then 1 end),"
            + " count(case when " + CallMetrics.TIMED_OUT + " then 1 end)";

    /** Where each sum is in a row of {@link #SUMS}. */
    private static final int OFFERED = 0;

    private static final int ANSWERED = 1;
    private static final int ABANDONED = 2;
    private static final int WITHIN = 3;
    private static final int WAIT_SUM = 4;
    private static final int HANDLE_SUM = 5;
    private static final int HANDLED_CALLS = 6;
    private static final int LONGEST_WAIT = 7;
    private static final int AFTER_HOURS = 8;
    private static final int CALLS = 9;
    private static final int ENDED_IN_IVR = 10;
    private static final int TIMED_OUT = 11;
    private static final int CALLBACKS_REQUESTED = 12;
    private static final int CALLBACKS_COMPLETED = 13;
    private static final int COLUMNS = 14;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public CallReport calls(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull CallGrouping by,
            @Min(1) @Max(600) int answerSeconds) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        List<?> rows = bind(
                        em.createNativeQuery("select " + by.sql() + ", " + SUMS + " from call_record c where"
                                + " c.entered_at >= :start and c.entered_at < :end group by 1 order by 1"),
                        period)
                .setParameter("answerSeconds", answerSeconds)
                .getResultList();
        Map<String, long[]> callbacks = new HashMap<>();
        for (Object row : bind(em.createNativeQuery("select " + by.sql() + ", " + CALLBACKS), period)
                .getResultList()) {
            Object[] values = (Object[]) row;
            callbacks.put(
                    key(values[0]), new long[] {((Number) values[1]).longValue(), ((Number) values[2]).longValue()});
        }
        long[] total = new long[COLUMNS];
        total[LONGEST_WAIT] = -1;
        List<CallFigures> figures = rows.stream()
                .map(row -> {
                    Object[] values = (Object[]) row;
                    long[] sums = new long[COLUMNS];
                    for (int i = 0; i < CALLBACKS_REQUESTED; i++) {
                        sums[i] = values[i + 1] == null
                                ? (i == LONGEST_WAIT ? -1 : 0)
                                : ((Number) values[i + 1]).longValue();
                    }
                    long[] taken = callbacks.getOrDefault(key(values[0]), new long[2]);
                    sums[CALLBACKS_REQUESTED] = taken[0];
                    sums[CALLBACKS_COMPLETED] = taken[1];
                    for (int i = 0; i < COLUMNS; i++) {
                        total[i] = i == LONGEST_WAIT ? Math.max(total[i], sums[i]) : total[i] + sums[i];
                    }
                    return figures(key(values[0]), sums);
                })
                .toList();
        return new CallReport(from, to, by, answerSeconds, figures, figures("total", total));
    }

    /** The report as it is exported, in the format given; every export is audited. */
    public CallReport export(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull CallGrouping by,
            @Min(1) @Max(600) int answerSeconds,
            @NotNull ExportFormat format) {
        CallReport report = calls(from, to, by, answerSeconds);
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "calls",
                null,
                format + " calls by " + by + " " + from + " .. " + to + ", N = " + answerSeconds);
        return report;
    }

    private static Query bind(Query query, DayPeriod period) {
        return query.setParameter("start", period.start()).setParameter("end", period.end());
    }

    private static String key(Object value) {
        return value == null ? null : value.toString();
    }

    private static CallFigures figures(String key, long[] sums) {
        return new CallFigures(
                key,
                sums[OFFERED],
                sums[ANSWERED],
                sums[ABANDONED],
                sums[WITHIN],
                CallMetrics.serviceLevel(sums[WITHIN], sums[OFFERED]),
                CallMetrics.abandonRate(sums[ABANDONED], sums[OFFERED]),
                mean(sums[WAIT_SUM], sums[ANSWERED]),
                mean(sums[HANDLE_SUM], sums[HANDLED_CALLS]),
                sums[LONGEST_WAIT] < 0 ? null : sums[LONGEST_WAIT],
                sums[AFTER_HOURS],
                sums[CALLBACKS_REQUESTED],
                sums[CALLBACKS_COMPLETED],
                sums[CALLS],
                sums[ENDED_IN_IVR],
                sums[TIMED_OUT]);
    }

    /** A mean to a tenth of a second, or null when there was nothing to measure. */
    static Double mean(long sum, long count) {
        return count == 0 ? null : Math.round(sum * 10.0 / count) / 10.0;
    }
}
