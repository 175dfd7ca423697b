package org.hotline.report;

/** How the satisfaction report breaks surveyed calls down, each as the SQL that gives a call its row. */
public enum SatisfactionGrouping {
    /** The person who answered the call, as the call and agent reports name them. */
    AGENT(CallGrouping.AGENT.sql()),
    QUEUE("c.queue"),
    /** The topic chosen in the IVR (its HOTLINE_TOPIC variable). */
    TOPIC(CallGrouping.TOPIC.sql()),
    /**
     * The e-service of the first ticket opened from the call that names one; calls without such a ticket have none.
     * A complaint about staff names none: its e-service is in the confidential part.
     */
    E_SERVICE("(select es.code from ticket t join e_service es on es.id = t.e_service_id"
            + " where t.call_linkedid = c.linkedid order by t.id limit 1)");

    private final String sql;

    SatisfactionGrouping(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
