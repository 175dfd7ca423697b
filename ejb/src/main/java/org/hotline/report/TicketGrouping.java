package org.hotline.report;

/** How the ticket report breaks tickets down, each as the SQL that gives a ticket its row. */
public enum TicketGrouping {
    TYPE("t.type"),
    /** The e-service asked about (its code); tickets about none have none. Sorted by tickets created: the top first. */
    E_SERVICE("es.code"),
    INSTITUTION("i.code");

    private final String sql;

    TicketGrouping(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
