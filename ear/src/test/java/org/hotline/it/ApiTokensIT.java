package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Integrations sign in with personal API tokens that administrators make and revoke: the token is shown once, works
 * as Bearer with its account's roles, stops at once when revoked or expired, and the database holds only its hash.
 */
class ApiTokensIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api admin;

    @BeforeAll
    static void staff() throws Exception {
        SystemUnderTest.ensureUser("tokens.admin", "Tokens Admin", PASSWORD, Role.ADMIN);
        SystemUnderTest.ensureUser("tokens.integration", "Ministry portal", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("tokens.agent", "Tokens Agent", PASSWORD, Role.AGENT);
        admin = Api.as("tokens.admin", PASSWORD);
    }

    @Test
    void aTokenIsShownOnceAndSignsInWithItsAccountsRoles() throws Exception {
        Api.Answer made =
                admin.post("/api/v1/api-tokens", "{\"username\":\"tokens.integration\",\"name\":\"بوابة الوزارة\"}");
        assertEquals(201, made.status(), made.text());
        String token = made.object().getString("token");
        assertTrue(token.matches("h5599_[A-Za-z0-9_-]{43}"), token);
        JsonObject summary = made.object().getJsonObject("summary");
        assertEquals("tokens.integration", summary.getString("username"));
        assertTrue(token.startsWith(summary.getString("prefix")));

        Api.Answer listed = admin.get("/api/v1/api-tokens");
        assertEquals(200, listed.status());
        assertTrue(listed.text().contains(summary.getString("prefix")));
        assertFalse(listed.text().contains(token), "never shown again");

        Api integration = bearer(token);
        assertEquals(200, integration.get("/api/v1/tickets").status(), "an agent's API");
        assertEquals(403, integration.get("/api/v1/api-tokens").status(), "but only what an agent may");
    }

    @Test
    void theDatabaseHoldsOnlyTheTokensHash() throws Exception {
        Api.Answer made = admin.post("/api/v1/api-tokens", "{\"username\":\"tokens.integration\",\"name\":\"hash\"}");
        String token = made.object().getString("token");
        long id = made.object().getJsonObject("summary").getJsonNumber("id").longValue();
        String stored = SystemUnderTest.queryString("select token_hash from api_token where id = ?", id);
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha256, stored);
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from api_token where concat_ws('|', name,"
                                + " token_hash, token_prefix, created_by) like ?",
                        "%" + token.substring(6) + "%"),
                "the token is nowhere in plain text");
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where concat_ws('|', detail," + " target_id) like ?",
                        "%" + token.substring(6) + "%"),
                "nor in the audit log");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndEverythingIsAudited() throws Exception {
        Api.Answer made = admin.post("/api/v1/api-tokens", "{\"username\":\"tokens.integration\",\"name\":\"revoke\"}");
        String token = made.object().getString("token");
        long id = made.object().getJsonObject("summary").getJsonNumber("id").longValue();
        assertEquals(200, bearer(token).get("/api/v1/tickets").status());

        Api.Answer revoked = admin.delete("/api/v1/api-tokens/" + id);
        assertEquals(200, revoked.status(), revoked.text());
        Api.Answer refused = bearer(token).get("/api/v1/tickets");
        assertEquals(401, refused.status());
        assertEquals("urn:hotline:problem:unauthorized", refused.object().getString("type"));

        for (String action : new String[] {"API_TOKEN_CREATED", "API_TOKEN_REVOKED", "API_TOKEN_REFUSED"}) {
            assertEquals(
                    "1",
                    SystemUnderTest.queryString(
                            "select count(*) from audit_entry where action = ?" + " and target_id = ?",
                            action,
                            String.valueOf(id)),
                    action);
        }
        assertEquals(404, admin.delete("/api/v1/api-tokens/999999999").status());
    }

    @Test
    void anExpiryBeyondAnyDateTheServerKeepsIsRefusedNamingTheFieldAndMakesNoToken() throws Exception {
        for (String far : List.of("+10000-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z", "2200-01-01T00:00:00Z")) {
            Api.Answer refused = admin.post(
                    "/api/v1/api-tokens",
                    "{\"username\":\"tokens.integration\"," + "\"name\":\"far " + far + "\",\"expiresAt\":\"" + far
                            + "\"}");
            assertEquals(400, refused.status(), far + ": " + refused.text());
            assertEquals("urn:hotline:problem:invalid-input", refused.object().getString("type"));
            assertEquals(
                    "expiresAt",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
            assertFalse(admin.get("/api/v1/api-tokens").text().contains("far " + far), far + " made a token");
        }
    }

    @Test
    void aTokenStopsAtTheInstantItExpires() throws Exception {
        Instant expiry = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        Api.Answer made = admin.post(
                "/api/v1/api-tokens",
                "{\"username\":\"tokens.integration\",\"name\":\"expiry\",\"expiresAt\":\"" + expiry + "\"}");
        assertEquals(201, made.status(), made.text());
        String token = made.object().getString("token");
        assertEquals(200, bearer(token).get("/api/v1/tickets").status());

        int status = SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the token refused once expired",
                () -> bearer(token).get("/api/v1/tickets").status(),
                answered -> answered != 200);
        assertEquals(401, status);
        assertFalse(Instant.now().isBefore(expiry), "not before its expiry");
        assertEquals(
                401, bearer("h5599_" + "A".repeat(43)).get("/api/v1/tickets").status(), "nor a made-up one");
    }

    @Test
    void anExpiryWrittenStraightIntoTheDatabaseIsBelievedWithinSeconds() throws Exception {
        Api.Answer made = admin.post(
                "/api/v1/api-tokens",
                "{\"username\":\"tokens.integration\",\"name\":\"expiry in the database\","
                        + "\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        String token = made.object().getString("token");
        long id = made.object().getJsonObject("summary").getJsonNumber("id").longValue();
        assertEquals(200, bearer(token).get("/api/v1/tickets").status());

        // as another node of the cluster, or a restore, would change it: this node checks tokens again every few
        // seconds
        SystemUnderTest.execute(
                "update api_token set expires_at = ? where id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                id);
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the token refused",
                () -> bearer(token).get("/api/v1/tickets").status() == 401);
    }

    @Test
    void aTokenStopsAtOnceWhenItsAccountIsDisabledOnTheUsersPage() throws Exception {
        SystemUnderTest.ensureUser("tokens.leaver", "Leaving Integration", PASSWORD, Role.AGENT);
        SystemUnderTest.execute("update user_account set enabled = true where username = 'tokens.leaver'");
        String token = admin.post("/api/v1/api-tokens", "{\"username\":\"tokens.leaver\",\"name\":\"leaver\"}")
                .object()
                .getString("token");
        assertEquals(200, bearer(token).get("/api/v1/tickets").status(), "used, so checked recently");
        try (Browser browser = new Browser()) {
            browser.signIn("tokens.admin", PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.click(By.xpath(
                    "//tr[.//span[@class='username' and text()='tokens.leaver']]//button[contains(@id, ':disable')]"));
            SystemUnderTest.eventually(
                    Duration.ofSeconds(20),
                    "the account disabled",
                    () -> "0"
                            .equals(SystemUnderTest.queryString(
                                    "select enabled from user_account where username = 'tokens.leaver'")));
        }
        assertEquals(401, bearer(token).get("/api/v1/tickets").status());
    }

    @Test
    void onlyAdministratorsMakeTokensAndMistakesAreNamed() throws Exception {
        Api.Answer byAgent = Api.as("tokens.agent", PASSWORD)
                .post("/api/v1/api-tokens", "{\"username\":\"tokens.agent\",\"name\":\"mine\"}");
        assertEquals(403, byAgent.status(), byAgent.text());
        assertFalse(byAgent.text().contains("h5599_"));

        Api.Answer unknown = admin.post("/api/v1/api-tokens", "{\"username\":\"nobody.tokens\",\"name\":\"x\"}");
        assertEquals(400, unknown.status(), unknown.text());
        assertTrue(unknown.text().contains("username"), unknown.text());
        Api.Answer past = admin.post(
                "/api/v1/api-tokens",
                "{\"username\":\"tokens.integration\",\"name\":\"x\"," + "\"expiresAt\":\"2001-01-01T00:00:00Z\"}");
        assertEquals(400, past.status(), past.text());
    }

    @Test
    void aTokenCallLeavesNoSessionBehind() throws Exception {
        String token = admin.post("/api/v1/api-tokens", "{\"username\":\"tokens.integration\",\"name\":\"session\"}")
                .object()
                .getString("token");
        String planted =
                SignInThrottleIT.sessionCookie(SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null));
        HttpResponse<String> answer = SignInThrottleIT.api("Bearer " + token, null, planted);
        assertEquals(200, answer.statusCode());
        assertEquals(401, SignInThrottleIT.api(null, null, planted).statusCode());
        String made = SignInThrottleIT.sessionCookie(answer);
        if (made != null) {
            assertEquals(401, SignInThrottleIT.api(null, null, made).statusCode());
        }
    }

    @Test
    void anAdministratorMakesAndRevokesATokenOnTheUsersPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("tokens.admin", PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.script(
                    "document.getElementById('newToken:tokenUsername_input').value = arguments[0]",
                    "tokens.integration");
            browser.type(By.id("newToken:tokenName"), "page token");
            browser.click(By.id("newToken:createToken"));
            browser.waitForText(By.id("messages"), "أُنشئ رمز للحساب tokens.integration.");
            String token = (String) browser.script("return document.getElementById('newToken:issuedToken').value");
            assertNotNull(token);
            assertTrue(token.startsWith("h5599_"), token);
            assertEquals(200, bearer(token).get("/api/v1/tickets").status());

            browser.open("/admin/users.xhtml");
            assertFalse(browser.isShown(By.id("newToken:issuedToken")), "shown once");
            assertTrue(browser.text(By.id("tokens:tokenList")).contains(token.substring(0, 12)));
            browser.click(By.xpath(
                    "//tr[.//bdi[@class='token-name' and text()='page token']]//button[contains(@id," + "':revoke')]"));
            browser.waitForText(By.id("messages"), "أُلغي الرمز");
            assertEquals(401, bearer(token).get("/api/v1/tickets").status());
            assertNull(SystemUnderTest.queryString(
                    "select id from api_token where name = 'page token'" + " and revoked_at is null"));
        }
    }

    private static Api bearer(String token) {
        return Api.withAuthorization("Bearer " + token);
    }
}
