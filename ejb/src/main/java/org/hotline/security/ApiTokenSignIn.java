package org.hotline.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hotline.audit.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Signs an integration in with its API token. Open to everyone, since nobody is signed in yet. A refused token is
 * audited (which token when it exists, and the address), and counts against the address's sign-in budget
 * ({@link SignInThrottle#tokenRefused}), which also bounds how fast refusals can be written to the audit log.
 */
@Stateless
@PermitAll
public class ApiTokenSignIn {

    private static final Logger LOG = Logger.getLogger(ApiTokenSignIn.class);
    /** The last use is written at most this often, so that a busy integration does not write on every request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private SignInThrottle throttle;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private CheckedApiTokens checked;

    public SignInResult signIn(String token, String clientAddress) {
        String address = clientAddress == null ? "unknown" : clientAddress;
        Instant now = clock.instant();
        SignInThrottle.Verdict verdict = throttle.tryToken(address, now);
        if (!verdict.passed()) {
            return SignInResult.throttled(verdict.retryAfter());
        }
        if (!ApiTokenSecrets.looksLikeAToken(token)) {
            return refusedUnknown(address, now);
        }
        String hash = ApiTokenSecrets.hash(token);
        Optional<SignInResult> recent = checked.byHash().recent(hash, now);
        if (recent.isPresent()) {
            return recent.get();
        }
        long generation = checked.byHash().generation();
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return refusedUnknown(address, now);
        }
        ApiToken apiToken = found.get();
        String refusal = apiToken.refusalAt(now);
        if (refusal != null) {
            throttle.tokenRefused(address, now);
            LOG.infof(
                    "API token %s (%s) of %s refused: %s",
                    apiToken.getId(),
                    apiToken.getPrefix(),
                    apiToken.getAccount().getUsername(),
                    refusal);
            audit.record(
                    "anonymous",
                    "API_TOKEN_REFUSED",
                    "api_token",
                    String.valueOf(apiToken.getId()),
                    null,
                    refusal + ", from " + address);
            return SignInResult.refused();
        }
        if (apiToken.getLastUsedAt() == null
                || !now.isBefore(apiToken.getLastUsedAt().plus(LAST_USE_PRECISION))) {
            apiToken.usedAt(now);
        }
        SignInResult signedIn = SignInResult.signedIn(apiToken.getAccount());
        checked.byHash().keep(hash, signedIn, now, apiToken.getExpiresAt(), generation);
        return signedIn;
    }

    private SignInResult refusedUnknown(String address, Instant now) {
        throttle.tokenRefused(address, now);
        audit.record("anonymous", "API_TOKEN_REFUSED", "api_token", "unknown", null, "unknown token from " + address);
        return SignInResult.refused();
    }
}
