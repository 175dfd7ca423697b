package org.hotline.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Appends to the audit log, in the transaction of the action it records ({@code MANDATORY}): if the action rolls
 * back, so does its entry, and an action cannot commit without its entry. The chain's head row is locked for the
 * append, so entries are numbered without gaps in commit order. Each link is keyed ({@link AuditKey}).
 *
 * <p>Internal: boundaries that already checked their caller call it, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    static final int TEXT_MAX = 1000;

    /** From the environment, never from the database: a writer of the table cannot forge a link without it. */
    @Inject
    private AuditKey key;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records who did what to which record, and why.
     *
     * @param reason the written reason where the action needs one (an unseal), else null
     */
    public long record(String actor, String action, String targetType, String targetId, String reason, String detail) {
        Object[] head =
                (Object[]) em.createNativeQuery("select last_id, last_hash from audit_head where id = 1 for update")
                        .getSingleResult();
        long id = ((Number) head[0]).longValue() + 1;
        String previous = (String) head[1];
        Instant at = AuditChain.stored(clock.instant());
        String shortReason = clip(reason);
        String shortDetail = clip(detail);
        String hash = AuditChain.hash(
                key.bytes(), previous, id, at, actor, action, targetType, targetId, shortReason, shortDetail);
        em.persist(
                new AuditEntry(id, at, actor, action, targetType, targetId, shortReason, shortDetail, previous, hash));
        em.createNativeQuery("update audit_head set last_id = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, id)
                .setParameter(2, hash)
                .executeUpdate();
        return id;
    }

    /**
     * Records an attempt that is refused: in a transaction of its own, because the refusal rolls the caller's back
     * and the attempt must still leave its mark.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordAlone(
            String actor, String action, String targetType, String targetId, String reason, String detail) {
        return record(actor, action, targetType, targetId, reason, detail);
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }
}
