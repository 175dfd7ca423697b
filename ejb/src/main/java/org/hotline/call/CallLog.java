package org.hotline.call;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * Writes the PBX's signals into the call log. The row of a linkedid is created with INSERT IGNORE, then locked, so
 * that signals of one call handled at once on several threads are applied one after another and never make two rows.
 *
 * <p>Called only by the telephony module's AMI adapter, on container threads that carry no user; no page or API
 * reaches it, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class CallLog {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public void apply(@NotNull CallSignal signal) {
        em.createNativeQuery("insert ignore into call_record (linkedid, disposition, updated_at, version)"
                + " values (?1, 'IN_PROGRESS', utc_timestamp(6), 0)").setParameter(1, signal.linkedid()).executeUpdate();
        CallRecord call = em.createQuery("select c from CallRecord c where c.linkedid = :linkedid", CallRecord.class)
                .setParameter("linkedid", signal.linkedid()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        call.apply(signal, clock.instant());
    }
}
