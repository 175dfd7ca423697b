package org.hotline.status;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.citizen.PhoneNumber;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.complaint.FollowUpGrants;
import org.hotline.complaint.SecretTries;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * A citizen reads their ticket's status and public replies with its number and the phone number on record, without an
 * account, on the public page or the API. The phone is the secret, so it runs under the complaint follow-up's rules
 * ({@link SecretTries}, one store): wrong phones count per number, with waits after a few, and per client. To a
 * guesser every well-formed number behaves alike, whether an ordinary ticket with another phone, a complaint about
 * staff (which has its own receipt and PIN, and is never shown here) or no ticket: one query that asks for all three
 * conditions at once, the same refusal, the same count. Public, hence {@code @PermitAll}; after the phone, a
 * short-lived grant signed with this lookup's own key.
 */
@Stateless
@PermitAll
public class TicketStatusLookup {

    /** This server's grants for the status page, with a key of their own: a follow-up grant is worthless here. */
    private static final FollowUpGrants GRANTS = new FollowUpGrants();

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private SecretTries tries;

    @Inject
    private CitizenNotices notices;

    @Inject
    private Clock clock;

    /**
     * The status for a number and a phone as typed (already parsed at the boundary), by {@code client}:
     * {@code "web:<address>"}, whose hourly budget of wrong tries it uses.
     */
    public CitizenStatus status(@NotNull TicketNumber number, @NotNull PhoneNumber phone, @NotNull String client) {
        SecretTries.Attempt attempt = tries.begin(number, client);
        if (!attempt.mustWait().isZero()) {
            return CitizenStatus.waitFor(attempt.mustWait());
        }
        Optional<Ticket> ticket = em.createQuery(
                        "select t from Ticket t join t.citizen c join c.phones p"
                                + " where t.id = :id and p = :e164 and t.type <> :complaint",
                        Ticket.class)
                .setParameter("id", number.sequence())
                .setParameter("e164", phone.e164())
                .setParameter("complaint", TicketType.COMPLAINT_ABOUT_STAFF)
                .getResultStream()
                .findFirst();
        if (ticket.isEmpty()) {
            return CitizenStatus.refused(attempt.wrong());
        }
        attempt.right();
        return shown(ticket.get(), clock.instant(), null);
    }

    /**
     * The status again, as it stands now, for the holder of a grant, as the status page shows it: with what was
     * waiting for the citizen on it (a resolution, a public reply they have not heard or seen), which is then told, so
     * the IVR does not announce it again. Telling only moves forward: a second showing of the same answer writes
     * nothing and says nothing is waiting. {@link FollowUpExpired} when the grant is not good.
     */
    public CitizenStatus refresh(@NotNull String grant) {
        Instant now = clock.instant();
        Ticket ticket = em.find(
                Ticket.class, TicketNumber.parse(GRANTS.check(grant, now)).sequence());
        if (ticket == null || ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF) {
            throw new FollowUpExpired(); // never issued for one; a ticket cannot become a complaint
        }
        Optional<CitizenNotices.Waiting> waiting = notices.waitingOn(ticket.getId(), now);
        waiting.ifPresent(seen -> notices.told(ticket.getId(), seen.changedAt(), "web", now));
        return shown(ticket, now, waiting.map(CitizenNotices.Waiting::kind).orElse(null));
    }

    private CitizenStatus shown(Ticket ticket, Instant now, CitizenNotices.Kind waiting) {
        String number = ticket.number().digits();
        return new CitizenStatus(
                CitizenStatus.Outcome.SHOWN,
                number,
                ticket.getStatus(),
                ticket.getCreatedAt(),
                ticket.getUpdatedAt(),
                ticket.getResolvedAt(),
                replies(em, ticket.getId()),
                GRANTS.issue(number, now),
                Duration.ZERO,
                waiting);
    }

    /** A ticket's public replies, oldest first; internal comments never leave the staff's side. */
    static List<PublicReply> replies(EntityManager em, long ticketId) {
        return em.createQuery(
                        "select new org.hotline.status.PublicReply(c.at, c.body) from TicketComment c"
                                + " where c.ticket.id = :id and c.internal = false order by c.at, c.id",
                        PublicReply.class)
                .setParameter("id", ticketId)
                .getResultList();
    }

    /** The id of a ticket's latest public reply, if it has one: the IVR plays its spoken copy. */
    public static Optional<Long> latestReply(EntityManager em, long ticketId) {
        return Optional.ofNullable(em.createQuery(
                        "select max(c.id) from TicketComment c" + " where c.ticket.id = :id and c.internal = false",
                        Long.class)
                .setParameter("id", ticketId)
                .getSingleResult());
    }
}
