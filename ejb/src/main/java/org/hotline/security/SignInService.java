package org.hotline.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a username and password and keeps the lockout record. Open to everyone, since nobody is signed in yet.
 *
 * <p>The account row is locked for the attempt, so concurrent attempts on one account are counted one after another
 * and none is lost. An unknown username costs the same hashing time as a known one, so timing does not tell which
 * usernames exist.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);
    /** Verified when the username is unknown, so that the answer takes as long as for a real account. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy password that matches nothing");

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();
    private final LockoutPolicy policy = LockoutPolicy.STANDARD;
    private final Clock clock = Clock.systemUTC();

    public SignInResult signIn(String username, String password) {
        if (username == null || password == null) {
            return SignInResult.refused();
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.verify(password, DECOY_HASH);
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            LOG.infof("Sign-in refused for locked account %s", account.getUsername());
            return SignInResult.locked(account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            account.recordFailedSignIn(policy, now);
            if (account.isLockedAt(now)) {
                LOG.warnf("Account %s locked until %s after %d failed sign-ins", account.getUsername(),
                        account.getLockedUntil(), account.getFailedSignIns());
                return SignInResult.locked(account.getLockedUntil());
            }
            return SignInResult.refused();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulSignIn(now);
        return SignInResult.signedIn(account);
    }
}
