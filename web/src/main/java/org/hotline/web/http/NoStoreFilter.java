package org.hotline.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code Cache-Control: no-store} on the pages that show a secret (a complaint's PIN on its receipt, a complaint being
 * followed up) or hold a form that creates something: neither the browser's cache nor its back-forward cache keeps
 * them, so Back or the next person at a shared computer gets a fresh, empty page rather than the receipt or the form
 * as it was sent. Mapped in web.xml.
 */
public class NoStoreFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
