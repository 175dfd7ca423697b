package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API on the real server and MariaDB: what integrations see, including every kind of mistake. */
class TicketApiIT {

    private static final String PASSWORD = "an api passphrase 5599";
    private static Api agent;

    @BeforeAll
    static void integrationUser() throws Exception {
        SystemUnderTest.ensureUser("api.agent", "API Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("api.officer", "API Officer", PASSWORD, Role.OFFICER);
        agent = Api.as("api.agent", PASSWORD);
    }

    private static void assertProblem(Api.Answer answer, int status, String kind) {
        assertEquals(status, answer.status(), answer.text());
        assertTrue(
                answer.contentType().startsWith("application/problem+json"),
                answer.contentType() + " " + answer.text());
        assertEquals("urn:hotline:problem:" + kind, answer.object().getString("type"), answer.text());
        assertEquals(status, answer.object().getInt("status"));
    }

    private static List<String> fields(Api.Answer problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .sorted()
                .toList();
    }

    private static JsonObject openTicket(String extra) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"استفسار عن تجديد جواز السفر\"" + extra
                        + "}");
        assertEquals(201, created.status(), created.text());
        return created.object();
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheAnswerIs401WithAChallenge() throws Exception {
        assertProblem(Api.anonymous().get("/api/v1/tickets"), 401, "unauthorized");
        assertProblem(Api.as("api.agent", "wrong password here").get("/api/v1/tickets"), 401, "unauthorized");
    }

    @Test
    void aCallerFoundByPhoneGetsATicketThatCanBeReadBackByItsNumberInAnyDigits() throws Exception {
        Api.Answer registered = agent.post(
                "/api/v1/citizens",
                "{\"phone\":\"٠٧٧٠ ١٢٣ ٤٥٦٧\",\"fullName\":\"علي حسين\",\"nationalId\":\"199012345678\"}");
        assertEquals(201, registered.status(), registered.text());
        assertEquals(
                "+9647701234567", registered.object().getJsonArray("phones").getString(0));
        assertEquals("••••••••5678", registered.object().getString("maskedNationalId"), "only the last four shown");

        Api.Answer found = agent.get("/api/v1/citizens?phone=%2B964%20770%20123%204567");
        assertEquals(200, found.status(), found.text());
        long citizenId = found.object().getJsonNumber("id").longValue();
        assertEquals(registered.object().getJsonNumber("id").longValue(), citizenId);

        JsonObject ticket = openTicket(",\"citizenId\":" + citizenId + ",\"priority\":\"HIGH\"");
        String number = ticket.getString("number");
        assertTrue(number.matches("[0-9]{7,}"), number);
        assertEquals("NEW", ticket.getString("status"));
        assertEquals("ON_TRACK", ticket.getString("slaState"));
        assertEquals("ON_TRACK", ticket.getString("firstResponseState"));
        assertNotNull(ticket.get("resolutionDueAt"));
        assertEquals("علي حسين", ticket.getJsonObject("citizen").getString("fullName"));
        assertEquals("api.agent", ticket.getString("createdBy"));

        String arabicDigits = number.chars()
                .mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
        Api.Answer read = agent.get("/api/v1/tickets/" + java.net.URLEncoder.encode(arabicDigits, "UTF-8"));
        assertEquals(200, read.status(), read.text());
        assertEquals("استفسار عن تجديد جواز السفر", read.object().getString("subject"));
        assertEquals(
                "CREATED",
                read.object().getJsonArray("timeline").getJsonObject(0).getString("kind"));
    }

    @Test
    void theSameNumberCannotBelongToTwoCitizens() throws Exception {
        assertEquals(
                201,
                agent.post("/api/v1/citizens", "{\"phone\":\"07801112233\"}").status());
        assertProblem(agent.post("/api/v1/citizens", "{\"phone\":\"+964 780 111 2233\"}"), 409, "phone-taken");
        Api.Answer invalid = agent.post("/api/v1/citizens", "{\"phone\":\"0770\"}");
        assertProblem(invalid, 400, "invalid-phone-number");
        assertEquals(List.of("phone"), fields(invalid));
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        Api.Answer problem = agent.post("/api/v1/tickets", "{}");
        assertProblem(problem, 400, "invalid-request");
        assertEquals(List.of("channel", "subject", "type"), fields(problem));
    }

    @Test
    void wrongTypesAndBrokenJsonAre400NotA500() throws Exception {
        assertProblem(
                agent.post("/api/v1/tickets", "{\"type\":\"NOT_A_TYPE\",\"channel\":\"PHONE\",\"subject\":\"x\"}"),
                400,
                "bad-request");
        assertProblem(
                agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"x\","
                                + "\"citizenId\":\"not a number\"}"),
                400,
                "bad-request");
        assertProblem(agent.post("/api/v1/tickets", "{not json"), 400, "bad-request");
        assertProblem(agent.get("/api/v1/tickets?page=-1"), 400, "invalid-request");
    }

    @Test
    void anUnknownEServiceIsNamedAsTheFieldThatIsWrong() throws Exception {
        Api.Answer problem = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                        + "\"subject\":\"x\",\"eServiceCode\":\"NO-SUCH-SERVICE\"}");
        assertProblem(problem, 400, "unknown-reference");
        assertEquals(List.of("eServiceCode"), fields(problem));
    }

    @Test
    void aMistypedNumberIsRefusedAndAnUnknownOneIsNotFound() throws Exception {
        String number = openTicket("").getString("number");
        String swapped = number.substring(0, 2) + number.charAt(3) + number.charAt(2) + number.substring(4);
        if (!swapped.equals(number)) {
            assertProblem(agent.get("/api/v1/tickets/" + swapped), 400, "invalid-ticket-number");
        }
        char last = number.charAt(number.length() - 1);
        String wrongCheckDigit = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        assertProblem(agent.get("/api/v1/tickets/" + wrongCheckDigit), 400, "invalid-ticket-number");
        String unknown = unknownButValidNumber();
        assertProblem(agent.get("/api/v1/tickets/" + unknown), 404, "ticket-not-found");
    }

    private static String unknownButValidNumber() {
        for (long sequence = 900_000_000L; ; sequence++) {
            return org.hotline.ticket.TicketNumber.forSequence(sequence).digits();
        }
    }

    @Test
    void onlyAllowedTransitionsAndOnlyAgainstTheCurrentVersion() throws Exception {
        JsonObject ticket = openTicket("");
        String number = ticket.getString("number");
        long version = ticket.getJsonNumber("version").longValue();

        assertProblem(
                agent.post(
                        "/api/v1/tickets/" + number + "/transitions",
                        "{\"to\":\"CLOSED\",\"version\":" + version + "}"),
                409,
                "invalid-transition");

        Api.Answer opened = agent.post(
                "/api/v1/tickets/" + number + "/transitions",
                "{\"to\":\"OPEN\",\"version\":" + version + ",\"reason\":\"الموظف بدأ العمل\"}");
        assertEquals(200, opened.status(), opened.text());
        assertEquals("OPEN", opened.object().getString("status"));

        Api.Answer stale = agent.post(
                "/api/v1/tickets/" + number + "/transitions",
                "{\"to\":\"PENDING_CITIZEN\",\"version\":" + version + "}");
        assertProblem(stale, 409, "stale-version");
        assertEquals("OPEN", agent.get("/api/v1/tickets/" + number).object().getString("status"), "nothing changed");

        Api.Answer waiting = agent.post(
                "/api/v1/tickets/" + number + "/transitions",
                "{\"to\":\"PENDING_CITIZEN\",\"version\":" + opened.object().getJsonNumber("version") + "}");
        assertEquals("PENDING_CITIZEN", waiting.object().getString("status"));
        assertTrue(
                !waiting.object().containsKey("resolutionDueAt")
                        || waiting.object().isNull("resolutionDueAt"),
                "nothing falls due while waiting for the citizen");
        JsonObject move = waiting.object().getJsonArray("timeline").getJsonObject(2);
        assertEquals("STATUS_CHANGED", move.getString("kind"));
        assertEquals("OPEN", move.getString("from"));
    }

    @Test
    void commentsUpdatesAndTheListWithFiltersAndPaging() throws Exception {
        JsonObject ticket = openTicket(",\"teamCode\":\"PORTAL\"");
        String number = ticket.getString("number");
        Api.Answer commented = agent.post(
                "/api/v1/tickets/" + number + "/comments",
                "{\"body\":\"اتصلنا بالمواطن وشرحنا الخطوات\",\"internal\":false}");
        assertEquals(201, commented.status(), commented.text());
        assertEquals(
                "اتصلنا بالمواطن وشرحنا الخطوات",
                commented.object().getJsonArray("comments").getJsonObject(0).getString("body"));
        assertNotNull(commented.object().get("firstRespondedAt"));
        assertEquals(
                "ON_TRACK",
                SystemUnderTest.queryString(
                        "select first_response_state from ticket where id = ?",
                        org.hotline.ticket.TicketNumber.parse(number).sequence()),
                "kept for the reports: answered within the first-response SLA");

        Api.Answer updated = agent.patch(
                "/api/v1/tickets/" + number,
                "{\"version\":" + commented.object().getJsonNumber("version")
                        + ",\"changes\":{\"priority\":\"URGENT\",\"assignee\":\"api.agent\"}}");
        assertEquals(200, updated.status(), updated.text());
        assertEquals("URGENT", updated.object().getString("priority"));
        assertEquals("api.agent", updated.object().getString("assignee"));

        Api.Answer page = agent.get("/api/v1/tickets?team=PORTAL&assignee=api.agent&size=5&page=0");
        assertEquals(200, page.status(), page.text());
        assertTrue(page.object().getJsonNumber("total").longValue() >= 1);
        assertTrue(
                page.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(row -> row.getString("number").equals(number)),
                page.text());
        assertEquals(5, page.object().getInt("size"));
    }

    @Test
    void anOfficerMayNotUseTheAgentsDesk() throws Exception {
        assertProblem(Api.as("api.officer", PASSWORD).get("/api/v1/tickets"), 403, "forbidden");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        Api.Answer document = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, document.status(), document.text());
        assertTrue(document.object().getJsonObject("paths").containsKey("/api/v1/tickets"), document.text());
        assertTrue(((JsonString) document.object().getJsonObject("info").get("title"))
                .getString()
                .contains("5599"));
    }

    @Test
    void aScanIsAttachedWithItsDigestAndComesBackByteForByte() throws Exception {
        String number = openTicket("").getString("number");
        byte[] png = SampleFiles.png(320, 200);
        Api.Answer attached = agent.postBytes(
                "/api/v1/tickets/" + number + "/attachments?name="
                        + java.net.URLEncoder.encode("صورة الهوية.png", "UTF-8"),
                "application/octet-stream",
                png);
        assertEquals(201, attached.status(), attached.text());
        String sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(sha256, attached.object().getString("sha256"));
        assertEquals("image/png", attached.object().getString("mediaType"), "the type comes from the content");
        assertEquals("صورة الهوية.png", attached.object().getString("fileName"));

        var download = agent.download("/api/v1/tickets/" + number + "/attachments/"
                + attached.object().getJsonNumber("id").longValue());
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(png, download.body()));
        assertEquals(
                1,
                agent.get("/api/v1/tickets/" + number)
                        .object()
                        .getJsonArray("attachments")
                        .size());
    }

    @Test
    void aProgramNamedLikeAPdfAndAnOversizeFileAreRefused() throws Exception {
        String number = openTicket("").getString("number");
        byte[] program = "MZ\u0090\u0000 this is not a document".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(
                agent.postBytes(
                        "/api/v1/tickets/" + number + "/attachments?name=letter.pdf", "application/pdf", program),
                415,
                "unsupported-attachment");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertProblem(
                agent.postBytes("/api/v1/tickets/" + number + "/attachments?name=big.pdf", "application/pdf", huge),
                413,
                "attachment-too-large");
        assertEquals(
                0,
                agent.get("/api/v1/tickets/" + number)
                        .object()
                        .getJsonArray("attachments")
                        .size(),
                "nothing was stored");
    }

    @Test
    void aDuplicateIsMergedIntoTheTicketThatCarriesOn() throws Exception {
        JsonObject survivor = openTicket("");
        JsonObject duplicate = openTicket("");
        String survivorNumber = survivor.getString("number");
        Api.Answer merged = agent.post(
                "/api/v1/tickets/" + duplicate.getString("number") + "/merge",
                "{\"into\":\"" + survivorNumber + "\",\"version\":" + duplicate.getJsonNumber("version") + "}");
        assertEquals(200, merged.status(), merged.text());
        assertEquals("CLOSED", merged.object().getString("status"));
        assertEquals(survivorNumber, merged.object().getString("mergedInto"));
        JsonObject after = agent.get("/api/v1/tickets/" + survivorNumber).object();
        assertTrue(
                after.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("kind").equals("MERGED_FROM")
                                && e.getString("detail").equals(duplicate.getString("number"))),
                after.toString());

        assertProblem(
                agent.post(
                        "/api/v1/tickets/" + survivorNumber + "/merge",
                        "{\"into\":\"" + survivorNumber + "\",\"version\":" + after.getJsonNumber("version") + "}"),
                409,
                "merge-refused");
    }

    @Test
    void aCitizenHasSeveralNumbersButANumberHasOneCitizen() throws Exception {
        long first = agent.post("/api/v1/citizens", "{\"phone\":\"07811223344\",\"fullName\":\"حسن علي\"}")
                .object()
                .getJsonNumber("id")
                .longValue();
        long second = agent.post("/api/v1/citizens", "{\"phone\":\"07811223355\"}")
                .object()
                .getJsonNumber("id")
                .longValue();
        Api.Answer added = agent.post("/api/v1/citizens/" + first + "/phones", "{\"phone\":\"+964 750 112 2334\"}");
        assertEquals(200, added.status(), added.text());
        assertEquals(2, added.object().getJsonArray("phones").size());
        assertEquals(
                first,
                agent.get("/api/v1/citizens?phone=07501122334")
                        .object()
                        .getJsonNumber("id")
                        .longValue());
        assertProblem(
                agent.post("/api/v1/citizens/" + second + "/phones", "{\"phone\":\"07501122334\"}"),
                409,
                "phone-taken");
    }

    @Test
    void administratorsKeepTheHolidaysThatSlaClocksSkip() throws Exception {
        SystemUnderTest.ensureUser("api.admin", "API Admin", PASSWORD, Role.ADMIN);
        Api admin = Api.as("api.admin", PASSWORD);
        Api.Answer declared = admin.patch("/api/v1/holidays/2026-03-21", "{}");
        assertEquals(405, declared.status(), "holidays are put, not patched");
        Api.Answer put = admin.put("/api/v1/holidays/2026-03-21", "{\"name\":\"عيد نوروز\"}");
        assertTrue(put.status() == 201 || put.status() == 200, put.text());
        assertTrue(agent.get("/api/v1/holidays").text().contains("عيد نوروز"));
        assertProblem(agent.put("/api/v1/holidays/2026-03-22", "{\"name\":\"x\"}"), 403, "forbidden");
        assertProblem(admin.put("/api/v1/holidays/21-03-2026", "{\"name\":\"x\"}"), 400, "bad-request");
        assertProblem(admin.put("/api/v1/holidays/2026-03-23", "{}"), 400, "invalid-request");
        assertEquals(204, admin.delete("/api/v1/holidays/2026-03-21").status());
        assertTrue(!agent.get("/api/v1/holidays").text().contains("عيد نوروز"));
    }
}
