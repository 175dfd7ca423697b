package org.hotline.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sits at which phone: the telephony module finds the agent a PBX event names by the phone's interface, and the
 * phone of the agent who signed in; and who the PBX's queue members are ({@link AgentNames}). Internal: called by the
 * container's telephony threads and by boundaries that already checked their caller's role, hence {@code @PermitAll};
 * it reveals no more than a name.
 */
@Stateless
@PermitAll
public class PhoneDirectory {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    /** The enabled account whose phone this is. */
    public Optional<PhoneUser> atPhone(String phoneInterface) {
        return accounts.byPhoneInterface(phoneInterface)
                .filter(UserAccount::isEnabled)
                .map(PhoneUser::of);
    }

    /**
     * Who answers a call the PBX says this member answered on this phone, now: the person an administrator gave the
     * member's name (or its interface), as the live view and the reports name them, else the enabled account whose
     * phone it is.
     */
    public Optional<String> answering(String member, String phoneInterface) {
        for (String name : new String[] {member, phoneInterface}) {
            if (name == null) {
                continue;
            }
            List<?> given = em.createNativeQuery(
                            "select pu.username from " + AgentNames.MEMBERS + " where pm.member = ?1")
                    .setParameter(1, PbxMemberName.folded(name))
                    .getResultList();
            if (!given.isEmpty()) {
                return Optional.of((String) given.get(0));
            }
        }
        return phoneInterface == null
                ? Optional.empty()
                : atPhone(phoneInterface).map(PhoneUser::username);
    }

    /** The account's phone, when it has one. */
    public Optional<PhoneUser> phoneOf(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(account -> account.getPhoneInterface() != null)
                .findFirst()
                .map(PhoneUser::of);
    }

    /**
     * Who the PBX's queue members are, as administrators mapped them now: a snapshot for the live picture, the screen
     * pop and whatever else shows agents from memory. One query over a table of a few rows per agent.
     */
    public AgentNames agentNames() {
        List<?> rows = em.createNativeQuery(
                        "select pm.member, pu.username, " + AgentNames.PERSON_NAME + " from " + AgentNames.MEMBERS)
                .getResultList();
        Map<String, AgentNames.Person> people = new HashMap<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            people.put((String) values[0], new AgentNames.Person((String) values[1], (String) values[2]));
        }
        return new AgentNames(people);
    }

    /** An agent and the phone the PBX knows them by. */
    public record PhoneUser(String username, String displayName, String phoneInterface) {

        static PhoneUser of(UserAccount account) {
            return new PhoneUser(account.getUsername(), account.getDisplayName(), account.getPhoneInterface());
        }
    }
}
