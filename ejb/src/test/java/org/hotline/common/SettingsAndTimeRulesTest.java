package org.hotline.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Settings come from MicroProfile Config through each area's settings record, and the time from the injected
 * {@link Clock}: no class outside org.hotline.common reads the environment, a system property or the system clock
 * itself. The web and telephony modules check their own classes by the same rule.
 */
class SettingsAndTimeRulesTest {

    private static final ArchRule RULE = noClasses()
            .that()
            .resideOutsideOfPackage("org.hotline.common..")
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
            .because("settings are read once through MicroProfile Config (org.hotline.common.Settings) and the time"
                    + " comes from the injected Clock, so tests can give other values");

    @Test
    void noClassOfTheDomainReadsTheEnvironmentOrTheSystemClockItself() {
        RULE.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.hotline"));
    }
}
