package org.hotline.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.hotline.security.SignInResult;

/**
 * Carries the outcome of this request's sign-in attempt from the authentication mechanism, which can only tell the
 * container "signed in" or not, to those who answer the request: the sign-in page and, for a throttled API call, the
 * API's authentication filter (429 with Retry-After; 503 when the database could not be asked). A request attribute, since the mechanism runs before the
 * request's CDI scope is certain to be the page's.
 */
public final class SignInAttempt {

    private static final String ATTRIBUTE = SignInAttempt.class.getName();
    private static final String DATABASE_UNAVAILABLE = ATTRIBUTE + ".databaseUnavailable";

    private SignInAttempt() {}

    static void record(HttpServletRequest request, SignInResult result) {
        request.setAttribute(ATTRIBUTE, result);
    }

    /** The attempt could not be checked: the database was out of reach (see {@code DatabaseUnavailable}). */
    static void databaseUnavailable(HttpServletRequest request) {
        request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
    }

    /** Whether this request's credentials went unchecked because the database was out of reach. */
    public static boolean wasDatabaseUnavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(DATABASE_UNAVAILABLE));
    }

    /** This request's attempt, or null when it made none. */
    public static SignInResult of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof SignInResult result ? result : null;
    }
}
