package org.hotline.catalog;

import java.util.List;

/**
 * A catalogue file as {@link CatalogueCsv} read it: either rows to write, or the problems that stop it. Never both, so
 * nobody can write the good rows of a file that has bad ones.
 */
public record CatalogueFile(List<CatalogueRow> rows, List<RowProblem> problems) {

    public CatalogueFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        if (!rows.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a file with problems has no rows to write");
        }
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The rows to write, when the file had no problem at all. */
    List<CatalogueRow> rowsToWrite() {
        if (!accepted()) {
            throw new CatalogueImportRejected(problems);
        }
        return rows;
    }
}
