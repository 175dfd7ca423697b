package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.hotline.call.ActiveCall;
import org.junit.jupiter.api.Test;

class ChannelListTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static CoreShowChannelEvent channel(
            String name,
            String uniqueid,
            String linkedid,
            String application,
            String data,
            String duration,
            String bridge) {
        CoreShowChannelEvent channel = new CoreShowChannelEvent(ChannelListTest.class);
        channel.setChannel(name);
        channel.setUniqueid(uniqueid);
        channel.setLinkedid(linkedid);
        channel.setApplication(application);
        channel.setApplicationdata(data);
        channel.setDuration(duration);
        channel.setBridgeid(bridge);
        channel.setCallerIdNum("07701234567");
        return channel;
    }

    @Test
    void aCallAMembersChannelIsBridgedToIsAnsweredByThatMemberSinceItsChannelExists() {
        List<ActiveCall> calls = ChannelList.calls(
                List.of(
                        channel(
                                "PJSIP/trunk-0000000a",
                                "1795704004.1",
                                "1795704004.1",
                                "Queue",
                                "enquiries,t,,,300",
                                "00:01:00",
                                "b-1"),
                        channel(
                                "PJSIP/1901-00009002",
                                "1795704004.92",
                                "1795704004.1",
                                "AppQueue",
                                "(Outgoing Line)",
                                "00:00:20",
                                "b-1"),
                        channel(
                                "PJSIP/trunk-0000000b",
                                "1795704005.1",
                                "1795704005.1",
                                "Queue",
                                "enquiries,t,,,300",
                                "00:00:30",
                                "")),
                Map.of("PJSIP/1901", "Outage Agent 1"),
                NOW);
        assertEquals(2, calls.size());
        ActiveCall answered = calls.get(0);
        assertTrue(answered.isAnswered());
        assertEquals("Outage Agent 1", answered.agent());
        assertEquals("enquiries", answered.queue());
        assertEquals(NOW.minusSeconds(20), answered.answeredAt());
        assertEquals(NOW.minusSeconds(60), answered.enteredAt());
        assertEquals("07701234567", answered.caller());
        assertFalse(calls.get(1).isAnswered(), "waiting in the queue, no member's channel in its bridge");
    }

    @Test
    void aChannelDurationIsReadAsAsteriskWritesIt() {
        assertEquals(java.time.Duration.ofSeconds(42), ChannelList.duration("00:00:42"));
        assertEquals(java.time.Duration.ofHours(26).plusMinutes(3).plusSeconds(4), ChannelList.duration("26:03:04"));
        assertEquals(java.time.Duration.ZERO, ChannelList.duration(null));
        assertEquals(java.time.Duration.ZERO, ChannelList.duration("soon"));
        assertEquals("enquiries", ChannelList.queueOf("enquiries,t,,,300"));
    }
}
