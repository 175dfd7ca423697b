package org.hotline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class DocumentSettingsTest {

    @Test
    void withoutTheSecretNothingIsSignedAndTheInboxIsInTheServersDataFolder() {
        DocumentSettings settings = DocumentSettings.from(Settings.of(Map.of("jboss.server.data.dir", "/srv/data")));
        assertFalse(settings.configuredSecrets().isPresent());
        assertThrows(DocumentRefused.class, settings::secrets);
        assertEquals(Path.of("/srv/data", "document-inbox"), settings.inbox());
    }

    @Test
    void theSecretAndTheInboxAreTakenAsConfigured() {
        String secret = Base64.getEncoder().encodeToString(new byte[32]);
        DocumentSettings settings = DocumentSettings.from(
                Settings.of(Map.of("HOTLINE_DOCUMENT_SECRET", " " + secret, "HOTLINE_DOCUMENT_INBOX", "/srv/inbox")));
        assertTrue(settings.configuredSecrets().isPresent());
        assertEquals(Path.of("/srv/inbox"), settings.inbox());
    }

    @Test
    void aSecretThatIsNotBase64NamesTheVariableWithoutShowingIt() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> DocumentSettings.from(Settings.of(Map.of("HOTLINE_DOCUMENT_SECRET", "not*base64!"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_DOCUMENT_SECRET"), failure.getMessage());
        assertFalse(failure.getMessage().contains("not*base64!"), failure.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> DocumentSettings.from(Settings.of(
                        Map.of("HOTLINE_DOCUMENT_SECRET", Base64.getEncoder().encodeToString(new byte[16])))),
                "too short");
    }
}
