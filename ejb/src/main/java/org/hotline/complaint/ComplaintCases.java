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

    /**
     * Moves the case with a decision: the reason (at least ten characters) is kept with the case and in the audit log;
     * a referral also names the reference the integrity body gave.
     */
    public ComplaintView move(@NotNull TicketNumber number, @NotNull CaseState target,
            @NotBlank @Size(min = REASON_MIN, max = 2000) String reason, @Size(max = 100) String reference) {
        Ticket ticket = ticket(number);
        Complaint complaint = allowed(ticket);
        CaseState from = complaint.getCaseState();
        complaint.moveTo(target, reference);
        em.createNativeQuery("insert into complaint_decision (complaint_id, at, officer, from_state, to_state, reason,"
                + " reference) values (?1, utc_timestamp(6), ?2, ?3, ?4, ?5, ?6)").setParameter(1, ticket.getId())
                .setParameter(2, officer()).setParameter(3, from.name()).setParameter(4, target.name())
                .setParameter(5, reason.strip()).setParameter(6, reference).executeUpdate();
        audit.record(officer(), "COMPLAINT_MOVED", "complaint", number.digits(), reason.strip(),
                from + " -> " + target + (reference == null ? "" : ", reference " + reference));
        return complaint.view(ticket);
    }

    /**
     * Gives the case to an officer, who must hold the officer role and must not belong to the accused institution
     * (recusal: such an officer is never assigned).
     */
    public ComplaintView assign(@NotNull TicketNumber number, @NotBlank String officerUsername) {
        Ticket ticket = ticket(number);
        Complaint complaint = allowed(ticket);
        java.util.List<?> rows = em.createNativeQuery("select u.institution_code, count(r.role) from user_account u"
                + " left join user_account_role r on r.user_account_id = u.id and r.role = 'OFFICER'"
                + " where u.username = ?1 and u.enabled = true group by u.id, u.institution_code")
                .setParameter(1, officerUsername).getResultList();
        if (rows.isEmpty() || ((Number) ((Object[]) rows.get(0))[1]).intValue() == 0) {
            throw new CaseMoveRefused(officerUsername + " is not an enabled officer");
        }
        Object institution = ((Object[]) rows.get(0))[0];
        if (institution != null && institution.toString().equalsIgnoreCase(complaint.getInstitutionCode())) {
            throw new ComplaintRecused(number.digits());
        }
        complaint.assignTo(officerUsername);
        audit.record(officer(), "COMPLAINT_ASSIGNED", "complaint", number.digits(), null, "to " + officerUsername);
        return complaint.view(ticket);
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
