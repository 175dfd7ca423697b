package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedProxySchemeTest {

    private static final Set<String> PROXY = ClientAddress.trusted("127.0.0.2");

    @Test
    void onlyTheTrustedProxyMakesARequestHttps() {
        assertTrue(TrustedProxyScheme.isHttpsFromTrusted("127.0.0.2", " HTTPS ", PROXY));
        assertFalse(TrustedProxyScheme.isHttpsFromTrusted("127.0.0.3", "https", PROXY), "a client's own header");
        assertFalse(TrustedProxyScheme.isHttpsFromTrusted("127.0.0.2", "http", PROXY));
        assertFalse(TrustedProxyScheme.isHttpsFromTrusted("127.0.0.2", null, PROXY));
        assertFalse(TrustedProxyScheme.isHttpsFromTrusted("127.0.0.2", "https", Set.of()), "no proxy configured");
    }
}
