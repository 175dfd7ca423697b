package org.hotline.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hotline.common.Csv;

/**
 * Writes a {@link ReportTable} as CSV (commons-csv, through {@link Csv}) or as an Excel workbook (Apache POI's
 * streaming SXSSF: only a window of rows is held in memory, the rest goes to a temporary file deleted when the workbook
 * is closed). The workbook has one sheet per table, a bold header, numbers as numbers, fractions as percentages, and
 * reads right to left for Arabic and Kurdish. Text goes in as inline strings, never as formulas. The CSV is for
 * machines: its header is the columns' machine names and a row's key its code; the workbook is for people: labels,
 * and a row's key by its name (the total's, a ticket type's) in the reader's language.
 */
public final class TableFormats {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The rows a sheet keeps in memory while it is written; older ones are flushed to the temporary file. */
    static final int ROWS_IN_MEMORY = 100;
    /** Excel's limit for a sheet's name. */
    private static final int SHEET_NAME_LENGTH = 31;

    private TableFormats() {}

    /**
     * RFC 4180 with CRLF, machine names as the header, fractions to four places, other numbers in plain digits, text
     * neutralised against formulas.
     */
    public static String csv(ReportTable table) {
        return Csv.written(csv -> {
            csv.row(table.columns().stream().map(ReportTable.Column::id).toArray());
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    ReportTable.Kind kind = table.columns().get(i).kind();
                    if (value != null && kind == ReportTable.Kind.TEXT) {
                        csv.text(value.toString());
                    } else if (value != null && kind == ReportTable.Kind.FRACTION) {
                        csv.value(String.format(Locale.ROOT, "%.4f", ((Number) value).doubleValue()));
                    } else if (value instanceof Double decimal && Double.isFinite(decimal)) {
                        // plain digits, never Java's 1.0E7, which a spreadsheet or a script may read otherwise
                        csv.value(BigDecimal.valueOf(decimal).toPlainString());
                    } else {
                        csv.value(value);
                    }
                }
                csv.endRow();
            }
        });
    }

    /** The tables as one workbook written to {@code out}, a sheet each, right to left when {@code rightToLeft}. */
    public static void xlsx(List<ReportTable> tables, boolean rightToLeft, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            for (int i = 1; i <= tables.size(); i++) {
                ReportTable table = tables.get(i - 1);
                Sheet sheet = workbook.createSheet(sheetName(table.name(), i, workbook));
                if (rightToLeft) {
                    sheet.setRightToLeft(true);
                }
                write(table, sheet, styles);
            }
            workbook.write(out);
        } // closing deletes the temporary files
    }

    private static void write(ReportTable table, Sheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).label());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row line = sheet.createRow(r + 1);
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value == null) {
                    continue; // an empty cell
                }
                var cell = line.createCell(c);
                switch (table.columns().get(c).kind()) {
                    // the row's key by its name, in the reader's language (the CSV keeps the code)
                    case TEXT -> cell.setCellValue(c == 0 ? table.shownKey(value) : value.toString());
                    case FRACTION -> {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(styles.percent);
                    }
                    case DECIMAL -> {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(styles.oneDecimal);
                    }
                    case COUNT -> cell.setCellValue(((Number) value).doubleValue());
                }
            }
        }
    }

    /**
     * Excel's rules for a sheet's name: 31 characters at most, none of []:*?/\, no apostrophe at either end, unique
     * regardless of case (a name already taken gets the sheet's number).
     */
    private static String sheetName(String name, int number, SXSSFWorkbook workbook) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ")
                .replaceAll("^'+|'+$", "")
                .strip();
        String candidate = cut(clean.isEmpty() ? "sheet" : clean, SHEET_NAME_LENGTH);
        if (workbook.getSheet(candidate) != null) {
            String suffix = " (" + number + ")";
            candidate = cut(candidate, SHEET_NAME_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** The workbook's cell styles, made once: Arial 11 throughout, the header bold, a percentage, a decimal. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle percent;
        final CellStyle oneDecimal;

        Styles(SXSSFWorkbook workbook) {
            workbook.getFontAt(0).setFontName("Arial");
            Font bold = workbook.createFont();
            bold.setFontName("Arial");
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }
}
