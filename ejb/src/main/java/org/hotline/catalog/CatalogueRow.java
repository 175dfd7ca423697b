package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * One validated line of a catalogue file, ready to be written: the e-service and the institution that offers it.
 * Only {@link CatalogueCsv} makes them, after every rule of the format held; the optional texts and targets are null
 * when the file left them empty.
 */
public record CatalogueRow(
        long line,
        String serviceCode,
        String institutionCode,
        LocalizedName institutionName,
        LocalizedName serviceName,
        String description,
        String requiredDocuments,
        String standardAnswer,
        Duration firstResponse,
        Duration resolution) {

    public CatalogueRow {
        requireNonNull(serviceCode, "service code is required");
        requireNonNull(institutionCode, "institution code is required");
        requireNonNull(institutionName, "institution name is required");
        requireNonNull(serviceName, "service name is required");
    }
}
