package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;
import org.hotline.security.InstitutionChanged;
import org.hotline.ticket.TicketNumber;

/**
 * Recusal when an officer's institution changes: the open cases assigned to them about the institution they now
 * belong to are given up, each audited ({@code COMPLAINT_UNASSIGNED}, by the administrator who made the change), and
 * go back to the unassigned cases of the bench, where the other officers find them and one takes them. The officer no
 * longer reads them from that moment (the recusal check on every read), and nobody is left believing a case is being
 * handled when it is not.
 *
 * <p>This is done in the change's own transaction (a synchronous observer), not after it commits: the account's new
 * institution and the cases given up are kept together or not at all, so there is never a moment when a recused
 * officer still holds a case, nor one where cases were given up for a change that did not happen.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RecusedAssignments {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public void institutionChanged(@Observes InstitutionChanged changed) {
        if (changed.institutionCode() == null) {
            return;
        }
        em.createQuery("select c from Complaint c where c.assignedOfficer = :officer", Complaint.class)
                .setParameter("officer", changed.username())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(c -> !c.getCaseState().isClosed()
                        && Recusal.applies(changed.institutionCode(), c.getInstitutionCode()))
                .forEach(c -> {
                    c.assignTo(null);
                    audit.record(
                            session.getCallerPrincipal().getName(),
                            "COMPLAINT_UNASSIGNED",
                            "complaint",
                            TicketNumber.forSequence(c.getTicketId()).digits(),
                            null,
                            "from " + changed.username() + ": they now belong to the accused institution "
                                    + changed.institutionCode());
                });
    }
}
