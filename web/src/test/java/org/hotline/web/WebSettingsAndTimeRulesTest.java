package org.hotline.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** As in the domain: settings come through MicroProfile Config and the time from the injected Clock. */
class WebSettingsAndTimeRulesTest {

    @Test
    void noClassReadsTheEnvironmentOrTheSystemClockItself() {
        noClasses()
                .should()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .callMethod(System.class, "getenv")
                .orShould()
                .callMethod(System.class, "getProperty", String.class)
                .orShould()
                .callMethod(System.class, "getProperty", String.class, String.class)
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .because("settings are read once through MicroProfile Config (org.hotline.common.Settings) and the"
                        + " time comes from the injected Clock, so tests can give other values")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.hotline.web"));
    }
}
