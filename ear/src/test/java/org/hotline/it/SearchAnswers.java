package org.hotline.it;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/** Reads the search API's answers as a test compares them. */
final class SearchAnswers {

    private SearchAnswers() {
    }

    /** A part's facets (tickets or complaints): facet name, then each value with its count. */
    static Map<String, Map<String, Integer>> facets(JsonObject part) {
        Map<String, Map<String, Integer>> facets = new HashMap<>();
        for (JsonObject facet : part.getJsonArray("facets").getValuesAs(JsonObject.class)) {
            Map<String, Integer> counts = new HashMap<>();
            facet.getJsonArray("values").getValuesAs(JsonObject.class)
                    .forEach(v -> counts.put(v.getString("value"), v.getInt("count")));
            facets.put(facet.getString("name"), counts);
        }
        return facets;
    }
}
