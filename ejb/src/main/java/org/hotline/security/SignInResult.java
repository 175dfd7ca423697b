package org.hotline.security;

import java.time.Duration;
import java.util.Set;
import org.hotline.common.Role;

/**
 * What became of one sign-in attempt. A refusal does not say whether the username exists; a throttled try says how
 * long to wait, which depends only on the failures from this address and for this name as typed, never on whether
 * such an account exists.
 */
public record SignInResult(Outcome outcome, String username, String displayName, Set<Role> roles, Duration retryAfter) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        THROTTLED
    }

    static SignInResult signedIn(UserAccount account) {
        return new SignInResult(
                Outcome.SIGNED_IN,
                account.getUsername(),
                account.getDisplayName(),
                Set.copyOf(account.getRoles()),
                Duration.ZERO);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null, Set.of(), Duration.ZERO);
    }

    public static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(Outcome.THROTTLED, null, null, Set.of(), retryAfter);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }

    public boolean isThrottled() {
        return outcome == Outcome.THROTTLED;
    }

    /** The wait in whole seconds, rounded up, as a Retry-After header gives it. */
    public long retryAfterSeconds() {
        return retryAfter.plusNanos(999_999_999).toSeconds();
    }
}
