package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    @Test
    void thePasswordIsTakenAsTypedAndNeverPrinted() {
        SecuritySettings settings =
                SecuritySettings.from(Settings.of(Map.of("HOTLINE_ADMIN_PASSWORD", " correct horse ")));
        assertEquals(" correct horse ", settings.firstAdministratorPassword().orElseThrow());
        assertFalse(settings.toString().contains("horse"), settings.toString());
        assertTrue(
                SecuritySettings.from(Settings.of(Map.of("HOTLINE_ADMIN_PASSWORD", "  ")))
                        .firstAdministratorPassword()
                        .isEmpty(),
                "blank: generated");
        assertThrows(
                java.util.NoSuchElementException.class,
                () -> SecuritySettings.from(Settings.of(Map.of()))
                        .firstAdministratorPassword()
                        .orElseThrow());
    }
}
