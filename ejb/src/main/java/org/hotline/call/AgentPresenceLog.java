package org.hotline.call;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Keeps the agents' presence on the PBX (see {@link AgentPresence}), for the agent report: one row per change. Each
 * row carries its own moment, so rows written out of order still tell the history right.
 *
 * <p>Called only by the telephony module's live picture, on container threads that carry no user; no page or API
 * reaches it, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class AgentPresenceLog {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public void record(@NotNull List<AgentPresence> changes) {
        for (AgentPresence change : changes) {
            em.createNativeQuery("insert into agent_presence (phone_interface, agent, at, state, pause_reason)"
                    + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, change.phoneInterface())
                    .setParameter(2, truncated(change.agent(), 80)).setParameter(3, change.at())
                    .setParameter(4, change.state().name()).setParameter(5, truncated(change.pauseReason(), 40))
                    .executeUpdate();
        }
    }

    private static String truncated(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
