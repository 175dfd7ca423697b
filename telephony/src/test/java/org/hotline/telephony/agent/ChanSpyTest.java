package org.hotline.telephony.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.hotline.pbx.ListenMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChanSpyTest {

    private static final String AGENT = "PJSIP/1001-0000000b";

    @Test
    void eachModeSpiesOnExactlyThatChannelQuietlyAndEndsWithIt() {
        assertEquals("PJSIP/1001-0000000b,qESu", ChanSpy.data(AGENT, ListenMode.LISTEN));
        assertEquals("PJSIP/1001-0000000b,qESuw", ChanSpy.data(AGENT, ListenMode.WHISPER));
        assertEquals("PJSIP/1001-0000000b,qESuB", ChanSpy.data(AGENT, ListenMode.BARGE));
    }

    @Test
    void aLocalMembersChannelIsNamedWholeWithItsHalf() {
        assertEquals(
                "Local/agent1@agents-00000002;1,qESuw",
                ChanSpy.data("Local/agent1@agents-00000002;1", ListenMode.WHISPER));
    }

    @Test
    void noModeGivesTheSupervisorWaysAroundTheAudit() {
        for (ListenMode mode : ListenMode.values()) {
            String options = ChanSpy.data(AGENT, mode).split(",", -1)[1];
            Set<Character> given = new HashSet<>();
            for (char option : options.toCharArray()) {
                assertTrue(given.add(option), "each option once: " + options);
            }
            // d: DTMF switches between listen, whisper and barge; X and x: exit to the dialplan; r: a recording;
            // c: cycle to the next channel. Without u the digits and # would move to <prefix>/<digits>.
            for (char never : new char[] {'d', 'X', 'x', 'r', 'c', 'e', 'g', 'n'}) {
                assertFalse(given.contains(never), mode + " must not give '" + never + "': " + options);
            }
            assertTrue(given.containsAll(Set.of('u', 'E', 'S', 'q')), options);
            assertEquals(2, ChanSpy.data(AGENT, mode).split(",", -1).length, "two arguments, no more");
        }
    }

    @Test
    void theModesDiffer() {
        assertEquals(
                3,
                new HashSet<>(Arrays.stream(ListenMode.values())
                                .map(mode -> ChanSpy.data(AGENT, mode))
                                .toList())
                        .size());
    }

    /**
     * What is not a whole channel name as Asterisk makes them is refused, never passed on: a prefix (PJSIP/100 would
     * also be PJSIP/1001-…), a device without its channel counter, or a name carrying another argument, option, AMI
     * header or dialplan expression.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "PJSIP/100",
                "PJSIP/1001",
                "PJSIP/1001-",
                "PJSIP/1001-0000000",
                "PJSIP/1001-0000000b,qBd",
                "PJSIP/1001-0000000b|B",
                "PJSIP/1001-0000000b\r\nAction: Originate",
                "PJSIP/1001-0000000b\n",
                "PJSIP/1001-0000000b&PJSIP/1002-0000000c",
                "PJSIP/${SHELL(id)}-0000000b",
                "PJSIP/1001-0000000B;3",
                " PJSIP/1001-0000000b",
                "/1001-0000000b",
                ""
            })
    void whatIsNotAWholeChannelNameIsRefused(String channel) {
        assertFalse(ChanSpy.isChannel(channel), channel);
        assertThrows(IllegalArgumentException.class, () -> ChanSpy.data(channel, ListenMode.LISTEN));
    }

    @Test
    void noChannelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChanSpy.data(null, ListenMode.BARGE));
    }
}
