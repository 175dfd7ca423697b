package org.hotline.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.hotline.common.Role;

/**
 * An administrator replaces or extends the e-service catalogue from a CSV file (the format is in
 * {@code docs/CATALOGUE.md}). All or nothing: the whole file is read and checked before anything is written, and a
 * file with any bad row is refused with every problem and changes nothing.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CatalogueImport {

    @Inject
    private CatalogueWriter writer;

    /**
     * Creates the services and institutions whose codes are new and rewrites those that exist.
     *
     * @param csv the file's text; the caller closes it
     * @param sample whether the file is sample data rather than the portal's real catalogue
     * @throws CatalogueImportRejected when any row is bad, with all the problems; nothing is written
     */
    public ImportReport importCsv(@NotNull Reader csv, boolean sample) {
        return writer.write(CatalogueCsv.read(csv).rowsToWrite(), sample);
    }

    /**
     * Creates or rewrites one service as typed on the administrators' page, by the very rules of an import (its
     * problems name line 2 and the column of the field that is wrong).
     */
    public ImportReport save(@NotNull Map<CatalogueCsv.Column, String> service) {
        return importCsv(new StringReader(CatalogueCsv.asFile(service)), false);
    }
}
