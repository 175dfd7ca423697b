package org.hotline.it;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/** Reads the search API's answers as a test compares them. */
final class SearchAnswers {

    private SearchAnswers() {}

    /** A ticket written straight into the database, as a migration from an old system would: the index misses it. */
    static void writePastTheApplication(String subject) throws Exception {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        SystemUnderTest.execute(
                "insert into ticket (type, channel, priority, status, subject, created_at, created_by,"
                        + " updated_at, first_response_minutes, resolution_minutes, sla_state, version) values ('ENQUIRY',"
                        + " 'PHONE', 'NORMAL', 'NEW', ?, ?, 'migration', ?, 60, 2880, 'ON_TRACK', 0)",
                subject,
                now,
                now);
    }

    /** A part's facets (tickets or complaints): facet name, then each value with its count. */
    static Map<String, Map<String, Integer>> facets(JsonObject part) {
        Map<String, Map<String, Integer>> facets = new HashMap<>();
        for (JsonObject facet : part.getJsonArray("facets").getValuesAs(JsonObject.class)) {
            Map<String, Integer> counts = new HashMap<>();
            facet.getJsonArray("values")
                    .getValuesAs(JsonObject.class)
                    .forEach(v -> counts.put(v.getString("value"), v.getInt("count")));
            facets.put(facet.getString("name"), counts);
        }
        return facets;
    }
}
