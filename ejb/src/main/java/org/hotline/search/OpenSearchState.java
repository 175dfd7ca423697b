package org.hotline.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.logging.Logger;

/**
 * What the servers know about a shared OpenSearch index besides its documents ({@link OpenSearchBackend}), kept in
 * OpenSearch itself, where every server of the cluster reads it: the version of the analysis the indexes were built
 * with ({@link TextAnalysis#VERSION}, as {@link IndexedAnalysis} keeps it beside the Lucene indexes), and whether the
 * engine answers at all. The state is one document of an index of its own, {@value #INDEX}; Hibernate Search's own
 * indexes are left to it.
 */
final class OpenSearchState {

    static final String INDEX = "hotline-search-state";
    private static final String ANALYSIS = "/" + INDEX + "/_doc/analysis";
    private static final Logger LOG = Logger.getLogger(OpenSearchState.class);

    private OpenSearchState() {}

    /** The analysis version recorded by the last complete rebuild, if any. */
    static Optional<String> recordedAnalysis(EntityManagerFactory entityManagerFactory) {
        try {
            Response found = client(entityManagerFactory).performRequest(new Request("GET", ANALYSIS));
            JsonObject document = json(found);
            JsonObject source = document.getJsonObject("_source");
            return source == null ? Optional.empty() : Optional.ofNullable(source.getString("version", null));
        } catch (ResponseException answered) {
            if (answered.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty(); // never recorded: no such document, or no such index yet
            }
            throw new UncheckedIOException(answered);
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    static boolean analysisIsCurrent(EntityManagerFactory entityManagerFactory) {
        return recordedAnalysis(entityManagerFactory)
                .filter(String.valueOf(TextAnalysis.VERSION)::equals)
                .isPresent();
    }

    /** Records the application's analysis version, once a rebuild is complete. */
    static void recordAnalysis(EntityManagerFactory entityManagerFactory) {
        Request record = new Request("PUT", ANALYSIS);
        record.addParameter("refresh", "true");
        record.setJsonEntity(Json.createObjectBuilder()
                .add("version", String.valueOf(TextAnalysis.VERSION))
                .build()
                .toString());
        try {
            client(entityManagerFactory).performRequest(record);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Whether the engine answers and can serve searches: its cluster health is yellow or green (red: a shard of some
     * index has no copy at all).
     */
    static boolean serving(EntityManagerFactory entityManagerFactory) {
        Request health = new Request("GET", "/_cluster/health");
        health.addParameter("timeout", "5s");
        try {
            String status =
                    json(client(entityManagerFactory).performRequest(health)).getString("status", "red");
            return !"red".equals(status);
        } catch (IOException | RuntimeException unreachable) {
            LOG.debugf(unreachable, "OpenSearch did not answer its health check");
            return false;
        }
    }

    private static RestClient client(EntityManagerFactory entityManagerFactory) {
        return Search.mapping(entityManagerFactory)
                .backend()
                .unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
    }

    private static JsonObject json(Response response) throws IOException {
        try (InputStream body = response.getEntity().getContent();
                JsonReader reader = Json.createReader(body)) {
            return reader.readObject();
        }
    }
}
