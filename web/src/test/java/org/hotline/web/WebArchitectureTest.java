package org.hotline.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The rules of the web module: it reaches the PBX through the domain's ports only, and its areas depend on each other
 * in one direction only. A violation fails the build with the rule's text.
 */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hotline.web");

    @Test
    void thePagesKnowNothingOfThePbxAdapter() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hotline.telephony..")
                .because("pages and the API reach the PBX through the domain's ports (org.hotline.pbx), which the"
                        + " telephony module implements behind its role checks")
                .check(WEB);
    }

    @Test
    void theAreasOfTheWebModuleDependOnEachOtherWithoutCycles() {
        slices().matching("org.hotline.web.(*)..")
                .namingSlices("web $1")
                .should()
                .beFreeOfCycles()
                .check(WEB);
    }

    @Test
    void noClassReadsTheEnvironmentOrTheSystemClockItself() {
        noClasses()
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
                .because("settings are read once through MicroProfile Config (org.hotline.common.Settings) and the"
                        + " time comes from the injected Clock, so tests can give other values")
                .check(WEB);
    }
}
