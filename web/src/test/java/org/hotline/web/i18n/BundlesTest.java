package org.hotline.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text exists in every language, so no page ever shows a key or falls back to another language. */
class BundlesTest {

    private static Properties load(Language language) throws IOException {
        String name = "/org/hotline/web/i18n/messages_" + language.getCode() + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheKeysOfEnglishAndNoEmptyText(Language language) throws IOException {
        Properties english = load(Language.EN);
        Properties other = load(language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        other.stringPropertyNames()
                .forEach(key -> assertFalse(other.getProperty(key).isBlank(), key));
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"AR", "KU"})
    void arabicAndKurdishAreWrittenInArabicScriptAndRightToLeft(Language language) throws IOException {
        String title = load(language).getProperty("signIn.title");
        assertTrue(
                title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                title);
        assertEquals("rtl", language.getDirection());
    }
}
