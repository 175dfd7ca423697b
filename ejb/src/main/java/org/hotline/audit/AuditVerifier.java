package org.hotline.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.common.UtcColumns;

/**
 * Walks the whole audit chain in order, a batch at a time, and reports the first broken link: an entry changed, one
 * removed (a gap, or the head naming an entry that is gone), entries put in another order, or an entry rewritten with
 * a recomputed hash (each link is keyed with {@link AuditKey}, which is not in the database). The run itself is
 * audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditVerifier {

    private static final int BATCH = 10_000;

    @Inject
    private AuditKey key;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail trail;

    @Inject
    private Clock clock;

    /** What a verification found. */
    public record Verification(
            Instant at, long entriesChecked, boolean intact, Long brokenAt, String problem, long millis) {}

    public Verification verify() {
        Instant started = clock.instant();
        AuditChain.Walk walk = new AuditChain.Walk(key.bytes());
        long after = 0;
        boolean more = true;
        while (more) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, at, actor, action, target_type, target_id, reason,"
                            + " detail, prev_hash, hash from audit_entry where id > ?1 order by id limit " + BATCH)
                    .setParameter(1, after)
                    .getResultList();
            for (Object[] row : rows) {
                AuditChain.Link link = link(row);
                after = link.id();
                if (!walk.next(link)) {
                    more = false;
                    break;
                }
            }
            em.clear();
            more = more && rows.size() == BATCH;
        }
        Object[] head = (Object[]) em.createNativeQuery("select last_id, last_hash from audit_head where id = 1")
                .getSingleResult();
        walk.end(((Number) head[0]).longValue(), (String) head[1]);
        AuditChain.Break broken = walk.broken();
        Verification result = new Verification(
                started,
                walk.checked(),
                broken == null,
                broken == null ? null : broken.entry(),
                broken == null ? null : broken.what(),
                Duration.between(started, clock.instant()).toMillis());
        trail.record(
                session.getCallerPrincipal().getName(),
                "AUDIT_VERIFIED",
                "audit",
                "chain",
                null,
                broken == null ? "intact, " + walk.checked() + " entries" : "broken at " + broken.entry());
        return result;
    }

    private static AuditChain.Link link(Object[] row) {
        return new AuditChain.Link(
                ((Number) row[0]).longValue(),
                UtcColumns.instant(row[1]),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9]);
    }
}
