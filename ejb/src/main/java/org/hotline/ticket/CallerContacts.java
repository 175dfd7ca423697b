package org.hotline.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.hotline.common.Role;

/**
 * The desk's view of a ticket's caller beyond the ticket: the citizen's other tickets and the calls from their
 * numbers, what the agent reads before answering. The role-checked way in to {@link CallerHistory}, which the
 * screen pop uses internally. A complaint about staff has no caller to show here: whoever filed it stays the
 * officers' to know, and no complaint is ever listed among a citizen's tickets.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CallerContacts {

    /** At most this many tickets and this many calls, the newest. */
    public static final int SHOWN = 10;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private CallerHistory history;

    /** The ticket's caller's other tickets and calls; empty when the ticket has no citizen or is a complaint. */
    public Optional<Contacts> around(@NotNull TicketNumber number) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (ticket == null) {
            throw new TicketNotFound(number);
        }
        if (ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF || ticket.getCitizen() == null) {
            return Optional.empty();
        }
        return Optional.of(new Contacts(
                history.ticketsOf(ticket.getCitizen(), ticket.getId(), SHOWN),
                history.callsOf(ticket.getCitizen(), SHOWN)));
    }

    /** The citizen's other tickets and their calls, each newest first. */
    public record Contacts(List<CallerHistory.TicketLine> tickets, List<CallerHistory.CallLine> calls)
            implements Serializable {}
}
