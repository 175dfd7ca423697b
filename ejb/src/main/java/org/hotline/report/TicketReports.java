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
import java.util.Locale;
import java.util.Map;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Csv;
import org.hotline.common.DayPeriod;
import org.hotline.security.Role;

/**
 * The ticket report for supervisors, computed by the database: created, resolved and backlog by type, e-service or
 * institution, with resolution SLA compliance. Each figure is one aggregate query bounded by its own index (created,
 * resolved, status); the rows are merged by key. Complaints about staff count by type only: their institution and
 * e-service are in the confidential part, never on the ticket.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketReports {

    private static final String FROM = " from ticket t left join e_service es on es.id = t.e_service_id"
            + " left join institution i on i.id = t.institution_id where ";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public TicketReport tickets(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull TicketGrouping by) {
        DayPeriod period = DayPeriod.of(from, to, CallReports.MAX_DAYS);
        Map<String, long[]> figures = new LinkedHashMap<>();
        count(period, by, "count(*)", TicketMetrics.CREATED, figures, 0);
        count(period, by, "count(*), count(case when t.sla_state <> 'BREACHED' then 1 end)", TicketMetrics.RESOLVED,
                figures, 1);
        count(period, by, "count(*)", TicketMetrics.BACKLOG, figures, 2);
        List<TicketFigures> rows = figures.entrySet().stream().map(e -> row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TicketFigures::created).reversed()
                        .thenComparing(TicketFigures::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        long[] total = new long[4];
        figures.values().forEach(f -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += f[i];
            }
        });
        return new TicketReport(from, to, by, rows, row("total", total));
    }

    /** One figure (two for resolved: and within SLA) per key, into columns {@code column} on. */
    private void count(DayPeriod period, TicketGrouping by, String aggregates, String condition,
            Map<String, long[]> figures, int column) {
        var query = em.createNativeQuery("select " + by.sql() + ", " + aggregates + FROM + condition + " group by 1")
                .setParameter("end", period.end());
        if (condition.contains(":start")) { // the backlog looks at the end of the period only
            query.setParameter("start", period.start());
        }
        List<?> rows = query.getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            long[] into = figures.computeIfAbsent(values[0] == null ? null : values[0].toString(), k -> new long[4]);
            into[column] = ((Number) values[1]).longValue();
            if (values.length > 2) {
                into[3] = ((Number) values[2]).longValue();
            }
        }
    }

    /** The same report as CSV for a spreadsheet, the total last; every export is audited. */
    public String exportCsv(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull TicketGrouping by) {
        TicketReport report = tickets(from, to, by);
        StringBuilder csv = new StringBuilder(by.name().toLowerCase(Locale.ROOT))
                .append(",created,resolved,backlog,resolved_within_sla,sla_compliance\r\n");
        report.rows().forEach(row -> line(csv, row.key(), row));
        line(csv, "total", report.total());
        audit.record(session.getCallerPrincipal().getName(), "REPORT_EXPORTED", "report", "tickets", null,
                "tickets by " + by + " " + from + " .. " + to);
        return csv.toString();
    }

    private static void line(StringBuilder csv, String key, TicketFigures row) {
        csv.append(Csv.cell(key)).append(',').append(row.created()).append(',').append(row.resolved()).append(',')
                .append(row.backlog()).append(',').append(row.resolvedWithinSla()).append(',')
                .append(String.format(Locale.ROOT, "%.4f", row.slaCompliance())).append("\r\n");
    }

    private static TicketFigures row(String key, long[] f) {
        return new TicketFigures(key, f[0], f[1], f[2], f[3], TicketMetrics.compliance(f[3], f[1]));
    }
}
