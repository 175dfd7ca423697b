package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on the real server (issue 8, first part): e-services suggested from the Lucene index as agents type, in
 * Arabic with or without hamza and diacritics, in Kurdish and in English, from the beginnings of words.
 */
class SearchIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api agent;

    @BeforeAll
    static void anAgent() throws Exception {
        SystemUnderTest.ensureUser("search.agent", "Search Agent", PASSWORD, Role.AGENT);
        agent = Api.as("search.agent", PASSWORD);
    }

    private static List<String> suggested(String typed) throws Exception {
        Api.Answer answer = agent.get("/api/v1/e-services/suggestions?q="
                + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.text());
        return ((JsonArray) answer.json()).getValuesAs(JsonObject.class).stream().map(s -> s.getString("code"))
                .toList();
    }

    @Test
    void anEServiceIsSuggestedHoweverItsNameBeginsToBeTyped() throws Exception {
        String passport = "MOI-PASSPORT-NEW"; // إصدار جواز سفر جديد — New passport
        SystemUnderTest.eventually(java.time.Duration.ofSeconds(60), "the catalogue is indexed",
                () -> suggested("جواز").contains(passport));
        for (String typed : new String[] {"اصدار جواز", "إصدار جواز", "إِصْدَار جَوَاز", "جوا", "جـواز سفر",
            "new pass", "PASSPORT", "moi-pass"}) {
            assertTrue(suggested(typed).contains(passport), typed + " -> " + suggested(typed));
        }
        assertEquals(List.of(), suggested("زززز"), "nothing begins so");
        assertEquals(List.of(), suggested(""));
    }
}
