package org.hotline.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hotline.audit.AuditTrail;
import org.hotline.common.UtcColumns;
import org.hotline.ticket.TicketNumber;
import org.jboss.logging.Logger;

/**
 * The complaints' side of data retention: closed complaints whose period has passed are anonymised in batches (each
 * batch a transaction of its own, each complaint audited by its number), and a citizen's own complaints are found
 * for a subject-access export.
 *
 * <p>Internal: only the retention job and the subject-access export call it, and they check their callers, hence
 * {@code @PermitAll} (as {@link AuditTrail}).
 */
@Stateless
@PermitAll
public class ComplaintRetention {

    /** A complaint is closed from its closing decision: the last move to CLOSED. */
    private static final String DUE = " from complaint c where c.case_state = 'CLOSED' and c.identity_erased_at is null"
            + " and (select max(d.at) from complaint_decision d where d.complaint_id = c.ticket_id"
            + " and d.to_state = 'CLOSED') < ?1";

    private static final int SCAN_PAGE = 500;

    private static final Logger LOG = Logger.getLogger(ComplaintRetention.class);

    /** The complaints a citizen filed, and the numbers of those whose sealed identity did not open. */
    public record FiledBy(List<SubjectComplaint> complaints, List<String> unopened) {}

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private IdentitySeal seal;

    /** What one batch did: how many it anonymised, and the last complaint it looked at (the next batch starts after). */
    public record Batch(int anonymised, long lastId, List<String> numbers) {}

    /** The closed complaints past their period still to anonymise, and those an officer holds back from it. */
    public record Due(long toAnonymise, long held) {}

    public Due due(Instant closedBefore) {
        Number free = (Number) em.createNativeQuery("select count(*)" + DUE + " and c.legal_hold = false")
                .setParameter(1, UtcColumns.value(closedBefore))
                .getSingleResult();
        Number held = (Number) em.createNativeQuery("select count(*)" + DUE + " and c.legal_hold = true")
                .setParameter(1, UtcColumns.value(closedBefore))
                .getSingleResult();
        return new Due(free.longValue(), held.longValue());
    }

    /**
     * Anonymises up to {@code size} complaints closed before the cut-off, after the complaint {@code afterId}, in a
     * transaction of its own: the identity erased ({@link Complaint#eraseIdentity}), the ticket's receipt PIN erased
     * (a complainant can no longer follow a case that is gone from their hands), and one audit entry per complaint
     * naming its number only. A complaint on legal hold is never touched; one already anonymised is not looked at.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch anonymise(Instant closedBefore, long afterId, int size, String actor, Instant now) {
        List<?> ids = em.createNativeQuery("select c.ticket_id" + DUE
                        + " and c.legal_hold = false and c.ticket_id > ?2 order by c.ticket_id")
                .setParameter(1, UtcColumns.value(closedBefore))
                .setParameter(2, afterId)
                .setMaxResults(size)
                .getResultList();
        long last = afterId;
        List<String> numbers = new ArrayList<>();
        for (Object id : ids) {
            long ticketId = ((Number) id).longValue();
            last = ticketId;
            Complaint complaint = em.find(Complaint.class, ticketId);
            complaint.eraseIdentity(now);
            em.createNativeQuery("update ticket set receipt_pin_hash = null where id = ?1")
                    .setParameter(1, ticketId)
                    .executeUpdate();
            String number = TicketNumber.forSequence(ticketId).digits();
            audit.record(
                    actor,
                    "COMPLAINT_ANONYMISED",
                    "complaint",
                    number,
                    null,
                    "identity erased after the retention period; content kept");
            numbers.add(number);
        }
        return new Batch(numbers.size(), last, numbers);
    }

    /**
     * The complaints this citizen filed under their name, with their identity unsealed, for a subject-access export:
     * found by opening every identity still held (nothing looks complaints up by identity, so no searchable form of it
     * is kept), a page at a time. A complaint filed anonymously, or whose identity was erased, is nobody's. A sealed
     * identity that does not open (altered in the database, or sealed under a key no longer given) cannot be matched:
     * it is named among the unopened, and logged, rather than making the whole export fail.
     */
    public FiledBy filedBy(Set<String> phonesE164, Set<String> nationalIds) {
        List<SubjectComplaint> found = new ArrayList<>();
        List<String> unopened = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Complaint> page = em.createQuery(
                            "select c from Complaint c where c.anonymous = false and c.identityErasedAt is null"
                                    + " and c.ticketId > :after order by c.ticketId",
                            Complaint.class)
                    .setParameter("after", after)
                    .setMaxResults(SCAN_PAGE)
                    .getResultList();
            for (Complaint complaint : page) {
                after = complaint.getTicketId();
                String number = TicketNumber.forSequence(after).digits();
                ComplainantIdentity identity;
                try {
                    identity = complaint.identity(number, seal);
                } catch (IllegalStateException doesNotOpen) {
                    LOG.warnf(
                            "Subject-access export: the identity of complaint %s does not open (%s)",
                            number, doesNotOpen.getMessage());
                    unopened.add(number);
                    continue;
                }
                boolean byPhone = identity.phone() != null && phonesE164.contains(identity.phone());
                boolean byNationalId = identity.nationalId() != null && nationalIds.contains(identity.nationalId());
                if (byPhone || byNationalId) {
                    found.add(complaint.forSubject(identity, CaseRecords.thread(em, after, false)));
                }
            }
            em.clear();
            if (page.size() < SCAN_PAGE) {
                return new FiledBy(found, unopened);
            }
        }
    }
}
