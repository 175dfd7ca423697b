package org.hotline.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a username and password. Open to everyone, since nobody is signed in yet.
 *
 * <p>In this order: the {@link SignInThrottle} first, so that a try that comes too soon costs no hashing and no
 * database; then the account; then the password, or for an unknown username a decoy hash of the same cost, so that
 * unknown and wrong take the same time and get the same answer. A password verified in the last few minutes
 * ({@link RecentSignIns}) is not hashed again. Nothing is written on a failure: there is no lock to set, and so nothing
 * a stranger's failures can do to the account beyond the throttle's bounded wait.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);
    /** Verified when the username is unknown, so that the answer takes as long as for a real account. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy password that matches nothing");
    /** The last sign-in time is written at most this often for an integration signing in on every request. */
    private static final Duration LAST_SIGN_IN_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private RecentSignIns recent;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    private Clock clock;

    /**
     * @param clientAddress where the try comes from, as the web tier resolved it (the peer, or the client a trusted
     *        proxy names)
     */
    public SignInResult signIn(String username, String password, String clientAddress) {
        if (username == null || password == null || username.isBlank()) {
            return SignInResult.refused();
        }
        String address = clientAddress == null ? "unknown" : clientAddress;
        Instant now = clock.instant();
        SignInThrottle.Verdict verdict = throttle.tryPassword(address, username, now);
        if (!verdict.passed()) {
            LOG.debugf(
                    "Sign-in as %s from %s throttled for %s",
                    SignInThrottle.account(username), address, verdict.retryAfter());
            return SignInResult.throttled(verdict.retryAfter());
        }
        try {
            return check(username, password, address, now);
        } catch (PersistenceException unjudged) {
            throttle.unjudged(address, username, now); // the database out of reach: no verdict, no charge
            throw unjudged;
        }
    }

    private SignInResult check(String username, String password, String address, Instant now) {
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", SignInThrottle.account(username))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            hasher.verify(password, DECOY_HASH);
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        boolean remembered = recent.remembers(account.getUsername(), password, account.getPasswordHash(), now);
        if (!remembered && !hasher.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            LOG.infof("Sign-in as %s from %s refused", account.getUsername(), address);
            return SignInResult.refused();
        }
        throttle.succeeded(address, username, now);
        if (!remembered && hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        recent.remember(account.getUsername(), password, account.getPasswordHash(), now);
        if (account.getLastSignInAt() == null
                || !now.isBefore(account.getLastSignInAt().plus(LAST_SIGN_IN_PRECISION))) {
            // one statement, no version check: parallel sign-ins with one account must not fail each other
            em.createNamedQuery(UserAccount.RECORD_SIGN_IN)
                    .setParameter("now", now)
                    .setParameter("id", account.getId())
                    .setParameter("notSince", now.minus(LAST_SIGN_IN_PRECISION))
                    .executeUpdate();
        }
        return SignInResult.signedIn(account);
    }
}
