package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Guessing passwords is slowed, not rewarded with a lock: a brute force from one address soon waits (429 with
 * Retry-After), a stranger's failures do not keep the real user out, and nothing in the answers or their timing tells
 * an unknown name from a wrong password. Every authentication leaves a fresh session id or none. The addresses are
 * played through X-Forwarded-For, which the test server trusts from 127.0.0.1 (HOTLINE_TRUSTED_PROXIES); each test
 * uses addresses and names of its own, so the throttle's memory does not tie tests together.
 */
class SignInThrottleIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String REFUSED = "اسم المستخدم أو كلمة المرور غير صحيحة.";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void staff() throws Exception {
        for (String name : List.of(
                "throttle.brute",
                "throttle.real",
                "throttle.same",
                "throttle.timing",
                "throttle.page",
                "throttle.session")) {
            SystemUnderTest.ensureUser(name, "Throttle IT", PASSWORD, Role.AGENT);
        }
    }

    @Test
    void aBruteForceFromOneAddressSoonWaitsWithRetryAfterEvenWithTheRightPassword() throws Exception {
        String from = "203.0.113.10";
        List<Integer> statuses = new ArrayList<>();
        int failures = 0;
        while (failures < 9) { // the guesser obeys Retry-After: the fastest a script can go
            HttpResponse<String> answer = api(basic("throttle.brute", "guess number " + statuses.size()), from, null);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 401) {
                failures++;
            } else {
                assertEquals(429, answer.statusCode(), answer.body());
                assertTrue(failures > 5, "a few tries cost nothing: " + statuses);
                Thread.sleep(retryAfter(answer) * 1000);
            }
        }
        HttpResponse<String> answer = api(basic("throttle.brute", "one more guess"), from, null);
        assertEquals(429, answer.statusCode(), "now each wait is longer: " + statuses);
        assertTrue(answer.body().contains("urn:hotline:problem:sign-in-throttled"), answer.body());
        long retryAfter = retryAfter(answer);
        assertTrue(retryAfter >= 1 && retryAfter <= 8, "Retry-After " + retryAfter);

        HttpResponse<String> right = api(basic("throttle.brute", PASSWORD), from, null);
        assertEquals(429, right.statusCode(), "a throttled try is refused before the password is looked at");
    }

    @Test
    void aStrangersFailuresDoNotKeepTheRealUserOut() throws Exception {
        String home = "198.51.100.20";
        assertEquals(200, api(basic("throttle.real", PASSWORD), home, null).statusCode(), "the user's usual place");

        // a stranger at many addresses, one guess from each, spends the account's budget
        int failures = 0;
        for (int address = 1; failures < 14; address++) {
            HttpResponse<String> answer = api(basic("throttle.real", "stranger's guess"), "198.18.0." + address, null);
            if (answer.statusCode() == 401) {
                failures++;
            } else {
                assertEquals(429, answer.statusCode(), answer.body());
                Thread.sleep(retryAfter(answer) * 1000);
            }
        }
        HttpResponse<String> newPlace = api(basic("throttle.real", PASSWORD), "192.0.2.99", null);
        assertEquals(429, newPlace.statusCode(), "from an address it never signed in from, the account waits");
        assertTrue(retryAfter(newPlace) <= 60, "but never long: Retry-After " + retryAfter(newPlace));

        assertEquals(
                200,
                api(basic("throttle.real", PASSWORD), home, null).statusCode(),
                "from where they signed in before, the real user gets in at once");
    }

    @Test
    void theApiAnswersUnknownAndWrongAlikeAndThrottlesThemAlike() throws Exception {
        String from = "203.0.113.50";
        HttpResponse<String> unknown = api(basic("nobody.throttle", "some guess"), from, null);
        HttpResponse<String> wrong = api(basic("throttle.same", "some guess"), from, null);
        assertEquals(401, unknown.statusCode());
        assertEquals(unknown.statusCode(), wrong.statusCode());
        assertEquals(unknown.body(), wrong.body());
        assertEquals(
                unknown.headers().allValues("WWW-Authenticate"), wrong.headers().allValues("WWW-Authenticate"));

        HttpResponse<String> unknownThrottled = untilThrottled("nobody.throttle", from);
        HttpResponse<String> wrongThrottled = untilThrottled("throttle.same", from);
        assertEquals(withoutDigits(unknownThrottled.body()), withoutDigits(wrongThrottled.body()));
        assertTrue(unknownThrottled.headers().firstValue("Retry-After").isPresent());
        assertTrue(wrongThrottled.headers().firstValue("Retry-After").isPresent());
    }

    /**
     * An unknown name costs a decoy hash as long as a real one, so the two take about as long. A generous margin:
     * the point is that one is not ten times the other, as a skipped hash would make it.
     */
    @Test
    void anUnknownNameTakesAboutAsLongAsAWrongPassword() throws Exception {
        String from = "203.0.113.60";
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) { // within the pair's free tries: no throttle involved
            unknown.add(timed(basic("nobody.timing", "guess " + attempt), from));
            wrong.add(timed(basic("throttle.timing", "guess " + attempt), from));
        }
        double ratio = (double) median(unknown) / median(wrong);
        assertTrue(ratio > 0.5 && ratio < 2.0, "unknown " + unknown + " ms against wrong " + wrong + " ms");
    }

    @Test
    void thePageAnswersUnknownWrongAndThrottledWithTheSameMessage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.comingFrom("203.0.113.70");
            browser.signIn("nobody.page", "some guess");
            String unknown = browser.text(By.id("signIn:messages"));
            browser.signIn("throttle.page", "some guess");
            String wrong = browser.text(By.id("signIn:messages"));
            assertEquals(REFUSED, unknown);
            assertEquals(unknown, wrong);

            String unknownWait = pageUntilThrottled(browser, "nobody.page");
            assertEquals(REFUSED, browser.text(By.id("signIn:messages")), "throttled: the same message");
            String wrongWait = pageUntilThrottled(browser, "throttle.page");
            assertEquals(REFUSED, browser.text(By.id("signIn:messages")));
            assertEquals(withoutDigits(unknownWait), withoutDigits(wrongWait), "and the same wait, by the field");
            assertTrue(unknownWait.contains("انتظر"), unknownWait);
        }
    }

    @Test
    void aSessionIdPlantedBeforeAnApiBasicSignInIsWorthNothingAfterIt() throws Exception {
        String planted = sessionCookie(SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null));
        HttpResponse<String> signedIn = api(basic("throttle.session", PASSWORD), "198.51.100.30", planted);
        assertEquals(200, signedIn.statusCode(), signedIn.body());

        assertEquals(401, api(null, null, planted).statusCode(), "the planted id does not carry the sign-in");
        assertFalse(
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/agent/index.xhtml", planted)
                        .body()
                        .contains("nav:signOut"),
                "nor does it open the pages");
        String made = sessionCookie(signedIn);
        if (made != null) {
            assertEquals(401, api(null, null, made).statusCode(), "a session the call made is ended too");
            assertFalse(SystemUnderTest.get(SystemUnderTest.BASE_URL + "/agent/index.xhtml", made)
                    .body()
                    .contains("nav:signOut"));
        }
    }

    @Test
    void aSessionIdPlantedBeforeAPageSignInIsWorthNothingAfterIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            String planted = browser.cookieHeader();
            browser.signIn("throttle.session", PASSWORD);
            assertEquals("/agent/index.xhtml", browser.path());
            assertNotEquals(planted, browser.cookieHeader());
            assertFalse(
                    SystemUnderTest.get(SystemUnderTest.BASE_URL + "/agent/index.xhtml", planted)
                            .body()
                            .contains("nav:signOut"),
                    "the id from before the sign-in opens nothing");
            assertTrue(
                    SystemUnderTest.get(SystemUnderTest.BASE_URL + "/agent/index.xhtml", browser.cookieHeader())
                            .body()
                            .contains("nav:signOut"),
                    "the new one does");
        }
    }

    private static HttpResponse<String> untilThrottled(String username, String from) throws Exception {
        for (int attempt = 1; attempt <= 12; attempt++) {
            HttpResponse<String> answer = api(basic(username, "guess " + attempt), from, null);
            if (answer.statusCode() == 429) {
                return answer;
            }
            assertEquals(401, answer.statusCode(), answer.body());
        }
        throw new AssertionError(username + " was never throttled");
    }

    private static String pageUntilThrottled(Browser browser, String username) {
        for (int attempt = 1; attempt <= 12; attempt++) {
            browser.signIn(username, "guess " + attempt);
            if (browser.isShown(By.id("signIn:passwordMessage"))
                    && !browser.text(By.id("signIn:passwordMessage")).isBlank()) {
                return browser.text(By.id("signIn:passwordMessage"));
            }
        }
        throw new AssertionError(username + " was never throttled on the page");
    }

    private static long retryAfter(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }

    private static String withoutDigits(String text) {
        return text.replaceAll("[0-9\u0660-\u0669]+", "N");
    }

    private static long timed(String authorization, String from) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = api(authorization, from, null);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, answer.statusCode(), answer.body());
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET /api/v1/tickets with these credentials, from this address (none: 127.0.0.1), with this cookie. */
    static HttpResponse<String> api(String authorization, String from, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/tickets"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (from != null) {
            request.header("X-Forwarded-For", from);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie an answer sets, as a Cookie header, or null. */
    static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
