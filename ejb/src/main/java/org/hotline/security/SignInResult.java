package org.hotline.security;

import java.time.Instant;
import java.util.Set;

/**
 * What became of one sign-in attempt. A refusal does not say whether the username exists; a lock does say until when,
 * so that a colleague who is locked out knows to wait or to call an administrator.
 */
public record SignInResult(Outcome outcome, String username, String displayName, Set<Role> roles, Instant lockedUntil) {

    public enum Outcome {
        SIGNED_IN, REFUSED, LOCKED
    }

    static SignInResult signedIn(UserAccount account) {
        return new SignInResult(Outcome.SIGNED_IN, account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles()), null);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, Set.of(), until);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
