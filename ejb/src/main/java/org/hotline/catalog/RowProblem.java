package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

/**
 * What is wrong at one place of an imported catalogue file, said so that the person who keeps the spreadsheet can
 * find and fix it: the physical line of the file (the header is line 1, and a quoted value that spans lines counts
 * every one of them, as a text editor shows them), the column's header name, or {@code ""} when the whole row or the
 * file is at fault.
 */
public record RowProblem(long line, String column, String message) {

    public RowProblem {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1, not " + line);
        }
        requireNonNull(column, "column is required, empty for the whole row");
        requireNonNull(message, "message is required");
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
