package org.hotline.report;

import org.hotline.security.AgentNames;

/** How the call report breaks a period down, each as the SQL that gives a call its row. */
public enum CallGrouping {
    /** The Baghdad hour a call entered (00–23), over every day of the period. */
    HOUR("lpad(hour" + CallMetrics.LOCAL_ENTERED + ", 2, '0')"),
    /** The Baghdad day a call entered. */
    DAY("date_format(" + CallMetrics.LOCAL_ENTERED + ", '%Y-%m-%d')"),
    QUEUE("c.queue"),
    /** The topic chosen in the IVR (its HOTLINE_TOPIC variable). */
    TOPIC("case when concat(';', c.ivr_choices) like '%;TOPIC=%' then substring_index(substring_index("
            + "concat(';', c.ivr_choices), ';TOPIC=', -1), ';', 1) end"),
    /**
     * The person who answered, by the name the call log keeps for the agent (the PBX's member name, else interface):
     * the members of one person make one row, a member nobody was given its own ({@link AgentNames}). Unanswered
     * calls have none.
     */
    AGENT(AgentNames.nameSql("c.agent", "c.agent_key")),
    /** The last step the IVR recorded (its HOTLINE_STEP variable): for calls ended in the IVR, where callers hang up. */
    LAST_STEP("case when concat(';', c.ivr_choices) like '%;STEP=%' then substring_index(substring_index("
            + "concat(';', c.ivr_choices), ';STEP=', -1), ';', 1) end");

    private final String sql;

    CallGrouping(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
