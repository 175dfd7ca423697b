package org.hotline.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline.common.Role;

/**
 * The IVR's main menu, as administrators keep it. A change takes effect with the next call: the entry script reads
 * the menu for every call, so no redeploy and no restart.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class IvrMenu {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public List<MenuOption> options() {
        return IvrMenuOption.inOrder(em);
    }

    /**
     * Replaces the whole menu, in the order given. Refused, changing nothing, when a digit comes twice, when no key
     * leads to an agent (a caller must always be able to reach one), or when a queued topic names no queue.
     */
    public List<MenuOption> replace(@NotNull @NotEmpty List<@NotNull @Valid MenuOption> menu) {
        Set<String> digits = new HashSet<>();
        for (MenuOption option : menu) {
            if (!digits.add(option.digit())) {
                throw new MenuRejected("digit " + option.digit() + " twice");
            }
            if (option.topic() != IvrTopic.TICKET_STATUS && option.queue() == null) {
                throw new MenuRejected("topic " + option.topic() + " on " + option.digit() + " needs a queue");
            }
        }
        if (menu.stream().noneMatch(option -> option.topic() == IvrTopic.AGENT)) {
            throw new MenuRejected("no key leads to an agent");
        }
        em.createQuery("delete from IvrMenuOption").executeUpdate();
        for (int i = 0; i < menu.size(); i++) {
            MenuOption option = menu.get(i);
            em.persist(new IvrMenuOption(
                    option.digit(),
                    option.topic(),
                    option.topic() == IvrTopic.TICKET_STATUS ? null : option.queue(),
                    i + 1));
        }
        return menu;
    }
}
