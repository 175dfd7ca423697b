package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What another site, or a script slipped into a page, can do with a signed-in user's browser: nothing. Every page runs
 * under a Content-Security-Policy that allows no inline script but PrimeFaces' nonce'd ones, in every language, and
 * the pages still work under it; an API write or a WebSocket upgrade that rides on the session cookie from another
 * origin is refused before it does anything.
 */
class WebHardeningIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String USER = "web.walker";
    private static final String OWN_ORIGIN = origin(SystemUnderTest.BASE_URL);
    private static final String EVIL_ORIGIN = "http://evil.example";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final String DIALOG_SHOWN =
            "return getComputedStyle(document.getElementById('roles')).display" + " !== 'none'";

    private static Browser browser;
    private static String cookie;
    private static String ticketNumber;
    private static String complaintNumber;

    @BeforeAll
    static void signIn() throws Exception {
        // one account with every role, so that one session reaches every page
        SystemUnderTest.ensureUser(USER, "Web Walker", PASSWORD, Role.AGENT, Role.SUPERVISOR, Role.OFFICER, Role.ADMIN);
        Api api = Api.as(USER, PASSWORD);
        ticketNumber = api.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"سؤال عن خدمة\"}")
                .object()
                .getString("number");
        complaintNumber = SystemUnderTest.fileComplaint(api, true).getString("number");
        browser = new Browser();
        browser.signIn(USER, PASSWORD);
        cookie = browser.cookieHeader();
        assertTrue(cookie.contains("JSESSIONID="), "signed in: " + cookie);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every page there is, for a user of every role, with the parameters that show its content. */
    private static List<String> pages() {
        return List.of(
                "/login.xhtml",
                "/index.xhtml",
                "/complaint/new.xhtml",
                "/complaint/follow.xhtml",
                "/ticket/status.xhtml",
                "/document/verify.xhtml",
                "/no-such-page.xhtml",
                "/errors/expired.xhtml",
                "/agent/index.xhtml",
                "/agent/complaint.xhtml",
                "/desk/new-ticket.xhtml",
                "/desk/tickets.xhtml",
                "/desk/ticket.xhtml?number=" + ticketNumber,
                "/search.xhtml?q=%D8%AE%D8%AF%D9%85%D8%A9",
                "/supervisor/index.xhtml",
                "/supervisor/reports.xhtml",
                "/officer/index.xhtml",
                "/officer/complaint.xhtml?number=" + complaintNumber,
                "/officer/hotspots.xhtml",
                "/officer/reports.xhtml",
                "/admin/index.xhtml",
                "/admin/users.xhtml",
                "/admin/catalogue.xhtml",
                "/admin/ivr.xhtml",
                "/admin/documents.xhtml",
                "/admin/search-index.xhtml",
                "/admin/retention.xhtml");
    }

    // ---- Content-Security-Policy ----

    @Test
    void everyPageSendsOnePolicyWithANonceAndNoInlineScriptAndCannotBeFramed() throws Exception {
        List<String> nonces = new ArrayList<>();
        for (String page : pages()) {
            HttpResponse<String> answer = get(page, cookie);
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page + " sends one policy, not two to be enforced together: " + policies);
            Map<String, String> policy = directives(policies.get(0));
            assertEquals("'none'", policy.get("frame-ancestors"), page);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(null),
                    page);
            assertTrue(answer.headers().firstValue("Referrer-Policy").isPresent(), page);
            if (answer.statusCode() / 100 == 3) {
                continue; // the front door sends signed-in staff on to their home: no page, nothing to run
            }
            assertTrue(answer.body().contains("<html"), page + " is a page: " + answer.statusCode());
            String scripts = policy.get("script-src");
            assertTrue(scripts != null && scripts.contains("'nonce-"), page + ": " + policies);
            assertFalse(
                    scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'") || scripts.contains("*"),
                    page + ": " + scripts);
            assertEquals("'none'", policy.get("object-src"), page);
            nonces.add(scripts.replaceAll(".*'nonce-([^']+)'.*", "$1"));
            assertTrue(
                    answer.body().contains("nonce=\"" + nonces.get(nonces.size() - 1) + "\""),
                    page + ": its scripts carry the nonce of its policy");
        }
        assertEquals(nonces.size(), nonces.stream().distinct().count(), "a new nonce for every page: " + nonces);
    }

    @Test
    void whatIsNotAPageGetsAPolicyThatAllowsNothing() throws Exception {
        for (String path : List.of(
                "/api/v1/citizens?phone=07701234567",
                "/api/v1/holidays",
                "/jakarta.faces.resource/hotline.css.xhtml?ln=hotline",
                "/jakarta.faces.resource/hotline-forms.js.xhtml?ln=hotline",
                "/language?to=en&back=/login.xhtml")) {
            HttpResponse<String> answer = get(path, cookie);
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            Map<String, String> policy = directives(policies.get(0));
            assertEquals("'none'", policy.get("default-src"), path + ": " + policies);
            assertEquals("'none'", policy.get("frame-ancestors"), path);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(null),
                    path);
        }
    }

    @Test
    void noPageInAnyLanguageMakesChromiumRefuseAnythingAndTheBrowserEnforcesThePolicy() throws Exception {
        browser.cspViolations(); // what the sign-in left in the console
        Map<String, List<String>> refused = new LinkedHashMap<>();
        for (String language : List.of("ar", "en", "ku")) {
            browser.open("/language?to=" + language + "&back=/login.xhtml");
            assertEquals(language, browser.language());
            for (String page : pages()) {
                browser.open(page);
                browser.waitUntil("return document.readyState === 'complete'", Duration.ofSeconds(30));
                List<String> violations = browser.cspViolations();
                if (!violations.isEmpty()) {
                    refused.put(language + " " + page, violations);
                }
            }
        }
        assertEquals(Map.of(), refused, "what the policy refused, page by page");

        // and the policy is really enforced: a script injected into a page does not run, and Chromium says so
        browser.open("/login.xhtml");
        Object ran = browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.body.appendChild(s); var b = document.createElement('button');"
                + " b.setAttribute('onclick', 'window.clicked = 1'); document.body.appendChild(b); b.click();"
                + " return [window.injected === 1, window.clicked === 1];");
        assertEquals(List.of(false, false), ran);
        List<String> violations = browser.cspViolations();
        assertTrue(violations.stream().anyMatch(v -> v.contains("script")), "the refusals are reported: " + violations);
    }

    @Test
    void underThePolicyPrimeFacesActionsAndOurOwnHandlersStillWork() throws Exception {
        browser.open("/language?to=ar&back=/desk/new-ticket.xhtml");
        browser.cspViolations();
        // the desk's new ticket: Enter in the phone field looks the caller up by ajax (our handler, in a file)
        String phone = "0770" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        browser.type(By.id("newTicket:phone"), phone + Keys.ENTER);
        browser.waitForText(By.id("newTicket:register"), "لا يوجد مواطن");
        // and a second ajax round on the updated form: the button itself, with a number that is no phone
        browser.type(By.id("newTicket:phone"), "0770");
        browser.click(By.id("newTicket:lookUp"));
        browser.waitForText(By.id("newTicket:phoneMessage"), "هاتف");

        // the public complaint form: sending it empty answers, by ajax, what is missing
        browser.open("/complaint/new.xhtml");
        browser.submit(By.id("complaint:submit"));
        assertEquals("اختر الجهة.", browser.waitForSomeText(By.id("complaint:institutionMessage")));

        // an administrator's dialog opens and closes through PrimeFaces' handlers, moved out of the markup
        browser.open("/admin/users.xhtml");
        browser.click(By.xpath(
                "//tr[.//span[@class='username' and text()='" + USER + "']]//button[contains(@id,':editRoles')]"));
        browser.waitForText(By.id("rolesForm"), USER); // ajax, then oncomplete shows the dialog
        browser.waitUntil(DIALOG_SHOWN, Duration.ofSeconds(10));
        browser.click(By.id("rolesForm:cancel")); // onclick hides it
        browser.waitUntil("return !(" + DIALOG_SHOWN.substring("return ".length()) + ")", Duration.ofSeconds(10));
        assertEquals(List.of(), browser.cspViolations());

        // sign-in through the form worked at the start; signing out and in again works too
        browser.open("/agent/index.xhtml");
        browser.signOut();
        browser.signIn(USER, PASSWORD);
        assertNotEquals("/login.xhtml", browser.path());
        assertEquals(List.of(), browser.cspViolations());
        cookie = browser.cookieHeader();
    }

    // ---- the same-origin rule ----

    @Test
    void anApiWriteWithTheSessionCookieFromAnotherSiteIsRefusedAndWritesNothing() throws Exception {
        String session = browser.cookieHeader();
        String phone = "0771" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String body = "{\"phone\":\"" + phone + "\",\"fullName\":\"زيد خالد\"}";

        for (Map<String, String> forged : List.of(
                Map.of("Origin", EVIL_ORIGIN),
                Map.of("Origin", "null"),
                Map.of("Referer", EVIL_ORIGIN + "/page.html"),
                Map.of("Origin", OWN_ORIGIN.replace("http://", "https://")),
                Map.of("Origin", OWN_ORIGIN + ".evil.example"),
                Map.<String, String>of())) {
            HttpResponse<String> refused = send("POST", "/api/v1/citizens", session, body, forged);
            assertEquals(403, refused.statusCode(), forged + ": " + refused.body());
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
                    forged.toString());
            assertTrue(
                    refused.body().contains("\"type\":\"urn:hotline:problem:cross-origin-refused\""), refused.body());
        }
        assertEquals(
                404,
                send("GET", "/api/v1/citizens?phone=" + phone, session, null, Map.of())
                        .statusCode(),
                "nothing was written");
        assertEquals(
                403,
                send("DELETE", "/api/v1/holidays/2099-01-01", session, null, Map.of("Origin", EVIL_ORIGIN))
                        .statusCode(),
                "every state-changing method is checked");

        HttpResponse<String> allowed = send("POST", "/api/v1/citizens", session, body, Map.of("Origin", OWN_ORIGIN));
        assertEquals(201, allowed.statusCode(), allowed.body());
        assertEquals(
                200,
                send("GET", "/api/v1/citizens?phone=" + phone, session, null, Map.of())
                        .statusCode());
        HttpResponse<String> byReferer = send(
                "POST",
                "/api/v1/citizens",
                session,
                "{\"phone\":\"" + phone.replaceFirst("0771", "0772") + "\",\"fullName\":\"زيد خالد\"}",
                Map.of("Referer", SystemUnderTest.BASE_URL + "/desk/new-ticket.xhtml"));
        assertEquals(201, byReferer.statusCode(), "a Referer of our own page stands in for a missing Origin");
    }

    @Test
    void aWebSocketUpgradeFromAnotherSiteIsRefusedAndFromOurPagesAccepted() throws Exception {
        String session = browser.cookieHeader();
        for (String endpoint : List.of("/push/agent", "/push/live")) {
            assertTrue(upgrade(endpoint, session, EVIL_ORIGIN).startsWith("HTTP/1.1 403"), endpoint);
            assertTrue(upgrade(endpoint, session, null).startsWith("HTTP/1.1 403"), endpoint + " without Origin");
            assertTrue(upgrade(endpoint, session, OWN_ORIGIN).startsWith("HTTP/1.1 101"), endpoint);
        }
    }

    @Test
    void facesFormsAreNotTouchedByTheRule() throws Exception {
        // a Faces post carries no Origin rule of ours: its view state already ties it to a page we rendered
        browser.open("/complaint/follow.xhtml");
        browser.type(By.id("followUp:number"), "1000019");
        browser.type(By.id("followUp:pin"), "123456");
        browser.submit(By.id("followUp:show"));
        assertFalse(browser.waitForSomeText(By.id("followUp:messages")).isBlank());
    }

    // ---- helpers ----

    private static HttpResponse<String> get(String path, String cookieHeader) throws Exception {
        return send("GET", path, cookieHeader, null, Map.of());
    }

    private static HttpResponse<String> send(
            String method, String path, String cookieHeader, String json, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, */*")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A WebSocket opening handshake written by hand, as any program can; the status line of the answer. */
    private static String upgrade(String path, String cookieHeader, String origin) throws Exception {
        URI base = URI.create(SystemUnderTest.BASE_URL);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Cookie: " + cookieHeader + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return Optional.ofNullable(in.readLine()).orElse("");
        }
    }

    /** The directives of a policy, by name. */
    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0].toLowerCase(), parts.length > 1 ? parts[1] : "");
            }
        }
        return directives;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
