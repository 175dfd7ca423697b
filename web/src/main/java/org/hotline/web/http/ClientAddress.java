package org.hotline.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for every limit kept per client (the sign-in throttle, the follow-up's budget of
 * wrong PINs, the public document checks and complaint filings): the peer, unless the peer is one of the proxies named
 * in {@code HOTLINE_TRUSTED_PROXIES} (exact addresses, comma-separated; none by default). From a trusted proxy, the
 * client is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy: entries further left were
 * written by the client and prove nothing. Without a trusted proxy the header is ignored, so nobody picks their own
 * address by sending it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    private WebSettings settings;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), settings.trustedProxies());
    }

    static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    static Set<String> trusted(String configured) {
        return configured == null
                ? Set.of()
                : Arrays.stream(configured.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }
}
