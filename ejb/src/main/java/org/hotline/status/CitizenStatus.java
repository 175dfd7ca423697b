package org.hotline.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.ticket.TicketStatus;

/**
 * What a citizen is told of a ticket with its number and their phone number. {@code REFUSED} never says whether the
 * number exists, is a complaint about staff, or only the phone is wrong; {@code WAIT} says to try again after
 * {@code retryAfter} (too many wrong tries for the number or from this client), answered before anything is
 * compared. {@code grant} shows the same ticket again for a while without typing the phone (the page's redirect after
 * the form, a language switch). {@code waiting} is what was waiting for the citizen on the ticket when the page showed
 * it (null when nothing: see {@link CitizenNotices}).
 */
public record CitizenStatus(
        Outcome outcome,
        String number,
        TicketStatus status,
        Instant openedAt,
        Instant updatedAt,
        Instant resolvedAt,
        List<PublicReply> replies,
        String grant,
        Duration retryAfter,
        CitizenNotices.Kind waiting) {

    /** Shown, refused (number or phone), or to be tried again later. */
    public enum Outcome {
        SHOWN,
        REFUSED,
        WAIT
    }

    /** Whole seconds to wait, rounded up, as a Retry-After header or a message says them (at least 1 when waiting). */
    public long waitSeconds() {
        if (retryAfter == null || retryAfter.isZero() || retryAfter.isNegative()) {
            return 0;
        }
        return retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    }

    static CitizenStatus refused(Duration nextWait) {
        return new CitizenStatus(Outcome.REFUSED, null, null, null, null, null, List.of(), null, nextWait, null);
    }

    static CitizenStatus waitFor(Duration wait) {
        return new CitizenStatus(Outcome.WAIT, null, null, null, null, null, List.of(), null, wait, null);
    }
}
