package org.hotline.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hotline.calendar.BusinessDaysChanged;
import org.hotline.calendar.CalendarSettings;
import org.hotline.calendar.SlaClock;
import org.hotline.common.BusinessTime;
import org.jboss.logging.Logger;

/**
 * Keeps the tickets' SLA moments ({@link Ticket#getSlaCheckAt()}) true when the business calendar changes under them:
 * the moments counted across a day that became a holiday, or stopped being one, or counted with other opening hours,
 * are brought forward to now, so that the SLA watch computes them again with the calendar in force. Both run in the
 * caller's transaction.
 */
@ApplicationScoped
public class SlaRecheck {

    private static final Logger LOG = Logger.getLogger(SlaRecheck.class);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CalendarSettings settings;

    /**
     * A holiday declared or withdrawn moves the clocks' moments after its start, and the due times after it: the ones
     * before it counted no time of it. Each is found through its own index (a ticket's next check may come before the
     * holiday while its due time lies after it). Holidays are mostly declared ahead, past the moments of the tickets
     * open, so this is usually few rows.
     */
    void businessDaysChanged(@Observes BusinessDaysChanged change) {
        Instant dayStart = change.day().atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant now = clock.instant();
        int moved = em.createQuery("update Ticket t set t.slaCheckAt = :now where t.slaCheckAt > :dayStart")
                .setParameter("now", now)
                .setParameter("dayStart", dayStart)
                .executeUpdate();
        moved += em.createQuery("update Ticket t set t.slaCheckAt = :now where t.slaState in :running"
                        + " and t.resolutionDueAt > :dayStart and t.slaCheckAt <> :now")
                .setParameter("now", now)
                .setParameter("running", List.of(SlaClock.State.ON_TRACK, SlaClock.State.AT_RISK))
                .setParameter("dayStart", dayStart)
                .executeUpdate();
        LOG.infof("%s changed in the business calendar: %d open ticket(s) to be measured again", change.day(), moved);
    }

    /**
     * Compares the opening hours in force with the ones the stored moments were computed with, and if they differ
     * brings every open ticket's moment forward. Returns whether they differed.
     */
    public boolean ifTheHoursChanged() {
        String hours = settings.opensAt() + "-" + settings.closesAt();
        List<?> stored = em.createNativeQuery("select hours from sla_watch_hours where id = 1")
                .getResultList();
        if (!stored.isEmpty() && hours.equals(stored.get(0))) {
            return false;
        }
        int moved = em.createQuery("update Ticket t set t.slaCheckAt = :now where t.slaCheckAt is not null")
                .setParameter("now", clock.instant())
                .executeUpdate();
        em.createNativeQuery("replace into sla_watch_hours (id, hours) values (1, ?)")
                .setParameter(1, hours)
                .executeUpdate();
        if (!stored.isEmpty()) {
            LOG.infof(
                    "Opening hours are now %s (were %s): %d open ticket(s) to be measured again",
                    hours, stored.get(0), moved);
        }
        return true;
    }
}
