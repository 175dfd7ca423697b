package org.hotline.ivr;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.calendar.Calendars;
import org.hotline.citizen.Callers;
import org.hotline.citizen.Citizen;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.FollowUp;
import org.hotline.status.CitizenNotices;
import org.hotline.status.ReplySounds;
import org.hotline.status.TicketStatusLookup;
import org.hotline.ticket.CallbackTasks;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/**
 * What the IVR's entry script asks while a caller is on the line: is the hotline open, which language does this caller
 * speak, what is waiting for them (and that they heard it), what is the menu, what is a ticket's status, is this the
 * complaint's PIN, and "call me back".
 *
 * <p>Internal: called by the telephony module's FastAGI script on container threads that carry no user, hence
 * {@code @PermitAll}; no page or API reaches it. It never says more than a status, and a complaint's only behind its
 * receipt PIN.
 */
@Stateless
@PermitAll
public class IvrDesk {

    /** The languages the IVR speaks, in the order of its language menu (1, 2, 3). */
    public static final List<String> LANGUAGES = List.of("ar", "ku", "en");

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private Callers callers;

    @EJB
    private CallbackTasks callbacks;

    @EJB
    private ComplaintFollowUp followUps;

    @Inject
    private CitizenNotices notices;

    @Inject
    private Clock clock;

    /**
     * What the script needs the moment a call comes in, in one invocation: whether the hotline is open now (the
     * business calendar's hours in Baghdad, less holidays), the language of a known caller, and, when open, the main
     * menu as it stands (so a change is heard from the next call on, as before), and what is waiting for a known
     * caller on their ordinary tickets (a resolution, a public reply they have not heard or seen; never a complaint).
     *
     * <p>Only reads, so no transaction of its own ({@code SUPPORTS}): every IVR call comes through here, and a JTA
     * transaction for three reads (its begin and commit, the connection's autocommit switched off and on again) cost
     * more than the reads. Nothing read is changed or walked lazily afterwards.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Arrival arrival(String caller) {
        Optional<Citizen> known = callers.owning(caller);
        Instant now = clock.instant();
        boolean open = calendars.current().isOpenAt(now);
        return new Arrival(
                open,
                known.isPresent(),
                known.map(Citizen::getPreferredLanguage)
                        .filter(LANGUAGES::contains)
                        .orElse(null),
                open ? IvrMenuOption.inOrder(em) : List.of(),
                open && known.isPresent()
                        ? notices.waitingFor(known.get().getId(), now).stream()
                                .map(waiting -> new Notice(
                                        waiting.number(),
                                        waiting.status(),
                                        waiting.latestReplyId() == null
                                                ? null
                                                : ReplySounds.pbxFile(waiting.number(), waiting.latestReplyId()),
                                        waiting.changedAt()))
                                .toList()
                        : List.of());
    }

    /**
     * Open or closed; whether the number belongs to a citizen, and their language (null when not known); the main
     * menu (empty when closed: the caller will not hear it); the caller's own ordinary tickets with an answer waiting
     * (empty when closed or not known), the latest first.
     */
    public record Arrival(
            boolean open, boolean knownCaller, String language, List<MenuOption> menu, List<Notice> notices) {}

    /**
     * An ordinary ticket of the caller's with an answer waiting: said as the status step says the caller's own ticket
     * ({@code replySound} as in {@link StatusCheck}); {@code through} is what {@link #noticeHeard} records once said.
     */
    public record Notice(String number, TicketStatus status, String replySound, Instant through) {}

    /**
     * The caller has heard a notice to its end: it is not announced again, unless the ticket changes after
     * {@code through}. Only the caller's own ordinary ticket is marked; one transaction.
     */
    public void noticeHeard(String caller, String number, Instant through) {
        Ticket ticket = em.find(Ticket.class, TicketNumber.parse(number).sequence());
        if (callersOwn(ticket, caller)) {
            notices.told(ticket.getId(), through, "ivr", clock.instant());
        }
    }

    /** An ordinary ticket of the citizen whose registered number is calling (never a complaint). */
    private boolean callersOwn(Ticket ticket, String caller) {
        if (ticket == null || ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF || ticket.getCitizen() == null) {
            return false;
        }
        Optional<Citizen> calling = callers.owning(caller);
        return calling.isPresent()
                && calling.get().getId().equals(ticket.getCitizen().getId());
    }

    /** Remembers the language a known caller chose; an unknown number is not registered for it. */
    public void rememberLanguage(String caller, String language) {
        if (LANGUAGES.contains(language)) {
            callers.owning(caller).ifPresent(citizen -> citizen.prefer(language));
        }
    }

    /**
     * A ticket number typed on the keypad. Its status is said at once only to the caller whose number the ticket's
     * citizen registered; for anyone else every well-formed number needs a receipt PIN first, whether it is a
     * complaint, another person's ordinary ticket or no ticket at all. Saying an ordinary ticket's status to anyone
     * and asking a PIN only for complaints would tell a caller which numbers are complaints, and saying "not found"
     * would tell which exist; an ordinary ticket has no PIN, so its holder calling from another phone is sent to an
     * agent after the PIN prompt. The caller's own ticket also says whether an agent has replied publicly.
     */
    public StatusCheck status(String typed, String caller) {
        TicketNumber number;
        try {
            number = TicketNumber.parse(typed);
        } catch (InvalidTicketNumber wrongDigit) {
            return new StatusCheck(StatusCheck.Outcome.INVALID, null, null, null);
        }
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (callersOwn(ticket, caller)) {
            return new StatusCheck(
                    StatusCheck.Outcome.FOUND,
                    number.digits(),
                    ticket.getStatus(),
                    TicketStatusLookup.latestReply(em, ticket.getId())
                            .map(reply -> ReplySounds.pbxFile(number.digits(), reply))
                            .orElse(null));
        }
        return new StatusCheck(StatusCheck.Outcome.PIN_REQUIRED, number.digits(), null, null);
    }

    /**
     * A complaint's status, only with its receipt PIN, under the same rules as the web page and the API: the same
     * per-number wait after wrong PINs (one store), and the caller's number's own hourly budget of wrong PINs. A
     * try during a wait is refused before the PIN is checked.
     */
    public PinCheck complaintStatus(String number, String pin, String caller) {
        FollowUp followUp = followUps.status(number, pin, "tel:" + (caller == null ? "withheld" : caller));
        switch (followUp.outcome()) {
            case SHOWN:
                return new PinCheck(PinCheck.Outcome.FOUND, followUp.status(), 0, followUp.questionWaiting());
            case WAIT:
                return new PinCheck(PinCheck.Outcome.WAIT, null, followUp.waitSeconds(), false);
            default:
                return new PinCheck(PinCheck.Outcome.WRONG, null, followUp.waitSeconds(), false);
        }
    }

    /**
     * What a receipt PIN came to: the status, a wrong PIN, or "wait and try later" (with the seconds to wait); with the
     * right PIN, whether an officers' question awaits the complainant's answer (said only then, behind the PIN).
     */
    public record PinCheck(Outcome outcome, TicketStatus status, long waitSeconds, boolean questionWaiting) {

        /** Right PIN; wrong PIN (or no such complaint: the same); too many wrong PINs, try later. */
        public enum Outcome {
            FOUND,
            WRONG,
            WAIT
        }
    }

    /** After hours, the caller pressed 1: one callback task for the number while one is open. */
    public boolean callbackRequested(String caller, String linkedid) {
        return callbacks.requestedAfterHours(caller, linkedid);
    }

    /**
     * What a typed ticket number came to. {@code replySound} is set when the ticket has a public reply: the spoken
     * copy of the latest one the IVR plays when the PBX has it ({@link ReplySounds}), otherwise it says where to read
     * it.
     */
    public record StatusCheck(Outcome outcome, String number, TicketStatus status, String replySound) {

        /** Found and said (the caller's own ticket); a receipt PIN first; a typing error (the check digit). */
        public enum Outcome {
            FOUND,
            PIN_REQUIRED,
            INVALID
        }
    }
}
