package org.hotline.complaint;

/** How the officers' complaint report breaks a period down, each as the SQL that gives a complaint its row. */
public enum ComplaintGrouping {
    /** The accused institution. */
    INSTITUTION("c.institution_code"),
    /** What the employee is accused of ({@link Allegation}). */
    ALLEGATION("c.allegation"),
    /** How the case ended, or that it has not ({@link ComplaintReports#OUTCOME}). */
    OUTCOME(ComplaintReports.OUTCOME);

    private final String sql;

    ComplaintGrouping(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
