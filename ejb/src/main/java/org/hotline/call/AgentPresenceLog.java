package org.hotline.call;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, change.phoneInterface())
                    .setParameter(2, truncated(change.agent(), 80))
                    .setParameter(3, change.at())
                    .setParameter(4, change.state().name())
                    .setParameter(5, truncated(change.pauseReason(), 40))
                    .executeUpdate();
        }
    }

    /**
     * After the PBX's full picture (a resync): every phone whose last kept row says otherwise gets a row of how it
     * stands at {@code at}: a phone in the picture as it stands, a phone kept as signed in that the picture no longer
     * has as signed out. Only rows up to {@code at} are compared: later ones are newer than the picture.
     */
    public void reconcile(@NotNull List<AgentPresence> picture, @NotNull Instant at) {
        Map<String, AgentPresence> kept = new HashMap<>();
        List<?> rows = em.createNativeQuery("select a.phone_interface, a.agent, a.state, a.pause_reason from "
                        + lastRowOfEachPhone("<= ?1") + " order by a.id")
                .setParameter(1, at)
                .getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            kept.put(
                    (String) values[0],
                    new AgentPresence(
                            (String) values[0],
                            (String) values[1],
                            at,
                            AgentPresence.State.valueOf((String) values[2]),
                            (String) values[3]));
        }
        List<AgentPresence> changes = new ArrayList<>();
        Map<String, AgentPresence> now = new HashMap<>();
        picture.forEach(phone -> now.put(phone.phoneInterface(), phone));
        now.values().stream()
                .filter(phone -> phone.differsFrom(kept.get(phone.phoneInterface())))
                .forEach(changes::add);
        kept.values().stream()
                .filter(phone ->
                        !now.containsKey(phone.phoneInterface()) && phone.state() != AgentPresence.State.SIGNED_OUT)
                .forEach(phone -> changes.add(new AgentPresence(
                        phone.phoneInterface(), phone.agent(), at, AgentPresence.State.SIGNED_OUT, null)));
        record(changes);
    }

    /**
     * The rows that say how each phone stood at a moment, as {@code agent_presence a}: each phone's last row whose
     * {@code at} meets {@code bound} (an SQL comparison with the moment, such as {@code "< :start"}), found per phone
     * through the {@code (phone_interface, at)} index without reading the rest of the history.
     */
    public static String lastRowOfEachPhone(String bound) {
        return "agent_presence a join (select b.phone_interface, max(b.at) at from agent_presence b where b.at " + bound
                + " group by b.phone_interface) l on l.phone_interface = a.phone_interface and l.at = a.at";
    }

    private static String truncated(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
