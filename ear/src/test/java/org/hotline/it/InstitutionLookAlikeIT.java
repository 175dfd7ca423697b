package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;

/**
 * An attacker files complaints about the Ministry of Interior with look-alikes of its code (full-width letters, lower
 * case, a zero-width space, a no-break space, a bidi mark), hoping the complaint escapes the recusal of the ministry's
 * officers, and with codes that only resemble it (an accented letter, Cyrillic letters), hoping the database takes
 * them for it. Each look-alike either lands on the ministry itself, or is refused with a 400 naming the field. Then an
 * officer of the ministry probes every path (view, unseal, move, assign, questions, evidence, the list, search hits,
 * passages and facets, reports and their exports, hotspots and their export): nothing leaks, and a complaint they are
 * recused from answers exactly as a number that is no complaint.
 */
class InstitutionLookAlikeIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String MARK = "شبيه" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
    private static final String PERIOD = "from=" + TODAY + "&to=" + TODAY;

    /** What is typed, and what the catalogue's code must then be. */
    private static final Map<String, String> RESOLVED = new LinkedHashMap<>();

    private static final Map<String, String> NUMBERS = new LinkedHashMap<>();
    private static Api agent;
    private static Api officer;
    private static Api recused;
    private static long evidenceId;

    static {
        RESOLVED.put("full-width letters", "\uFF2D\uFF2F\uFF29");
        RESOLVED.put("full-width lower case", "\uFF4D\uFF4F\uFF49");
        RESOLVED.put("lower case", "moi");
        RESOLVED.put("zero-width space", "MO\u200BI");
        RESOLVED.put("zero-width joiner", "\u200DMOI");
        RESOLVED.put("no-break space", "MOI\u00A0");
        RESOLVED.put("right-to-left override", "\u202EMOI");
        RESOLVED.put("spaces and a tab", " \tMOI ");
    }

    @BeforeAll
    static void lookAlikesFiled() throws Exception {
        SystemUnderTest.ensureUser("alike.agent", "Alike Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("alike.officer", "Alike Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("alike.moi", "Alike MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute("update user_account set institution_code = 'MOI' where username = ?", "alike.moi");
        agent = Api.as("alike.agent", PASSWORD);
        officer = Api.as("alike.officer", PASSWORD);
        recused = Api.as("alike.moi", PASSWORD);
        for (Map.Entry<String, String> lookAlike : RESOLVED.entrySet()) {
            Api.Answer filed = agent.post("/api/v1/complaints", filing(lookAlike.getValue(), lookAlike.getKey()));
            assertEquals(201, filed.status(), lookAlike.getKey() + ": " + filed.text());
            NUMBERS.put(lookAlike.getKey(), filed.object().getString("number"));
        }
        String first = NUMBERS.values().iterator().next();
        Api.Answer added =
                agent.postBytes("/api/v1/complaints/" + first + "/evidence?name=receipt.png", "image/png", png());
        assertEquals(204, added.status(), added.text());
        evidenceId = Long.parseLong(SystemUnderTest.queryString(
                "select max(id) from complaint_evidence where complaint_id = ?",
                TicketNumber.parse(first).sequence()));
    }

    private static String filing(String institution, String what) {
        return "{\"institutionCode\":\"" + institution.replace("\t", "\\t") + "\",\"office\":\"مكتب " + MARK
                + "\",\"accusedName\":\"الموظف " + MARK
                + "\",\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"طلب رشوة "
                + MARK + " (" + what + ")\",\"anonymous\":false,\"complainantName\":\"حسين " + MARK
                + "\",\"complainantPhone\":\"07801234567\"}";
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void everyLookAlikeIsStoredAsTheCatalogueCodeSoRecusalApplies() throws Exception {
        for (Map.Entry<String, String> filed : NUMBERS.entrySet()) {
            assertEquals(
                    "MOI",
                    SystemUnderTest.queryString(
                            "select institution_code from complaint where ticket_id = ?",
                            TicketNumber.parse(filed.getValue()).sequence()),
                    filed.getKey());
            Api.Answer read = officer.get("/api/v1/complaints/" + filed.getValue());
            assertEquals(200, read.status(), read.text());
            assertEquals("MOI", read.object().getString("institutionCode"), filed.getKey());
        }
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from institution where code = 'moi'" + " or code = 'MOI ' or code = ?",
                        "\uFF2D\uFF2F\uFF29"),
                "the database no longer equates look-alikes");
    }

    @Test
    void aCodeThatOnlyResemblesAnInstitutionIsA400NamingTheField() throws Exception {
        long before = Long.parseLong(SystemUnderTest.queryString("select count(*) from complaint"));
        for (String notACode :
                new String[] {"MO\u00CD", "MOI\u0301", "\u041C\u041E\u0406", "MO I", "MOI\u0661", "\u200B"}) {
            Api.Answer refused = agent.post("/api/v1/complaints", filing(notACode, "refused"));
            assertEquals(400, refused.status(), notACode + ": " + refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals(
                    "institutionCode",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"),
                    refused.text());
        }
        assertEquals(
                before, Long.parseLong(SystemUnderTest.queryString("select count(*) from complaint")), "nothing filed");
    }

    @Test
    void theRecusedOfficerGetsTheMissingAnswerOnEveryPathByteForByte() throws Exception {
        String missing =
                TicketNumber.forSequence(800_000 + System.nanoTime() % 1000).digits();
        List<Executable> checks = new ArrayList<>();
        for (String number : NUMBERS.values()) {
            Map<String, Api.Answer> asRecused = probe(recused, number);
            Map<String, Api.Answer> asMissing = probe(recused, missing);
            for (String path : asRecused.keySet()) {
                Api.Answer got = asRecused.get(path);
                Api.Answer none = asMissing.get(path);
                String what = path + " " + number + ": " + got.text();
                checks.add(() -> assertEquals(404, got.status(), what));
                checks.add(() -> assertEquals(none.contentType(), got.contentType(), what));
                checks.add(() -> assertEquals(
                        none.text().replace(missing, "#"), got.text().replace(number, "#"), what));
                checks.add(() -> assertFalse(got.text().contains(MARK), what));
            }
            HttpResponse<byte[]> evidence =
                    recused.download("/api/v1/complaints/" + number + "/evidence/" + evidenceId);
            HttpResponse<byte[]> noEvidence =
                    recused.download("/api/v1/complaints/" + missing + "/evidence/" + evidenceId);
            checks.add(() -> assertEquals(404, evidence.statusCode(), "evidence " + number));
            checks.add(() -> assertEquals(
                    new String(noEvidence.body(), StandardCharsets.UTF_8).replace(missing, "#"),
                    new String(evidence.body(), StandardCharsets.UTF_8).replace(number, "#"),
                    "evidence " + number));
        }
        String last = NUMBERS.values().stream().reduce((a, b) -> b).orElseThrow();
        checks.add(() -> assertEquals(
                "MOI",
                SystemUnderTest.queryString(
                        "select substring_index(detail, ' ', -1)"
                                + " from audit_entry where action = 'COMPLAINT_RECUSED' and actor = 'alike.moi' and target_id = ?"
                                + " order by id desc limit 1",
                        last),
                "the refusal is audited as a recusal"));
        checks.add(() -> assertTrue(
                Integer.parseInt(SystemUnderTest.queryString(
                                "select count(*) from audit_entry"
                                        + " where action = 'COMPLAINT_NOT_FOUND' and actor = 'alike.moi' and target_id = ?",
                                missing))
                        > 0,
                "a missing number is audited apart"));
        checks.add(() -> assertEquals(
                "RECEIVED",
                SystemUnderTest.queryString(
                        "select case_state from complaint" + " where ticket_id = ?",
                        TicketNumber.parse(last).sequence()),
                "nothing changed"));
        checks.add(() -> assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from complaint_question q"
                                + " join complaint c on c.ticket_id = q.complaint_id where c.narrative like ?",
                        "%" + MARK + "%")));
        assertAll(checks);
    }

    /** Every operation on one complaint number, as the officer calls it. */
    private static Map<String, Api.Answer> probe(Api as, String number) throws Exception {
        String path = "/api/v1/complaints/" + number;
        Map<String, Api.Answer> answers = new LinkedHashMap<>();
        answers.put("view", as.get(path));
        answers.put("unseal", as.post(path + "/unsealing", "{\"reason\":\"استدعاء المشتكي للشهادة\"}"));
        answers.put("move", as.post(path + "/transitions", "{\"to\":\"TRIAGE\",\"reason\":\"شكوى ضمن الاختصاص\"}"));
        answers.put("assign", as.put(path + "/assignee", "{\"officer\":\"alike.moi\"}"));
        answers.put("ask", as.post(path + "/questions", "{\"question\":\"متى حدث ذلك بالضبط؟\",\"daysToAnswer\":7}"));
        return answers;
    }

    @Test
    void theRecusedAnswerTakesAboutAsLongAsTheMissingOne() throws Exception {
        String number = NUMBERS.values().iterator().next();
        String missing = TicketNumber.forSequence(850_000).digits();
        long[] recusedNanos = new long[15];
        long[] missingNanos = new long[15];
        for (int i = 0; i < 3; i++) { // warm both paths up
            recused.get("/api/v1/complaints/" + number);
            recused.get("/api/v1/complaints/" + missing);
        }
        for (int i = 0; i < recusedNanos.length; i++) {
            long start = System.nanoTime();
            assertEquals(404, recused.get("/api/v1/complaints/" + number).status());
            recusedNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertEquals(404, recused.get("/api/v1/complaints/" + missing).status());
            missingNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(recusedNanos);
        Arrays.sort(missingNanos);
        double ratio = (double) recusedNanos[7] / missingNanos[7];
        System.out.printf(
                "recusal timing: median %d µs recused, %d µs missing, ratio %.2f%n",
                recusedNanos[7] / 1000, missingNanos[7] / 1000, ratio);
        assertTrue(
                ratio > 0.33 && ratio < 3,
                "medians " + recusedNanos[7] / 1000 + " µs recused against " + missingNanos[7] / 1000 + " µs missing");
    }

    @Test
    void theRecusedOfficerFindsNothingInTheListSearchReportsExportsAndHotspots() throws Exception {
        SystemUnderTest.eventually(
                java.time.Duration.ofSeconds(10),
                "the complaints indexed",
                () -> officer.get("/api/v1/search?q=" + encoded(MARK))
                                .object()
                                .getJsonObject("complaints")
                                .getInt("total")
                        == NUMBERS.size());
        Map<String, String> control = everything(officer);
        Map<String, String> asRecused = everything(recused);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(control.get("search").contains(MARK), "the control officer finds the passages"));
        checks.add(() -> assertTrue(control.get("hotspots").contains(MARK), "the control officer sees the office"));
        for (String number : NUMBERS.values()) {
            checks.add(() -> assertTrue(control.get("list").contains(number), "the control officer lists " + number));
        }
        for (Map.Entry<String, String> answer : asRecused.entrySet()) {
            String what = answer.getKey() + ": " + answer.getValue();
            checks.add(() -> assertFalse(answer.getValue().contains(MARK), what));
            checks.add(() -> assertFalse(answer.getValue().contains("MOI"), what));
            for (String lookAlike : RESOLVED.values()) {
                checks.add(() -> assertFalse(answer.getValue().contains(lookAlike.strip()), what));
            }
            for (String number : NUMBERS.values()) {
                checks.add(() -> assertFalse(answer.getValue().contains(number), what));
            }
        }
        JsonObject searched =
                recused.get("/api/v1/search?q=" + encoded(MARK)).object().getJsonObject("complaints");
        checks.add(() -> assertEquals(0, searched.getInt("total")));
        Map<String, Integer> institutions = SearchAnswers.facets(searched).get("institution");
        checks.add(() -> assertTrue(institutions == null || institutions.isEmpty(), "no institution: " + institutions));
        JsonObject found =
                officer.get("/api/v1/search?q=" + encoded(MARK)).object().getJsonObject("complaints");
        checks.add(() -> assertEquals(
                Map.of("MOI", NUMBERS.size()),
                SearchAnswers.facets(found).get("institution"),
                "one institution, however it was typed"));
        assertAll(checks);
    }

    /** Each path that lists, counts or groups complaints, as text. */
    private static Map<String, String> everything(Api as) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("list", as.get("/api/v1/complaints").text());
        answers.put("search", as.get("/api/v1/search?q=" + encoded(MARK)).text());
        answers.put(
                "search by number",
                as.get("/api/v1/search?q=" + NUMBERS.values().iterator().next()).text());
        answers.put(
                "search by institution",
                as.get("/api/v1/search?q=" + encoded("رشوة") + "&institution=MOI")
                        .text());
        answers.put(
                "report by institution",
                as.get("/api/v1/reports/complaints?" + PERIOD + "&by=INSTITUTION")
                        .text());
        answers.put("report", as.get("/api/v1/reports/complaints?" + PERIOD).text());
        answers.put(
                "report export",
                new String(
                        as.download("/api/v1/reports/complaints.csv?" + PERIOD + "&by=INSTITUTION")
                                .body(),
                        StandardCharsets.UTF_8));
        answers.put("hotspots", as.get("/api/v1/complaints/hotspots?" + PERIOD).text());
        answers.put(
                "hotspots export",
                new String(
                        as.download("/api/v1/complaints/hotspots.csv?" + PERIOD).body(), StandardCharsets.UTF_8));
        return answers;
    }

    @Test
    void aSearchFilterResolvesLookAlikesAndRefusesWhatIsNoInstitution() throws Exception {
        int byCode = officer.get("/api/v1/search?q=" + encoded(MARK) + "&institution=MOI")
                .object()
                .getJsonObject("complaints")
                .getInt("total");
        assertEquals(NUMBERS.size(), byCode);
        for (String lookAlike : RESOLVED.values()) {
            Api.Answer filtered =
                    officer.get("/api/v1/search?q=" + encoded(MARK) + "&institution=" + encoded(lookAlike));
            assertEquals(200, filtered.status(), filtered.text());
            assertEquals(byCode, filtered.object().getJsonObject("complaints").getInt("total"), lookAlike);
        }
        for (String notACode : new String[] {"MO\u00CD", "\u041C\u041E\u0406", "NOPE"}) {
            Api.Answer refused = officer.get("/api/v1/search?q=" + encoded(MARK) + "&institution=" + encoded(notACode));
            assertEquals(400, refused.status(), refused.text());
            assertEquals(
                    "institution",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void aCaseIsNeverGivenToAnOfficerOfTheAccusedInstitution() throws Exception {
        String number = NUMBERS.get("lower case");
        Api.Answer refused = officer.put("/api/v1/complaints/" + number + "/assignee", "{\"officer\":\"alike.moi\"}");
        assertEquals(409, refused.status(), refused.text());
        assertEquals("urn:hotline:problem:assignee-recused", refused.object().getString("type"));
        assertEquals(
                "officer",
                refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                null,
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint where ticket_id = ?",
                        TicketNumber.parse(number).sequence()));
        Api.Answer given = officer.put("/api/v1/complaints/" + number + "/assignee", "{\"officer\":\"alike.officer\"}");
        assertEquals(200, given.status(), given.text());
    }

    @Test
    void thePagesRefuseALookAlikeTheirListsDoNotOffer() throws Exception {
        long before = Long.parseLong(SystemUnderTest.queryString("select count(*) from complaint"));
        try (Browser citizen = new Browser()) {
            citizen.open("/complaint/new.xhtml");
            // a forged form: the institution list gets an option whose value is a look-alike of MOI
            citizen.script(
                    "var select = document.getElementById('complaint:institution_input');"
                            + " select.add(new Option('x', arguments[0])); select.value = arguments[0];",
                    "\uFF2D\uFF2F\uFF29");
            citizen.script("document.getElementById('complaint:allegation_input').value = 'BRIBE_REQUEST'");
            citizen.type(By.id("complaint:accusedDescription"), "موظف الشباك " + MARK);
            citizen.type(By.id("complaint:narrative"), "طلب رشوة " + MARK + " من صفحة مزورة");
            citizen.submit(By.id("complaint:submit"));
            assertFalse(citizen.waitForSomeText(By.id("complaint:institutionMessage"))
                    .isBlank());
            assertFalse(citizen.isShown(By.id("receiptNumber")));
        }
        assertEquals(before, Long.parseLong(SystemUnderTest.queryString("select count(*) from complaint")));

        try (Browser recusedPage = new Browser()) {
            recusedPage.signIn("alike.moi", PASSWORD);
            java.util.List<String> listed = CaseList.toTheLastPage(recusedPage);
            for (String filed : NUMBERS.values()) {
                assertFalse(listed.contains(filed), "a look-alike complaint in the MOI officer's list, on any page");
            }
            String number = NUMBERS.get("zero-width space");
            recusedPage.open("/officer/complaint.xhtml?number=" + number);
            String page = recusedPage.text(By.tagName("body"));
            String missing = TicketNumber.forSequence(860_000).digits();
            recusedPage.open("/officer/complaint.xhtml?number=" + missing);
            assertEquals(recusedPage.text(By.tagName("body")).replace(missing, "#"), page.replace(number, "#"));
            assertFalse(page.contains(MARK));
        }
    }
}
