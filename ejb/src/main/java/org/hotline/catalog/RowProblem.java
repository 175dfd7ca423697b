package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong at one place of an imported catalogue file, said so that the person who keeps the spreadsheet can
 * find and fix it: the physical line of the file (the header is line 1, and a quoted value that spans lines counts
 * every one of them, as a text editor shows them), the column's header name, or {@code ""} when the whole row or the
 * file is at fault, and what is wrong as a {@link Kind} with its arguments (a code, a line, a limit), so that each
 * reader gets it in their language: pages by the bundles' {@code catalogueProblem.*}, the API in English
 * ({@link #message()}).
 */
public record RowProblem(long line, String column, Kind kind, List<String> arguments) implements Serializable {

    /** Each kind of problem, with its English wording; {@code {0}}, {@code {1}} stand for the arguments. */
    public enum Kind {
        HEADER_NOT_VALID("the header is not valid ({0}); it must be the column names, each once: {1}"),
        EMPTY_FILE("the file is empty: its first line must be the header {0}"),
        MISSING_COLUMN("the header has no column {0}"),
        UNKNOWN_COLUMN("unknown column; the columns are {0}"),
        TOO_MANY_ROWS("the file has more than {0} rows; split it into files of at most {0} rows"),
        NOT_UTF8("the file is not in UTF-8; save it as \"CSV UTF-8\" and import it again"),
        BROKEN_QUOTING("the quoting is broken ({0}): a value in double quotes must end with a double quote, and a"
                + " double quote inside it is written twice"),
        WRONG_VALUE_COUNT("the row has {0} values, the header {1}; a value with a comma or a line break must be in"
                + " double quotes"),
        RESOLUTION_BEFORE_FIRST_RESPONSE("the resolution target ({0}) is shorter than the first response target ({1})"),
        DUPLICATE_SERVICE("the service {0} is already on line {1}"),
        INSTITUTION_NAMED_OTHERWISE("the institution {0} has other names on line {1}; give it the same names (ar, en,"
                + " ku) on every row"),
        NOT_A_CODE("\"{0}\" is not a code: 2 to 32 capital Latin letters, digits, '-' or '_', starting with a letter"
                + " or digit"),
        TOO_MANY_BYTES("longer than {0} bytes"),
        TOO_LARGE("\"{0}\" is too large"),
        NOT_A_NUMBER("\"{0}\" is not a whole number of business minutes, such as 480"),
        NOT_POSITIVE("must be a positive number of business minutes, not {0}"),
        REQUIRED("is required"),
        TOO_MANY_CHARACTERS("longer than {0} characters");

        private final String english;

        Kind(String english) {
            this.english = english;
        }
    }

    public RowProblem {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1, not " + line);
        }
        requireNonNull(column, "column is required, empty for the whole row");
        requireNonNull(kind, "kind is required");
        arguments = List.copyOf(arguments);
    }

    public RowProblem(long line, String column, Kind kind, Object... arguments) {
        this(
                line,
                column,
                kind,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The problem in English, as the API says it. */
    public String message() {
        String message = kind.english;
        for (int i = 0; i < arguments.size(); i++) {
            message = message.replace("{" + i + "}", arguments.get(i));
        }
        return message;
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message();
    }
}
