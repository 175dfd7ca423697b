package org.hotline.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hotline.common.Role;

/**
 * Whom and which team a ticket can be given to, for the pickers of the ticket pages and the checks of a bulk change:
 * the enabled accounts that hold the agent role, and the teams.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketChoices {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** Every enabled agent, by the name they are shown by. */
    public List<AgentChoice> agents() {
        return em.createQuery(
                        "select new org.hotline.ticket.AgentChoice(u.username, u.displayName)"
                                + " from UserAccount u where u.enabled = true and :agent member of u.roles"
                                + " order by u.displayName, u.username",
                        AgentChoice.class)
                .setParameter("agent", Role.AGENT)
                .getResultList();
    }

    /** Every team, by code. */
    public List<TeamChoice> teams() {
        return em.createQuery(
                        "select new org.hotline.ticket.TeamChoice(t.code, t.nameAr, t.nameEn) from Team t"
                                + " order by t.code",
                        TeamChoice.class)
                .getResultList();
    }
}
