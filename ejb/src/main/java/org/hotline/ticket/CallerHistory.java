package org.hotline.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hotline.call.CallDisposition;
import org.hotline.call.CallRecord;
import org.hotline.citizen.Callers;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.CitizenView;
import org.hotline.citizen.PhoneNumber;
import org.hotline.security.AgentNames;
import org.hotline.security.PhoneDirectory;

/**
 * What the agent needs the moment a caller rings: the citizen the number belongs to, their last tickets and the
 * number's last calls with who answered them. Indexed queries, and the few rows that say who the PBX's members are,
 * so a screen pop is never slow.
 *
 * <p>Internal: the telephony module calls it on the container's threads to build the screen pop pushed to the one
 * agent whose phone rings, hence {@code @PermitAll}; no page or API reaches it. The ticket page reads the same
 * history through {@link CallerContacts}, which checks the reader's role.
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

    /**
     * The caller's history for a screen pop; {@code agents} names the people who answered the calls (the switchboard
     * passes the names it keeps a few seconds, so that a burst of pops does not read the PBX's members once each).
     */
    public Caller of(String callerNumber, String currentLinkedid, AgentNames agents) {
        Optional<Citizen> citizen = callers.owning(callerNumber);
        List<TicketLine> tickets = citizen.map(c -> ticketsOf(c, null, LAST)).orElse(List.of());
        List<CallLine> calls = callerNumber == null
                ? List.of()
                : em.createQuery(
                                "select c from CallRecord c where c.caller = :caller and c.linkedid <> :current"
                                        + " order by c.enteredAt desc",
                                CallRecord.class)
                        .setParameter("caller", callerNumber)
                        .setParameter("current", currentLinkedid == null ? "" : currentLinkedid)
                        .setMaxResults(LAST)
                        .getResultStream()
                        .map(c -> CallLine.of(c, agents))
                        .toList();
        return new Caller(callerNumber, citizen.map(CitizenView::of).orElse(null), tickets, calls);
    }

    /**
     * The citizen's tickets but one (the ticket being read; null for none), newest first. Complaints about staff are
     * never among them: they are the officers' alone, whoever asks.
     */
    public List<TicketLine> ticketsOf(Citizen citizen, Long except, int max) {
        return em.createQuery(
                        "select t from Ticket t where t.citizen = :citizen and t.id <> :except"
                                + " and t.type <> org.hotline.ticket.TicketType.COMPLAINT_ABOUT_STAFF order by t.createdAt desc, t.id desc",
                        Ticket.class)
                .setParameter("citizen", citizen)
                .setParameter("except", except == null ? -1L : except)
                .setMaxResults(max)
                .getResultStream()
                .map(TicketLine::of)
                .toList();
    }

    /**
     * The calls from the citizen's numbers, newest first: those the call log tied to the citizen when they came in,
     * and those from one of their numbers in any written form (a number added to the citizen after the call).
     */
    public List<CallLine> callsOf(Citizen citizen, int max) {
        List<String> numbers = citizen.getPhones().stream()
                .flatMap(e164 -> Stream.concat(Stream.of(e164), new PhoneNumber(e164).writtenForms().stream()))
                .distinct()
                .toList();
        AgentNames agents = directory.agentNames();
        TypedQuery<CallRecord> calls = em.createQuery(
                        "select c from CallRecord c where c.citizenId = :citizen"
                                + (numbers.isEmpty() ? "" : " or c.caller in :numbers")
                                + " order by c.enteredAt desc, c.id desc",
                        CallRecord.class)
                .setParameter("citizen", citizen.getId());
        if (!numbers.isEmpty()) {
            calls.setParameter("numbers", numbers);
        }
        return calls.setMaxResults(max)
                .getResultStream()
                .map(c -> CallLine.of(c, agents))
                .toList();
    }

    /** The caller, the citizen when the number is known, and the last tickets and calls. */
    public record Caller(String number, CitizenView citizen, List<TicketLine> tickets, List<CallLine> calls) {}

    /** One of the citizen's last tickets. */
    /**
     * One of the citizen's tickets. When the hotline wrote its subject (a callback task's), {@code written} names the
     * kind and {@code writtenNumber} the number in it, so that the screen pop, which builds its text in the browser,
     * says the subject in the agent's language rather than the stored Arabic.
     */
    public record TicketLine(
            String number,
            TicketType type,
            TicketStatus status,
            String subject,
            Instant createdAt,
            GeneratedSubject written,
            String writtenNumber)
            implements Serializable {

        static TicketLine of(Ticket ticket) {
            Optional<GeneratedSubject.Read> read = GeneratedSubject.read(ticket.getType(), ticket.getSubject());
            return new TicketLine(
                    ticket.number().digits(),
                    ticket.getType(),
                    ticket.getStatus(),
                    ticket.getSubject(),
                    ticket.getCreatedAt(),
                    read.map(GeneratedSubject.Read::kind).orElse(null),
                    read.map(GeneratedSubject.Read::number).orElse(null));
        }
    }

    /**
     * One of the number's last calls; the agent is the person who answered (the PBX's name if nobody was given it),
     * and the talk time is in seconds (null when nobody answered).
     */
    public record CallLine(
            String linkedid,
            Instant enteredAt,
            CallDisposition disposition,
            String queue,
            String agent,
            Integer talkSeconds)
            implements Serializable {

        static CallLine of(CallRecord call, AgentNames agents) {
            return new CallLine(
                    call.getLinkedid(),
                    call.getEnteredAt(),
                    call.getDisposition(),
                    call.getQueue(),
                    agents.shown(call.getAgent()),
                    call.getTalkSeconds());
        }
    }
}
