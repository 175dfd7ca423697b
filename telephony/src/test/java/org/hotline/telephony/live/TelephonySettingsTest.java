package org.hotline.telephony.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class TelephonySettingsTest {

    @Test
    void withoutSettingsTheQueuesAreThoseOfTheSamplePbxConfiguration() {
        TelephonySettings settings = TelephonySettings.from(Settings.of(Map.of()));
        assertEquals(List.of("enquiries", "registration", "complaints", "status", "agents"), settings.queues());
        assertEquals("hotline-callback", settings.callbackContext());
    }

    @Test
    void queuesAreTrimmedDeduplicatedAndBlanksIgnored() {
        TelephonySettings settings =
                TelephonySettings.from(Settings.of(Map.of("HOTLINE_QUEUES", " sales, ,support,sales ")));
        assertEquals(List.of("sales", "support"), settings.queues());
    }

    @Test
    void agentsAreToldOfListeningUnlessTheHotlineSaysOtherwise() {
        assertTrue(TelephonySettings.from(Settings.of(Map.of())).tellAgentListened());
        assertFalse(TelephonySettings.from(Settings.of(Map.of("HOTLINE_LISTEN_TELL_AGENT", " FALSE ")))
                .tellAgentListened());
        assertTrue(TelephonySettings.from(Settings.of(Map.of("HOTLINE_LISTEN_TELL_AGENT", "yes")))
                .tellAgentListened());
        IllegalStateException unread = assertThrows(
                IllegalStateException.class,
                () -> TelephonySettings.from(Settings.of(Map.of("HOTLINE_LISTEN_TELL_AGENT", "sometimes"))));
        assertTrue(unread.getMessage().contains("HOTLINE_LISTEN_TELL_AGENT"), unread.getMessage());
        assertFalse(unread.getMessage().contains("sometimes"), "the value is not repeated");
    }
}
