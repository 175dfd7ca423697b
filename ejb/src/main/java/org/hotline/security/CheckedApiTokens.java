package org.hotline.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.hotline.common.RecentReads;

/**
 * The API tokens found valid in the last few seconds, by their hash, with whom they sign in: an integration sends its
 * token on every request, and checking it in the database each time (a transaction, a query, the account's roles) was
 * a tenth of a ticket's cost. Only tokens found valid are kept, so an unknown token is always looked up, refused,
 * audited and throttled, and the memory is bounded by the tokens that exist. A token revoked or an account disabled or
 * changed on this node stops being believed as soon as the change's transaction ends; on another node within {@link
 * #BELIEVED_FOR}; a token's own expiry is kept to the instant.
 */
@ApplicationScoped
public class CheckedApiTokens {

    static final Duration BELIEVED_FOR = Duration.ofSeconds(5);
    private static final int MOST = 10_000;

    private final RecentReads<String, SignInResult> checked = new RecentReads<>(BELIEVED_FOR, MOST);

    RecentReads<String, SignInResult> byHash() {
        return checked;
    }

    void signInRightsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) SignInRightsChanged change) {
        checked.forgetAll();
    }
}
