package org.hotline.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Gives a new installation a catalogue to work with: when there is no e-service at all, it loads the packaged sample
 * catalogue, marked as sample data, so agents can try searching and filing tickets before the real catalogue is
 * imported. A production installation sets {@code HOTLINE_SAMPLE_CATALOGUE=false} and starts empty. It writes through
 * {@link CatalogueWriter} rather than the ADMIN-only {@link CatalogueImport}, because at start-up there is no caller.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SampleCatalogue {

    static final String SWITCH_VARIABLE = CatalogueSettings.SAMPLE;
    static final String RESOURCE = "/catalogue/sample-catalogue.csv";
    private static final Logger LOG = Logger.getLogger(SampleCatalogue.class);

    @Inject
    private CatalogueWriter writer;

    @Inject
    private CatalogueSettings settings;

    @PostConstruct
    void loadIntoEmptyCatalogue() {
        if (!settings.loadsSample()) {
            return;
        }
        if (!writer.hasNoServices()) {
            return;
        }
        ImportReport loaded = writer.write(readSample().rowsToWrite(), true);
        LOG.infof(
                "The catalogue was empty: loaded the sample catalogue, %d institutions and %d e-services, all marked"
                        + " as sample data. Import the real catalogue to replace it; set %s=false to start empty.",
                loaded.institutionsCreated(), loaded.servicesCreated(), SWITCH_VARIABLE);
    }

    /** The packaged sample; a unit test reads it the same way and checks it has no problem. */
    static CatalogueFile readSample() {
        try (InputStream bytes = SampleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (bytes == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the deployment");
            }
            try (Reader text = CatalogueCsv.utf8(bytes)) {
                return CatalogueCsv.read(text);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read " + RESOURCE, unreadable);
        }
    }
}
