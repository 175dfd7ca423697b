package org.hotline.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hotline.audit.AuditTrail;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * The agent report for supervisors, computed by the database: per person, the calls handled and their handle time
 * (one aggregate over the period's calls, bounded by the {@code entered_at} index), and the time signed in and paused
 * by reason (one aggregate over the presence rows of the period, bounded by the {@code at} index, each row's time cut
 * to the period). Both group by the person behind the PBX's member names, so a person with two members is one row;
 * a member nobody was given is a row of its own, under its PBX name. The definitions are {@link AgentMetrics}'.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class AgentReports {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public AgentReport agents(@NotNull LocalDate from, @NotNull LocalDate to) {
        DayPeriod period = DayPeriod.of(from, to, CallReports.MAX_DAYS);
        Map<String, Sums> agents = new TreeMap<>();
        List<?> calls = em.createNativeQuery("select " + AgentMetrics.CALL_AGENT + ", count(case when "
                        + AgentMetrics.HANDLED + " then 1 end), sum(case when " + AgentMetrics.HANDLED
                        + " and c.ended_at is not null then " + CallMetrics.HANDLE + " end), count(case when "
                        + AgentMetrics.HANDLED + " and c.ended_at is not null then 1 end) from call_record c where"
                        + " c.entered_at >= :start and c.entered_at < :end and c.agent is not null group by 1")
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        for (Object row : calls) {
            Object[] values = (Object[]) row;
            Sums sums = agents.computeIfAbsent((String) values[0], agent -> new Sums());
            sums.handled = number(values[1]);
            sums.handle = number(values[2]);
            sums.measured = number(values[3]);
        }
        List<?> presence = em.createNativeQuery("select " + AgentMetrics.PRESENCE_AGENT + ", p.state, p.pause_reason,"
                        + " sum(" + AgentMetrics.SECONDS_IN_PERIOD + ") from (" + AgentMetrics.PRESENCE + ") p where "
                        + AgentMetrics.SIGNED_IN
                        + " and p.at < least(:end, :now) and coalesce(p.next_at, :now) > :start"
                        + " group by 1, p.state, p.pause_reason")
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("now", clock.instant())
                .getResultList();
        TreeSet<String> reasons = new TreeSet<>();
        for (Object row : presence) {
            Object[] values = (Object[]) row;
            Sums sums = agents.computeIfAbsent((String) values[0], agent -> new Sums());
            long seconds = Math.max(0, number(values[3]));
            sums.signedIn += seconds;
            if ("PAUSED".equals(values[1])) {
                String reason = values[2] == null ? "" : (String) values[2];
                reasons.add(reason);
                sums.paused += seconds;
                sums.byReason.merge(reason, seconds, Long::sum);
            }
        }
        Sums total = new Sums();
        agents.values().forEach(total::add);
        List<AgentFigures> rows = agents.entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey()))
                .toList();
        return new AgentReport(from, to, List.copyOf(reasons), rows, total.figures("total"));
    }

    /** The report as it is exported, in the format given; every export is audited. */
    public AgentReport export(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ExportFormat format) {
        AgentReport report = agents(from, to);
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "agents",
                null,
                format + " agents " + from + " .. " + to);
        return report;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** One agent's sums, from both queries. */
    private static final class Sums {
        private long handled;
        private long handle;
        private long measured;
        private long signedIn;
        private long paused;
        private final Map<String, Long> byReason = new TreeMap<>();

        void add(Sums other) {
            handled += other.handled;
            handle += other.handle;
            measured += other.measured;
            signedIn += other.signedIn;
            paused += other.paused;
            other.byReason.forEach((reason, seconds) -> byReason.merge(reason, seconds, Long::sum));
        }

        AgentFigures figures(String agent) {
            return new AgentFigures(
                    agent, handled, handle, CallReports.mean(handle, measured), signedIn, paused, Map.copyOf(byReason));
        }
    }
}
