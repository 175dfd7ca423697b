package org.hotline.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.hotline.pbx.Subscriber.Push;
import org.hotline.ticket.TicketAssigned;

/**
 * Tells an agent's open pages that a ticket was given to them, once the assignment is committed: a push of type
 * {@code assigned} with the ticket's number and who assigned it, to that agent's sessions only, on whichever node of a
 * cluster they are. An agent with no page open finds the ticket among their own on their home.
 */
@ApplicationScoped
public class AssignmentNotices {

    @Inject
    private PushHub hub;

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketAssigned assigned) {
        hub.toAgentOnEveryNode(assigned.assignee(), new Push("assigned", assigned));
    }
}
