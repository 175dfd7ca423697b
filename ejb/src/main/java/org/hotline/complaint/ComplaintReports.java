package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hotline.audit.AuditTrail;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * Reports on complaints about staff, computed by the database over the complaints received within a period of Baghdad
 * days. Officers read the breakdowns (by institution, allegation or outcome), the time in each case state and the
 * hotspot trend, with their own institution left out (recusal); each reading and export is audited, as the rows name
 * institutions. Supervisors and administrators get the totals only ({@link ComplaintTotals}).
 */
@Stateless
@RolesAllowed(Role.Names.OFFICER)
public class ComplaintReports {

    /**
     * How a case ended: SUBSTANTIATED or UNSUBSTANTIATED once an officer so decided (closed afterwards or not),
     * DISMISSED when triage closed it (out of scope, a duplicate), OPEN while no such decision was made (a referral
     * awaiting the integrity body is still open).
     */
    static final String OUTCOME = "case when c.case_state in ('SUBSTANTIATED', 'UNSUBSTANTIATED') then c.case_state"
            + " when c.case_state = 'CLOSED' then coalesce((select min(case d.from_state when 'TRIAGE' then"
            + " 'DISMISSED' else d.from_state end) from complaint_decision d where d.complaint_id = c.ticket_id"
            + " and d.to_state = 'CLOSED'), 'DISMISSED') else 'OPEN' end";

    /** Up to this many days the trend is by day, beyond by month. */
    static final int DAILY_TREND_DAYS = 92;
    /** The trend follows the institutions most complained about, this many. */
    static final int TREND_INSTITUTIONS = 5;

    private static final String ALL = "*";
    private static final int MAX_DAYS = 366;

    private static final String RECEIVED = "c.created_at >= :start and c.created_at < :end";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** The officers' report; every reading is audited. */
    public ComplaintReport complaints(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ComplaintGrouping by) {
        ComplaintReport report = compute(from, to, by);
        audit.record(
                caller(),
                "COMPLAINT_REPORT_VIEWED",
                "complaint",
                "report",
                null,
                "by " + by + " " + from + " .. " + to);
        return report;
    }

    /** The officers' report as it is exported (the format named); every export is audited. */
    public ComplaintReport export(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull ComplaintGrouping by,
            @NotNull ExportFormat format) {
        ComplaintReport report = compute(from, to, by);
        audit.record(
                caller(),
                "COMPLAINTS_EXPORTED",
                "complaint",
                "report",
                null,
                format + " by " + by + " " + from + " .. " + to);
        return report;
    }

    /**
     * The totals, all that supervisors see: received, still open (not closed), closed. Not for officers: set beside
     * their report, which leaves their own institution out, it would tell them how many complaints are about it.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ComplaintTotals totals(@NotNull LocalDate from, @NotNull LocalDate to) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("select count(*), count(case when c.case_state <> 'CLOSED'"
                                + " then 1 end) from complaint c where " + RECEIVED),
                        period,
                        null)
                .getSingleResult();
        long received = ((Number) row[0]).longValue();
        long open = ((Number) row[1]).longValue();
        return new ComplaintTotals(from, to, received, open, received - open);
    }

    private ComplaintReport compute(LocalDate from, LocalDate to, ComplaintGrouping by) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        String own = Recusal.institutionOf(em, caller());
        String where = RECEIVED + (own == null ? "" : " and c.institution_code <> :own");
        List<?> rows = bind(
                        em.createNativeQuery("select o.k, count(*), count(case when o.outcome = 'OPEN' then 1"
                                + " end), count(case when o.outcome = 'SUBSTANTIATED' then 1 end), count(case when o.outcome ="
                                + " 'UNSUBSTANTIATED' then 1 end), count(case when o.outcome = 'DISMISSED' then 1 end) from (select "
                                + by.sql() + " k, " + OUTCOME + " outcome from complaint c where " + where
                                + ") o group by o.k"),
                        period,
                        own)
                .getResultList();
        long[] total = new long[5];
        List<ComplaintFigures> figures = new ArrayList<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            long[] f = new long[5];
            for (int i = 0; i < f.length; i++) {
                f[i] = ((Number) values[i + 1]).longValue();
                total[i] += f[i];
            }
            figures.add(figures(values[0] == null ? null : values[0].toString(), f));
        }
        figures.sort(Comparator.comparingLong(ComplaintFigures::received)
                .reversed()
                .thenComparing(ComplaintFigures::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ComplaintReport(
                from,
                to,
                by,
                figures,
                figures("total", total),
                states(period, where, own),
                trend(from, to, period, where, own));
    }

    /**
     * The time in each state: a case is in RECEIVED from its intake to its first decision, then in each decision's
     * state until the next (or until now). The closed state is where cases end, not a stay.
     */
    private List<ComplaintReport.StateTime> states(DayPeriod period, String where, String own) {
        String stay = "timestampdiff(second, s.entered, coalesce(s.left_at, :now))";
        List<?> rows = bind(
                        em.createNativeQuery("select s.state, count(*), sum(" + stay + "), max(" + stay + "),"
                                + " count(case when s.left_at is null then 1 end) from (select 'RECEIVED' state, c.created_at entered,"
                                + " (select min(d.at) from complaint_decision d where d.complaint_id = c.ticket_id) left_at"
                                + " from complaint c where " + where
                                + " union all select d.to_state, d.at, lead(d.at) over"
                                + " (partition by d.complaint_id order by d.at, d.id) from complaint_decision d join complaint c"
                                + " on c.ticket_id = d.complaint_id where " + where + ") s where s.state <> 'CLOSED'"
                                + " group by s.state"),
                        period,
                        own)
                .setParameter("now", clock.instant())
                .getResultList();
        Map<CaseState, ComplaintReport.StateTime> byState = new HashMap<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            CaseState state = CaseState.valueOf(values[0].toString());
            long complaints = ((Number) values[1]).longValue();
            byState.put(
                    state,
                    new ComplaintReport.StateTime(
                            state,
                            complaints,
                            hours(((Number) values[2]).doubleValue() / complaints),
                            hours(((Number) values[3]).doubleValue()),
                            ((Number) values[4]).longValue()));
        }
        return java.util.Arrays.stream(CaseState.values())
                .filter(byState::containsKey)
                .map(byState::get)
                .toList();
    }

    /** Complaints per day (or month) for the institutions most complained about in the period, and for all. */
    private ComplaintReport.Trend trend(LocalDate from, LocalDate to, DayPeriod period, String where, String own) {
        boolean daily = period.days() <= DAILY_TREND_DAYS;
        String bucket = "date_format(c.created_at + interval 3 hour, '" + (daily ? "%Y-%m-%d" : "%Y-%m") + "')";
        List<?> rows = bind(
                        em.createNativeQuery("select " + bucket + ", c.institution_code, count(*) from complaint c"
                                + " where " + where + " group by 1, 2"),
                        period,
                        own)
                .getResultList();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> byInstitution = new HashMap<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            long n = ((Number) values[2]).longValue();
            counts.computeIfAbsent(values[1].toString(), k -> new HashMap<>())
                    .merge(values[0].toString(), n, Long::sum);
            counts.computeIfAbsent(ALL, k -> new HashMap<>()).merge(values[0].toString(), n, Long::sum);
            byInstitution.merge(values[1].toString(), n, Long::sum);
        }
        TreeSet<String> buckets = new TreeSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            buckets.add(daily ? day.toString() : day.toString().substring(0, 7));
        }
        Map<String, ComplaintReport.Series> series = new LinkedHashMap<>();
        List<String> institutions = new ArrayList<>(List.of(ALL));
        byInstitution.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TREND_INSTITUTIONS)
                .forEach(e -> institutions.add(e.getKey()));
        for (String institution : institutions) {
            Map<String, Long> of = counts.getOrDefault(institution, Map.of());
            series.put(
                    institution,
                    new ComplaintReport.Series(
                            institution,
                            buckets.stream().map(b -> of.getOrDefault(b, 0L)).toList()));
        }
        return new ComplaintReport.Trend(List.copyOf(buckets), List.copyOf(series.values()));
    }

    private static Query bind(Query query, DayPeriod period, String own) {
        query.setParameter("start", period.start()).setParameter("end", period.end());
        return own == null ? query : query.setParameter("own", own);
    }

    private static Double hours(double seconds) {
        return Math.round(seconds / 360.0) / 10.0;
    }

    private static ComplaintFigures figures(String key, long[] f) {
        return new ComplaintFigures(key, f[0], f[1], f[2], f[3], f[4]);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
