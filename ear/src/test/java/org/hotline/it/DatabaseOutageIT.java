package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * /health tells monitors whether the application can serve: UP with its database, DOWN (503) while the database is
 * stopped, and UP again by itself once it is back.
 */
class DatabaseOutageIT {

    private static final String DATABASE_UP = "{\"name\":\"database\",\"status\":\"UP\"}";
    private static final String DATABASE_DOWN = "{\"name\":\"database\",\"status\":\"DOWN\"}";

    @Test
    void healthFollowsTheDatabaseDownAndBackUp() throws Exception {
        HttpResponse<String> healthy = waitForHealth(200);
        assertEquals(200, healthy.statusCode(), healthy.body());
        assertTrue(healthy.body().contains(DATABASE_UP), healthy.body());
        assertTrue(healthy.body().startsWith("{\"status\":\"UP\""), healthy.body());

        SystemUnderTest.database("stop");
        try {
            HttpResponse<String> down = waitForHealth(503);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().startsWith("{\"status\":\"DOWN\""), down.body());
            assertTrue(down.body().contains(DATABASE_DOWN), down.body());
        } finally {
            SystemUnderTest.database("start");
        }

        HttpResponse<String> recovered = waitForHealth(200);
        assertEquals(200, recovered.statusCode(), recovered.body());
        assertTrue(recovered.body().contains(DATABASE_UP), recovered.body());
        assertEquals(200, SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null).statusCode());
    }

    /** Health is polled, not timed: the answer changes within seconds, and the wait gives up after two minutes. */
    private static HttpResponse<String> waitForHealth(int status) {
        return SystemUnderTest.eventually(Duration.ofMinutes(2), "health answering " + status,
                () -> SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null), answer -> answer.statusCode() == status);
    }
}
