package org.hotline.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hotline.calendar.SlaClock;
import org.hotline.metrics.Exposition;
import org.hotline.metrics.MetricSource;
import org.hotline.metrics.MetricsSettings;

/**
 * The open tickets by status and SLA state, for monitoring: the tickets at risk and breached are what supervisors must
 * see rising before citizens complain. Counted by the database over the open tickets only, through the index on
 * (status, created_at), never over the whole table, and kept for {@link MetricsSettings#refreshEvery()}, so scrapes
 * cost at most one count per period however often they come. The SLA watch keeps each ticket's state current.
 *
 * <p>Anyone may ask ({@code @PermitAll}): the scraper carries no user, and the answer is counts only; the metrics
 * endpoint's token decides who reads them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class TicketMetrics implements MetricSource {

    private static final List<TicketStatus> OPEN =
            List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CITIZEN);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private MetricsSettings settings;

    @Inject
    private Clock clock;

    private volatile Counted counted;

    private record Counted(Instant at, Map<TicketStatus, Map<SlaClock.State, Long>> open) {}

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public void writeTo(Exposition out) {
        Map<TicketStatus, Map<SlaClock.State, Long>> open = current().open();
        out.family(
                "hotline_tickets_open",
                "gauge",
                "Open tickets (NEW, OPEN, PENDING_CITIZEN) by status and SLA state (ON_TRACK, AT_RISK, BREACHED);"
                        + " complaints about staff included.");
        for (TicketStatus status : OPEN) {
            for (SlaClock.State state : SlaClock.State.values()) {
                out.sample(
                        "hotline_tickets_open",
                        open.get(status).getOrDefault(state, 0L),
                        "status",
                        status.name(),
                        "sla",
                        state.name());
            }
        }
        for (SlaClock.State state : List.of(SlaClock.State.AT_RISK, SlaClock.State.BREACHED)) {
            String name = "hotline_tickets_sla_" + state.name().toLowerCase(java.util.Locale.ROOT);
            out.family(name, "gauge", "Open tickets whose SLA is " + state.name() + " (the sum over statuses).");
            out.sample(
                    name,
                    open.values().stream()
                            .mapToLong(byState -> byState.getOrDefault(state, 0L))
                            .sum());
        }
    }

    private Counted current() {
        Instant now = clock.instant();
        Counted last = counted;
        if (last != null && last.at().plus(settings.refreshEvery()).isAfter(now)) {
            return last;
        }
        Map<TicketStatus, Map<SlaClock.State, Long>> open = new EnumMap<>(TicketStatus.class);
        OPEN.forEach(status -> open.put(status, new EnumMap<>(SlaClock.State.class)));
        List<?> rows = em.createNativeQuery("select status, sla_state, count(*) from ticket"
                        + " where status in ('NEW', 'OPEN', 'PENDING_CITIZEN') group by status, sla_state")
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            open.get(TicketStatus.valueOf((String) cells[0]))
                    .put(SlaClock.State.valueOf((String) cells[1]), ((Number) cells[2]).longValue());
        }
        Counted fresh = new Counted(now, open);
        counted = fresh;
        return fresh;
    }
}
