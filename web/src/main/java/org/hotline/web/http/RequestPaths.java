package org.hotline.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Paths inside this application, as the user sees them in the address bar. */
public final class RequestPaths {

    private RequestPaths() {}

    /**
     * The path and query the user asked for, without the context path. On a page reached by a forward (the sign-in
     * page shown for a protected page, an error page) it is the original request's, not the forwarded one's.
     */
    public static String original(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedFrom != null ? forwardedFrom.toString() : request.getRequestURI();
        String query = forwardedFrom != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String path = uri.substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }

    /** True when the request was forwarded here from another path. */
    public static boolean isForwarded(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
    }

    /**
     * The path itself when it stays inside this application, else "/". Anything that a browser could read as another
     * site ("//host", "/\host", a scheme) or that could split a header is refused, so a link cannot be used to send
     * people elsewhere.
     */
    public static String safeLocal(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return path;
    }
}
