package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may do what with a complaint, role by role and operation by operation, through the API and through the
 * officers' pages, with the exact refusal each one gets: 401 without an account, 403 {@code forbidden} for a role
 * that has no business there, and for an officer of the accused institution 404 {@code complaint-not-found}, exactly
 * what a number that is no complaint gets (see {@link InstitutionLookAlikeIT} for the look-alike codes).
 */
class ComplaintAccessMatrixIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String NARRATIVE = "طلب مبلغًا لإكمال معاملة الجواز";
    /** The order matters: the officer, who may change the case, comes last in each operation. */
    private static final Map<String, Api> ROLES = new LinkedHashMap<>();

    private static String number;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("matrix.agent", "Matrix Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("matrix.supervisor", "Matrix Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("matrix.officer", "Matrix Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("matrix.recused", "Matrix MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute(
                "update user_account set institution_code = 'MOI' where username = ?", "matrix.recused");
        ROLES.put("nobody", Api.anonymous());
        ROLES.put("supervisor", Api.as("matrix.supervisor", PASSWORD));
        ROLES.put("admin", Api.as("admin", SystemUnderTest.ADMIN_PASSWORD));
        ROLES.put("recused officer", Api.as("matrix.recused", PASSWORD));
        ROLES.put("agent", Api.as("matrix.agent", PASSWORD));
        ROLES.put("officer", Api.as("matrix.officer", PASSWORD));
        number = SystemUnderTest.fileComplaint(ROLES.get("agent"), false).getString("number");
    }

    /** One operation on the complaint, as each role calls it. */
    @FunctionalInterface
    private interface Operation {
        Api.Answer call(Api as) throws Exception;
    }

    /** What each role gets, in the order of {@link #ROLES}: "200", or "403 forbidden" with the problem's type. */
    private static List<Executable> row(String name, Operation operation, String... expected) throws Exception {
        List<Executable> checks = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Api> role : ROLES.entrySet()) {
            Api.Answer answer = operation.call(role.getValue());
            String[] want = expected[i++].split(" ");
            String what = name + " by " + role.getKey() + ": " + answer.text();
            checks.add(() -> assertEquals(Integer.parseInt(want[0]), answer.status(), what));
            if (want.length > 1) {
                checks.add(() -> assertTrue(answer.contentType().startsWith("application/problem+json"), what));
                checks.add(() -> assertEquals(
                        "urn:hotline:problem:" + want[1], answer.object().getString("type"), what));
            }
        }
        return checks;
    }

    @Test
    void everyRoleGetsExactlyWhatItMayThroughTheApi() throws Exception {
        String path = "/api/v1/complaints/" + number;
        String filing = "{\"institutionCode\":\"MOI\",\"accusedName\":\"موظف\",\"allegation\":\"EXTORTION\","
                + "\"narrative\":\"" + NARRATIVE + "\",\"anonymous\":true}";
        List<Executable> checks = new ArrayList<>();
        //                 nobody              supervisor       admin            recused officer  agent
        // officer
        checks.addAll(row(
                "file",
                as -> as.post("/api/v1/complaints", filing),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "403 forbidden",
                "201",
                "403 forbidden"));
        checks.addAll(row(
                "add evidence",
                as -> as.postBytes(path + "/evidence?name=p.png", "image/png", ComplaintCaseIT.PNG),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "403 forbidden",
                "204",
                "403 forbidden"));
        String evidence = path + "/evidence/"
                + SystemUnderTest.queryString(
                        "select max(id) from complaint_evidence where complaint_id = ?",
                        Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
        checks.addAll(row(
                "list",
                as -> as.get("/api/v1/complaints"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "200",
                "403 forbidden",
                "200"));
        checks.addAll(row(
                "view",
                as -> as.get(path),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "404 complaint-not-found",
                "403 forbidden",
                "200"));
        checks.addAll(row("read evidence", as -> download(as, evidence), "401", "403", "403", "404", "403", "200"));
        checks.addAll(row(
                "unseal",
                as -> as.post(path + "/unsealing", "{\"reason\":\"استدعاء المشتكي للشهادة\"}"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "404 complaint-not-found",
                "403 forbidden",
                "200"));
        checks.addAll(row(
                "move",
                as -> as.post(path + "/transitions", "{\"to\":\"TRIAGE\",\"reason\":" + "\"شكوى ضمن الاختصاص\"}"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "404 complaint-not-found",
                "403 forbidden",
                "200"));
        checks.addAll(row(
                "assign",
                as -> as.put(path + "/assignee", "{\"officer\":\"matrix.officer\"}"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "404 complaint-not-found",
                "403 forbidden",
                "200"));
        checks.addAll(row(
                "ask",
                as -> as.post(path + "/questions", "{\"question\":\"متى حدث ذلك بالضبط؟\"," + "\"daysToAnswer\":7}"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "404 complaint-not-found",
                "403 forbidden",
                "201"));
        checks.addAll(row(
                "hotspots",
                as -> as.get("/api/v1/complaints/hotspots"),
                "401 unauthorized",
                "403 forbidden",
                "403 forbidden",
                "200",
                "403 forbidden",
                "200"));
        checks.addAll(row(
                "export",
                as -> download(as, "/api/v1/complaints/hotspots.csv"),
                "401",
                "403",
                "403",
                "200",
                "403",
                "200"));
        checks.add(() -> assertFalse(
                ROLES.get("recused officer").get("/api/v1/complaints").text().contains(number),
                "the recused officer's list leaves it out"));
        assertAll(checks);
    }

    /** A download's status (the body is a file or a problem). */
    private static Api.Answer download(Api as, String path) throws Exception {
        HttpResponse<byte[]> got = as.download(path);
        return new Api.Answer(
                got.statusCode(), got.headers().firstValue("Content-Type").orElse(""), null, null, "");
    }

    @Test
    void theOfficersPagesShowTheCaseToOfficersAndAreMissingPagesForEveryoneElse() throws Exception {
        String[][] accounts = {
            {"matrix.supervisor", PASSWORD, "404"},
            {"admin", SystemUnderTest.ADMIN_PASSWORD, "404"},
            {"matrix.agent", PASSWORD, "404"},
            {"matrix.recused", PASSWORD, "200"},
            {"matrix.officer", PASSWORD, "200"}
        };
        String[] pages = {"/officer/index.xhtml", "/officer/complaint.xhtml?number=" + number, "/officer/hotspots.xhtml"
        };
        List<Executable> checks = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> nobody = SystemUnderTest.get(SystemUnderTest.BASE_URL + page, null);
            checks.add(() -> assertFalse(nobody.body().contains(NARRATIVE), "nobody: " + page));
            checks.add(() -> assertTrue(
                    nobody.body().contains("signIn:username") || nobody.statusCode() == 302,
                    "nobody is asked to sign in: " + page));
        }
        for (String[] account : accounts) {
            try (Browser browser = new Browser()) {
                browser.signIn(account[0], account[1]);
                for (String page : pages) {
                    HttpResponse<String> asked =
                            SystemUnderTest.get(SystemUnderTest.BASE_URL + page, browser.cookieHeader());
                    String what = account[0] + " " + page;
                    checks.add(() -> assertEquals(Integer.parseInt(account[2]), asked.statusCode(), what));
                    boolean readsTheCase = account[0].equals("matrix.officer") && page.contains("number=");
                    checks.add(() -> assertEquals(readsTheCase, asked.body().contains(NARRATIVE), what));
                }
            }
        }
        assertAll(checks);
    }
}
