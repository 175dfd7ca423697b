package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7", "203.0.113.5", Set.of()));
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        Set<String> proxies = ClientAddress.trusted(" 10.0.0.1, 10.0.0.2 ");
        assertEquals(
                "203.0.113.5",
                ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.5, 10.0.0.2", proxies),
                "what the client wrote itself, further left, proves nothing");
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, proxies));
    }
}
