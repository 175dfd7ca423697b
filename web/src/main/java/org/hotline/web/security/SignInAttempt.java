package org.hotline.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.hotline.security.SignInResult;

/**
 * Carries the outcome of this request's sign-in attempt from the identity store, which can only answer valid or
 * invalid, to the sign-in page, which tells a wrong password from a locked account.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult result() {
        return result;
    }
}
