package org.hotline.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hotline.audit.AuditTrail;
import org.hotline.common.InvalidInput;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;
import org.jboss.logging.Logger;

/**
 * Administrators make personal API tokens for integrations, list them and revoke them; each change is audited in the
 * same transaction. The token is returned once, by {@link #create}, and never stored: only its SHA-256 is.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private Event<SignInRightsChanged> rightsChanged;

    /** The longest a token may live: long enough for any integration, and never past what a date column holds. */
    static final Duration LONGEST = Duration.ofDays(36_525);

    public IssuedApiToken create(@NotNull @Valid NewApiToken wanted) {
        String username = wanted.username().strip().toLowerCase(Locale.ROOT);
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownReference("username", username));
        Instant now = clock.instant();
        if (wanted.expiresAt() != null && wanted.expiresAt().isAfter(now.plus(LONGEST))) {
            throw new InvalidInput("expiresAt", "at most 100 years ahead");
        }
        String token = ApiTokenSecrets.newToken();
        String admin = session.getCallerPrincipal().getName();
        ApiToken made = new ApiToken(
                account,
                wanted.name(),
                ApiTokenSecrets.hash(token),
                token.substring(0, ApiTokenSecrets.SHOWN_PREFIX),
                now,
                admin,
                wanted.expiresAt());
        em.persist(made);
        em.flush();
        LOG.infof("API token %s (%s) made for %s by %s", made.getId(), made.getPrefix(), username, admin);
        audit.record(
                admin,
                "API_TOKEN_CREATED",
                "api_token",
                String.valueOf(made.getId()),
                null,
                "for " + username + ", " + made.getPrefix() + "…, \"" + made.getName() + "\", expires "
                        + (made.getExpiresAt() == null ? "never" : made.getExpiresAt()));
        return new IssuedApiToken(ApiTokenSummary.of(made, now), token);
    }

    public List<ApiTokenSummary> list() {
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class)
                .getResultStream()
                .map(token -> ApiTokenSummary.of(token, now))
                .toList();
    }

    /** Stops the token at once: its next request is answered 401. */
    public ApiTokenSummary revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new ApiTokenNotFound(id);
        }
        Instant now = clock.instant();
        String admin = session.getCallerPrincipal().getName();
        token.revoke(admin, now);
        rightsChanged.fire(new SignInRightsChanged(token.getAccount().getUsername()));
        audit.record(
                admin,
                "API_TOKEN_REVOKED",
                "api_token",
                String.valueOf(id),
                null,
                "of " + token.getAccount().getUsername() + ", " + token.getPrefix() + "…");
        return ApiTokenSummary.of(token, now);
    }
}
