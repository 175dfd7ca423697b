package org.hotline.web.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Refuses a request that another site's page made with our user's session: a state-changing API call
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/}) that rides on the session cookie, and
 * every WebSocket upgrade under {@code /push/}. Such a request must come from the application's own origin: its
 * {@code Origin} header, or failing that its {@code Referer}, names the origin the request was sent to (its scheme and
 * Host) or one of {@code HOTLINE_PUBLIC_ORIGIN} (behind a proxy that changes the Host or ends TLS). Anything else,
 * a missing or opaque ({@code null}) origin included, is answered 403 with the problem {@code cross-origin-refused}
 * before the request reaches a resource or an endpoint, so nothing is written and no socket is opened.
 *
 * <p>The session cookie is already {@code SameSite=Strict}; this check does not depend on the browser honouring it,
 * and it covers what SameSite does not: a sibling site under the same registrable domain. A call that carries its own
 * {@code Authorization} header is not checked: a browser never adds one to a request another site starts, and
 * integrations send no Origin. Reads ({@code GET}) change nothing and are left alone, except the WebSocket upgrade,
 * which is a GET that opens a channel of the user's pushes. Faces forms are not under these paths: their view state
 * token already ties a post to a page this server rendered.
 *
 * <p>Declared in web.xml, so it runs before Undertow's WebSocket filter, which the container adds after the
 * application's own filters.
 */
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    private WebSettings settings;

    private List<SiteOrigin> publicOrigins = List.of();

    @Override
    public void init() {
        publicOrigins = settings.publicOrigins();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (mustComeFromThisSite(request) && !isFromThisSite(request)) {
            LOG.infof(
                    "refused a %s %s from origin %s (referer %s)",
                    request.getMethod(),
                    request.getRequestURI(),
                    printable(request.getHeader("Origin")),
                    printable(request.getHeader("Referer")));
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A WebSocket upgrade, or a state-changing call authenticated by the session cookie alone. */
    static boolean mustComeFromThisSite(HttpServletRequest request) {
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            return true;
        }
        return STATE_CHANGING.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT))
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null
                && request.isRequestedSessionIdFromCookie();
    }

    private boolean isFromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        Optional<SiteOrigin> claimed =
                origin != null ? SiteOrigin.parse(origin) : SiteOrigin.parse(request.getHeader("Referer"));
        if (claimed.isEmpty()) {
            return false;
        }
        SiteOrigin own = SiteOrigin.of(request.getScheme(), request.getServerName(), request.getServerPort());
        return claimed.get().equals(own) || publicOrigins.contains(claimed.get());
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        byte[] problem = Json.createObjectBuilder()
                .add("type", "urn:hotline:problem:cross-origin-refused")
                .add("title", "Forbidden")
                .add("status", HttpServletResponse.SC_FORBIDDEN)
                .add(
                        "detail",
                        "This request must come from the application's own pages: its Origin (or Referer) "
                                + "names another site, or none.")
                .add("errors", Json.createArrayBuilder())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        // setStatus, not sendError: the container's 403 error page (shown as not found) is for pages, not for this.
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }

    /** A header value as a log line may hold it: short, and without line breaks that could forge log lines. */
    private static String printable(String value) {
        if (value == null) {
            return "none";
        }
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
