package org.hotline.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.hotline.cluster.PrimaryRole;

/**
 * Forgets the API's ticket keys ({@link TicketDesk#openOnce}) a day old: a client retries within minutes, and a key
 * kept longer would only hold back its reuse. Once an hour, on the primary node, in one statement over the keys' age
 * index: never in the requests that create tickets, where a clean-up's range locks made one caller's concurrent
 * requests wait for each other.
 */
@Stateless
@PermitAll
public class TicketRequestKeys {

    static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "ticket request keys clean-up")
    void forgetOldKeys() {
        if (!PrimaryRole.isPrimary()) {
            return; // the primary node cleans up
        }
        em.createQuery("delete from TicketRequestKey k where k.createdAt < :dayAgo")
                .setParameter("dayAgo", clock.instant().minus(KEPT))
                .executeUpdate();
    }
}
