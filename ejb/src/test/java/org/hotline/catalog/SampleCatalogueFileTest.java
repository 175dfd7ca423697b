package org.hotline.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The packaged sample must load on a new installation: a problem in it would stop the deployment. */
class SampleCatalogueFileTest {

    private static final String SAMPLE_MARK = "بيانات تجريبية — Sample data: ";

    private final CatalogueFile sample = SampleCatalogue.readSample();

    @Test
    void theSampleHasNoProblemAndAboutFortyServicesOfEightInstitutions() {
        assertEquals(List.of(), sample.problems());
        assertEquals(42, sample.rows().size());
        assertEquals(
                Set.of("MOI", "MOH", "MOHESR", "TRAFFIC", "MOLSA", "MOJ", "NDC", "GCT"),
                sample.rows().stream().map(CatalogueRow::institutionCode).collect(Collectors.toSet()));
    }

    @Test
    void everySampleServiceSaysItIsSampleDataAndHasWhatAnAgentReadsOut() {
        for (CatalogueRow row : sample.rows()) {
            assertTrue(row.description().startsWith(SAMPLE_MARK), row.serviceCode());
            assertTrue(row.requiredDocuments() != null && row.standardAnswer() != null, row.serviceCode());
        }
    }

    @Test
    void someSampleServicesHaveKurdishNamesAndTargets() {
        assertTrue(
                sample.rows().stream().filter(r -> r.serviceName().ku() != null).count() >= 10);
        assertTrue(sample.rows().stream().filter(r -> r.firstResponse() != null).count() >= 10);
    }
}
