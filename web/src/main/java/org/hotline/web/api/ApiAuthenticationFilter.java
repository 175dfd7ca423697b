package org.hotline.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.hotline.security.SignInResult;
import org.hotline.web.security.SignInAttempt;

/**
 * Every API call but those under {@code /public/} needs a signed-in caller: one without valid credentials gets 401
 * with the Basic and Bearer challenges and a problem document, before any resource runs. A try that the sign-in
 * throttle refused, before any password was checked, gets 429 {@code sign-in-throttled} with {@code Retry-After};
 * whether the account exists changes neither answer. Credentials that could not be checked, the database being out of
 * reach, get 503 {@code database-unavailable} with {@code Retry-After}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("public/")) {
            return; // the public checks of secure documents, rate-limited by address instead
        }
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        if (SignInAttempt.wasDatabaseUnavailable(servletRequest)) {
            request.abortWith(ValidationMappers.databaseUnavailable(null));
            return;
        }
        SignInResult attempt = SignInAttempt.of(servletRequest);
        if (attempt != null && attempt.isThrottled()) {
            Response throttled = Problem.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "sign-in-throttled",
                            "Too many failed sign-ins from this address or for this account: try again after "
                                    + attempt.retryAfterSeconds() + " seconds.")
                    .toResponse();
            request.abortWith(Response.fromResponse(throttled)
                    .header("Retry-After", attempt.retryAfterSeconds())
                    .build());
            return;
        }
        Response unauthorized = Problem.of(
                        Response.Status.UNAUTHORIZED,
                        "unauthorized",
                        "Sign in with an API token (Authorization: Bearer) or with HTTP Basic: the username and password of"
                                + " a staff or integration account.")
                .toResponse();
        request.abortWith(Response.fromResponse(unauthorized)
                .header("WWW-Authenticate", "Bearer realm=\"Hotline 5599 API\"")
                .header("WWW-Authenticate", "Basic realm=\"Hotline 5599 API\", charset=\"UTF-8\"")
                .build());
    }
}
