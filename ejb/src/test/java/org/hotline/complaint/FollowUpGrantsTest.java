package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpGrantsTest {

    private final FollowUpGrants grants = new FollowUpGrants();
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aGrantNamesItsComplaintForHalfAnHour() {
        String grant = grants.issue("1000123", now);
        assertEquals("1000123", grants.check(grant, now.plusSeconds(29 * 60)));
        assertThrows(FollowUpExpired.class, () -> grants.check(grant, now.plusSeconds(30 * 60)));
    }

    @Test
    void anAlteredForgedOrGarbledGrantIsRefused() {
        String grant = grants.issue("1000123", now);
        String[] parts = grant.split("\\.");
        assertThrows(
                FollowUpExpired.class,
                () -> grants.check("1000131." + parts[1] + "." + parts[2], now),
                "another complaint's number under this signature");
        assertThrows(
                FollowUpExpired.class,
                () -> grants.check(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], now),
                "a later expiry");
        assertThrows(
                FollowUpExpired.class,
                () -> new FollowUpGrants().check(grant, now),
                "another server's key (a restart) knows nothing of it");
        for (String garbage : new String[] {null, "", "x", "a.b.c", "1000123.notanumber." + parts[2]}) {
            assertThrows(FollowUpExpired.class, () -> grants.check(garbage, now), String.valueOf(garbage));
        }
    }
}
