package org.hotline.common;

/** How a report leaves the hotline: every export, in any of these, is audited as REPORT_EXPORTED. */
public enum ExportFormat {
    CSV,
    XLSX,
    PDF
}
