package org.hotline.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hotline.common.Settings;
import org.hotline.ticket.PublicReplyAdded;
import org.junit.jupiter.api.Test;

class ReplySoundsTest {

    @Test
    void aReplyIsSpokenInTheVoiceOfItsLettersAndAKurdishCitizensArabicScriptIsKurdish() {
        assertEquals("en", ReplySounds.language(new PublicReplyAdded("1000018", 7, "ar", "Your account is active.")));
        assertEquals("ar", ReplySounds.language(new PublicReplyAdded("1000018", 7, "en", "تم تفعيل حسابك 5599")));
        assertEquals("ku", ReplySounds.language(new PublicReplyAdded("1000018", 7, "ku", "هەژمارەکەت چالاک کرا")));
        assertEquals("ar", ReplySounds.language(new PublicReplyAdded("1000018", 7, null, "تم تفعيل حسابك")));
        assertEquals(
                "en",
                ReplySounds.language(new PublicReplyAdded("1000018", 7, "ku", "٥٥٩٩ OK")),
                "Arabic-Indic digits are no Arabic letters");
    }

    @Test
    void repliesAreSpokenOnlyWithBothTheCommandAndTheFolder() {
        assertFalse(StatusSettings.from(Settings.of(Map.of())).speaks());
        assertFalse(StatusSettings.from(Settings.of(Map.of("HOTLINE_REPLY_VOICE", "scripts/say.sh")))
                .speaks());
        assertFalse(StatusSettings.from(
                        Settings.of(Map.of("HOTLINE_REPLY_SOUNDS", "/var/lib/asterisk/sounds/hotline/replies")))
                .speaks());
        StatusSettings both = StatusSettings.from(
                Settings.of(Map.of("HOTLINE_REPLY_VOICE", " sh /opt/say.sh ", "HOTLINE_REPLY_SOUNDS", "/srv/replies")));
        assertTrue(both.speaks());
        assertEquals(List.of("sh", "/opt/say.sh"), both.command());
        assertEquals("hotline/replies/1000018-7", ReplySounds.pbxFile("1000018", 7));
    }
}
