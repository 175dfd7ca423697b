package org.hotline.web.report;

import java.util.List;
import java.util.Map;

/**
 * A report's table as it is exported: named columns, each with its machine name (the CSV header, stable for
 * integrations), its label in the reader's language (the workbook's and the PDF's header) and its kind, and the rows
 * of values (text, whole numbers, decimals, fractions shown as percentages; null for none). A row's key (the first
 * column) is a code, which the CSV keeps for integrations to join on; the workbook and the PDF, read by people, show
 * it by its name in the reader's language ({@link #shownKey}), the total's and a ticket type's among them.
 */
public record ReportTable(String name, List<Column> columns, List<List<Object>> rows, Map<String, String> keyNames) {

    public ReportTable {
        keyNames = Map.copyOf(keyNames);
    }

    public ReportTable(String name, List<Column> columns, List<List<Object>> rows) {
        this(name, columns, rows, Map.of());
    }

    /** A row's key as people read it: its name in the reader's language, or the key itself when it has none. */
    public String shownKey(Object key) {
        return key == null ? null : keyNames.getOrDefault(key.toString(), key.toString());
    }

    public enum Kind {
        TEXT,
        COUNT,
        DECIMAL,
        FRACTION
    }

    public record Column(String id, String label, Kind kind) {}
}
