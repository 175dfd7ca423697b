package org.hotline.web.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin (scheme, host and port, RFC 6454) as browsers send it in {@code Origin} and imply in {@code Referer}.
 * Two origins are the same when the three parts are: the scheme and host compared without case, a missing port read
 * as the scheme's default, so {@code https://hotline.example} and {@code https://HOTLINE.example:443} are one origin
 * and {@code http://hotline.example} is another.
 */
public record SiteOrigin(String scheme, String host, int port) {

    /** The variable naming the origin users reach the application at, when a proxy stands in front of it. */
    public static final String PUBLIC_ORIGIN_VARIABLE = "HOTLINE_PUBLIC_ORIGIN";

    public SiteOrigin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
    }

    /**
     * The origin of an {@code Origin} header or of a {@code Referer} URL; empty for anything else, the opaque origin
     * {@code null} (a sandboxed frame, a {@code data:} page, a redirect across sites) included.
     */
    public static Optional<SiteOrigin> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(scheme);
            return port < 0 ? Optional.empty() : Optional.of(new SiteOrigin(scheme, host, port));
        } catch (URISyntaxException notAnOrigin) {
            return Optional.empty();
        }
    }

    /** The origin as the request itself names it: its scheme, and the host and port of its Host header. */
    public static SiteOrigin of(String scheme, String serverName, int serverPort) {
        int port = serverPort > 0 ? serverPort : defaultPort(scheme);
        String host = serverName.startsWith("[") && serverName.endsWith("]")
                ? serverName.substring(1, serverName.length() - 1)
                : serverName;
        return new SiteOrigin(scheme, host, port);
    }

    /**
     * The public origins configured in {@value #PUBLIC_ORIGIN_VARIABLE}, comma-separated; a value that is not an
     * origin stops the start-up rather than silently refusing every request.
     */
    public static List<SiteOrigin> configured(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> parse(s).orElseThrow(() -> new IllegalArgumentException(
                        PUBLIC_ORIGIN_VARIABLE + " must hold origins such as https://hotline.example, not: " + s)))
                .toList();
    }

    private static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }

    @Override
    public String toString() {
        return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
