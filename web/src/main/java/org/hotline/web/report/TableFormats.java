package org.hotline.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hotline.common.Csv;

/**
 * Writes a {@link ReportTable} as CSV (commons-csv, through {@link Csv}) or as an Excel workbook. The workbook is
 * Office Open XML (SpreadsheetML) written here in a few parts, not through a library: one sheet per table, a bold
 * header, numbers as numbers, fractions as percentages, and right to left for Arabic and Kurdish. Text goes in as
 * inline strings, never as formulas. The CSV is for machines: its header is the columns' machine names and a row's
 * key its code; the workbook is for people: labels, and a row's key by its name (the total's, a ticket type's) in the
 * reader's language.
 */
public final class TableFormats {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The workbook's cell styles: plain, the header's bold, a percentage with one decimal, a decimal with one. */
    private static final int HEADER = 1;
    private static final int PERCENT = 2;
    private static final int ONE_DECIMAL = 3;

    private TableFormats() {
    }

    /** RFC 4180 with CRLF, machine names as the header, fractions to four places, text neutralised against formulas. */
    public static String csv(ReportTable table) {
        StringBuilder file = new StringBuilder();
        try {
            Csv csv = new Csv(file).row(table.columns().stream().map(ReportTable.Column::id).toArray());
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    ReportTable.Kind kind = table.columns().get(i).kind();
                    if (value != null && kind == ReportTable.Kind.TEXT) {
                        csv.text(value.toString());
                    } else if (value != null && kind == ReportTable.Kind.FRACTION) {
                        csv.value(String.format(Locale.ROOT, "%.4f", ((Number) value).doubleValue()));
                    } else {
                        csv.value(value);
                    }
                }
                csv.endRow();
            }
        } catch (IOException cannotHappenWithAStringBuilder) {
            throw new UncheckedIOException(cannotHappenWithAStringBuilder);
        }
        return file.toString();
    }

    /** The tables as one workbook, a sheet each, right to left when {@code rightToLeft}. */
    public static byte[] xlsx(List<ReportTable> tables, boolean rightToLeft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder sheets = new StringBuilder();
            StringBuilder workbookRelations = new StringBuilder(XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS
                    + "\"><Relationship Id=\"styles\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>");
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= tables.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                sheets.append("<sheet name=\"").append(escape(sheetName(tables.get(i - 1).name(), i, names)))
                        .append("\" sheetId=\"").append(i).append("\" r:id=\"sheet").append(i).append("\"/>");
                workbookRelations.append("<Relationship Id=\"sheet").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
                part(zip, "xl/worksheets/sheet" + i + ".xml", sheet(tables.get(i - 1), rightToLeft));
            }
            part(zip, "[Content_Types].xml", types.append("</Types>").toString());
            part(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\""
                    + "workbook\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                    + "\"><sheets>" + sheets + "</sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", workbookRelations.append("</Relationships>").toString());
            part(zip, "xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\"><numFmt"
                    + " numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/></numFmts>"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Arial\"/></font><font><b/><sz val=\"11\"/>"
                    + "<name val=\"Arial\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/>"
                    + "</fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border>"
                    + "<left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf"
                    + " numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
                    + style(0, 0) + style(0, 1) + style(164, 0) + style(165, 0) + "</cellXfs></styleSheet>");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // written to memory
        }
        return bytes.toByteArray();
    }

    private static String style(int numberFormat, int font) {
        return "<xf numFmtId=\"" + numberFormat + "\" fontId=\"" + font + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (numberFormat == 0 ? "" : " applyNumberFormat=\"1\"") + (font == 0 ? "" : " applyFont=\"1\"") + "/>";
    }

    private static String sheet(ReportTable table, boolean rightToLeft) {
        StringBuilder sheet = new StringBuilder(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView"
                + (rightToLeft ? " rightToLeft=\"1\"" : "") + " workbookViewId=\"0\"/></sheetViews><sheetData>");
        sheet.append("<row r=\"1\">");
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.append(text(cell(c, 1), table.columns().get(c).label(), HEADER));
        }
        sheet.append("</row>");
        for (int r = 0; r < table.rows().size(); r++) {
            int line = r + 2;
            sheet.append("<row r=\"").append(line).append("\">");
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                ReportTable.Kind kind = table.columns().get(c).kind();
                if (value == null) {
                    continue;
                }
                if (kind == ReportTable.Kind.TEXT) {
                    // the row's key by its name, in the reader's language (the CSV keeps the code)
                    sheet.append(text(cell(c, line), c == 0 ? table.shownKey(value) : value.toString(), 0));
                } else {
                    int style = kind == ReportTable.Kind.FRACTION ? PERCENT
                            : kind == ReportTable.Kind.DECIMAL ? ONE_DECIMAL : 0;
                    sheet.append("<c r=\"").append(cell(c, line)).append('"')
                            .append(style == 0 ? "" : " s=\"" + style + "\"").append("><v>").append(value)
                            .append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        return sheet.append("</sheetData></worksheet>").toString();
    }

    private static String text(String cell, String text, int style) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"" + (style == 0 ? "" : " s=\"" + style + "\"")
                + "><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
    }

    /** A1-style reference of a zero-based column and a one-based row. */
    static String cell(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString() + row;
    }

    /**
     * Excel's rules for a sheet's name: 31 characters at most, none of []:*?/\, unique regardless of case (a name
     * already taken gets the sheet's number).
     */
    private static String sheetName(String name, int number, Set<String> taken) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        String candidate = cut(clean.isEmpty() ? "sheet" : clean, 31);
        if (taken.contains(candidate.toLowerCase(Locale.ROOT))) {
            String suffix = " (" + number + ")";
            candidate = cut(candidate, 31 - suffix.length()) + suffix;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** XML text: the five entities escaped, and the characters XML 1.0 cannot carry dropped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
