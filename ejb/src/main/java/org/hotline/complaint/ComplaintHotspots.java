package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Csv;
import org.hotline.common.DayPeriod;
import org.hotline.common.Role;

/**
 * Where complaints concentrate, for officers: counted by the database over a period of Baghdad days, grouped by
 * institution, office and accused employee, with repeat accusations flagged (see {@link Hotspots}). Complaints about
 * the officer's own institution are left out (recusal). Every look and every export is audited: the groups name the
 * accused.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICER)
public class ComplaintHotspots {

    /** At most a year at a time. */
    static final int MAX_DAYS = 366;

    private static final String OFFICE = "trim(c.office)";
    private static final String ACCUSED = "coalesce(nullif(trim(c.accused_employee_id), ''), trim(c.accused_name))";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public Hotspots hotspots(@NotNull LocalDate from, @NotNull LocalDate to) {
        Hotspots hotspots = compute(from, to);
        audit.record(officer(), "COMPLAINT_HOTSPOTS_VIEWED", "complaint", "hotspots", null, from + " .. " + to);
        return hotspots;
    }

    /** The hotspots as CSV (UTF-8, one row per group), for a spreadsheet; each export is audited. */
    public String exportCsv(@NotNull LocalDate from, @NotNull LocalDate to) {
        Hotspots hotspots = compute(from, to);
        String file = Csv.written(csv -> {
            csv.row("level", "institution", "office", "accused", "complaints", "most_in_90_days", "repeated");
            writeRows(csv, "institution", hotspots.institutions());
            writeRows(csv, "office", hotspots.offices());
            writeRows(csv, "employee", hotspots.employees());
        });
        audit.record(
                officer(), "COMPLAINTS_EXPORTED", "complaint", "hotspots", null, "hotspots CSV " + from + " .. " + to);
        return file;
    }

    private static void writeRows(Csv csv, String level, List<Hotspots.Group> groups) throws IOException {
        for (Hotspots.Group group : groups) {
            csv.value(level)
                    .text(group.institutionCode())
                    .text(group.office())
                    .text(group.accused())
                    .value(group.complaints())
                    .value(group.mostIn90Days())
                    .value(group.repeated())
                    .endRow();
        }
    }

    private Hotspots compute(LocalDate from, LocalDate to) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        Instant start = period.start();
        Instant end = period.end();
        String own = Recusal.institutionOf(em, officer());
        return new Hotspots(
                from,
                to,
                groups(start, end, own, null, null),
                groups(start, end, own, OFFICE, null),
                groups(start, end, own, null, ACCUSED));
    }

    /**
     * One level of grouping: by institution, plus the office or the accused when given. The most within 90 days is
     * the largest count of the group's complaints from any one of them to 90 days later, within the period.
     */
    private List<Hotspots.Group> groups(Instant start, Instant end, String own, String office, String accused) {
        String key = office != null ? office : accused;
        String sameKey = key == null ? "" : " and " + key.replace("c.", "d.") + " = " + key;
        String keyColumn = key == null ? "null" : key;
        String sql = "select w.institution_code, w.k, count(*), max(w.n) from (select c.institution_code, "
                + keyColumn + " k, (select count(*) from complaint d where d.institution_code = c.institution_code"
                + sameKey + " and d.created_at >= c.created_at and d.created_at < least(c.created_at + interval "
                + Hotspots.WINDOW_DAYS + " day, ?2)) n from complaint c"
                + " where c.created_at >= ?1 and c.created_at < ?2"
                + (own == null ? "" : " and c.institution_code <> ?3")
                + (key == null ? "" : " and " + key + " is not null and " + key + " <> ''") + ") w"
                + " group by w.institution_code, w.k order by count(*) desc, w.institution_code, w.k limit 200";
        var query = em.createNativeQuery(sql).setParameter(1, start).setParameter(2, end);
        if (own != null) {
            query.setParameter(3, own);
        }
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> Hotspots.Group.of(
                        (String) row[0],
                        office != null ? (String) row[1] : null,
                        accused != null ? (String) row[1] : null,
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }
}
