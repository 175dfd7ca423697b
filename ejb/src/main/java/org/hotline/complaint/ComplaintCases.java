package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hotline.audit.AuditTrail;
import org.hotline.security.Role;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * The officers' complaint desk. Reading a complaint is audited; its complainant's identity stays sealed until an
 * officer unseals it with a written reason, which is audited too. An officer of the accused institution never reads
 * the complaint (recusal), and the refusal is audited as well.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICER)
public class ComplaintCases {

    /** Long enough to say why: "checking" is not a reason. */
    public static final int REASON_MIN = 10;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public ComplaintView view(@NotNull TicketNumber number) {
        Ticket ticket = ticket(number);
        Complaint complaint = allowed(ticket);
        audit.record(officer(), "COMPLAINT_VIEWED", "complaint", number.digits(), null, null);
        return complaint.view(ticket);
    }

    public ComplainantIdentity unseal(@NotNull TicketNumber number,
            @NotBlank @Size(min = REASON_MIN, max = 1000) String reason) {
        Ticket ticket = ticket(number);
        Complaint complaint = allowed(ticket);
        if (complaint.isAnonymous()) {
            throw new NothingToUnseal(number.digits());
        }
        audit.record(officer(), "COMPLAINT_UNSEALED", "complaint", number.digits(), reason.strip(), null);
        return complaint.identity(number.digits());
    }

    /** The complaint, unless the officer belongs to the accused institution: then refused, and the refusal kept. */
    private Complaint allowed(Ticket ticket) {
        Complaint complaint = em.find(Complaint.class, ticket.getId());
        java.util.List<?> rows = em.createNativeQuery("select institution_code from user_account where username = ?1")
                .setParameter(1, officer()).getResultList();
        Object own = rows.isEmpty() ? null : rows.get(0); // null: the officer belongs to no institution
        if (own != null && own.toString().equalsIgnoreCase(complaint.getInstitutionCode())) {
            audit.recordAlone(officer(), "COMPLAINT_RECUSED", "complaint", ticket.number().digits(), null,
                    "the officer belongs to " + own);
            throw new ComplaintRecused(ticket.number().digits());
        }
        return complaint;
    }

    private Ticket ticket(TicketNumber number) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (ticket == null || ticket.getType() != TicketType.COMPLAINT_ABOUT_STAFF
                || em.find(Complaint.class, ticket.getId()) == null) {
            throw new ComplaintNotFound(number.digits());
        }
        return ticket;
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }
}
