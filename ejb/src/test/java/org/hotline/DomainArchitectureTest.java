package org.hotline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the domain (this module) the centre: it knows nothing of the pages, the API, the PBX library or
 * the modules built on it, and its areas depend on each other in one direction only. A violation fails the build with
 * the rule's text and every offending dependency.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.hotline");

    @Test
    void theDomainKnowsNeitherThePagesNorTheApiNorThePbx() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hotline.web..",
                        "org.hotline.telephony..",
                        "jakarta.faces..",
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "jakarta.websocket..",
                        "org.primefaces..",
                        "org.asteriskjava..")
                .because("the domain is reached through its boundaries; pages, the API and the PBX adapt to it")
                .check(DOMAIN);
    }

    @Test
    void theDomainAreasDependOnEachOtherWithoutCycles() {
        slices().matching("org.hotline.(*)..")
                .namingSlices("area $1")
                .should()
                .beFreeOfCycles()
                .because("an area that needs another is built on it; shared vocabulary lives in org.hotline.common")
                .check(DOMAIN);
    }

    @Test
    void theSharedVocabularyDependsOnNoArea() {
        noClasses()
                .that()
                .resideInAPackage("org.hotline.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.hotline..").and(not(resideInAPackage("org.hotline.common.."))))
                .because("every area may use the shared vocabulary, so it can use none of them")
                .check(DOMAIN);
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
                .check(DOMAIN);
    }
}
