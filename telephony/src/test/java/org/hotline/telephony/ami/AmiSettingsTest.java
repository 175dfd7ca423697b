package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class AmiSettingsTest {

    @Test
    void withoutAHostThereIsNoPbx() {
        assertEquals(Optional.empty(), AmiSettings.from(Settings.of(Map.of("HOTLINE_AMI_PORT", "5039"))));
    }

    @Test
    void theAccountDefaultsToHotlineOnPort5038AndTheSecretIsNeverPrinted() {
        AmiSettings settings = AmiSettings.from(
                        Settings.of(Map.of("HOTLINE_AMI_HOST", " pbx.local ", "HOTLINE_AMI_SECRET", "s3cret")))
                .orElseThrow();
        assertEquals(new AmiSettings("pbx.local", 5038, "hotline", "s3cret"), settings);
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void aPortThatIsNoNumberNamesTheVariable() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> AmiSettings.from(Settings.of(Map.of("HOTLINE_AMI_HOST", "pbx", "HOTLINE_AMI_PORT", "manager"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_AMI_PORT"), failure.getMessage());
    }

    @Test
    void aSilentLinkIsTakenForDeadAfterTheTimeoutAtLeastSixSeconds() {
        assertEquals(
                15,
                AmiSettings.from(Settings.of(Map.of("HOTLINE_AMI_HOST", "pbx", "HOTLINE_AMI_TIMEOUT_SECONDS", "15")))
                        .orElseThrow()
                        .timeoutSeconds());
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> AmiSettings.from(
                        Settings.of(Map.of("HOTLINE_AMI_HOST", "pbx", "HOTLINE_AMI_TIMEOUT_SECONDS", "2"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_AMI_TIMEOUT_SECONDS"), failure.getMessage());
    }
}
