package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

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
