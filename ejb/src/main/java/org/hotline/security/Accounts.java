package org.hotline.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline.common.Role;

/**
 * The one way an account comes into being, shared by the administrators' boundary and the first-administrator
 * bootstrap: the password policy is applied, the password hashed, and the username kept unique. Runs in its caller's
 * transaction.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    private Clock clock;

    UserAccount create(String username, String displayName, String password, Set<Role> roles) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(password, username);
        if (!violations.isEmpty()) {
            throw new PasswordRejected(violations);
        }
        if (byUsername(username).isPresent()) {
            throw new UsernameTaken(username);
        }
        UserAccount account = new UserAccount(username, displayName, hasher.hash(password), roles, clock.instant());
        em.persist(account);
        return account;
    }

    boolean anyoneHas(Role role) {
        return em.createNamedQuery(UserAccount.WITH_ROLE, Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    boolean anyEnabledHas(Role role) {
        return enabledWith(role) > 0;
    }

    long enabledWith(Role role) {
        return em.createNamedQuery(UserAccount.ENABLED_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    Optional<UserAccount> byPbxMember(PbxMemberName member) {
        return em.createNamedQuery(UserAccount.BY_PBX_MEMBER, UserAccount.class)
                .setParameter("member", member.value())
                .getResultStream()
                .findFirst();
    }

    Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    Optional<UserAccount> byPhoneInterface(String phoneInterface) {
        return phoneInterface == null
                ? Optional.empty()
                : em.createNamedQuery(UserAccount.BY_PHONE_INTERFACE, UserAccount.class)
                        .setParameter("phoneInterface", phoneInterface)
                        .getResultStream()
                        .findFirst();
    }
}
