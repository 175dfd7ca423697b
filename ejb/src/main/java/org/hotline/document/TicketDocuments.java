package org.hotline.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.common.UtcColumns;
import org.hotline.ticket.ComplaintIsConfidential;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNotFound;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * Verifying a secure document inside a ticket, during the call: by its number, or by the QR image the caller sends.
 * The answer is kept on the ticket with the time and the agent, and the ticket shows it.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class TicketDocuments {

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private DocumentRegistry registry;

    @Resource
    private SessionContext session;

    public DocumentCheck checkNumber(@NotNull TicketNumber ticket, @NotNull String documentNumber) {
        return keep(ticket, registry.lookUp(documentNumber));
    }

    public DocumentCheck checkImage(@NotNull TicketNumber ticket, @NotNull byte[] image) {
        Verification verification;
        try {
            verification = registry.verifyPayload(QrCodes.read(image));
        } catch (MalformedPayload unreadable) {
            verification = Verification.refused(Verification.Outcome.MALFORMED, null, unreadable.getMessage());
        }
        return keep(ticket, verification);
    }

    /**
     * Whether the caller may check documents here: read from this class's own {@code @RolesAllowed}, the rule the
     * container enforces on the checks, so that a page offers the check to exactly those it will not refuse.
     */
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public boolean mayCheck() {
        return Arrays.stream(
                        TicketDocuments.class.getAnnotation(RolesAllowed.class).value())
                .anyMatch(session::isCallerInRole);
    }

    /** The checks made on the ticket, newest first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<DocumentCheck> checks(@NotNull TicketNumber number) {
        Ticket ticket = ticket(number);
        List<?> rows = em.createNativeQuery("select checked_at, checked_by, outcome, document_number, document_type,"
                        + " institution_code, issue_date, detail from ticket_document_check where ticket_id = ?1"
                        + " order by checked_at desc, id desc")
                .setParameter(1, ticket.getId())
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new DocumentCheck(
                        UtcColumns.instant(row[0]),
                        (String) row[1],
                        new Verification(
                                Verification.Outcome.valueOf((String) row[2]),
                                (String) row[3],
                                row[4] == null ? null : DocumentType.valueOf((String) row[4]),
                                (String) row[5],
                                UtcColumns.date(row[6]),
                                null,
                                null,
                                null,
                                (String) row[7])))
                .toList();
    }

    private DocumentCheck keep(TicketNumber number, Verification verification) {
        Ticket ticket = ticket(number);
        Instant now = clock.instant();
        String agent = session.getCallerPrincipal().getName();
        em.createNativeQuery("insert into ticket_document_check (ticket_id, checked_at, checked_by, document_number,"
                        + " outcome, institution_code, document_type, issue_date, detail) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " ?8, ?9)")
                .setParameter(1, ticket.getId())
                .setParameter(2, now)
                .setParameter(3, agent)
                .setParameter(4, verification.number())
                .setParameter(5, verification.outcome().name())
                .setParameter(6, verification.institutionCode())
                .setParameter(
                        7,
                        verification.type() == null ? null : verification.type().name())
                .setParameter(8, verification.issueDate() == null ? null : Date.valueOf(verification.issueDate()))
                .setParameter(9, verification.detail())
                .executeUpdate();
        return new DocumentCheck(now, agent, verification);
    }

    private Ticket ticket(TicketNumber number) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (ticket == null) {
            throw new TicketNotFound(number);
        }
        if (ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF) {
            throw new ComplaintIsConfidential(number.digits());
        }
        return ticket;
    }
}
