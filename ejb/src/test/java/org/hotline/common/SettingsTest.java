package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void theEnvironmentVariableMapsToItsPropertyName() {
        assertEquals("hotline.pin.backoff.max.seconds", Settings.propertyName("HOTLINE_PIN_BACKOFF_MAX_SECONDS"));
        assertEquals("jboss.server.data.dir", Settings.propertyName("jboss.server.data.dir"));
    }

    @Test
    void blankIsUnsetAndValuesAreStripped() {
        Settings settings = Settings.of(Map.of("HOTLINE_A", "  ", "HOTLINE_B", " 12 "));
        assertFalse(settings.text("HOTLINE_A").isPresent());
        assertEquals(7, settings.integer("HOTLINE_A", 7));
        assertEquals(12, settings.integer("HOTLINE_B", 7));
        assertEquals(Duration.ofSeconds(12), settings.seconds("HOTLINE_B", 1));
        assertEquals(
                " pass word ",
                Settings.of(Map.of("P", " pass word ")).exact("P").orElseThrow());
    }

    @Test
    void aBadNumberNamesTheVariableButNotTheValue() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Settings.of(Map.of("HOTLINE_SECRETISH", "s3cr3t")).integer("HOTLINE_SECRETISH", 1));
        assertTrue(failure.getMessage().contains("HOTLINE_SECRETISH"), failure.getMessage());
        assertTrue(failure.getMessage().contains("hotline.secretish"), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cr3t"), failure.getMessage());
    }

    @Test
    void aParserFailureNamesTheVariable() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Settings.of(Map.of("HOTLINE_OPENS_AT", "nine"))
                        .parsed("HOTLINE_OPENS_AT", Integer::parseInt, "must be HH:MM"));
        assertEquals("HOTLINE_OPENS_AT (or the system property hotline.opens.at) must be HH:MM", failure.getMessage());
    }

    @Test
    void fromMicroProfileConfigTheFirstSourceWinsAndValuesAreTakenAsGiven() {
        Settings settings = Settings.of(config(
                source(Map.of("hotline.pdf.font", "/from/property")),
                source(Map.of("hotline.pdf.font", "/from/environment", "hotline.admin.password", "pa${ss}word"))));
        assertEquals("/from/property", settings.text("HOTLINE_PDF_FONT").orElseThrow());
        assertEquals("pa${ss}word", settings.exact("HOTLINE_ADMIN_PASSWORD").orElseThrow(), "no expansion");
        assertFalse(settings.text("HOTLINE_AMI_HOST").isPresent());
    }

    @Test
    void aSecretComesFromTheFileItsFileVariableNames(@TempDir Path folder) throws IOException {
        Path key = Files.writeString(folder.resolve("audit-key"), "a2V5IG9mIHRoZSBhdWRpdA==\n");
        Path password = Files.writeString(folder.resolve("admin-password"), " pass word \r\n");
        Settings settings = Settings.of(
                Map.of("HOTLINE_AUDIT_KEY_FILE", key.toString(), "HOTLINE_ADMIN_PASSWORD_FILE", " " + password + " "));
        assertEquals(
                "a2V5IG9mIHRoZSBhdWRpdA==", settings.text("HOTLINE_AUDIT_KEY").orElseThrow());
        assertEquals(
                " pass word ",
                settings.exact("HOTLINE_ADMIN_PASSWORD").orElseThrow(),
                "the content as written, less the final line break");
        assertFalse(settings.text("HOTLINE_DOCUMENT_SECRET").isPresent());
    }

    @Test
    void anEmptyFileCountsAsUnsetLikeABlankValue(@TempDir Path folder) throws IOException {
        Path empty = Files.writeString(folder.resolve("ami-secret"), "\n");
        assertFalse(Settings.of(Map.of("HOTLINE_AMI_SECRET_FILE", empty.toString()))
                .exact("HOTLINE_AMI_SECRET")
                .isPresent());
        assertEquals(
                "s3cret",
                Settings.of(Map.of("HOTLINE_AMI_SECRET", "s3cret", "HOTLINE_AMI_SECRET_FILE", " "))
                        .exact("HOTLINE_AMI_SECRET")
                        .orElseThrow(),
                "a blank file variable is unset too");
    }

    @Test
    void aSecretGivenBothWaysIsRefusedNamingBothVariables(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("document-secret"), "from-the-file");
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Settings.of(Map.of(
                                "HOTLINE_DOCUMENT_SECRET",
                                "from-the-environment",
                                "HOTLINE_DOCUMENT_SECRET_FILE",
                                file.toString()))
                        .text("HOTLINE_DOCUMENT_SECRET"));
        assertTrue(
                failure.getMessage()
                        .startsWith("HOTLINE_DOCUMENT_SECRET and HOTLINE_DOCUMENT_SECRET_FILE are both set"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("from-the-"), failure.getMessage());
    }

    @Test
    void anUnreadableFileNamesTheVariableAndThePathButNoContent(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("no-such-key");
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Settings.of(Map.of("HOTLINE_IDENTITY_KEY_FILE", missing.toString()))
                        .text("HOTLINE_IDENTITY_KEY"));
        assertTrue(failure.getMessage().startsWith("HOTLINE_IDENTITY_KEY_FILE names " + missing), failure.getMessage());
        Path binary = Files.write(folder.resolve("binary"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        IllegalStateException notText = assertThrows(
                IllegalStateException.class,
                () -> Settings.of(Map.of("HOTLINE_IDENTITY_KEY_FILE", binary.toString()))
                        .text("HOTLINE_IDENTITY_KEY"));
        assertTrue(notText.getMessage().contains("cannot be read as text"), notText.getMessage());
    }

    @Test
    void theFileVariableComesThroughMicroProfileConfigAsTheOthersDo(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("db-password"), "pa${ss}word\n");
        Settings settings = Settings.of(config(source(Map.of("hotline.ami.secret.file", file.toString()))));
        assertEquals("pa${ss}word", settings.exact("HOTLINE_AMI_SECRET").orElseThrow());
    }

    /** A Config of these sources, in this order: all that Settings asks of one. */
    private static Config config(ConfigSource... sources) {
        return (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConfigSources")) {
                        return List.of(sources);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ConfigSource source(Map<String, String> values) {
        return new ConfigSource() {

            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String propertyName) {
                return values.get(propertyName);
            }

            @Override
            public String getName() {
                return "test";
            }
        };
    }
}
