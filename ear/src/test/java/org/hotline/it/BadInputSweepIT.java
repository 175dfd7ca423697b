package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What an attacker or a careless integration sends, generated over every operation of the API's OpenAPI document:
 * boundary dates, huge and negative numbers, wrong JSON types, broken JSON, invalid UTF-8, oversized bodies, wrong
 * content types and charsets, Lucene syntax, path ids that do not exist or are not numbers; as an administrator and
 * as each other role and nobody. None may be answered with a 5xx, and the server must still answer a normal request
 * afterwards. Bodies that would change shared state (the IVR menu, holidays, keys, the catalogue) are kept invalid in
 * a second field, so that no single mutation makes them valid; the search re-index is not started by the
 * administrator (it would race the search tests), only refused to the others.
 */
class BadInputSweepIT {

    private static final String PASSWORD = "a sweep passphrase 5599";
    private static final int THREADS = 4;
    /** Generated variants per operation that takes a body, and per operation that does not. */
    private static final int BODY_VARIANTS = 110;

    private static final int PLAIN_VARIANTS = 50;

    private static final Map<String, Caller> CALLERS = new LinkedHashMap<>();
    private static String ticketNumber;
    private static String complaintNumber;

    @BeforeAll
    static void accountsAndRecords() throws Exception {
        SystemUnderTest.ensureUser("sweep.agent", "Sweep Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("sweep.supervisor", "Sweep Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("sweep.officer", "Sweep Officer", PASSWORD, Role.OFFICER);
        CALLERS.put("admin", new Caller("admin", SystemUnderTest.ADMIN_PASSWORD));
        CALLERS.put("agent", new Caller("sweep.agent", PASSWORD));
        CALLERS.put("supervisor", new Caller("sweep.supervisor", PASSWORD));
        CALLERS.put("officer", new Caller("sweep.officer", PASSWORD));
        CALLERS.put("nobody", new Caller(null, null));
        Api agent = Api.as("sweep.agent", PASSWORD);
        Api.Answer opened = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"sweep of bad input\"}");
        assertEquals(201, opened.status(), opened.text());
        ticketNumber = opened.object().getString("number");
        complaintNumber = SystemUnderTest.fileComplaint(agent, true).getString("number");
    }

    // ---------------------------------------------------------------------------------------------- the role first

    @Test
    void aWrongRoleIs403AndNobodyIs401WhateverTheBodyOrParameters() throws Exception {
        Api agent = Api.as("sweep.agent", PASSWORD);
        Api officer = Api.as("sweep.officer", PASSWORD);
        Api supervisor = Api.as("sweep.supervisor", PASSWORD);
        List<Executable> checks = new ArrayList<>();
        Map<String, Api.Answer> refused = new LinkedHashMap<>();
        refused.put("officer opens a ticket with {}", officer.post("/api/v1/tickets", "{}"));
        refused.put("officer opens a ticket with broken JSON", officer.post("/api/v1/tickets", "{not json"));
        refused.put(
                "supervisor files a complaint with a wrong type",
                supervisor.post("/api/v1/complaints", "{\"anonymous\":\"perhaps\",\"occurredOn\":\"0000-01-01\"}"));
        refused.put("agent declares a holiday on no day", agent.put("/api/v1/holidays/2026-02-30", "{}"));
        refused.put("agent replaces the IVR menu with nothing", agent.put("/api/v1/ivr/menu", "[]"));
        refused.put("agent adds a key without a code", agent.post("/api/v1/document-keys", "{}"));
        refused.put("agent asks the call report of year 0", agent.get("/api/v1/reports/calls?from=0000-01-01"));
        refused.put("supervisor asks hotspots of no date", supervisor.get("/api/v1/complaints/hotspots?to=x"));
        refused.put(
                "officer moves a ticket with a negative version",
                officer.post(
                        "/api/v1/tickets/" + ticketNumber + "/transitions", "{\"to\":\"NOWHERE\",\"version\":-1}"));
        refused.put(
                "agent unseals with no reason",
                agent.post("/api/v1/complaints/" + complaintNumber + "/unsealing", "{\"reason\":\"\"}"));
        refused.put("officer lists tickets with a negative page", officer.get("/api/v1/tickets?page=-1&size=0"));
        refused.put("agent imports documents from nowhere", agent.post("/api/v1/document-imports", "{\"file\":1}"));
        for (Map.Entry<String, Api.Answer> answer : refused.entrySet()) {
            checks.add(() -> assertProblem(answer.getValue(), 403, "forbidden", answer.getKey()));
        }
        Api.Answer nobody = Api.anonymous().post("/api/v1/tickets", "{not json");
        checks.add(() -> assertProblem(nobody, 401, "unauthorized", "nobody opens a ticket with broken JSON"));
        Api.Answer nobodyReport = Api.anonymous().get("/api/v1/reports/calls?from=99999-01-01");
        checks.add(() -> assertProblem(nobodyReport, 401, "unauthorized", "nobody asks a report of year 99999"));
        assertAll(checks);
    }

    // ------------------------------------------------------------------------------------------- dates out of range

    @Test
    void aDayOutsideTheCalendarIsA400NamingTheParameterWithoutTheLibrarysWords() throws Exception {
        Api supervisor = Api.as("sweep.supervisor", PASSWORD);
        Api officer = Api.as("sweep.officer", PASSWORD);
        Api agent = Api.as("sweep.agent", PASSWORD);
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        List<Executable> checks = new ArrayList<>();
        String[] days = {"0000-01-01", "99999-01-01", "%2B999999999-12-31", "2026-02-30", "1899-12-31", "3000-01-01"};
        for (String day : days) {
            checkNamed(checks, supervisor.get("/api/v1/reports/calls?from=" + day + "&to=2026-01-01"), "from");
            checkNamed(checks, supervisor.get("/api/v1/reports/tickets?to=" + day), "to");
            checkNamed(checks, supervisor.get("/api/v1/reports/agents?from=2026-01-01&to=" + day), "to");
            checkNamed(checks, supervisor.get("/api/v1/reports/complaints/totals?from=" + day), "from");
            checkNamed(checks, download(supervisor, "/api/v1/reports/daily.pdf?day=" + day), "day");
            checkNamed(checks, download(supervisor, "/api/v1/reports/calls.xlsx?from=" + day), "from");
            checkNamed(checks, officer.get("/api/v1/reports/complaints?from=" + day), "from");
            checkNamed(checks, officer.get("/api/v1/complaints/hotspots?from=" + day), "from");
            checkNamed(checks, officer.get("/api/v1/complaints/hotspots?to=" + day), "to");
            checkNamed(checks, agent.get("/api/v1/search?q=x&from=" + day), "from");
            checkNamed(checks, agent.get("/api/v1/search?q=x&to=" + day), "to");
            checkNamed(checks, admin.put("/api/v1/holidays/" + day, "{\"name\":\"x\"}"), "day");
        }
        for (String day : new String[] {"0000-01-01", "99999-01-01", "+999999999-12-31", "2026-02-30", "1899-12-31"}) {
            Api.Answer filed = agent.post(
                    "/api/v1/complaints",
                    "{\"institutionCode\":\"MOI\",\"accusedDescription\":"
                            + "\"موظف الشباك\",\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"طلب مبلغا\",\"anonymous\":true,"
                            + "\"occurredOn\":\"" + day + "\"}");
            checks.add(() -> assertProblem(filed, 400, "bad-request", "occurredOn " + day));
            checks.add(() -> assertFalse(leaksLibraryText(filed.text()), filed.text()));
        }
        Api.Answer epoch = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"accusedDescription\":\"x\","
                        + "\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"x\",\"anonymous\":true,"
                        + "\"occurredOn\":253402300800000}");
        checks.add(() -> assertProblem(epoch, 400, "bad-request", "a huge epoch for a day"));
        assertAll(checks);
    }

    /** A download (Accept: any type) read as an answer, so that a refusal's problem can be looked at. */
    private static Api.Answer download(Api as, String path) throws Exception {
        HttpResponse<byte[]> got = as.download(path);
        String type = got.headers().firstValue("Content-Type").orElse("");
        String text = new String(got.body(), StandardCharsets.UTF_8);
        return new Api.Answer(
                got.statusCode(),
                type,
                type.contains("json")
                        ? Json.createReader(new StringReader(text)).read()
                        : null,
                null,
                text);
    }

    @Test
    void aBodyLargerThanTheServerTakesIsRefusedWithA4xx() throws Exception {
        byte[] huge = new byte[41 * 1024 * 1024 + 16];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] start = "{\"subject\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, huge, 0, start.length);
        int status;
        try {
            // a client of its own, over HTTP/1.1: the connection the server drops is not one other tests share
            HttpClient own = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            status = own.send(
                            HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/tickets"))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/json")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("sweep.agent:" + PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException closed) {
            status = 413; // the server may close the connection on a body past its limit, which is a refusal too
        }
        assertTrue(status == 413 || status == 400, "refused as too large: " + status);
        assertEquals(200, answerAfterAClosedConnection(), "the server still answers");
    }

    /** The server closes the connection a too large body came on; the client's next request may meet the close. */
    private static int answerAfterAClosedConnection() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return Api.as("sweep.agent", PASSWORD)
                        .get("/api/v1/tickets/" + ticketNumber)
                        .status();
            } catch (java.io.IOException closed) {
                if (attempt == 3) {
                    throw closed;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void checkNamed(List<Executable> checks, Api.Answer answer, String parameter) {
        checks.add(() -> {
            assertProblem(answer, 400, "bad-request", parameter);
            assertEquals(
                    parameter,
                    answer.object().getJsonArray("errors").getJsonObject(0).getString("field"),
                    answer.text());
            assertFalse(leaksLibraryText(answer.text()), answer.text());
        });
    }

    /** The words of java.time's and the JSON libraries' exceptions, which must never reach a client. */
    private static boolean leaksLibraryText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("exception")
                || lower.contains("could not be parsed")
                || lower.contains("invalid value for")
                || lower.contains("invalid date")
                || lower.contains("yasson")
                || lower.contains("resteasy")
                || lower.contains("org.")
                || lower.contains("java.");
    }

    private static void assertProblem(Api.Answer answer, int status, String kind, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.text());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertEquals("urn:hotline:problem:" + kind, answer.object().getString("type"), what + ": " + answer.text());
    }

    // ------------------------------------------------------------------------------------------------- the sweep

    /** One operation of the OpenAPI document: its method, path template, query parameters and body types. */
    record Operation(String method, String path, List<String> query, List<String> bodyTypes) {
        String key() {
            return method + " " + path;
        }
    }

    /** One generated request. */
    record Probe(Operation operation, String caller, String path, String contentType, byte[] body, String accept) {
        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return caller + " " + operation.method() + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path)
                    + (contentType == null ? "" : " [" + contentType + "]")
                    + (body == null ? "" : " (" + body.length + " bytes) " + shown);
        }
    }

    @Test
    void tenThousandBadRequestsOverEveryOperationAnswerNo5xxAndTheServerCarriesOn() throws Exception {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 60, "every operation of the OpenAPI document: " + operations.size());
        List<Probe> probes = probes(operations);
        assertTrue(probes.size() >= 10_000, "at least 10,000 requests: " + probes.size());

        Map<String, String> failures = new ConcurrentHashMap<>();
        Map<String, String> notProblems = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perOperation = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> perStatus = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < probes.size(); i = next.getAndIncrement()) {
                        Probe probe = probes.get(i);
                        HttpResponse<String> answer;
                        try {
                            answer = CALLERS.get(probe.caller()).send(probe);
                        } catch (Exception failed) {
                            failures.putIfAbsent(
                                    probe.operation().key() + " no answer", probe.describe() + " → " + failed);
                            continue;
                        }
                        int status = answer.statusCode();
                        perStatus
                                .computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                        perOperation
                                .computeIfAbsent(probe.operation().key(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (status >= 500) {
                            failures.putIfAbsent(
                                    probe.operation().key() + " " + status,
                                    probe.describe() + " → " + status + " " + excerpt(answer.body()));
                        } else if (status >= 400
                                && !answer.headers()
                                        .firstValue("Content-Type")
                                        .orElse("")
                                        .startsWith("application/problem+json")) {
                            notProblems.putIfAbsent(
                                    probe.operation().key() + " " + status,
                                    probe.describe() + " → " + status + " "
                                            + answer.headers()
                                                    .firstValue("Content-Type")
                                                    .orElse("(none)"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.printf(
                "BadInputSweepIT: %d requests over %d operations in %d s (%.0f/s); statuses %s%n",
                probes.size(),
                operations.size(),
                took.toSeconds(),
                probes.size() * 1000.0 / took.toMillis(),
                new TreeMap<>(perStatus));

        // 4xx answered before the application (the HTTP server's own) are listed for the record, not failed on
        new TreeMap<>(notProblems)
                .forEach((what, request) ->
                        System.out.println("BadInputSweepIT: a 4xx that is not" + " a problem document: " + request));
        assertEquals(Map.of(), new TreeMap<>(failures), "requests answered 5xx (or not at all)");
        for (Operation operation : operations) {
            assertTrue(
                    perOperation
                                    .getOrDefault(operation.key(), new AtomicInteger())
                                    .get()
                            >= 40,
                    "swept: " + operation.key());
        }
        Api.Answer normal = Api.as("sweep.agent", PASSWORD).get("/api/v1/tickets/" + ticketNumber);
        assertEquals(200, normal.status(), "the server still answers: " + normal.text());
        assertEquals("sweep of bad input", normal.object().getString("subject"));
        assertEquals(200, SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).statusCode(), "still healthy");
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The operations as the server describes them at /openapi. */
    private static List<Operation> operations() throws Exception {
        Api.Answer document = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, document.status(), document.text());
        JsonObject paths = Json.createReader(new StringReader(document.text()))
                .readObject()
                .getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> item : paths.entrySet()) {
            String path = item.getKey().startsWith("/api/v1") ? item.getKey() : "/api/v1" + item.getKey();
            JsonObject methods = item.getValue().asJsonObject();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (!methods.containsKey(method)) {
                    continue;
                }
                JsonObject operation = methods.getJsonObject(method);
                List<String> query = new ArrayList<>();
                List<JsonValue> parameters = new ArrayList<>();
                if (methods.containsKey("parameters")) {
                    parameters.addAll(methods.getJsonArray("parameters"));
                }
                if (operation.containsKey("parameters")) {
                    parameters.addAll(operation.getJsonArray("parameters"));
                }
                for (JsonValue parameter : parameters) {
                    if ("query".equals(parameter.asJsonObject().getString("in", ""))) {
                        query.add(parameter.asJsonObject().getString("name"));
                    }
                }
                List<String> bodyTypes = operation.containsKey("requestBody")
                        ? new ArrayList<>(operation
                                .getJsonObject("requestBody")
                                .getJsonObject("content")
                                .keySet())
                        : List.of();
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, query, bodyTypes));
            }
        }
        return operations;
    }

    // --------------------------------------------------------------------------------------------- the generator

    private static final List<String> BAD_DAYS = List.of(
            "0000-01-01",
            "99999-12-31",
            "%2B999999999-12-31",
            "-999999999-01-01",
            "2026-02-30",
            "2026-13-01",
            "1899-12-31",
            "3000-01-01",
            "2026-1-1",
            "20260101");
    private static final List<String> BAD_NUMBERS = List.of(
            "-1",
            "0",
            "-2147483649",
            "2147483648",
            "9223372036854775808",
            "99999999999999999999999999999",
            "1e400",
            "-1e400",
            "NaN",
            "1.5",
            "0x10",
            "١٢");
    private static final List<String> BAD_WORDS = List.of(
            "",
            "%20",
            "abc",
            "true",
            "null",
            "%FF%FE",
            "%C0%AF",
            "%ED%A0%80",
            "%00",
            "%E2%80%AE",
            "a".repeat(5000),
            "%3Cscript%3E",
            "'%20or%201=1--");
    /** Lucene's query syntax, broken and greedy. */
    private static final List<String> LUCENE = List.of(
            "*",
            "*:*",
            "a~2",
            "%22unclosed",
            "(((",
            "a%20AND",
            "field:%5Ba%20TO",
            "%5C",
            "a%5E999999",
            "*a*b*c*d*",
            "%2B-!()%7B%7D%5B%5D%5E%22~*%3F:%5C/",
            "%3F",
            "%D8%A8*",
            "a*".repeat(300),
            "/.*/",
            "a%7C%7Cb%26%26c",
            "%22a%20b%22~99999");

    private static final List<String> PATH_VALUES = List.of(
            "0",
            "-1",
            "9999999",
            "99999999999999999999",
            "abc",
            "%FF%FE",
            "%C0%AF",
            "%E2%80%AE",
            "9".repeat(400),
            "1e9",
            "0000-01-01",
            "%2B999999999-12-31",
            "2026-02-30",
            "null",
            "%20",
            "a%2Fb",
            "..",
            "١٢٣٤٥٦٧");

    /** JSON values put in place of one field of a body. */
    private static final List<String> BAD_JSON_VALUES = List.of(
            "null",
            "\"\"",
            "\"0000-01-01\"",
            "\"99999-12-31\"",
            "\"+999999999-12-31\"",
            "\"2026-02-30\"",
            "253402300800000",
            "-1",
            "0",
            "1e400",
            "-1e400",
            "99999999999999999999999999",
            "9223372036854775808",
            "1.5",
            "true",
            "[]",
            "{}",
            "\"abc\"",
            "\"" + "x".repeat(20_000) + "\"",
            "\"\\u0000\\u202e\"",
            "\"\\ud800\"",
            "\"*:* OR a~2 (((\"",
            "[[[[[[[[[[1]]]]]]]]]]",
            "\"NOT_A_VALUE\"");

    /** Bodies sent whole, in place of the seed. */
    private static final List<byte[]> BAD_BODIES = List.of(
            bytes(""),
            bytes("null"),
            bytes("[]"),
            bytes("{}"),
            bytes("{not json"),
            bytes("{\"a\":"),
            bytes("\"just a string\""),
            bytes("1e999999999"),
            bytes("[".repeat(5000) + "]".repeat(5000)),
            bytes("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"),
            new byte[] {
                '{',
                '"',
                's',
                'u',
                'b',
                'j',
                'e',
                'c',
                't',
                '"',
                ':',
                '"',
                (byte) 0xFF,
                (byte) 0xC0,
                (byte) 0xAF,
                '"',
                '}'
            },
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
            bytes("%PDF-1.4\n<html><script>alert(1)</script>"),
            bytes("a,b,c\n1,2,3\n"),
            bytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=no-such-charset",
            "application/json; charset=\"",
            "application/json;;;",
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=zz",
            "image/png",
            "image/jpeg",
            "text/csv",
            "application/octet-stream",
            "*/*",
            "garbage");

    /** A body per operation: shaped as it takes it, with a second field invalid where a valid one would change state. */
    private static String seed(Operation operation) {
        String p = operation.path();
        String m = operation.method();
        if (p.endsWith("/tickets") && m.equals("POST")) {
            return "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"sweep\",\"citizenId\":987654321987,"
                    + "\"eServiceCode\":\"SWEEP-NONE\",\"callLinkedid\":\"x\"}";
        } else if (p.endsWith("/tickets/{number}") && m.equals("PATCH")) {
            return "{\"version\":999999,\"changes\":{\"subject\":\"sweep\",\"priority\":\"HIGHEST\"}}";
        } else if (p.endsWith("/transitions")) {
            return "{\"to\":\"IN_PROGRESS\",\"version\":0,\"reason\":\"sweep of bad input\",\"dueOn\":\"2026-01-01\"}";
        } else if (p.endsWith("/merge")) {
            return "{\"into\":\"1234567\",\"version\":0}";
        } else if (p.endsWith("/comments")) {
            return "{\"body\":\"sweep\",\"internal\":true}";
        } else if (p.contains("/citizens")) {
            return "{\"phone\":\"0770\",\"fullName\":\"sweep\",\"nationalId\":\"1\"}";
        } else if (p.endsWith("/complaints") && m.equals("POST")) {
            return "{\"institutionCode\":\"SWEEP-NONE\",\"accusedDescription\":\"x\",\"allegation\":\"BRIBE_REQUEST\","
                    + "\"occurredOn\":\"2026-01-01\",\"narrative\":\"sweep\",\"anonymous\":true,"
                    + "\"eServiceCode\":\"SWEEP-NONE\",\"callLinkedid\":\"x\"}";
        } else if (p.endsWith("/questions")) {
            return "{\"question\":\"sweep of bad input?\",\"daysToAnswer\":7}";
        } else if (p.endsWith("/assignee")) {
            return "{\"officer\":\"sweep.none\"}";
        } else if (p.endsWith("/unsealing")) {
            return "{\"reason\":\"sweep of bad input\"}";
        } else if (p.endsWith("/documents") && m.equals("POST")) {
            return "{\"number\":\"SWEEP/1\",\"institutionCode\":\"SWEEP-NONE\",\"type\":\"CERTIFICATE\","
                    + "\"issueDate\":\"2026-01-01\",\"subject\":\"x\",\"holderName\":\"x\",\"contentSha256\":\"zz\"}";
        } else if (p.contains("/documents/status")) {
            return "{\"status\":\"REVOKED\",\"reason\":\"sweep of bad input\",\"supersededBy\":\"SWEEP/2\"}";
        } else if (p.contains("/documents/checks")) {
            return "{\"number\":\"SWEEP-NONE\"}";
        } else if (p.endsWith("/document-keys")) {
            return "{\"institutionCode\":\"SWEEP-NONE\",\"publicKey\":\"zz\"}";
        } else if (p.endsWith("/rotation")) {
            return "{\"institutionCode\":\"SWEEP-NONE\"}";
        } else if (p.endsWith("/revocation")) {
            return "{\"reason\":\"sweep of bad input\"}";
        } else if (p.endsWith("/document-imports")) {
            return "{\"file\":\"sweep-none.csv\"}";
        } else if (p.contains("/holidays")) {
            return "{\"name\":\"sweep\"}";
        } else if (p.endsWith("/ivr/menu")) {
            return "[{\"digit\":\"9\",\"queue\":\"sweep\"}]"; // digit 9 is the language key, and no topic
        } else if (p.endsWith("/phone/queues")) {
            return "{\"queues\":[\"sweep-none\"]}";
        } else if (p.endsWith("/phone/pause")) {
            return "{\"reason\":\"PRAYER\"}";
        }
        return "{\"value\":\"sweep\"}";
    }

    private static List<Probe> probes(List<Operation> operations) {
        Random random = new Random(5599);
        List<String> others = List.of("agent", "supervisor", "officer", "nobody");
        List<Probe> probes = new ArrayList<>();
        int rotation = 0;
        for (Operation operation : operations) {
            boolean reindex = operation.path().endsWith("/search/reindex")
                    && operation.method().equals("POST");
            List<Function<String, Probe>> variants = variants(operation, random);
            for (Function<String, Probe> variant : variants) {
                // as an administrator, and as each other role in turn
                if (!reindex) {
                    probes.add(variant.apply("admin"));
                }
                probes.add(variant.apply(others.get(rotation++ % others.size())));
                if (reindex) {
                    probes.add(variant.apply(others.get(rotation++ % others.size())));
                }
            }
        }
        Collections.shuffle(probes, random); // the operations interleave, as a real crowd's would
        return probes;
    }

    private static List<Function<String, Probe>> variants(Operation operation, Random random) {
        boolean takesBody = !operation.bodyTypes().isEmpty()
                || Set.of("POST", "PUT", "PATCH").contains(operation.method());
        int wanted = takesBody ? BODY_VARIANTS : PLAIN_VARIANTS;
        String json = seed(operation);
        String bodyType = operation.bodyTypes().isEmpty()
                ? "application/json"
                : operation.bodyTypes().get(0);
        List<Function<String, Probe>> variants = new ArrayList<>();
        // each path parameter, with every bad value (the others plausible)
        for (String parameter : pathParameters(operation.path())) {
            for (String value : pathValues(parameter)) {
                String path = fill(operation.path(), parameter, value);
                variants.add(
                        as -> probe(operation, as, path, takesBody ? bodyType : null, takesBody ? bytes(json) : null));
            }
        }
        String plain = fill(operation.path(), null, null);
        // each query parameter, with every bad value
        for (String parameter : operation.query()) {
            for (String value : queryValues(parameter)) {
                String path = plain + "?" + parameter + "=" + value;
                variants.add(
                        as -> probe(operation, as, path, takesBody ? bodyType : null, takesBody ? bytes(json) : null));
            }
        }
        if (takesBody) {
            for (String field : fields(json)) {
                for (String value : BAD_JSON_VALUES) {
                    String mutated = replaceField(json, field, value);
                    variants.add(as -> probe(operation, as, plain, bodyType, bytes(mutated)));
                }
            }
            for (byte[] body : BAD_BODIES) {
                variants.add(as -> probe(operation, as, plain, bodyType, body));
            }
            for (String type : CONTENT_TYPES) {
                variants.add(as -> probe(operation, as, plain, type, bytes(json)));
            }
            variants.add(as -> probe(operation, as, plain, null, bytes(json)));
            variants.add(as -> probe(operation, as, plain, bodyType, new byte[2 * 1024 * 1024 + 1]));
        } else {
            variants.add(as -> probe(operation, as, plain, "application/json", bytes("{not json")));
            variants.add(as -> probe(operation, as, plain, "application/json; charset=no-such", bytes("{}")));
        }
        variants.add(as -> new Probe(operation, as, plain, null, null, "application/xml"));
        variants.add(as -> new Probe(operation, as, plain + "?" + "x=" + "%FF".repeat(2000), null, null, null));
        // then random mixtures of the above until the operation has its share
        List<Function<String, Probe>> systematic = List.copyOf(variants);
        while (variants.size() < wanted) {
            StringBuilder path = new StringBuilder(fill(operation.path(), null, null));
            for (String parameter : pathParameters(operation.path())) {
                List<String> values = pathValues(parameter);
                path = new StringBuilder(fill(path.toString(), parameter, values.get(random.nextInt(values.size()))));
            }
            String separator = "?";
            for (String parameter : operation.query()) {
                if (random.nextBoolean()) {
                    List<String> values = queryValues(parameter);
                    path.append(separator)
                            .append(parameter)
                            .append('=')
                            .append(values.get(random.nextInt(values.size())));
                    separator = "&";
                }
            }
            String mixed = path.toString();
            if (takesBody) {
                List<String> fields = fields(json);
                String body = fields.isEmpty()
                        ? json
                        : replaceField(
                                json,
                                fields.get(random.nextInt(fields.size())),
                                BAD_JSON_VALUES.get(random.nextInt(BAD_JSON_VALUES.size())));
                String type =
                        random.nextInt(4) == 0 ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())) : bodyType;
                variants.add(as -> probe(operation, as, mixed, type, bytes(body)));
            } else if (operation.query().isEmpty()
                    && pathParameters(operation.path()).isEmpty()) {
                variants.add(systematic.get(random.nextInt(systematic.size())));
            } else {
                variants.add(as -> probe(operation, as, mixed, null, null));
            }
        }
        return variants;
    }

    private static Probe probe(Operation operation, String as, String path, String contentType, byte[] body) {
        return new Probe(operation, as, path, contentType, body, "application/json, application/problem+json, */*");
    }

    private static List<String> queryValues(String parameter) {
        List<String> values = new ArrayList<>(BAD_WORDS);
        values.addAll(BAD_NUMBERS);
        values.addAll(BAD_DAYS);
        if (parameter.equals("q")) {
            values.addAll(LUCENE);
        }
        return values;
    }

    private static List<String> pathValues(String parameter) {
        List<String> values = new ArrayList<>(PATH_VALUES);
        switch (parameter) {
            case "number", "ticket" -> {
                values.add(ticketNumber);
                values.add(complaintNumber);
            }
            case "day" -> values.addAll(BAD_DAYS);
            case "format" -> values.addAll(List.of("csv", "xlsx", "CSV", "pdf"));
            default -> {}
        }
        return values;
    }

    private static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    /** The template with {@code parameter} set to {@code value} and every other parameter set to a plausible value. */
    private static String fill(String template, String parameter, String value) {
        var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String replacement = name.equals(parameter)
                    ? value
                    : switch (name) {
                        case "number", "ticket" -> ticketNumber;
                        case "format" -> "csv";
                        case "day" -> "2026-02-30";
                        default -> "999999";
                    };
            matcher.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The top-level field names of a seed object (or of the first object of a seed array). */
    private static List<String> fields(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        JsonObject object = value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().getJsonObject(0)
                : value.asJsonObject();
        return new ArrayList<>(object.keySet());
    }

    private static String replaceField(String json, String field, String rawValue) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        boolean array = value.getValueType() == JsonValue.ValueType.ARRAY;
        JsonObject object = array ? value.asJsonArray().getJsonObject(0) : value.asJsonObject();
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"')
                    .append(entry.getKey())
                    .append("\":")
                    .append(
                            entry.getKey().equals(field)
                                    ? rawValue
                                    : entry.getValue().toString());
        }
        out.append('}');
        return array ? "[" + out + "]" : out.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ the callers

    /**
     * A signed-in client that keeps its session cookie, so the sweep does not pay the password hash on every request
     * (that cost is the sign-in's defence, not what is tested here); it signs in again with Basic when the session is
     * gone.
     */
    static final class Caller {
        private final String authorization;
        private final HttpClient http;
        private final Object signIn = new Object();
        private volatile boolean signedIn;

        Caller(String username, String password) {
            this.authorization = username == null
                    ? null
                    : "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        HttpResponse<String> send(Probe probe) throws Exception {
            if (authorization != null && !signedIn) {
                synchronized (signIn) {
                    if (!signedIn) {
                        HttpResponse<String> first = http.send(
                                HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/holidays"))
                                        .header("Authorization", authorization)
                                        .timeout(Duration.ofSeconds(30))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, first.statusCode(), "signed in: " + first.body());
                        signedIn = true;
                    }
                }
            }
            HttpResponse<String> answer = http.send(request(probe), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401 && authorization != null) {
                signedIn = false; // the session ended: sign in again and repeat once
                synchronized (signIn) {
                    HttpRequest again = HttpRequest.newBuilder(request(probe), (name, value) -> true)
                            .header("Authorization", authorization)
                            .build();
                    answer = http.send(again, HttpResponse.BodyHandlers.ofString());
                    signedIn = answer.statusCode() != 401;
                }
            }
            return answer;
        }

        private static HttpRequest request(Probe probe) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + probe.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Origin", SystemUnderTest.BASE_URL); // the server's own pages, as a browser would send
            if (probe.accept() != null) {
                request.header("Accept", probe.accept());
            }
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            HttpRequest.BodyPublisher body = probe.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(probe.body());
            return request.method(probe.operation().method(), body).build();
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
