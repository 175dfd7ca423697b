package org.hotline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** An HTTP client of the REST API, signed in with Basic as one account, that reads JSON answers. */
final class Api {

    /**
     * One answer: status, content type, body as JSON (null when there is none), Location, raw text, Retry-After (null
     * when absent) and every header.
     */
    record Answer(
            int status,
            String contentType,
            JsonStructure json,
            String location,
            String text,
            String retryAfter,
            Map<String, List<String>> headers) {

        Answer(int status, String contentType, JsonStructure json, String location, String text, String retryAfter) {
            this(status, contentType, json, location, text, retryAfter, Map.of());
        }

        Answer(int status, String contentType, JsonStructure json, String location, String text) {
            this(status, contentType, json, location, text, null);
        }

        /** A header's first value, or null. */
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        JsonObject object() {
            return (JsonObject) json;
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    private final String baseUrl;

    private Api(String authorization, String baseUrl) {
        this.authorization = authorization;
        this.baseUrl = baseUrl;
    }

    private Api(String authorization) {
        this(authorization, SystemUnderTest.BASE_URL);
    }

    /** The same account on another server, e.g. one node of a cluster rather than its load balancer. */
    Api at(String otherBaseUrl) {
        return new Api(authorization, otherBaseUrl);
    }

    static Api as(String username, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signed in with this Authorization header as it is, e.g. {@code Bearer h5599_…}. */
    static Api withAuthorization(String authorization) {
        return new Api(authorization);
    }

    static Api anonymous() {
        return new Api(null);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, Map.of());
    }

    /** A POST with headers of its own, e.g. an {@code Idempotency-Key}. */
    Answer post(String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of a download, with its status and headers. */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HTTP.send(
                request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The raw bytes of a download sent with headers of its own (a {@code Range}), with its status and headers. */
    HttpResponse<byte[]> download(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).setHeader("Accept", "*/*");
        headers.forEach(request::header);
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A HEAD request: the status and headers a GET would have, without the body. */
    HttpResponse<Void> head(String path) throws IOException, InterruptedException {
        return HTTP.send(
                request(path)
                        .setHeader("Accept", "*/*")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Answer patch(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        JsonStructure json = null;
        if (!body.isBlank() && type.contains("json")) {
            try {
                json = Json.createReader(new StringReader(body)).read();
            } catch (jakarta.json.JsonException notJson) {
                json = null; // the assertions then show the text
            }
        }
        return new Answer(
                response.statusCode(),
                type,
                json,
                response.headers().firstValue("Location").orElse(null),
                body,
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().map());
    }
}
