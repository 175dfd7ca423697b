package org.hotline.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as every export writes it, through commons-csv: RFC 4180 with CRLF line ends, UTF-8 without a byte order mark,
 * safe to open in a spreadsheet. A cell is either a {@link #value} (numbers, codes, machine names: quoted only when
 * RFC 4180 needs it) or a {@link #text} (what people typed: always quoted, and a leading {@code = + - @}, tab or
 * carriage return neutralised with an apostrophe so that a spreadsheet never runs it as a formula). Both go through
 * the same delimiter and record separator; a null is an empty cell either way.
 */
public final class Csv {

    private static final CSVFormat VALUES = CSVFormat.RFC4180;
    private static final CSVFormat TEXTS =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();
    /** What a spreadsheet reads as the start of a formula (a tab or CR before one as well). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Appendable out;
    private boolean newRow = true;

    /** Writes to {@code out}, which the caller closes. */
    public Csv(Appendable out) {
        this.out = out;
    }

    /** The file that {@code rows} write, as text (in memory, so nothing can fail to be written). */
    public static String written(Rows rows) {
        StringBuilder file = new StringBuilder();
        try {
            rows.writeTo(new Csv(file));
        } catch (IOException cannotHappenWithAStringBuilder) {
            throw new UncheckedIOException(cannotHappenWithAStringBuilder);
        }
        return file.toString();
    }

    /** What writes a file's rows. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Csv csv) throws IOException;
    }

    /** A row of values (the header's machine names, say), ended. */
    public Csv row(Object... values) throws IOException {
        for (Object value : values) {
            value(value);
        }
        return endRow();
    }

    /** A number, a code or a machine name, as it is. */
    public Csv value(Object value) throws IOException {
        VALUES.print(value, out, newRow);
        newRow = false;
        return this;
    }

    /** Text a person wrote or reads: quoted, and never a formula. */
    public Csv text(String text) throws IOException {
        TEXTS.print(neutralised(text), out, newRow);
        newRow = false;
        return this;
    }

    public Csv endRow() throws IOException {
        VALUES.println(out);
        newRow = true;
        return this;
    }

    /** The text with an apostrophe before a leading formula character, as spreadsheets show a literal. */
    static String neutralised(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
