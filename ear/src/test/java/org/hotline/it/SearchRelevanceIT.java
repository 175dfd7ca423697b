package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.hotline.search.RelevanceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search's relevance on the real server: the relevance sets' tickets created through the ticket API by an agent,
 * each set under an e-service of its own that no other test uses (imported here, named with words no query types),
 * then every query typed into {@code GET /api/v1/search} filtered to that e-service, ten hits, mapped back to the
 * set's ids by ticket number and scored as {@code RelevanceTest} scores Lucene alone. The new set must find the first
 * expected ticket among the ten for at least 95 % of its queries, and the old set must keep the MRR it had before
 * the analysis of Iraqi typing.
 */
class SearchRelevanceIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api agent;
    private static Api admin;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("relevance.agent", "Relevance Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("relevance.admin", "Relevance Admin", PASSWORD, Role.ADMIN);
        agent = Api.as("relevance.agent", PASSWORD);
        admin = Api.as("relevance.admin", PASSWORD);
    }

    @Test
    void theNewSetFindsTheTicketAgentsLookFor() throws Exception {
        RelevanceSet.Report report = run(RelevanceSet.current());
        assertTrue(
                report.overall().recall() >= RelevanceSet.NEW_RECALL_MIN,
                "the new set's recall@10 through the API is below " + Math.round(100 * RelevanceSet.NEW_RECALL_MIN)
                        + " %:\n" + report.table());
    }

    @Test
    void theOldTestsQueriesRankNoWorseThanBefore() throws Exception {
        RelevanceSet.Report report = run(RelevanceSet.old());
        assertTrue(
                report.overall().mrr() >= RelevanceSet.OLD_MRR_MIN,
                "the old set's MRR through the API fell below " + RelevanceSet.OLD_MRR_MIN + ":\n" + report.table()
                        + report.missList());
    }

    /** Creates the set's tickets under an e-service of their own, types every query, prints and returns the scores. */
    private static RelevanceSet.Report run(RelevanceSet set) throws Exception {
        String eService = "IT-REL-" + set.name().toUpperCase(Locale.ROOT) + "-"
                + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Api.Answer imported = admin.postBytes(
                "/api/v1/e-services/import",
                "text/csv",
                (CatalogueIT.HEADER + eService
                                + ",IT-REL,مديرية قياس الصلة,Relevance directorate,,قياس الصلة,Relevance set,,,,,60,480\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.text());

        Map<String, String> idsByNumber = new HashMap<>();
        for (RelevanceSet.Document document : set.documents()) {
            JsonObjectBuilder ticket = Json.createObjectBuilder()
                    .add("type", "ENQUIRY")
                    .add("channel", "PHONE")
                    .add("subject", document.subject())
                    .add("eServiceCode", eService);
            if (!document.description().isBlank()) {
                ticket.add("description", document.description());
            }
            Api.Answer created = agent.post("/api/v1/tickets", ticket.build().toString());
            assertEquals(201, created.status(), document.id() + ": " + created.text());
            idsByNumber.put(created.object().getString("number"), document.id());
        }
        SystemUnderTest.eventually(
                Duration.ofSeconds(60),
                "the index holds the " + set.name() + " set's tickets",
                () -> search("", eService, 1).getJsonObject("tickets").getInt("total")
                        == set.documents().size());

        RelevanceSet.Report report = set.score(query -> {
            try {
                return search(query.text(), eService, RelevanceSet.TOP)
                        .getJsonObject("tickets")
                        .getJsonArray("hits")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(hit -> idsByNumber.getOrDefault(hit.getString("number"), hit.getString("number")))
                        .toList();
            } catch (Exception e) {
                throw new IllegalStateException(query.text(), e);
            }
        });
        System.out.println("Through GET /api/v1/search:\n" + report.table());
        System.out.println(report.missList());
        return report;
    }

    private static JsonObject search(String text, String eService, int size) throws Exception {
        Api.Answer answer = agent.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&eService=" + eService + "&size=" + size);
        assertEquals(200, answer.status(), text + ": " + answer.text());
        return answer.object();
    }
}
