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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hotline.audit.AuditTrail;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.Calendars;
import org.hotline.common.DayPeriod;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;

/**
 * The staffing forecast for supervisors: from the call history of the last weeks' same weekday, the calls offered and
 * their handle time per half hour, the agents Erlang C says the target needs ({@link ErlangC}), and the agents who
 * were signed in. Computed by the database: one aggregate over the calls of those days (a range of the
 * {@code entered_at} index per day), and per day one over the presence rows (the {@code at} index, as the agent
 * report reads them); no call is loaded into memory.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class StaffingForecasts {

    /** A forecast averages half a year of weeks at most. */
    public static final int MOST_WEEKS = 26;

    /** The length of a row: half an hour. */
    static final Duration SLOT = Duration.ofMinutes(30);

    private static final int SLOTS_A_DAY = 48;

    /** A holiday's weekday is replaced by the week before; this far back at most. */
    private static final int MOST_WEEKS_BACK = MOST_WEEKS + 52;

    /** The half hour of the day (0–47, Baghdad) a call entered in. */
    private static final String CALL_SLOT =
            "(hour" + CallMetrics.LOCAL_ENTERED + " * 2 + (minute" + CallMetrics.LOCAL_ENTERED + " >= 30))";

    /**
     * Per half hour: the calls offered, those answered and over (whose handle time is known), their handle time, and
     * for the callers' patience the waits of the offered calls and the abandoned calls.
     */
    private static final String CALL_SUMS = "select " + CALL_SLOT + ", count(case when " + CallMetrics.OFFERED
            + " then 1 end), count(case when " + CallMetrics.ANSWERED + " and c.ended_at is not null then 1 end),"
            + " sum(case when " + CallMetrics.ANSWERED + " and c.ended_at is not null then " + CallMetrics.HANDLE
            + " end), sum(case when " + CallMetrics.OFFERED + " then " + CallMetrics.WAIT + " end),"
            + " count(case when " + CallMetrics.ABANDONED + " then 1 end) from call_record c where ";

    /** The half hours of a day, 0–47, as a table to join the presence rows with. */
    private static final String SLOTS = IntStream.range(0, SLOTS_A_DAY)
            .mapToObj(slot -> "select " + slot + " n")
            .collect(Collectors.joining(" union all ", "(", ")"));

    private static final String SLOT_START = "date_add(:start, interval 30 * s.n minute)";
    private static final String SLOT_END = "date_add(:start, interval 30 * s.n + 30 minute)";

    /** Per half hour of one day, the seconds the phones were signed in (paused or not), as the agent report counts. */
    private static final String PRESENCE_SUMS = "select s.n, sum(greatest(0, timestampdiff(second, greatest(p.at, "
            + SLOT_START + "), least(coalesce(p.next_at, :now), " + SLOT_END + ", :now)))) from ("
            + AgentMetrics.PRESENCE + ") p join " + SLOTS + " s on p.at < " + SLOT_END
            + " and coalesce(p.next_at, :now) > " + SLOT_START + " where " + AgentMetrics.SIGNED_IN + " group by s.n";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Calendars calendars;

    @Inject
    private Clock clock;

    /**
     * The forecast for {@code weekday} from the {@code weeks} last such days up to {@code to} (holidays skipped), for a
     * target of {@code serviceLevelPercent} % answered within {@code answerSeconds} and at most
     * {@code maxAbandonedPercent} % abandoned (100: no limit).
     */
    public StaffingForecast forecast(
            @NotNull DayOfWeek weekday,
            @Min(1) @Max(MOST_WEEKS) int weeks,
            @NotNull LocalDate to,
            @Min(1) @Max(99) int serviceLevelPercent,
            @Min(1) @Max(600) int answerSeconds,
            @Min(1) @Max(100) int maxAbandonedPercent) {
        DayPeriod.of(to, to, 1); // a day the records can have
        BusinessCalendar calendar = calendars.current();
        List<LocalDate> days = historyDays(weekday, weeks, to, calendar.holidays());
        int first = (int) (Duration.between(LocalTime.MIN, calendar.opensAt()).toMinutes() / SLOT.toMinutes());
        int last = calendar.closesAt().equals(LocalTime.MIDNIGHT)
                ? SLOTS_A_DAY
                : (int) Math.ceil(
                        Duration.between(LocalTime.MIN, calendar.closesAt()).toMinutes() / (double) SLOT.toMinutes());
        long[][] calls = new long[SLOTS_A_DAY][5];
        double[] signedInSeconds = new double[SLOTS_A_DAY];
        if (!days.isEmpty()) {
            sumCalls(days, calls);
            Instant now = clock.instant();
            for (LocalDate day : days) {
                sumPresence(new DayPeriod(day, day), now, signedInSeconds);
            }
        }
        long measured = 0;
        long handle = 0;
        long waits = 0;
        long abandoned = 0;
        for (long[] slot : calls) {
            measured += slot[1];
            handle += slot[2];
            waits += slot[3];
            abandoned += slot[4];
        }
        Double dayHandleTime = CallReports.mean(handle, measured);
        Double patience = abandoned == 0 ? null : (double) waits / abandoned;
        double serviceLevel = serviceLevelPercent / 100.0;
        double maxAbandoned = maxAbandonedPercent / 100.0;
        int count = Math.max(1, days.size());
        List<StaffingSlot> rows = new ArrayList<>();
        for (int n = first; n < last; n++) {
            double offered = (double) calls[n][0] / count;
            Double handleTime = calls[n][1] > 0 ? CallReports.mean(calls[n][2], calls[n][1]) : dayHandleTime;
            double signedIn = Math.round(signedInSeconds[n] / SLOT.toSeconds() / count * 10) / 10.0;
            rows.add(slot(
                    n,
                    offered,
                    handleTime,
                    signedIn,
                    serviceLevel,
                    answerSeconds,
                    maxAbandoned,
                    patience == null ? Double.POSITIVE_INFINITY : patience));
        }
        return new StaffingForecast(
                weekday,
                weeks,
                to,
                List.copyOf(days),
                serviceLevel,
                answerSeconds,
                maxAbandoned,
                patience == null ? null : Math.round(patience * 10) / 10.0,
                dayHandleTime,
                List.copyOf(rows));
    }

    /** The forecast as it is exported, in the format given; every export is audited. */
    public StaffingForecast export(
            @NotNull DayOfWeek weekday,
            @Min(1) @Max(MOST_WEEKS) int weeks,
            @NotNull LocalDate to,
            @Min(1) @Max(99) int serviceLevelPercent,
            @Min(1) @Max(600) int answerSeconds,
            @Min(1) @Max(100) int maxAbandonedPercent,
            @NotNull ExportFormat format) {
        StaffingForecast forecast =
                forecast(weekday, weeks, to, serviceLevelPercent, answerSeconds, maxAbandonedPercent);
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "staffing",
                null,
                format + " staffing " + weekday + " " + weeks + " weeks to " + to + ", " + serviceLevelPercent + "% in "
                        + answerSeconds + " s, abandoned <= " + maxAbandonedPercent + "%");
        return forecast;
    }

    /**
     * The days a forecast averages: the {@code weeks} last days that fall on {@code weekday}, up to {@code to}, each
     * holiday replaced by the same weekday a week earlier (a holiday's calls are not a weekday's); no day before the
     * records can begin.
     */
    static List<LocalDate> historyDays(DayOfWeek weekday, int weeks, LocalDate to, Set<LocalDate> holidays) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = to.with(TemporalAdjusters.previousOrSame(weekday));
        for (int back = 0; back < MOST_WEEKS_BACK && days.size() < weeks; back++, day = day.minusWeeks(1)) {
            if (day.isBefore(DayPeriod.EARLIEST)) {
                break;
            }
            if (!holidays.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    static StaffingSlot slot(
            int n,
            double offered,
            Double handleTime,
            double signedIn,
            double serviceLevel,
            int answerSeconds,
            double maxAbandoned,
            double patience) {
        String start = LocalTime.MIN.plus(SLOT.multipliedBy(n)).toString();
        if (handleTime == null) {
            return new StaffingSlot(
                    start, offered, null, 0, offered == 0 ? 0 : null, null, null, signedIn, null, false);
        }
        double erlangs = ErlangC.erlangs(offered, SLOT.toSeconds(), handleTime);
        Integer needed = ErlangC.agentsNeeded(erlangs, handleTime, serviceLevel, answerSeconds, maxAbandoned, patience);
        Double level = needed == null || needed == 0
                ? null
                : round4(ErlangC.serviceLevel(needed, erlangs, answerSeconds, handleTime));
        Double lost = needed == null || needed == 0
                ? null
                : round4(ErlangC.abandonment(needed, erlangs, patience, handleTime));
        return new StaffingSlot(
                start,
                offered,
                handleTime,
                Math.round(erlangs * 1000) / 1000.0,
                needed,
                level,
                lost,
                signedIn,
                needed == null ? null : Math.round((signedIn - needed) * 10) / 10.0,
                needed == null || signedIn < needed); // no count of agents meets the target: short, whoever came
    }

    private static double round4(double fraction) {
        return Math.round(fraction * 10_000) / 10_000.0;
    }

    /** One aggregate over the calls of all the days: a range of the {@code entered_at} index per day. */
    private void sumCalls(List<LocalDate> days, long[][] calls) {
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < days.size(); i++) {
            where.append(i == 0 ? "" : " or ")
                    .append("(c.entered_at >= ?")
                    .append(2 * i + 1)
                    .append(" and c.entered_at < ?")
                    .append(2 * i + 2)
                    .append(')');
        }
        Query query = em.createNativeQuery(CALL_SUMS + where + ") group by 1");
        for (int i = 0; i < days.size(); i++) {
            DayPeriod day = new DayPeriod(days.get(i), days.get(i));
            query.setParameter(2 * i + 1, day.start()).setParameter(2 * i + 2, day.end());
        }
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            int slot = ((Number) values[0]).intValue();
            for (int i = 0; i < 5; i++) {
                calls[slot][i] = values[i + 1] == null ? 0 : ((Number) values[i + 1]).longValue();
            }
        }
    }

    private void sumPresence(DayPeriod day, Instant now, double[] seconds) {
        for (Object row : em.createNativeQuery(PRESENCE_SUMS)
                .setParameter("start", day.start())
                .setParameter("end", day.end())
                .setParameter("now", now)
                .getResultList()) {
            Object[] values = (Object[]) row;
            if (values[1] != null) {
                seconds[((Number) values[0]).intValue()] += ((Number) values[1]).doubleValue();
            }
        }
    }
}
