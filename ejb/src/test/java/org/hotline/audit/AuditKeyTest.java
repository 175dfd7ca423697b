package org.hotline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class AuditKeyTest {

    @Test
    void theKeyIsRequiredAndAtLeast32Bytes() {
        byte[] key = new byte[32];
        key[0] = 7;
        assertEquals(
                7,
                AuditKey.from(Settings.of(
                                Map.of("HOTLINE_AUDIT_KEY", Base64.getEncoder().encodeToString(key))))
                        .bytes()[0]);
        for (Map<String, String> bad : java.util.List.of(
                Map.<String, String>of(),
                Map.of("HOTLINE_AUDIT_KEY", "***"),
                Map.of("HOTLINE_AUDIT_KEY", Base64.getEncoder().encodeToString(new byte[31])))) {
            IllegalStateException failure =
                    assertThrows(IllegalStateException.class, () -> AuditKey.from(Settings.of(bad)));
            assertTrue(failure.getMessage().startsWith("HOTLINE_AUDIT_KEY"), failure.getMessage());
        }
    }
}
