package org.hotline.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.hotline.metrics.Metrics;
import org.hotline.web.http.RequestMetricsFilter;

/**
 * Names the API request for the request metrics by the resource that matched it ({@code TicketsResource} is
 * {@code tickets}): a closed set, unlike the paths, which carry ticket numbers. And counts every problem document the
 * API answers with, by its type ({@code urn:hotline:problem:ticket-not-found} is {@code ticket-not-found}) and status,
 * whichever mapper or filter made it. It names the request before the sign-in's filter may refuse it, so a 401 is
 * counted against the resource that was asked for.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROBLEM_PREFIX = "urn:hotline:problem:";

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest servletRequest;

    private volatile Metrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> matched = resource.getResourceClass();
        if (matched != null) {
            servletRequest.setAttribute(RequestMetricsFilter.AREA, area(matched));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            String type = problem.type();
            metrics()
                    .problem(
                            type != null && type.startsWith(PROBLEM_PREFIX)
                                    ? type.substring(PROBLEM_PREFIX.length())
                                    : "other",
                            problem.status());
        }
    }

    /**
     * The counters, looked up once: JAX-RS makes this filter, and the archive's CDI beans are only the annotated
     * ones, so the filter asks CDI itself rather than rely on injection into a provider.
     */
    private Metrics metrics() {
        Metrics known = metrics;
        if (known == null) {
            known = CDI.current().select(Metrics.class).get();
            metrics = known;
        }
        return known;
    }

    static String area(Class<?> resourceClass) {
        String name = resourceClass.getSimpleName().replaceFirst("Resource$", "");
        StringBuilder area = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                area.append('-');
            }
            area.append(Character.toLowerCase(c));
        }
        return area.toString().toLowerCase(Locale.ROOT);
    }
}
