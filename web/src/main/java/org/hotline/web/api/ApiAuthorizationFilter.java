package org.hotline.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The role check of every API operation, before anything of the request is read: the resource method's
 * {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} (else its class's) decides. It runs after the
 * matching and before the body is read and validated, so a caller without the role learns 403 and nothing about what
 * a valid request would look like (a 400 naming fields would tell them). A method that declares nothing is refused:
 * forgetting a declaration must close an operation, not open it. The boundaries' own {@code @RolesAllowed} still
 * check again behind this.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: JAX-RS answers 404 or 405 itself
        }
        Access access = access(method);
        if (access.permitted()) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            request.abortWith(Problem.of(
                            Response.Status.UNAUTHORIZED,
                            "unauthorized",
                            "Sign in with HTTP Basic: the username and password of a staff or integration account.")
                    .toResponse());
            return;
        }
        if (!Arrays.stream(access.roles()).anyMatch(caller::isUserInRole)) {
            request.abortWith(
                    Problem.of(Response.Status.FORBIDDEN, "forbidden", "Your account's roles do not allow this.")
                            .toResponse());
        }
    }

    /** What a resource method allows: everyone signed in (or, under /public/, anyone), some roles, or nobody. */
    record Access(boolean declared, boolean permitted, String[] roles) {}

    /** The method's own declaration wins over its class's; none at all allows nobody. */
    static Access access(Method method) {
        Access own = declared(method);
        return own.declared() ? own : declared(method.getDeclaringClass());
    }

    private static Access declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new Access(true, false, new String[0]);
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new Access(true, true, new String[0]);
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return new Access(true, false, roles.value());
        }
        return new Access(false, false, new String[0]);
    }
}
