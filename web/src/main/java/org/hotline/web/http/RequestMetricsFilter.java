package org.hotline.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.hotline.metrics.Metrics;

/**
 * Counts every request and how long it took, by the kind of endpoint and its area, never by its path (paths carry
 * ticket numbers and would make a time series each): a page by its folder ({@code agent}, {@code desk}, ...; the
 * folders the application has, read once at start; pages at the root are {@code root}), an API request by the resource
 * that matched it ({@code ApiMetricsFilter}; {@code unmatched} when none did, such as a request refused before),
 * PrimeFaces' and the site's styles, scripts and images as {@code static}, the pushes' WebSockets as {@code push}.
 * What it adds to a request: one clock reading and two counter increments. Mapped first in web.xml.
 */
public class RequestMetricsFilter extends HttpFilter {

    /** The request attribute where the API names the resource that matched. */
    public static final String AREA = RequestMetricsFilter.class.getName() + ".area";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Metrics metrics;

    private transient Set<String> folders;

    @Override
    public void init() {
        Set<String> found = new HashSet<>();
        Set<String> top = getServletContext().getResourcePaths("/");
        if (top != null) {
            for (String path : top) {
                if (path.endsWith("/") && !path.startsWith("/WEB-INF") && !path.startsWith("/META-INF")) {
                    found.add(path.substring(1, path.length() - 1));
                }
            }
        }
        folders = Set.copyOf(found);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean async = false;
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
            if (request.isAsyncStarted()) {
                async = true;
                request.getAsyncContext().addListener(new Done(start));
            }
        } finally {
            if (!async) {
                // a failure that leaves the chain is answered 500 by the container, after this filter
                count(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), start);
            }
        }
    }

    private void count(HttpServletRequest request, int status, long start) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String kind;
        String area;
        if (path.startsWith("/api/")) {
            kind = "api";
            Object matched = request.getAttribute(AREA);
            area = matched instanceof String name ? name : "unmatched";
        } else if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            kind = "static";
            area = "resources";
        } else if (path.startsWith("/push/")) {
            kind = "push";
            area = "push";
        } else if (path.endsWith(".xhtml") || path.equals("/")) {
            kind = "page";
            area = pageArea(path);
        } else {
            kind = "other";
            area = "other";
        }
        metrics.request(kind, area, status, (System.nanoTime() - start) / 1e9);
    }

    private String pageArea(String path) {
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
            return "root";
        }
        String folder = path.substring(1, slash);
        return folders.contains(folder) ? folder : "other";
    }

    private final class Done implements AsyncListener {

        private final long start;

        Done(long start) {
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            count(
                    (HttpServletRequest) event.getSuppliedRequest(),
                    ((HttpServletResponse) event.getSuppliedResponse()).getStatus(),
                    start);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // still the same request
        }
    }
}
