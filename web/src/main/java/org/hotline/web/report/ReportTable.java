package org.hotline.web.report;

import java.util.List;

/**
 * A report's table as it is exported: named columns, each with its machine name (the CSV header, stable for
 * integrations), its label in the reader's language (the workbook's and the PDF's header) and its kind, and the rows
 * of values (text, whole numbers, decimals, fractions shown as percentages; null for none).
 */
public record ReportTable(String name, List<Column> columns, List<List<Object>> rows) {

    public enum Kind {
        TEXT, COUNT, DECIMAL, FRACTION
    }

    public record Column(String id, String label, Kind kind) {
    }
}
