package org.hotline.ticket;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.hotline.calendar.Calendars;
import org.hotline.call.CallAbandoned;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.Retries;
import org.hotline.metrics.Metrics;
import org.jboss.logging.Logger;

/**
 * A caller who gave up waiting gets a callback task: a ticket of type CALLBACK for the citizen with that number
 * (registered by number alone when unknown). One per caller while it is open: a second abandoned call from the same
 * number adds nothing. The citizen's row is locked while deciding, so two abandoned calls handled at once still make
 * one task; when both would register the same unknown number, the number's key lets only one succeed.
 *
 * <p>It reacts after the call log's transaction committed, in a transaction of its own, so a failure here never
 * loses the call record. Callers who give up at once (a queue emptying) race to register their numbers, and MariaDB
 * may answer one of them with a deadlock; that transaction is tried again, a few times, so that no caller's task is
 * lost. Called by the container with no user, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class CallbackTasks {

    static final String ACTOR = "pbx";
    private static final Logger LOG = Logger.getLogger(CallbackTasks.class);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    private static final int ATTEMPTS = 5;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onAbandoned(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallAbandoned call) {
        CallbackTasks self = context.getBusinessObject(CallbackTasks.class);
        RuntimeException failed = Retries.tryTimes(ATTEMPTS, () -> self.openForAbandoned(call));
        if (failed != null) {
            LOG.errorf(
                    failed,
                    "No callback task for abandoned call %s from %s after %d attempts",
                    call.linkedid(),
                    call.caller(),
                    ATTEMPTS);
        }
    }

    /** The task for a caller who gave up waiting, in a transaction of its own (tried again by the observer). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openForAbandoned(CallAbandoned call) {
        ensureOpenTask(call.caller(), call.linkedid(), GeneratedSubject.ABANDONED_CALLBACK, call.queue());
    }

    /**
     * A caller who rang after hours pressed 1 to be called back (the IVR): the same task as for an abandoned call,
     * one per caller while open.
     *
     * @return false when there is no number to call back (withheld, foreign), true when a task is open for it
     */
    public boolean requestedAfterHours(String caller, String linkedid) {
        return ensureOpenTask(caller, linkedid, GeneratedSubject.AFTER_HOURS_CALLBACK, null);
    }

    private boolean ensureOpenTask(String caller, String linkedid, GeneratedSubject subject, String queue) {
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(caller);
        } catch (InvalidPhoneNumber withheld) {
            // the number itself stays out of the log: a caller number that does not parse may still be a person's
            LOG.infof("Call %s: the caller's number (withheld or not a phone number) cannot be called back", linkedid);
            return false;
        }
        Instant now = clock.instant();
        Citizen citizen = em.createNamedQuery(Citizen.BY_PHONE, Citizen.class)
                .setParameter("e164", phone.e164())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // one at a time per caller
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Citizen byNumber = new Citizen(null, null, "ar", phone, now);
                    em.persist(byNumber);
                    return byNumber;
                });
        boolean alreadyOpen = !em.createQuery(
                        "select t.id from Ticket t where t.type = :callback and t.citizen = :citizen"
                                + " and t.status not in :done",
                        Long.class)
                .setParameter("callback", TicketType.CALLBACK)
                .setParameter("citizen", citizen)
                .setParameter("done", EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (alreadyOpen) {
            return true;
        }
        SlaTarget targets = em.find(SlaTarget.class, TicketType.CALLBACK);
        Ticket task = new Ticket(
                TicketType.CALLBACK,
                Channel.PHONE,
                Priority.HIGH,
                subject.subject(phone.national()),
                subject.note(linkedid, queue),
                new SlaTargets(targets.firstResponse(), targets.resolution()),
                ACTOR,
                now);
        task.linkTo(citizen, null, null);
        task.fromCall(linkedid);
        task.refreshSla(calendars.current(), now);
        em.persist(task);
        metrics.ticketCreated(TicketType.CALLBACK.name(), Channel.PHONE.name());
        return true;
    }

    /** Notes on the ticket that an agent's phone was asked to call the citizen back. */
    public void dialled(String ticketNumber, String agent, String phoneInterface) {
        Instant now = clock.instant();
        ticket(ticketNumber).callbackDialled(phoneInterface, agent, now, calendars.current());
    }

    /** Notes on the ticket how the callback ended, as the PBX reported it. */
    public void ended(String ticketNumber, String agent, CallbackOutcome outcome) {
        Instant now = clock.instant();
        ticket(ticketNumber).callbackResult(outcome, agent, now, calendars.current());
    }

    private Ticket ticket(String number) {
        TicketNumber parsed = TicketNumber.parse(number);
        Ticket ticket = em.find(Ticket.class, parsed.sequence(), LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw new TicketNotFound(parsed);
        }
        return ticket;
    }
}
