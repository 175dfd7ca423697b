package org.hotline.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.audit.AuditTrail;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * The ticket report for supervisors, computed by the database: created, resolved and backlog by type, e-service or
 * institution, with resolution and first-response SLA compliance and, end to end, the time from the call to the
 * resolution of the tickets opened from calls. Each figure is one aggregate query bounded by its own index (created,
 * resolved, first responded, status); the rows are merged by key. Complaints about staff count by type only: their
 * institution and e-service are in the confidential part, never on the ticket.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketReports {

    private static final String FROM = " from ticket t left join e_service es on es.id = t.e_service_id"
            + " left join institution i on i.id = t.institution_id";

    /** Where each figure is in a row's sums. */
    private static final int CREATED = 0;

    private static final int RESOLVED = 1;
    private static final int BACKLOG = 2;
    private static final int WITHIN_SLA = 3;
    private static final int FIRST_RESPONSES = 4;
    private static final int FIRST_MEASURED = 5;
    private static final int FIRST_WITHIN_SLA = 6;
    private static final int FROM_CALLS = 7;
    private static final int FROM_CALLS_WITHIN_SLA = 8;
    private static final int CALL_TO_RESOLUTION_SUM = 9;
    private static final int CALL_TO_RESOLUTION_LONGEST = 10;
    private static final int COLUMNS = 11;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public TicketReport tickets(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull TicketGrouping by) {
        DayPeriod period = DayPeriod.of(from, to, CallReports.MAX_DAYS);
        Map<String, long[]> figures = new LinkedHashMap<>();
        count(period, by, "count(*)", "", TicketMetrics.CREATED, figures, CREATED);
        String withinSla = "t.sla_state <> 'BREACHED'";
        count(
                period,
                by,
                "count(*), count(case when " + withinSla + " then 1 end), count(cr.linkedid),"
                        + " count(case when cr.linkedid is not null and " + withinSla + " then 1 end), sum("
                        + TicketMetrics.CALL_TO_RESOLUTION + "), max(" + TicketMetrics.CALL_TO_RESOLUTION + ")",
                TicketMetrics.FROM_CALL,
                TicketMetrics.RESOLVED,
                figures,
                RESOLVED,
                WITHIN_SLA,
                FROM_CALLS,
                FROM_CALLS_WITHIN_SLA,
                CALL_TO_RESOLUTION_SUM,
                CALL_TO_RESOLUTION_LONGEST);
        count(
                period,
                by,
                "count(*), count(case when " + TicketMetrics.FIRST_RESPONSE_MEASURED + " then 1 end),"
                        + " count(case when " + TicketMetrics.FIRST_RESPONSE_WITHIN_SLA + " then 1 end)",
                "",
                TicketMetrics.FIRST_RESPONDED,
                figures,
                FIRST_RESPONSES,
                FIRST_MEASURED,
                FIRST_WITHIN_SLA);
        count(period, by, "count(*)", "", TicketMetrics.BACKLOG, figures, BACKLOG);
        List<TicketFigures> rows = figures.entrySet().stream()
                .map(e -> row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TicketFigures::created)
                        .reversed()
                        .thenComparing(TicketFigures::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        long[] total = empty();
        figures.values().forEach(f -> {
            for (int i = 0; i < COLUMNS; i++) {
                total[i] = i == CALL_TO_RESOLUTION_LONGEST ? Math.max(total[i], f[i]) : total[i] + f[i];
            }
        });
        return new TicketReport(from, to, by, rows, row("total", total));
    }

    /** The report as it is exported, in the format given; every export is audited. */
    public TicketReport export(
            @NotNull LocalDate from, @NotNull LocalDate to, @NotNull TicketGrouping by, @NotNull ExportFormat format) {
        TicketReport report = tickets(from, to, by);
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "tickets",
                null,
                format + " tickets by " + by + " " + from + " .. " + to);
        return report;
    }

    /** The aggregates of one query, per key, into the columns given in their order. */
    private void count(
            DayPeriod period,
            TicketGrouping by,
            String aggregates,
            String joins,
            String condition,
            Map<String, long[]> figures,
            int... columns) {
        var query = em.createNativeQuery(
                        "select " + by.sql() + ", " + aggregates + FROM + joins + " where " + condition + " group by 1")
                .setParameter("end", period.end());
        if (condition.contains(":start")) { // the backlog looks at the end of the period only
            query.setParameter("start", period.start());
        }
        List<?> rows = query.getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            long[] into = figures.computeIfAbsent(values[0] == null ? null : values[0].toString(), k -> empty());
            for (int i = 0; i < columns.length; i++) {
                if (values[i + 1] != null) {
                    into[columns[i]] = ((Number) values[i + 1]).longValue();
                }
            }
        }
    }

    private static long[] empty() {
        long[] sums = new long[COLUMNS];
        sums[CALL_TO_RESOLUTION_LONGEST] = -1;
        return sums;
    }

    private static TicketFigures row(String key, long[] f) {
        return new TicketFigures(
                key,
                f[CREATED],
                f[RESOLVED],
                f[BACKLOG],
                f[WITHIN_SLA],
                TicketMetrics.compliance(f[WITHIN_SLA], f[RESOLVED]),
                f[FIRST_RESPONSES],
                f[FIRST_MEASURED],
                f[FIRST_WITHIN_SLA],
                TicketMetrics.compliance(f[FIRST_WITHIN_SLA], f[FIRST_MEASURED]),
                f[FROM_CALLS],
                f[FROM_CALLS_WITHIN_SLA],
                CallReports.mean(f[CALL_TO_RESOLUTION_SUM], f[FROM_CALLS]),
                f[CALL_TO_RESOLUTION_LONGEST] < 0 ? null : f[CALL_TO_RESOLUTION_LONGEST]);
    }
}
