package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The link to the PBX cut while calls are in progress, the application running on: twenty calls are up when it goes;
 * while it is down some are answered, some end, some are given up, one kind is still waiting after it; then the link
 * comes back. The application notices the cut by itself (a closed link at once; a half-open one, where the PBX stops
 * answering without closing anything, when the keep-alive's pings go unanswered and the read timeout fires), connects
 * again by itself once the PBX answers, resynchronises from its channels and queues, and the PBX's own records
 * (queue_log, CDRs) complete every call with its true outcome: answered calls with their agent and talk time and no
 * callback task, every caller who gave up with one.
 *
 * <p>The cut lasts {@code hotline.pbx.outage.seconds} (20 here; {@code scripts/check-pbx-outage.sh} runs the same with
 * five minutes and reports how long the call log took to be complete once the link was back).
 */
class PbxOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("hotline.pbx.outage.seconds", 20));
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Test
    void callsThroughAClosedLinkAreCompleteOnceItIsBack() throws Exception {
        callsThroughACut(false, 1);
    }

    @Test
    void callsThroughAHalfOpenLinkAreCompleteOnceItIsBack() throws Exception {
        callsThroughACut(true, 2);
    }

    /**
     * One cut of the link during twenty calls; returns how long after the link came back every call was complete in
     * the call log, for the script that runs it with a long cut.
     */
    static Duration callsThroughACut(boolean halfOpen, int series) throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        Outage calls = new Outage(pbx, series);
        calls.before();
        int logins = pbx.logins();
        long cut = System.nanoTime();
        pbx.linkDown(halfOpen);
        try {
            SystemUnderTest.eventually(PATIENCE, "the link seen down", () -> !pbxConnected());
            pbx.activeChannels(calls.whileAway());
            long left = OUTAGE.toNanos() - (System.nanoTime() - cut);
            if (left > 0) {
                Thread.sleep(
                        Duration.ofNanos(left).toMillis()); // the outage itself: nothing is asserted about the wait
            }
            assertFalse(pbxConnected(), "the link stays down while the PBX does not answer");
        } finally {
            pbx.linkUp();
        }
        long up = System.nanoTime();
        try {
            pbx.awaitLogins(logins + TestPbx.CONNECTIONS, PATIENCE);
            SystemUnderTest.eventually(PATIENCE, "the link seen up again", PbxOutageIT::pbxConnected);
            calls.afterResync();
        } finally {
            pbx.activeChannels(List.of());
        }
        calls.afterTheCallsEnd();
        Duration complete = Duration.ofNanos(System.nanoTime() - up);
        assertTrue(pbxConnected(), "the link is up at the end");
        return complete;
    }

    /** Whether the application says its link to the PBX is up, as monitors read it (the health's pbx check). */
    static boolean pbxConnected() throws Exception {
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        try (JsonReader reader = Json.createReader(new StringReader(health))) {
            return reader.readObject().getJsonArray("checks").stream()
                    .map(JsonObject.class::cast)
                    .filter(check -> "pbx".equals(check.getString("name")))
                    .findFirst()
                    .map(check -> check.getJsonObject("data").getBoolean("connected"))
                    .orElseThrow(() -> new AssertionError("no pbx check in " + health));
        }
    }
}
