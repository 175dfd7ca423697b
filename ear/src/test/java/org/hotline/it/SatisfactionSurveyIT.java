package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The satisfaction survey end to end: whole calls played through the fake Asterisk so the call log has them answered
 * by an agent (or abandoned), then the dialplan's {@code survey} FastAGI session as Asterisk runs it after the agent
 * hung up, with the caller's keys. The answers reach the satisfaction report (JSON, CSV, the page in three languages)
 * and the ticket opened from the call; a caller who hangs up before rating leaves no answer, after it the rating
 * alone; wrong keys end politely; an abandoned call and a share of 0 % ask nothing; a call is never counted twice.
 * The share is a supervisor's: agents are refused, and bad input is a problem, never a 500.
 */
class SatisfactionSurveyIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final int AGI_PORT = Integer.getInteger("hotline.agi.port", 4583);
    private static final String AGENT_A = "survey-agent-a";
    private static final String AGENT_B = "survey-agent-b";
    private static final String E_SERVICE = "MOI-PASSPORT-NEW";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
    private static Api supervisor;
    private static Api agent;
    private static long calls;
    private static String rated;
    private static String ticketNumber;

    private static String linkedid() {
        return "1797" + String.format("%06d", ++calls) + "." + Math.floorMod(System.nanoTime(), 1000);
    }

    /** A call an agent answered and hung up on first, as the PBX tells it, in the call log as answered. */
    private static String answered(String agentName, String queue) throws Exception {
        String linkedid = linkedid();
        for (String block : PbxCalls.answered(
                linkedid,
                "077130" + String.format("%05d", calls),
                queue,
                "PJSIP/17" + (agentName.equals(AGENT_A) ? "01" : agentName.equals(AGENT_B) ? "02" : "04"),
                agentName,
                Instant.now().minusSeconds(120),
                5,
                60)) {
            TestPbx.get().send(block);
        }
        awaitDisposition(linkedid, "ANSWERED");
        return linkedid;
    }

    private static SimulatedAsteriskAgi survey(String linkedid, String language, String... keys) {
        return new SimulatedAsteriskAgi("07713000000", linkedid)
                .script("survey")
                .language(language)
                .keys(keys);
    }

    private static String surveyRow(String linkedid, String column) throws Exception {
        return SystemUnderTest.queryString("select " + column + " from call_survey where linkedid = ?", linkedid);
    }

    private static void share(int percent) throws Exception {
        Api.Answer changed = supervisor.put("/api/v1/survey/share", "{\"percent\":" + percent + "}");
        assertEquals(200, changed.status(), changed.text());
        assertEquals(percent, changed.object().getInt("percent"));
    }

    /**
     * Agent A answers three calls: the first caller rates 4 and says solved (in English), the second rates 2 and hangs
     * up at "was it solved", the third hangs up at the rating. Agent B's caller presses wrong keys and stays silent.
     */
    @BeforeAll
    static void surveyedCalls() throws Exception {
        SystemUnderTest.ensureUser("survey.supervisor", "Survey Supervisor", PASSWORD, Role.SUPERVISOR);
        // survey-agent-a's calls ring on this agent's phone: the agent opens tickets on them
        SystemUnderTest.ensureAgentWithPhone("survey.agent", "Survey Agent", PASSWORD, "PJSIP/1701");
        supervisor = Api.as("survey.supervisor", PASSWORD);
        agent = Api.as("survey.agent", PASSWORD);
        share(100);

        rated = answered(AGENT_A, "enquiries");
        Transcript full = survey(rated, "en", "4", "1").call(AGI_PORT);
        assertEquals(
                List.of("hotline/en/survey-rate", "hotline/en/survey-solved", "hotline/en/survey-thanks"), full.played);
        assertEquals("SUCCESS", full.agiStatus);
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار عن جواز السفر\",\"eServiceCode\":\""
                        + E_SERVICE + "\",\"callLinkedid\":\"" + rated + "\"}");
        assertEquals(201, ticket.status(), ticket.text());
        ticketNumber = ticket.object().getString("number");

        String ratedOnly = answered(AGENT_A, "enquiries");
        Transcript hungUpAfterRating = survey(ratedOnly, "ar", "2")
                .hangUpWhen(command -> command.contains("survey-solved"))
                .call(AGI_PORT);
        assertEquals("HANGUP", hungUpAfterRating.agiStatus);
        assertEquals("2", surveyRow(ratedOnly, "rating"));
        assertNull(surveyRow(ratedOnly, "solved"), "not answered: not counted as solved or not");

        String hungUpAtRating = answered(AGENT_A, "complaints");
        survey(hungUpAtRating, "ku", "5")
                .hangUpWhen(command -> command.contains("survey-rate"))
                .call(AGI_PORT);
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from call_survey where linkedid = ? and rating is null", hungUpAtRating));

        String wrongKeys = answered(AGENT_B, "registration");
        Transcript wrong = survey(wrongKeys, "ku", "9", "", "7").call(AGI_PORT);
        assertEquals(
                List.of(
                        "hotline/ku/survey-rate",
                        "hotline/ku/invalid",
                        "hotline/ku/survey-rate",
                        "hotline/ku/invalid",
                        "hotline/ku/survey-rate",
                        "hotline/ku/invalid",
                        "hotline/ku/goodbye"),
                wrong.played,
                "told, asked again twice, then a polite end");
        assertNull(surveyRow(wrongKeys, "rating"));
    }

    @Test
    void theReportCountsEachAgentsAnswersAndResponseRate() throws Exception {
        Api.Answer answer = supervisor.get("/api/v1/reports/satisfaction?from=" + TODAY + "&to=" + TODAY + "&by=agent");
        assertEquals(200, answer.status(), answer.text());
        JsonObject a = row(answer.object(), AGENT_A);
        assertEquals(3, a.getInt("offered"), a.toString());
        assertEquals(2, a.getInt("answered"));
        assertEquals(2.0 / 3, a.getJsonNumber("responseRate").doubleValue(), 1e-9);
        assertEquals(3.0, a.getJsonNumber("averageRating").doubleValue(), 1e-9, "(4 + 2) / 2");
        assertEquals(1, a.getInt("solvedAnswers"), "the caller who hung up after rating is not in it");
        assertEquals(1.0, a.getJsonNumber("solvedShare").doubleValue(), 1e-9);
        JsonObject b = row(answer.object(), AGENT_B);
        assertEquals(1, b.getInt("offered"));
        assertEquals(0, b.getInt("answered"));
        assertFalse(b.containsKey("averageRating") && !b.isNull("averageRating"), "no rating, no average");

        JsonObject byService = supervisor
                .get("/api/v1/reports/satisfaction?from=" + TODAY + "&to=" + TODAY + "&by=E_SERVICE")
                .object();
        JsonObject service = row(byService, E_SERVICE);
        assertEquals(1, service.getInt("answered"), "the e-service of the ticket opened from the call");
        assertEquals(4.0, service.getJsonNumber("averageRating").doubleValue(), 1e-9);

        JsonObject byQueue = supervisor
                .get("/api/v1/reports/satisfaction?from=" + TODAY + "&to=" + TODAY + "&by=queue")
                .object();
        assertEquals(1, row(byQueue, "complaints").getInt("offered"));

        java.net.http.HttpResponse<byte[]> csv = supervisor.download(
                "/api/v1/reports/satisfaction.csv?from=" + TODAY + "&to=" + TODAY + "&by=agent&lang=en");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("agent,surveys_offered,surveys_answered,response_rate,average_rating"), text);
        assertTrue(text.contains("\"" + AGENT_A + "\",3,2,0.6667,3.0,1,1,1.0000\r\n"), text);
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = 'survey.supervisor'"
                                + " and action = 'REPORT_EXPORTED' and detail like ?",
                        "CSV satisfaction by AGENT " + TODAY + "%"),
                "the export is audited");

        assertEquals(403, agent.get("/api/v1/reports/satisfaction").status());
        Api.Answer unknown = supervisor.get("/api/v1/reports/satisfaction?by=mood");
        assertEquals(400, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
    }

    private static JsonObject row(JsonObject report, String key) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> !row.isNull("key") && key.equals(row.getString("key")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + report));
    }

    @Test
    void theTicketAndTheCallShowTheCallersAnswers() throws Exception {
        JsonObject ticket = agent.get("/api/v1/tickets/" + ticketNumber).object();
        assertEquals(4, ticket.getJsonObject("survey").getInt("rating"), ticket.toString());
        assertTrue(ticket.getJsonObject("survey").getBoolean("solved"));
        assertEquals("en", ticket.getJsonObject("survey").getString("language"));

        JsonObject call = supervisor.get("/api/v1/telephony/calls/" + rated).object();
        assertEquals(4, call.getJsonObject("survey").getInt("rating"), call.toString());

        try (Browser browser = new Browser()) {
            browser.signIn("survey.agent", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + ticketNumber);
            browser.waitForText(By.cssSelector("#ticketSurvey .survey-rating"), "5");
            browser.follow(By.linkText("English"));
            browser.waitForText(By.cssSelector("#ticketSurvey .survey-rating"), "4 out of 5");
            assertEquals("Problem solved", browser.text(By.cssSelector("#ticketSurvey .survey-solved")));
        }
    }

    @Test
    void aCallIsSurveyedOnceAndAnAbandonedCallIsNeverAsked() throws Exception {
        Transcript again = survey(rated, "ar", "1", "2").call(AGI_PORT);
        assertEquals(List.of(), again.played, "already rated: not asked again");
        assertEquals("4", surveyRow(rated, "rating"));

        String abandoned = linkedid();
        for (String block : PbxCalls.abandoned(
                abandoned, "07713099999", "enquiries", "PJSIP/1703", "survey-agent-c", Instant.now(), 10)) {
            TestPbx.get().send(block);
        }
        awaitDisposition(abandoned, "ABANDONED");
        Transcript notAnswered = survey(abandoned, "ar", "5", "1").call(AGI_PORT);
        assertEquals(List.of(), notAnswered.played, "no agent answered: nothing to rate");
        assertEquals("SUCCESS", notAnswered.agiStatus, "the dialplan goes on and hangs up");
        assertEquals(
                "0", SystemUnderTest.queryString("select count(*) from call_survey where linkedid = ?", abandoned));
    }

    @Test
    void atZeroPercentNobodyIsAskedAndTheNextCallFollowsAChange() throws Exception {
        String call = answered("survey-agent-d", "registration"); // an agent of its own: the report's rows stay exact
        try {
            share(0);
            Transcript off = survey(call, "ar", "5", "1").call(AGI_PORT);
            assertEquals(List.of(), off.played);
            assertEquals("0", SystemUnderTest.queryString("select count(*) from call_survey where linkedid = ?", call));
        } finally {
            share(100);
        }
        Transcript on = survey(call, "ar", "5", "2").call(AGI_PORT);
        assertEquals("hotline/ar/survey-rate", on.played.get(0), "the next call after the change is asked");
        assertEquals("0", surveyRow(call, "solved"));
        assertTrue(
                Integer.parseInt(SystemUnderTest.queryString(
                                "select count(*) from audit_entry where action = 'SURVEY_SHARE_CHANGED'"
                                        + " and actor = 'survey.supervisor'"))
                        >= 3,
                "every change is audited");
    }

    @Test
    void theShareIsASupervisorsAndBadInputIsAProblem() throws Exception {
        assertEquals(403, agent.get("/api/v1/survey/share").status());
        assertEquals(403, agent.put("/api/v1/survey/share", "{\"percent\":50}").status());
        for (String body : List.of("{\"percent\":150}", "{\"percent\":-1}", "{}", "{\"percent\":\"ten\"}", "[", "")) {
            Api.Answer refused = supervisor.put("/api/v1/survey/share", body);
            assertEquals(400, refused.status(), body + ": " + refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"), body);
        }
        // What would be saved as something other than what was sent: a fraction, a number in a text (in either
        // digits), a number past any share's range.
        for (String body : List.of(
                "{\"percent\":20.5}",
                "{\"percent\":30.0}",
                "{\"percent\":\"30\"}",
                "{\"percent\":\"٣٠\"}",
                "{\"percent\":1e1}",
                "{\"percent\":4294967326}")) {
            Api.Answer refused = supervisor.put("/api/v1/survey/share", body);
            assertEquals(400, refused.status(), body + ": " + refused.text());
            assertEquals(
                    "percent",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"),
                    body);
        }
        assertEquals(100, supervisor.get("/api/v1/survey/share").object().getInt("percent"), "nothing changed");

        try (Browser browser = new Browser()) {
            browser.signIn("survey.agent", PASSWORD);
            browser.open("/supervisor/survey.xhtml");
            assertEquals("الصفحة غير موجودة", browser.heading(), "refused as not found");
            assertFalse(browser.isShown(By.id("share:percent")), "an agent does not get the page");
        }
    }

    @Test
    void aSupervisorSetsTheShareAndReadsTheReportInArabicEnglishAndKurdish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("survey.supervisor", PASSWORD);
            browser.open("/supervisor/survey.xhtml");
            assertEquals("rtl", browser.direction());
            By percent = By.id("share:percent");
            browser.press(percent, Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // as a person empties it
            browser.submit(By.id("share:save"));
            browser.waitForText(By.id("share:percentMessage"), "0");
            assertEquals(100, supervisor.get("/api/v1/survey/share").object().getInt("percent"), "nothing saved");
            // Out of range, and what is not a whole number: the field's message, nothing saved, the text kept.
            for (String typed : List.of("150", "abc", "12.5", "-3")) {
                browser.press(percent, Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, typed);
                browser.submit(By.id("share:save"));
                String said = browser.waitForText(By.id("share:percentMessage"), "100");
                assertTrue(said.contains("أدخل نسبة بين 0 و100."), typed + ": " + said);
                assertEquals(typed, browser.value(percent), "what was typed stays in the field");
                assertEquals(
                        100, supervisor.get("/api/v1/survey/share").object().getInt("percent"), typed);
            }
            // Arabic-Indic digits with spaces around them, as people type them.
            browser.press(percent, Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, " ٤٠ ");
            browser.submit(By.id("share:save"));
            browser.waitForText(By.id("messages"), "40%");
            browser.refresh();
            assertEquals(40, supervisor.get("/api/v1/survey/share").object().getInt("percent"), "saved once");
            assertTrue(browser.text(By.id("changed")).contains("survey.supervisor"));
            share(100);

            browser.open("/supervisor/reports.xhtml?from=" + TODAY + "&to=" + TODAY + "&satisfactionBy=AGENT");
            assertTrue(browser.text(By.id("satisfactionResult")).contains(AGENT_A));
            assertTrue(browser.isShown(By.cssSelector(".export-satisfaction-csv")), "with its export");
            assertTrue(browser.text(By.id("satisfactionResult")).contains("رضا المتصلين"));
            assertTrue(browser.elements(By.cssSelector("#satisfaction .response-rate"))
                    .contains("67%"));
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertTrue(browser.text(By.id("satisfactionResult")).contains("Response rate"));
            assertTrue(
                    browser.text(By.id("satisfactionTotals"))
                            .startsWith("Total (asked · answered · response rate · average rating · problem solved)"),
                    "the total's own label, not the call report's: " + browser.text(By.id("satisfactionTotals")));
            assertTrue(browser.elements(By.cssSelector("#satisfaction .average-rating"))
                    .contains("3.0"));
            browser.follow(By.linkText("کوردی"));
            assertEquals("rtl", browser.direction());
            assertTrue(browser.text(By.id("satisfactionResult")).contains("ڕەزامەندیی پەیوەندیکەران"));
        }
    }
}
