package org.hotline.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call but those under {@code /public/} needs a signed-in caller: one without valid HTTP Basic credentials
 * gets 401 with the Basic challenge and a problem document, before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("public/")) {
            return; // the public checks of secure documents, rate-limited by address instead
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            Response unauthorized = Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                    "Sign in with HTTP Basic: the username and password of a staff or integration account.")
                    .toResponse();
            request.abortWith(Response.fromResponse(unauthorized)
                    .header("WWW-Authenticate", "Basic realm=\"Hotline 5599 API\", charset=\"UTF-8\"").build());
        }
    }
}
