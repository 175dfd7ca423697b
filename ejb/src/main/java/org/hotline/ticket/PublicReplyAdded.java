package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

/**
 * An agent's public reply on a ticket was saved: what the citizen will read on the status page and may hear from the
 * IVR. Observers act after the commit only. {@code language} is the citizen's preferred language (ar, en, ku), or
 * null when the ticket has no citizen.
 */
public record PublicReplyAdded(String number, long commentId, String language, String body) {

    public PublicReplyAdded {
        requireNonNull(number, "number is required");
        requireNonNull(body, "body is required");
    }

    /** The ticket's latest public comment, just saved (and flushed, so it has its id). */
    static PublicReplyAdded latestOf(Ticket ticket) {
        TicketComment reply = ticket.getComments().stream()
                .filter(comment -> !comment.isInternal())
                .reduce((earlier, later) -> later)
                .orElseThrow();
        return new PublicReplyAdded(
                ticket.number().digits(),
                reply.getId(),
                ticket.getCitizen() == null ? null : ticket.getCitizen().getPreferredLanguage(),
                reply.getBody());
    }
}
