package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.hotline.ticket.AgentChoice;
import org.hotline.ticket.TeamChoice;
import org.hotline.ticket.TicketChoices;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The pickers for a ticket's assignee and team: agents shown by their names and kept by username, teams shown by
 * their names in the reader's language (Arabic for Kurdish readers: teams have Arabic and English names) and kept by
 * code. Read once per request.
 */
@Named
@RequestScoped
public class AssigneeChoices {

    @EJB
    private TicketChoices choices;

    @Inject
    private LocaleBacking locale;

    private List<AgentChoice> agents;
    private List<TeamChoice> teams;

    public List<AgentChoice> getAgents() {
        if (agents == null) {
            agents = choices.agents();
        }
        return agents;
    }

    public List<TeamChoice> getTeams() {
        if (teams == null) {
            teams = choices.teams();
        }
        return teams;
    }

    /** The agent's name for a username; the username itself for an account that is no longer an agent. */
    public String agentName(String username) {
        return username == null
                ? null
                : agent(username).map(AgentChoice::displayName).orElse(username);
    }

    /** The team's name in the reader's language for a code; the code itself when no team has it. */
    public String teamName(String code) {
        return code == null ? null : team(code).map(this::name).orElse(code);
    }

    public String name(TeamChoice team) {
        return team.name(locale.getLanguage().getCode());
    }

    /** True when the username is an enabled agent's: what a picker may post. */
    public boolean isAgent(String username) {
        return agent(username).isPresent();
    }

    public boolean isTeam(String code) {
        return team(code).isPresent();
    }

    private Optional<AgentChoice> agent(String username) {
        return getAgents().stream()
                .filter(agent -> agent.username().equals(username))
                .findFirst();
    }

    private Optional<TeamChoice> team(String code) {
        return getTeams().stream().filter(team -> team.code().equals(code)).findFirst();
    }
}
