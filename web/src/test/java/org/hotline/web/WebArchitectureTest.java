package org.hotline.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules of the web module: its areas depend on each other in one direction only. */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hotline.web");

    @Test
    void theAreasOfTheWebModuleDependOnEachOtherWithoutCycles() {
        slices().matching("org.hotline.web.(*)..").namingSlices("web $1")
                .should().beFreeOfCycles()
                .check(WEB);
    }
}
