package org.hotline.ticket;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;

/**
 * Bulk changes of tickets ticked on the list: give them to an agent, move them to a team, move them along the
 * workflow.
 *
 * <p>The batch is checked whole before anything changes: every number names a ticket ({@link TicketNotFound}
 * otherwise), the agent is an enabled agent and the team exists ({@link UnknownReference}); one mistake and nothing
 * changes. Then each ticket is changed alone, in a transaction of its own, through the ticket desk's own single-ticket
 * boundary ({@link TicketDesk#update}, {@link TicketDesk#moveTo}), so each gets the same rules, timeline entries, index
 * update and events as a change made on its page. A ticket a rule refuses (a complaint, which only officers handle; a
 * move its status does not allow; a colleague's change at the same moment) is left as it was and reported with why;
 * the others are changed.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketBulk {

    /** The most tickets one bulk change takes: a list page and more. */
    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private TicketDesk desk;

    @EJB
    private TicketChoices choices;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkOutcome changeAll(
            @NotNull @Size(min = 1, max = LIMIT) List<@NotNull TicketNumber> numbers,
            @NotNull @Valid BulkChange change) {
        TicketBulk self = session.getBusinessObject(TicketBulk.class);
        List<TicketNumber> distinct = List.copyOf(new LinkedHashSet<>(numbers));
        self.check(distinct, change);
        List<String> changed = new ArrayList<>();
        List<BulkOutcome.Refused> refused = new ArrayList<>();
        for (TicketNumber number : distinct) {
            try {
                self.changeOne(number, change);
                changed.add(number.digits());
            } catch (InvalidTransition invalid) {
                refused.add(new BulkOutcome.Refused(
                        number.digits(), BulkOutcome.Reason.INVALID_TRANSITION, invalid.from(), invalid.messageKey()));
            } catch (ComplaintIsConfidential complaint) {
                refused.add(new BulkOutcome.Refused(
                        number.digits(), BulkOutcome.Reason.CONFIDENTIAL, null, complaint.messageKey()));
            } catch (ConcurrentModification meanwhile) {
                refused.add(new BulkOutcome.Refused(
                        number.digits(), BulkOutcome.Reason.CHANGED_MEANWHILE, null, meanwhile.messageKey()));
            } catch (BusinessException other) {
                refused.add(
                        new BulkOutcome.Refused(number.digits(), BulkOutcome.Reason.REFUSED, null, other.messageKey()));
            }
        }
        return new BulkOutcome(changed, refused);
    }

    /** The whole batch's references, in one reading transaction, before anything changes. */
    public void check(@NotNull List<@NotNull TicketNumber> numbers, @NotNull BulkChange change) {
        for (TicketNumber number : numbers) {
            if (em.find(Ticket.class, number.sequence()) == null) {
                throw new TicketNotFound(number);
            }
        }
        if (change.assignee() != null
                && choices.agents().stream().noneMatch(agent -> agent.username().equals(change.assignee()))) {
            throw new UnknownReference("assignee", change.assignee());
        }
        if (change.team() != null
                && choices.teams().stream().noneMatch(team -> team.code().equals(change.team()))) {
            throw new UnknownReference("teamCode", change.team());
        }
    }

    /**
     * One ticket's share of the change, all or nothing: the assignment and the move in one transaction, each through
     * the desk's single-ticket boundary, against the version read here.
     */
    public void changeOne(@NotNull TicketNumber number, @NotNull BulkChange change) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (ticket == null) {
            throw new TicketNotFound(number);
        }
        long version = ticket.getVersion();
        if (change.assigns()) {
            version = desk.update(
                            number,
                            version,
                            new TicketChanges(null, null, null, null, change.team(), change.assignee()))
                    .version();
        }
        if (change.status() != null) {
            desk.moveTo(number, version, change.status(), change.reason());
        }
    }
}
