package org.hotline.complaint;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finishes a key rotation at start: every identity still sealed with an older key of {@code HOTLINE_IDENTITY_KEY} is
 * opened with it and sealed again with the current (first) key, so that the old key can then be dropped from the
 * list. Nothing to do, and one indexed query, when every identity is under the current key.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class IdentityKeyRotation {

    private static final Logger LOG = Logger.getLogger(IdentityKeyRotation.class);
    private static final int BATCH = 500;

    @Inject
    private IdentitySeal seal;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @PostConstruct
    void resealUnderTheCurrentKey() {
        String current = seal.currentKeyId();
        long resealed = 0;
        List<Complaint> batch;
        do {
            batch = em.createQuery(
                            "select c from Complaint c where c.identityKey is not null"
                                    + " and c.identityKey <> :current order by c.ticketId",
                            Complaint.class)
                    .setParameter("current", current)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Complaint complaint : batch) {
                complaint.resealIdentity(seal);
                resealed++;
            }
            em.flush();
            em.clear();
        } while (batch.size() == BATCH);
        if (resealed > 0) {
            LOG.infof(
                    "Re-sealed %d complainant identities under the key %s; older keys may now be removed from"
                            + " HOTLINE_IDENTITY_KEY",
                    resealed, current);
        }
    }
}
