package org.hotline.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.call.CallDisposition;
import org.hotline.call.CallRecord;
import org.hotline.citizen.Callers;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.CitizenView;
import org.hotline.security.AgentNames;
import org.hotline.security.PhoneDirectory;

/**
 * What the agent needs the moment a caller rings: the citizen the number belongs to, their last tickets and the
 * number's last calls with who answered them. Indexed queries, and the few rows that say who the PBX's members are,
 * so a screen pop is never slow.
 *
 * <p>Internal: the telephony module calls it on the container's threads to build the screen pop pushed to the one
 * agent whose phone rings, hence {@code @PermitAll}; no page or API reaches it.
 */
@Stateless
@PermitAll
public class CallerHistory {

    static final int LAST = 5;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Callers callers;

    @EJB
    private PhoneDirectory directory;

    public Caller of(String callerNumber, String currentLinkedid) {
        Optional<Citizen> citizen = callers.owning(callerNumber);
        List<TicketLine> tickets = citizen.map(c -> em.createQuery("select t from Ticket t where t.citizen = :citizen"
                + " order by t.createdAt desc", Ticket.class).setParameter("citizen", c).setMaxResults(LAST)
                .getResultStream().map(t -> new TicketLine(t.number().digits(), t.getType(), t.getStatus(),
                        t.getSubject(), t.getCreatedAt())).toList()).orElse(List.of());
        AgentNames agents = callerNumber == null ? AgentNames.none() : directory.agentNames();
        List<CallLine> calls = callerNumber == null ? List.of()
                : em.createQuery("select c from CallRecord c where c.caller = :caller and c.linkedid <> :current"
                        + " order by c.enteredAt desc", CallRecord.class).setParameter("caller", callerNumber)
                        .setParameter("current", currentLinkedid == null ? "" : currentLinkedid).setMaxResults(LAST)
                        .getResultStream().map(c -> new CallLine(c.getLinkedid(), c.getEnteredAt(),
                                c.getDisposition(), c.getQueue(), agents.shown(c.getAgent()))).toList();
        return new Caller(callerNumber, citizen.map(CitizenView::of).orElse(null), tickets, calls);
    }

    /** The caller, the citizen when the number is known, and the last tickets and calls. */
    public record Caller(String number, CitizenView citizen, List<TicketLine> tickets, List<CallLine> calls) {
    }

    /** One of the citizen's last tickets. */
    public record TicketLine(String number, TicketType type, TicketStatus status, String subject, Instant createdAt) {
    }

    /** One of the number's last calls; the agent is the person who answered (the PBX's name if nobody was given it). */
    public record CallLine(String linkedid, Instant enteredAt, CallDisposition disposition, String queue,
            String agent) {
    }
}
