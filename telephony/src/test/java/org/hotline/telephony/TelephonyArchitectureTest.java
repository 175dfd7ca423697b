package org.hotline.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The rules of the PBX adapter: it implements what the domain declares and knows nothing of the pages, and its parts
 * depend on each other in one direction only. A violation fails the build with the rule's text.
 */
class TelephonyArchitectureTest {

    private static final JavaClasses TELEPHONY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hotline.telephony");

    @Test
    void thePbxAdapterKnowsNothingOfThePages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hotline.web..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
                .because("pages reach the PBX through the domain's ports, never the other way round")
                .check(TELEPHONY);
    }

    @Test
    void thePartsOfTheAdapterDependOnEachOtherWithoutCycles() {
        slices().matching("org.hotline.telephony.(*)..")
                .namingSlices("telephony $1")
                .should()
                .beFreeOfCycles()
                .check(TELEPHONY);
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
                .check(TELEPHONY);
    }
}
