package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgiEnvironmentTest {

    static final String ASTERISK = "agi_network: yes\nagi_network_script: ivr\nagi_request: agi://127.0.0.1:4573/ivr\n"
            + "agi_channel: PJSIP/trunk-00000001\nagi_language: ar\nagi_type: PJSIP\nagi_uniqueid: 1795800001.1\n"
            + "agi_version: 22.10.1\nagi_callerid: 07701234567\nagi_calleridname: unknown\nagi_accountcode: \n"
            + "agi_threadid: 140582142305984\n\n";

    private static AgiEnvironment fed(byte[] bytes) {
        AgiEnvironment environment = new AgiEnvironment(Set.of("ivr"));
        environment.feed(ByteBuffer.wrap(bytes));
        return environment;
    }

    private static AgiEnvironment fed(String text) {
        return fed(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void asteriskEnvironmentIsCompleteEvenInPieces() {
        AgiEnvironment environment = new AgiEnvironment(Set.of("ivr"));
        byte[] bytes = ASTERISK.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            environment.feed(ByteBuffer.wrap(new byte[] {b}));
        }
        assertEquals(AgiEnvironment.State.COMPLETE, environment.state());
        assertEquals(bytes.length, environment.received().length, "read again whole by Asterisk-Java");
        assertEquals(
                AgiEnvironment.State.COMPLETE,
                fed(ASTERISK.replace("ivr\n", "ivr?lang=ar\n")).state());
    }

    @Test
    void aHugeLineIsRefusedAtTheLimitNotReadToItsEnd() {
        byte[] huge = new byte[2 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        AgiEnvironment environment = new AgiEnvironment(Set.of("ivr"));
        ByteBuffer bytes = ByteBuffer.wrap(huge);
        assertEquals(AgiEnvironment.State.REFUSED, environment.feed(bytes));
        assertEquals("a line over 8192 bytes", environment.refusal());
        assertEquals(huge.length - AgiEnvironment.MAX_LINE_BYTES - 1, bytes.remaining(), "the rest is not read");
    }

    @Test
    void tooMuchAltogetherIsRefused() {
        String line = "agi_arg_1: " + "x".repeat(4000) + "\n";
        assertEquals("an environment over 16384 bytes", fed(line.repeat(5)).refusal());
    }

    @Test
    void malformedEnvironmentsAreRefusedWithAReasonThatQuotesNothing() {
        assertEquals(
                "no agi_network_script",
                fed(ASTERISK.replace("agi_network_script: ivr\n", "")).refusal());
        assertEquals(
                "no agi_network_script",
                fed(ASTERISK.replace("agi_network_script: ivr\n", "agi_network_script: \n"))
                        .refusal());
        assertEquals(
                "no agi_uniqueid",
                fed(ASTERISK.replace("agi_uniqueid: 1795800001.1\n", "")).refusal());
        assertEquals("no agi_request", fed("agi_network_script: ivr\n\n").refusal());
        assertEquals("an empty environment", fed("\n").refusal());
        assertEquals(
                "line 1 is not an agi_ variable (agi_name: value)",
                fed("GET / HTTP/1.1\r\n\r\n").refusal());
        assertEquals(
                "line 1 is not an agi_ variable (agi_name: value)",
                fed("\u0000\u0001 not agi at all\r\n\r\n").refusal());
        assertEquals(
                "line 6 is not an agi_ variable (agi_name: value)",
                fed(ASTERISK.replace("agi_type: PJSIP", "agi_type: PJ\u001b[2JSIP"))
                        .refusal());
        assertEquals(
                "a script this server does not serve",
                fed(ASTERISK.replace("agi_network_script: ivr", "agi_network_script: nothing-here"))
                        .refusal());
        byte[] binary = ASTERISK.getBytes(StandardCharsets.UTF_8);
        binary[20] = (byte) 0xff;
        assertEquals("line 2 is not UTF-8 text", fed(binary).refusal());
    }

    @Test
    void closedEarly() {
        AgiEnvironment nothing = new AgiEnvironment(Set.of("ivr"));
        assertEquals(AgiEnvironment.State.REFUSED, nothing.endOfStream());
        assertEquals("closed without sending anything", nothing.refusal());
        AgiEnvironment half = fed("agi_network: yes\n");
        assertEquals(AgiEnvironment.State.INCOMPLETE, half.state());
        half.endOfStream();
        assertEquals("closed before its environment was complete", half.refusal());
    }
}
