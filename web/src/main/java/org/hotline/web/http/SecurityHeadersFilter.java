package org.hotline.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives every response a Content-Security-Policy. Faces pages get PrimeFaces' own (its CSP mode, configured in
 * web.xml: scripts only from this site or with the page's nonce); everything else (the API's JSON, downloads, static
 * resources, redirects, a servlet's answer) gets {@link #STRICT}, which allows nothing at all, so a response that a
 * browser is tricked into rendering as a page can run no script, load nothing and sit in no frame.
 *
 * <p>The strict policy is set first, and a policy that the page sets afterwards replaces it rather than joining it: a
 * browser enforces every policy it is given, and the strict one beside PrimeFaces' would block the page's own
 * scripts. The filter runs on requests, forwards and error dispatches, so an error page rendered by Faces for an API
 * or servlet path ends up with the page's policy, not the strict one.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Content-Security-Policy";

    /** For responses that are not pages: no source of any kind, no frame around them, no form or base to abuse. */
    static final String STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, STRICT);
        if (request.getHeader("Upgrade") != null) {
            // a WebSocket handshake: no page will set a policy, and Undertow's upgrade wants its own response object
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new PolicyReplacing(response));
    }

    /** Turns a later addHeader of the policy (PrimeFaces adds its own) into a replacement of ours. */
    private static final class PolicyReplacing extends HttpServletResponseWrapper {

        PolicyReplacing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
