package org.hotline.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * An API call that brings its own credentials (Basic or a token) leaves no session behind. The session mechanism
 * ({@code @AutoApplySession}) would otherwise write the identity it has just proven into whatever session the request
 * carried, and a session id planted in the caller's cookie jar beforehand would then be signed in, for the API and the
 * pages alike. So the session is ended once the call has been answered (the call itself keeps its identity, which the
 * container holds for the request): a planted id, or one made for this call, is worth nothing afterwards. Calls made
 * with the page session's cookie and no credentials keep it.
 */
@WebFilter(filterName = "ApiSessionFilter", urlPatterns = "/api/*")
public class ApiSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean credentials = request.getHeader("Authorization") != null;
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = credentials ? request.getSession(false) : null;
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended during the call: nothing left to do
                }
            }
        }
    }
}
