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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * The callers' satisfaction for supervisors, computed by the database: of the calls surveyed within the period (the
 * Baghdad day the caller was asked, bounded by the survey's {@code offered_at} index), per agent, queue, topic or
 * e-service, how many were asked and answered, the average rating and the share of problems solved. The groups are
 * read from the call (and the tickets opened from it) as they are when reported, never copied into the survey. A
 * caller who hung up before rating counts as asked and not answered; one who hung up after the rating counts in the
 * rating, not in the share solved.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SatisfactionReports {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public SatisfactionReport satisfaction(
            @NotNull LocalDate from, @NotNull LocalDate to, @NotNull SatisfactionGrouping by) {
        DayPeriod period = DayPeriod.of(from, to, CallReports.MAX_DAYS);
        List<?> result = em.createNativeQuery("select " + by.sql() + ", count(*), count(s.rating),"
                        + " coalesce(sum(s.rating), 0), count(s.solved), count(case when s.solved then 1 end)"
                        + " from call_survey s join call_record c on c.linkedid = s.linkedid"
                        + " where s.offered_at >= :start and s.offered_at < :end group by 1")
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        List<SatisfactionFigures> rows = new ArrayList<>();
        long[] total = new long[5];
        for (Object row : result) {
            Object[] values = (Object[]) row;
            long[] sums = new long[5];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = values[i + 1] == null ? 0 : ((Number) values[i + 1]).longValue();
                total[i] += sums[i];
            }
            rows.add(figures(values[0] == null ? null : values[0].toString(), sums));
        }
        rows.sort(Comparator.comparing(SatisfactionFigures::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new SatisfactionReport(from, to, by, List.copyOf(rows), figures("total", total));
    }

    /** The report as it is exported, in the format given; every export is audited. */
    public SatisfactionReport export(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull SatisfactionGrouping by,
            @NotNull ExportFormat format) {
        SatisfactionReport report = satisfaction(from, to, by);
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "satisfaction",
                null,
                format + " satisfaction by " + by + " " + from + " .. " + to);
        return report;
    }

    private static SatisfactionFigures figures(String key, long[] sums) {
        return SatisfactionFigures.of(key, sums[0], sums[1], sums[2], sums[3], sums[4]);
    }
}
