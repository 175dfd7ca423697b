package org.hotline.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hotline.common.UtcColumns;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/**
 * What is waiting for a citizen on their ordinary tickets: a resolution or a public reply from the hotline since they
 * were last told ({@link TicketNotice}), which the IVR announces before its menu and the status page shows. Told means
 * heard to its end on the phone, or seen on the status page; until then it is announced at every call, for at most
 * {@link #ANNOUNCED_FOR} after the change (so an answer nobody asks to hear stops being announced), and at most
 * {@link #MOST} tickets at a time.
 *
 * <p>Complaints about staff are never here, even when a complaint's ticket names the citizen: whoever holds the phone
 * must not learn from a notice, or from its absence, that a complaint exists; a complaint's questions are shown only
 * behind its receipt PIN. Runs in its caller's transaction: reads for the IVR's arrival, one write per telling.
 */
@ApplicationScoped
public class CitizenNotices {

    /** How long after a change it is announced, when the citizen is not told sooner. */
    public static final Duration ANNOUNCED_FOR = Duration.ofDays(30);

    /** The most tickets one call announces and says: the latest changes first. */
    public static final int MOST = 3;

    /** What is waiting: the ticket resolved, a public reply, or a reply while the hotline waits for the citizen. */
    public enum Kind {
        RESOLVED,
        REPLY,
        QUESTION
    }

    /**
     * One ticket with something waiting: its number, status and what changed, when ({@code changedAt}: told once the
     * citizen has heard or seen up to it), and its latest public reply's id (for the IVR's spoken copy), if any.
     */
    public record Waiting(
            long ticketId, String number, TicketStatus status, Kind kind, Instant changedAt, Long latestReplyId) {}

    private static final String TICKETS = "select t.id, t.status, t.resolvedAt,"
            + " (select max(c.at) from TicketComment c where c.ticket = t and c.internal = false),"
            + " (select max(c.id) from TicketComment c where c.ticket = t and c.internal = false), n.toldThrough"
            + " from Ticket t left join TicketNotice n on n.ticketId = t.id"
            + " where t.type <> :complaint and t.mergedInto is null and t.updatedAt >= :since";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** The citizen's tickets with something waiting, the latest change first, at most {@link #MOST}. */
    public List<Waiting> waitingFor(long citizenId, Instant now) {
        List<Waiting> waiting = new ArrayList<>();
        for (Object[] row : em.createQuery(TICKETS + " and t.citizen.id = :citizen", Object[].class)
                .setParameter("complaint", TicketType.COMPLAINT_ABOUT_STAFF)
                .setParameter("since", now.minus(ANNOUNCED_FOR))
                .setParameter("citizen", citizenId)
                .getResultList()) {
            waiting(row, now).ifPresent(waiting::add);
        }
        waiting.sort(Comparator.comparing(Waiting::changedAt).reversed());
        return waiting.size() > MOST ? List.copyOf(waiting.subList(0, MOST)) : List.copyOf(waiting);
    }

    /** What is waiting on one ordinary ticket (never a complaint's). */
    public Optional<Waiting> waitingOn(long ticketId, Instant now) {
        return em.createQuery(TICKETS + " and t.id = :id", Object[].class)
                .setParameter("complaint", TicketType.COMPLAINT_ABOUT_STAFF)
                .setParameter("since", now.minus(ANNOUNCED_FOR))
                .setParameter("id", ticketId)
                .getResultStream()
                .findFirst()
                .flatMap(row -> waiting(row, now));
    }

    /**
     * The citizen has been told of the ticket up to {@code through} ({@code by}: {@code ivr} or {@code web}). One
     * statement, which only ever moves the moment forward: telling again what was told (a page refreshed, two calls at
     * once) changes nothing, and a change made after {@code through} is still waiting.
     */
    public void told(long ticketId, Instant through, String by, Instant now) {
        em.createNativeQuery("INSERT INTO ticket_notice (ticket_id, told_through, told_at, told_by)"
                        + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE"
                        + " told_at = IF(VALUES(told_through) > told_through, VALUES(told_at), told_at),"
                        + " told_by = IF(VALUES(told_through) > told_through, VALUES(told_by), told_by),"
                        + " told_through = GREATEST(told_through, VALUES(told_through))")
                .setParameter(1, ticketId)
                .setParameter(2, UtcColumns.value(through))
                .setParameter(3, UtcColumns.value(now))
                .setParameter(4, by)
                .executeUpdate();
    }

    private static Optional<Waiting> waiting(Object[] row, Instant now) {
        long id = ((Number) row[0]).longValue();
        TicketStatus status = (TicketStatus) row[1];
        Instant resolvedAt = status.isDone() ? (Instant) row[2] : null;
        Instant replyAt = (Instant) row[3];
        Long replyId = row[4] == null ? null : ((Number) row[4]).longValue();
        Instant toldThrough = (Instant) row[5];
        Instant since = now.minus(ANNOUNCED_FOR);
        boolean resolved = isNew(resolvedAt, toldThrough, since);
        boolean replied = isNew(replyAt, toldThrough, since);
        if (!resolved && !replied) {
            return Optional.empty();
        }
        Kind kind = resolved ? Kind.RESOLVED : status == TicketStatus.PENDING_CITIZEN ? Kind.QUESTION : Kind.REPLY;
        Instant changedAt =
                resolvedAt == null || (replyAt != null && replyAt.isAfter(resolvedAt)) ? replyAt : resolvedAt;
        return Optional.of(new Waiting(id, TicketNumber.forSequence(id).digits(), status, kind, changedAt, replyId));
    }

    private static boolean isNew(Instant at, Instant toldThrough, Instant since) {
        return at != null && !at.isBefore(since) && (toldThrough == null || at.isAfter(toldThrough));
    }
}
