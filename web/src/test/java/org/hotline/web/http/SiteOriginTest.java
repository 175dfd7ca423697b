package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteOriginTest {

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortFilledInAndNoCase() {
        assertEquals(
                SiteOrigin.of("https", "hotline.example", 443),
                SiteOrigin.parse("https://HOTLINE.example").get());
        assertEquals(
                SiteOrigin.of("http", "localhost", 8180),
                SiteOrigin.parse("http://localhost:8180").get());
        assertEquals(
                SiteOrigin.parse("http://localhost:8180").get(),
                SiteOrigin.parse("http://localhost:8180/desk/new-ticket.xhtml?x=1#y")
                        .get(),
                "a Referer's origin");
    }

    @Test
    void anotherSchemeHostOrPortIsAnotherOrigin() {
        SiteOrigin own = SiteOrigin.of("http", "localhost", 8180);
        assertNotEquals(own, SiteOrigin.parse("https://localhost:8180").get());
        assertNotEquals(own, SiteOrigin.parse("http://localhost:8181").get());
        assertNotEquals(
                own, SiteOrigin.parse("http://localhost.evil.example:8180").get());
        assertNotEquals(
                own,
                SiteOrigin.parse("http://evil.example/http://localhost:8180").get());
    }

    @Test
    void whatIsNotAnOriginIsNone() {
        assertTrue(SiteOrigin.parse(null).isEmpty());
        assertTrue(SiteOrigin.parse("").isEmpty());
        assertTrue(SiteOrigin.parse("null").isEmpty(), "the opaque origin of sandboxed frames and data: pages");
        assertTrue(SiteOrigin.parse("file:///etc/passwd").isEmpty());
        assertTrue(SiteOrigin.parse("http://user@localhost:8180").isEmpty());
        assertTrue(SiteOrigin.parse("http://local host").isEmpty());
    }

    @Test
    void thePublicOriginsAreAListAndAMistakeInThemStopsTheStart() {
        assertEquals(
                List.of(SiteOrigin.of("https", "hotline.example", 443), SiteOrigin.of("https", "5599.example", 8443)),
                SiteOrigin.configured(" https://hotline.example , https://5599.example:8443 "));
        assertEquals(List.of(), SiteOrigin.configured(null));
        assertThrows(IllegalArgumentException.class, () -> SiteOrigin.configured("hotline.example"));
    }
}
