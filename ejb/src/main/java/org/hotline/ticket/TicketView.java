package org.hotline.ticket;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.SlaClock;
import org.hotline.catalog.LocalizedName;
import org.hotline.citizen.CitizenView;
import org.hotline.survey.SurveyAnswer;

/**
 * A ticket with everything its detail page and the API show. {@code slaState} is the resolution clock's (kept in the
 * database, what lists filter on); {@code firstResponseState} is the first-response clock's, as it stood when the
 * citizen first got an answer, or as it stands now. {@code allowedActions} are what the ticket desk would do to it
 * now ({@link Ticket#allowedActions()}), and {@code allowedTransitions} the workflow's targets when it may move: a
 * page offers those and nothing else.
 */
public record TicketView(
        String number,
        TicketType type,
        Channel channel,
        Priority priority,
        TicketStatus status,
        String subject,
        String description,
        CitizenView citizen,
        String eServiceCode,
        LocalizedName eServiceName,
        String institutionCode,
        String assignee,
        String team,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant firstRespondedAt,
        Instant resolvedAt,
        Instant resolutionDueAt,
        SlaClock.State slaState,
        SlaClock.State firstResponseState,
        long remainingMinutes,
        String mergedInto,
        Set<TicketAction> allowedActions,
        List<TicketStatus> allowedTransitions,
        List<Event> timeline,
        List<Comment> comments,
        List<AttachmentView> attachments,
        String callLinkedid,
        long version,
        SurveyAnswer survey)
        implements Serializable {

    /** One line of the timeline. */
    public record Event(
            Instant at, String actor, TicketEvent.Kind kind, TicketStatus from, TicketStatus to, String detail)
            implements Serializable {}

    /** True when the ticket desk would do this to the ticket now; for pages, which cannot call a set's methods. */
    public boolean allows(String action) {
        return allowedActions.contains(TicketAction.valueOf(action));
    }

    /** One comment. */
    public record Comment(Instant at, String author, String body, boolean internal) implements Serializable {}

    static TicketView of(Ticket ticket, List<AttachmentView> attachments, BusinessCalendar calendar, Instant now) {
        var service = ticket.getEService();
        SlaClock clock = ticket.resolutionClock();
        Set<TicketAction> allowed = ticket.allowedActions();
        long remaining = clock.remaining(calendar, ticket.getResolvedAt() != null ? ticket.getResolvedAt() : now)
                .toMinutes();
        return new TicketView(
                ticket.number().digits(),
                ticket.getType(),
                ticket.getChannel(),
                ticket.getPriority(),
                ticket.getStatus(),
                ticket.getSubject(),
                ticket.getDescription(),
                ticket.getCitizen() == null ? null : CitizenView.of(ticket.getCitizen()),
                service == null ? null : service.getCode(),
                service == null ? null : service.getName(),
                ticket.getInstitution() == null ? null : ticket.getInstitution().getCode(),
                ticket.getAssignee() == null ? null : ticket.getAssignee().getUsername(),
                ticket.getTeam() == null ? null : ticket.getTeam().getCode(),
                ticket.getCreatedAt(),
                ticket.getCreatedBy(),
                ticket.getUpdatedAt(),
                ticket.getFirstRespondedAt(),
                ticket.getResolvedAt(),
                ticket.getResolutionDueAt(),
                ticket.getSlaState(),
                ticket.firstResponseState(calendar, now),
                remaining,
                ticket.getMergedInto() == null
                        ? null
                        : ticket.getMergedInto().number().digits(),
                allowed,
                allowed.contains(TicketAction.MOVE)
                        ? ticket.getStatus().next().stream().sorted().toList()
                        : List.of(),
                ticket.getEvents().stream()
                        .map(e -> new Event(
                                e.getAt(),
                                e.getActor(),
                                e.getKind(),
                                e.getFromStatus(),
                                e.getToStatus(),
                                e.getDetail()))
                        .toList(),
                ticket.getComments().stream()
                        .map(c -> new Comment(c.getAt(), c.getAuthor(), c.getBody(), c.isInternal()))
                        .toList(),
                attachments,
                ticket.getCallLinkedid(),
                ticket.getVersion(),
                null);
    }

    /** This view with the survey of the call the ticket was opened from (its caller's rating). */
    TicketView withSurvey(SurveyAnswer answer) {
        return new TicketView(
                number,
                type,
                channel,
                priority,
                status,
                subject,
                description,
                citizen,
                eServiceCode,
                eServiceName,
                institutionCode,
                assignee,
                team,
                createdAt,
                createdBy,
                updatedAt,
                firstRespondedAt,
                resolvedAt,
                resolutionDueAt,
                slaState,
                firstResponseState,
                remainingMinutes,
                mergedInto,
                allowedActions,
                allowedTransitions,
                timeline,
                comments,
                attachments,
                callLinkedid,
                version,
                answer);
    }
}
